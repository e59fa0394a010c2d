import { n as conflict, t as GatewayError } from "./errors-CVlhFQwO.js";
import { f as EXPORT_KINDS, m as createServices, p as ExportDocumentSchema, u as importOAuth, v as inTransaction, x as validated } from "./open-registry-BZNbl4-9.js";
// ../../packages/core/dist/services/registry-transaction.js
async function inRegistryTransaction(context, passwords, work) {
	const changes = [];
	const result = await inTransaction(context.store.db, (trx) => {
		const scoped = {
			...context,
			store: {
				...context.store,
				db: trx
			},
			events: {
				emit: (batch) => void changes.push(...batch),
				subscribe: () => () => void 0
			}
		};
		return work(createServices(scoped, passwords), scoped);
	});
	context.events.emit(changes);
	return result;
}
// ../../packages/core/dist/transfer/import-grpc.js
async function importGrpcServices(entities, io) {
	const ids = new Map();
	for (const [index, g] of entities.grpcServices.entries()) {
		const step = io.plan(g.name);
		if (step.action === "skip") {
			io.count("skipped");
			continue;
		}
		const tools = entities.tools.filter((t) => t.grpcServiceName === g.name).map((t) => ({
			name: t.originalName,
			description: t.description ?? "",
			inputSchema: t.inputSchema,
			outputSchema: t.outputSchema ?? { type: "object" },
			method: t.integrationConfig
		}));
		const path = `entities.grpcServices.${index}`;
		const id = await io.services.grpc.restore(step.action === "update" ? step.id : void 0, {
			name: step.key,
			description: g.description,
			target: g.target,
			tls: io.open(g.tlsSealed, `${path}.tlsSealed`) ?? null,
			metadata: io.open(g.metadataSealed, `${path}.metadataSealed`) ?? {},
			timeoutMs: g.timeoutMs,
			passthroughHeaders: g.passthroughHeaders,
			services: g.services,
			descriptorSet: g.descriptorSet,
			tools,
			tags: g.tags,
			visibility: g.visibility,
			team: g.team
		}, io.actor);
		io.count(step.action === "update" ? "updated" : "created");
		if (!g.enabled) await io.services.grpc.setEnabled(id, false);
		ids.set(g.name, id);
	}
	return ids;
}
async function grpcToolId(services, serviceIds, tool, path) {
	const serviceId = tool.grpcServiceName ? serviceIds.get(tool.grpcServiceName) : void 0;
	if (!serviceId) throw new GatewayError("VALIDATION_FAILED", `${path} names gRPC service '${tool.grpcServiceName}', which is not imported`);
	const found = (await services.grpc.tools(serviceId)).find((t) => t.originalName === tool.originalName);
	if (!found) throw new GatewayError("VALIDATION_FAILED", `${path}: no method ${tool.originalName} in its service`);
	return found.id;
}
// ../../packages/core/dist/transfer/import.js
const zero = () => ({
	gateways: 0,
	grpcServices: 0,
	tools: 0,
	resources: 0,
	prompts: 0,
	servers: 0,
	roots: 0
});
var DryRunRollback = class extends Error {};
async function importRegistry(context, passwords, input, options) {
	const document = validated(ExportDocumentSchema, input);
	const report = {
		dryRun: options.dryRun ?? false,
		created: zero(),
		updated: zero(),
		skipped: zero(),
		renamed: []
	};
	const openSealed = options.openSealed ?? ((sealed) => context.sealer.open(sealed));
	try {
		await inRegistryTransaction(context, passwords, async (services, scoped) => {
			await writeAll(services, scoped, document, options, report, openSealed);
			if (report.dryRun) throw new DryRunRollback();
		});
	} catch (error) {
		if (!(error instanceof DryRunRollback)) throw error;
	}
	return report;
}
function opener(openSealed) {
	return (sealed, path) => {
		if (sealed === null) return void 0;
		try {
			return JSON.parse(openSealed(sealed));
		} catch {
			const message = "cannot be opened with this gateway's AUTH_ENCRYPTION_SECRET; give the source gateway's secret";
			throw new GatewayError("VALIDATION_FAILED", `${path} ${message}`, { issues: [{
				path,
				message
			}] });
		}
	};
}
async function writeAll(services, context, document, options, report, openSealed) {
	const db = context.store.db;
	const open = opener(openSealed);
	const { entities } = document;
	const existing = {
		gateways: new Map((await db.selectFrom("gateways").select(["id", "name"]).execute()).map((r) => [r.name, r.id])),
		grpcServices: new Map((await db.selectFrom("grpc_services").select(["id", "name"]).execute()).map((r) => [r.name, r.id])),
		tools: new Map((await db.selectFrom("tools").select(["id", "name"]).execute()).map((r) => [r.name, r.id])),
		resources: new Map((await db.selectFrom("resources").select([
			"id",
			"uri",
			"uri_template"
		]).execute()).map((r) => [r.uri ?? r.uri_template ?? "", r.id])),
		prompts: new Map((await db.selectFrom("prompts").select(["id", "name"]).execute()).map((r) => [r.name, r.id])),
		servers: new Map((await db.selectFrom("servers").select(["id", "name"]).execute()).map((r) => [r.name, r.id])),
		roots: new Map((await db.selectFrom("roots").select(["id", "uri"]).execute()).map((r) => [r.uri, r.id]))
	};
	const keyOf = {
		gateways: (e) => e.name,
		grpcServices: (e) => e.name,
		tools: (e) => e.name,
		resources: (e) => e.uri ?? e.uriTemplate ?? "",
		prompts: (e) => e.name,
		servers: (e) => e.name,
		roots: (e) => e.uri
	};
	if (options.conflict === "fail") {
		const clashes = EXPORT_KINDS.flatMap((kind) => entities[kind].flatMap((entity) => {
			const key = keyOf[kind](entity);
			return existing[kind].has(key) ? [`${kind}: ${key}`] : [];
		}));
		if (clashes.length > 0) throw new GatewayError("CONFLICT", `import would overwrite existing entities: ${clashes.join(", ")}`);
	}
	function plan(kind, key, renamable) {
		const id = existing[kind].get(key);
		if (id === void 0) return {
			action: "create",
			key
		};
		if (options.conflict === "update") return {
			action: "update",
			id,
			key
		};
		if (options.conflict === "rename" && renamable) {
			let n = 2;
			while (existing[kind].has(`${key}-${n}`)) n += 1;
			report.renamed.push({
				kind,
				from: key,
				to: `${key}-${n}`
			});
			return {
				action: "create",
				key: `${key}-${n}`
			};
		}
		if (options.conflict === "fail") throw conflict(kind, "name", key);
		return {
			action: "skip",
			id,
			key
		};
	}
	const gatewayIds = new Map();
	for (const [index, g] of entities.gateways.entries()) {
		const step = plan("gateways", g.name, true);
		const fields = {
			name: step.key,
			description: g.description,
			url: g.url,
			transport: g.transport,
			command: g.command,
			args: g.args,
			env: open(g.envSealed, `entities.gateways.${index}.envSealed`) ?? {},
			cwd: g.cwd,
			auth: open(g.authSealed, `entities.gateways.${index}.authSealed`) ?? { type: "none" },
			passthroughHeaders: g.passthroughHeaders,
			tags: g.tags,
			visibility: g.visibility,
			team: g.team
		};
		const id = await apply("gateways", step, services.gateways, fields, g.enabled);
		if (id) gatewayIds.set(g.name, id);
		const oauth = open(g.oauthSealed, `entities.gateways.${index}.oauthSealed`);
		if (id && oauth && step.action !== "skip") await importOAuth(services, id, oauth);
	}
	const gatewayId = (name, path) => {
		if (name === null) return null;
		const id = gatewayIds.get(name) ?? existing.gateways.get(name);
		if (!id) throw new GatewayError("VALIDATION_FAILED", `${path} names gateway '${name}', which is neither imported nor present`);
		return id;
	};
	const grpcIds = await importGrpcServices(entities, {
		services,
		actor: options.actor,
		plan: (key) => plan("grpcServices", key, true),
		open,
		count: (action) => report[action].grpcServices += 1
	});
	const toolIds = new Map();
	for (const [index, t] of entities.tools.entries()) {
		if (t.grpcServiceName !== null) {
			if (!grpcIds.has(t.grpcServiceName) && existing.grpcServices.has(t.grpcServiceName)) continue;
			const id = await grpcToolId(services, grpcIds, t, `entities.tools.${index}`);
			await services.tools.update(id, {
				name: t.name,
				tags: t.tags,
				timeoutMs: t.timeoutMs
			});
			if (!t.enabled) await services.tools.setEnabled(id, false);
			toolIds.set(t.name, id);
			continue;
		}
		const owner = gatewayId(t.gatewayName, `entities.tools.${index}.gatewayName`);
		const step = plan("tools", t.name, true);
		const fields = {
			name: owner ? t.originalName : step.key,
			displayName: t.displayName,
			description: t.description,
			integrationType: t.integrationType,
			...t.requestType && { requestType: t.requestType },
			url: t.url,
			gatewayId: owner,
			headers: t.headers,
			auth: open(t.authSealed, `entities.tools.${index}.authSealed`) ?? { type: "none" },
			inputSchema: t.inputSchema,
			outputSchema: t.outputSchema,
			annotations: t.annotations,
			integrationConfig: t.integrationConfig,
			timeoutMs: t.timeoutMs,
			rateLimit: t.rateLimit,
			maxConcurrency: t.maxConcurrency,
			tags: t.tags,
			visibility: t.visibility,
			team: t.team
		};
		const id = await apply("tools", step, services.tools, fields, t.enabled);
		if (!id) continue;
		if (owner && (await services.tools.get(id)).name !== step.key) await services.tools.update(id, { name: step.key });
		toolIds.set(t.name, id);
	}
	const resourceIds = new Map();
	for (const [index, r] of entities.resources.entries()) {
		const step = plan("resources", keyOf.resources(r), false);
		const fields = {
			uri: r.uri,
			uriTemplate: r.uriTemplate,
			name: r.name,
			description: r.description,
			mimeType: r.mimeType,
			content: r.text,
			blob: r.blob,
			gatewayId: gatewayId(r.gatewayName, `entities.resources.${index}.gatewayName`),
			tags: r.tags,
			visibility: r.visibility,
			team: r.team
		};
		const id = await apply("resources", step, services.resources, fields, r.enabled);
		if (id) resourceIds.set(step.key, id);
	}
	const promptIds = new Map();
	for (const [index, p] of entities.prompts.entries()) {
		const owner = gatewayId(p.gatewayName, `entities.prompts.${index}.gatewayName`);
		const step = plan("prompts", p.name, true);
		const fields = {
			name: owner ? p.originalName : step.key,
			description: p.description,
			template: p.template,
			arguments: p.arguments,
			gatewayId: owner,
			tags: p.tags,
			visibility: p.visibility,
			team: p.team
		};
		const id = await apply("prompts", step, services.prompts, fields, p.enabled);
		if (id) promptIds.set(p.name, id);
	}
	for (const [index, s] of entities.servers.entries()) {
		const step = plan("servers", s.name, true);
		const resolve = (kind, made) => s[kind].map((member, i) => {
			const id = made.get(member.ref) ?? existing[kind].get(member.ref);
			if (!id) throw new GatewayError("VALIDATION_FAILED", `entities.servers.${index}.${kind}.${i} names '${member.ref}', which is neither imported nor present`);
			return {
				id,
				name: member.name,
				description: member.description
			};
		});
		const fields = {
			name: step.key,
			description: s.description,
			instructions: s.instructions,
			icon: s.icon,
			icons: s.icons,
			nameStrategy: s.nameStrategy,
			rateLimit: s.rateLimit,
			oauth: s.oauth,
			associatedA2aAgents: s.a2aAgents,
			associatedTools: resolve("tools", toolIds),
			associatedResources: resolve("resources", resourceIds),
			associatedPrompts: resolve("prompts", promptIds),
			tags: s.tags,
			visibility: s.visibility,
			team: s.team
		};
		await apply("servers", step, services.servers, fields, s.enabled);
	}
	for (const root of entities.roots) await apply("roots", plan("roots", root.uri, false), services.roots, {
		uri: root.uri,
		name: root.name
	}, true);
	async function apply(kind, step, service, fields, enabled) {
		if (step.action === "skip") {
			report.skipped[kind] += 1;
			return step.id;
		}
		let id;
		if (step.action === "update" && step.id) {
			await service.update(step.id, fields, options.actor);
			id = step.id;
			report.updated[kind] += 1;
		} else {
			id = (await service.create(fields, options.actor)).id;
			report.created[kind] += 1;
		}
		if (!enabled && service.setEnabled) await service.setEnabled(id, false);
		return id;
	}
}
export { inRegistryTransaction as n, importRegistry as t };
