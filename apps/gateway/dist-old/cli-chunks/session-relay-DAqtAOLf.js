import { t as require_undici } from "./undici-VkXL1hTP.js";
import { t as require_built } from "./built-D76A5gD-.js";
import { createHmac, timingSafeEqual } from "node:crypto";
// dist/cluster/session-directory.js
var import_undici = require_undici();
var import_built = require_built();
const FORGET = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;
function createSessionDirectory(options) {
	const { prefix, self, onError } = options;
	const ttl = options.ttlSeconds ?? 60;
	const redis = new import_built.Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
	redis.on("error", onError);
	const local = new Set();
	const key = (id) => `${prefix}session:${id}`;
	const refresh = setInterval(() => {
		if (local.size === 0) return;
		const pipeline = redis.pipeline();
		for (const id of local) pipeline.set(key(id), self, "EX", ttl);
		pipeline.exec().catch(onError);
	}, ttl * 1e3 / 3);
	refresh.unref();
	return {
		opened(sessionId) {
			local.add(sessionId);
			redis.set(key(sessionId), self, "EX", ttl).catch(onError);
		},
		closed(sessionId) {
			if (!local.delete(sessionId)) return;
			redis.eval(FORGET, 1, key(sessionId), self).catch(onError);
		},
		async ownerOf(sessionId) {
			return await redis.get(key(sessionId)) ?? void 0;
		},
		async forget(sessionId, owner) {
			await redis.eval(FORGET, 1, key(sessionId), owner);
		},
		async close() {
			clearInterval(refresh);
			await redis.quit().catch(onError);
		}
	};
}
// dist/cluster/session-hop.js
const HOP_HEADER = "switchyard-hop";
const MAX_AGE_MS = 6e4;
function createSessionHop(secret) {
	const key = createHmac("sha256", secret).update("switchyard cluster session hop").digest();
	const mac = (at, method, url, sessionId) => createHmac("sha256", key).update(`${at}\n${method.toUpperCase()}\n${url.pathname}${url.search}\n${sessionId}`).digest("base64url");
	return {
		sign(method, url, sessionId) {
			const at = String(Date.now());
			return `${at}.${mac(at, method, url, sessionId)}`;
		},
		verify(proof, method, url, sessionId) {
			const [at, given, extra] = proof.split(".");
			if (at === void 0 || given === void 0 || extra !== void 0) return false;
			const age = Date.now() - Number(at);
			if (!Number.isFinite(age) || Math.abs(age) > MAX_AGE_MS) return false;
			const expected = Buffer.from(mac(at, method, url, sessionId));
			const actual = Buffer.from(given);
			return actual.length === expected.length && timingSafeEqual(actual, expected);
		}
	};
}
// dist/cluster/session-relay.js
const HOP_BY_HOP = [
	"connection",
	"keep-alive",
	"transfer-encoding",
	"content-length",
	"content-encoding",
	"host",
	"upgrade",
	"te",
	"trailer",
	"proxy-connection"
];
function createSessionRelay(options) {
	const directory = createSessionDirectory({
		redisUrl: options.redisUrl,
		prefix: options.prefix,
		self: options.self,
		onError: options.onError
	});
	const hop = createSessionHop(options.secret);
	const agent = new import_undici.Agent({
		bodyTimeout: 0,
		headersTimeout: 3e5
	});
	return {
		onSession: (sessionId, open) => open ? directory.opened(sessionId) : directory.closed(sessionId),
		route: (serve, sessionIdOf, isLocal) => async (request) => {
			const sessionId = sessionIdOf(request);
			const proof = request.headers.get(HOP_HEADER);
			if (proof !== null) {
				const url = new URL(request.url);
				return sessionId !== null && hop.verify(proof, request.method, url, sessionId) ? serve(request) : forgedHop();
			}
			if (sessionId === null || isLocal(sessionId)) return serve(request);
			const owner = await directory.ownerOf(sessionId).catch((error) => {
				options.onError(error);
			});
			if (owner === void 0 || owner === options.self) return serve(request);
			return relay(request, owner, sessionId, {
				directory,
				hop,
				agent,
				onError: options.onError
			});
		},
		async close() {
			await directory.close();
			await agent.close();
		}
	};
}
async function relay(request, owner, sessionId, { directory, hop, agent, onError }) {
	const url = new URL(request.url);
	const headers = {};
	request.headers.forEach((value, name) => {
		if (!HOP_BY_HOP.includes(name)) headers[name] = value;
	});
	headers[HOP_HEADER] = hop.sign(request.method, url, sessionId);
	let answer;
	try {
		answer = await (0, import_undici.fetch)(new URL(`${url.pathname}${url.search}`, owner), {
			method: request.method,
			headers,
			body: request.body,
			duplex: "half",
			redirect: "manual",
			signal: request.signal,
			dispatcher: agent
		});
	} catch (error) {
		if (request.signal.aborted) throw error;
		onError(error);
		await directory.forget(sessionId, owner).catch(onError);
		return sessionNotFound();
	}
	const answerHeaders = new Headers();
	answer.headers.forEach((value, name) => {
		if (!HOP_BY_HOP.includes(name)) answerHeaders.append(name, value);
	});
	return new Response(answer.body, {
		status: answer.status,
		headers: answerHeaders
	});
}
function jsonRpcError(status, code, message) {
	return Response.json({
		jsonrpc: "2.0",
		id: null,
		error: {
			code,
			message
		}
	}, { status });
}
function sessionNotFound() {
	return jsonRpcError(404, -32001, "Session not found");
}
function forgedHop() {
	return jsonRpcError(403, -32003, `Forbidden: the ${HOP_HEADER} header is reserved for requests relayed between replicas and this one is not valid`);
}
export { createSessionRelay };
