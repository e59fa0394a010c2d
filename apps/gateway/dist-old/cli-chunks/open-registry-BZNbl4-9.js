import { i as __require, o as __toESM, t as __commonJSMin } from "./rolldown-runtime-Dq7tRbEa.js";
import { Ur as datetime, Vr as number, ei as createSecretSealer, ii as AuthError } from "./dist-3eZmDuN3.js";
import { C as strictObject, D as unknown, E as union, O as url, S as record, _ as number$1, a as _enum, c as array, d as discriminatedUnion, h as literal, o as _null, u as boolean, v as object, w as string, x as preprocess } from "./schemas-B_kYbC5i.js";
import { a as notFound, n as conflict, t as GatewayError } from "./errors-CVlhFQwO.js";
import { c as sql } from "./migrator-CeQ7nbm4.js";
import { t as openStore } from "./open-store-B7gALdxJ.js";
import { t as reconnectBackoff } from "./reconnect-backoff-BeshZs0_.js";
import { t as checkResolved } from "./policy-lookup-DqXhxf0A.js";
import { randomBytes, randomUUID, scrypt, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { promises } from "node:dns";
// ../../packages/auth/dist/password.js
const defaults = {
	N: 16384,
	r: 8,
	p: 1,
	saltBytes: 16,
	keyBytes: 64
};
const limits = {
	memoryBytes: 67108864,
	p: 16,
	keyBytes: 256
};
const base64url = /^[A-Za-z0-9_-]+$/;
async function hashPassword(password) {
	if (typeof password !== "string" || password === "") throw new AuthError("INVALID_INPUT", "password must be a non-empty string");
	const { N, r, p } = defaults;
	const salt = randomBytes(defaults.saltBytes);
	const key = await derive(password, salt, defaults.keyBytes, {
		N,
		r,
		p
	});
	return [
		"scrypt",
		N,
		r,
		p,
		salt.toString("base64url"),
		key.toString("base64url")
	].join("$");
}
async function verifyPassword(password, encoded) {
	const parsed = parse(encoded);
	if (parsed === void 0 || typeof password !== "string") return false;
	try {
		const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
		return timingSafeEqual(key, parsed.key);
	} catch {
		return false;
	}
}
function parse(encoded) {
	if (typeof encoded !== "string") return void 0;
	const [scheme, n, r, p, salt, key, ...rest] = encoded.split("$");
	if (scheme !== "scrypt" || rest.length > 0) return void 0;
	const params = {
		N: integer(n),
		r: integer(r),
		p: integer(p)
	};
	if (!(params.N > 1 && Number.isInteger(Math.log2(params.N))) || !(params.r >= 1 && params.p >= 1 && params.p <= limits.p)) return void 0;
	if (128 * params.N * params.r > limits.memoryBytes) return void 0;
	const saltBytes = bytes(salt);
	const keyBytes = bytes(key);
	if (saltBytes === void 0 || keyBytes === void 0) return void 0;
	if (keyBytes.length < 16 || keyBytes.length > limits.keyBytes) return void 0;
	return {
		params,
		salt: saltBytes,
		key: keyBytes
	};
}
function integer(text) {
	return text !== void 0 && /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : NaN;
}
function bytes(text) {
	if (text === void 0 || !base64url.test(text)) return void 0;
	const decoded = Buffer.from(text, "base64url");
	return decoded.toString("base64url") === text ? decoded : void 0;
}
function derive(password, salt, keyBytes, params) {
	const { N, r, p } = params;
	const maxmem = 2 * limits.memoryBytes;
	return new Promise((resolve, reject) => {
		scrypt(password.normalize("NFC"), salt, keyBytes, {
			N,
			r,
			p,
			maxmem
		}, (error, key) => {
			if (error) reject(error);
			else resolve(key);
		});
	});
}
// ../../packages/core/dist/ids.js
function newId() {
	return randomUUID().replaceAll("-", "");
}
// ../../packages/core/dist/names.js
function toolNameProblem(name) {
	if (name.length === 0) return "must not be empty";
	if (name.length > 128) return `is ${name.length} characters long; at most 128 are allowed`;
	const bad = [...name].find((ch) => !/[A-Za-z0-9_.-]/.test(ch));
	if (bad !== void 0) return `contains '${bad}'; only A-Z, a-z, 0-9, '_', '-' and '.' are allowed`;
}
function slugify(text) {
	const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
	return slug.length > 0 ? slug : "item";
}
function federatedName(gatewaySlug, originalName, separator) {
	return `${gatewaySlug}${separator}${originalName}`;
}
// ../../packages/core/dist/schemas/common.js
const VisibilitySchema = _enum([
	"private",
	"team",
	"public"
]);
const TagsSchema = array(string().trim().toLowerCase().min(1, "tag must not be empty").max(64, "tag must be at most 64 characters").regex(/^[a-z0-9][a-z0-9_.:/ -]*$/, "tag may hold letters, digits, _ . : / - and spaces")).max(50, "at most 50 tags").transform((tags) => [...new Set(tags)]);
const RateLimitSchema = object({
	requests: number$1().int().positive(),
	windowSeconds: number$1().int().positive().max(86400)
});
const MaxConcurrencySchema = number$1().int().positive().max(1e4);
const ToolNameSchema = string().superRefine((name, ctx) => {
	const problem = toolNameProblem(name);
	if (problem !== void 0) ctx.addIssue({
		code: "custom",
		message: problem
	});
});
const DisplayNameSchema = string().trim().min(1).max(255);
const HttpUrlSchema = url({
	protocol: /^https?$/,
	error: "must be an absolute http:// or https:// URL"
}).max(2048);
const HeadersSchema = record(string().min(1).max(256).regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "not a valid header name"), string().max(8192));
const JsonSchemaObjectSchema = record(string(), unknown()).refine((schema) => schema.type === void 0 || schema.type === "object", "an input schema must describe an object (type: \"object\")");
const ExpectedVersionSchema = number$1().int().positive();
const OwnershipInputSchema = object({
	team: string().min(1).max(255).nullable().optional(),
	visibility: VisibilitySchema.optional()
});
const UpstreamAuthSchema = discriminatedUnion("type", [
	object({ type: literal("none") }),
	object({
		type: literal("basic"),
		username: string().min(1),
		password: string()
	}),
	object({
		type: literal("bearer"),
		token: string().min(1)
	}),
	object({
		type: literal("headers"),
		headers: HeadersSchema
	})
]);
const OAuth2ClientCredentialsSchema = object({
	type: literal("oauth2"),
	tokenUrl: HttpUrlSchema,
	clientId: string().min(1),
	clientSecret: string().min(1),
	scope: string().min(1).optional(),
	audience: string().min(1).optional()
});
const ToolAuthSchema = discriminatedUnion("type", [...UpstreamAuthSchema.options, OAuth2ClientCredentialsSchema]);
const OAuth2CodeSchema = object({
	type: literal("oauth2-code"),
	clientId: string().min(1).optional(),
	clientSecret: string().min(1).optional(),
	scopes: array(string().min(1).max(256)).max(64).optional(),
	authorizationServer: HttpUrlSchema.optional(),
	perUser: boolean().optional()
});
const GatewayAuthSchema = discriminatedUnion("type", [
	...UpstreamAuthSchema.options,
	OAuth2ClientCredentialsSchema,
	OAuth2CodeSchema
]);
function maskAuth(auth) {
	switch (auth.type) {
		case "none": return auth;
		case "basic": return {
			type: "basic",
			username: auth.username,
			password: "*****"
		};
		case "bearer": return {
			type: "bearer",
			token: "*****"
		};
		case "headers": return {
			type: "headers",
			headers: Object.fromEntries(Object.keys(auth.headers).map((k) => [k, "*****"]))
		};
		case "oauth2": return {
			...auth,
			clientSecret: "*****"
		};
		case "oauth2-code": {
			const { clientSecret, ...rest } = auth;
			return clientSecret === void 0 ? rest : {
				...rest,
				clientSecret: "*****"
			};
		}
	}
}
// ../../packages/core/dist/schemas/gateway.js
const GatewayTransportSchema = preprocess((value) => typeof value === "string" ? value.toLowerCase().replaceAll(/[_ ]/g, "") : value, _enum([
	"streamablehttp",
	"sse",
	"websocket",
	"stdio"
]));
_enum([
	"pending",
	"active",
	"unreachable"
]);
const UpstreamUrlSchema = url({
	protocol: /^(https?|wss?)$/,
	error: "must be an absolute http(s):// or ws(s):// URL"
}).max(2048);
const gatewayFields = {
	name: DisplayNameSchema,
	description: string().max(4096).nullable().optional(),
	url: UpstreamUrlSchema.nullable().optional(),
	transport: GatewayTransportSchema.optional(),
	command: string().min(1).max(1024).nullable().optional(),
	args: array(string().max(4096)).max(256).optional(),
	env: record(string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), string()).optional(),
	cwd: string().max(1024).nullable().optional(),
	auth: GatewayAuthSchema.optional(),
	passthroughHeaders: array(string().min(1).max(256)).max(64).optional(),
	tags: TagsSchema.optional(),
	...OwnershipInputSchema.shape
};
function checkTarget(value, ctx) {
	const transport = value.transport ?? (value.command ? "stdio" : "streamablehttp");
	if (transport === "stdio" && !value.command) ctx.addIssue({
		code: "custom",
		path: ["command"],
		message: "a stdio gateway needs a command"
	});
	if (transport !== "stdio" && !value.url) ctx.addIssue({
		code: "custom",
		path: ["url"],
		message: `a ${transport} gateway needs a url`
	});
	if (transport === "websocket" && value.url && !/^wss?:/.test(value.url)) ctx.addIssue({
		code: "custom",
		path: ["url"],
		message: "a websocket gateway needs a ws:// or wss:// url"
	});
	if ((transport === "streamablehttp" || transport === "sse") && value.url && !/^https?:/.test(value.url)) ctx.addIssue({
		code: "custom",
		path: ["url"],
		message: `a ${transport} gateway needs an http(s):// url`
	});
}
const GatewayCreateSchema = object(gatewayFields).superRefine(checkTarget);
const GatewayUpdateSchema = object(gatewayFields).partial().extend({ version: ExpectedVersionSchema.optional() });
const GatewayTargetSchema = object({
	url: gatewayFields.url,
	command: gatewayFields.command,
	transport: gatewayFields.transport
}).superRefine(checkTarget);
// ../../packages/core/dist/rest/rest-config.js
const ArgumentName = string().min(1).max(256);
const RestConfigSchema = object({
	query: array(ArgumentName).max(200).optional(),
	headers: record(string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/), ArgumentName).optional(),
	body: _enum([
		"json",
		"form",
		"raw"
	]).optional(),
	bodyArgument: ArgumentName.optional(),
	retries: number$1().int().min(0).max(10).optional(),
	responseFilter: string().min(1).max(4096).optional(),
	passthroughHeaders: array(string().min(1).max(256)).max(50).optional()
}).loose();
function pathParameters(url) {
	return [...url.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? "");
}
function restToolProblems(tool) {
	const parsed = RestConfigSchema.safeParse(tool.integrationConfig ?? {});
	if (!parsed.success) return parsed.error.issues.map((issue) => ({
		path: ["integrationConfig", ...issue.path.map(String)],
		message: issue.message
	}));
	const declared = tool.inputSchema?.properties;
	const known = new Set(typeof declared === "object" && declared !== null ? Object.keys(declared) : []);
	const problems = [];
	for (const name of pathParameters(tool.url ?? "")) if (!known.has(name)) problems.push({
		path: ["url"],
		message: `the URL names {${name}}, which the input schema does not declare as a property`
	});
	const config = parsed.data;
	const mapped = [
		...(config.query ?? []).map((name) => ["query", name]),
		...Object.values(config.headers ?? {}).map((name) => ["headers", name]),
		...config.bodyArgument ? [["bodyArgument", config.bodyArgument]] : []
	];
	for (const [field, name] of mapped) if (!known.has(name)) problems.push({
		path: ["integrationConfig", field],
		message: `argument '${name}' is not a property of the input schema`
	});
	return problems;
}
// ../../packages/core/dist/schemas/tool.js
const IntegrationTypeSchema = preprocess((value) => typeof value === "string" ? value.toUpperCase() : value, _enum([
	"MCP",
	"REST",
	"GRPC",
	"A2A"
]));
const RequestTypeSchema = preprocess((value) => typeof value === "string" ? value.toUpperCase() : value, _enum([
	"GET",
	"POST",
	"PUT",
	"PATCH",
	"DELETE"
]));
const toolFields = {
	name: ToolNameSchema,
	displayName: DisplayNameSchema.nullable().optional(),
	description: string().max(16384).nullable().optional(),
	integrationType: IntegrationTypeSchema.optional(),
	requestType: RequestTypeSchema.optional(),
	url: HttpUrlSchema.nullable().optional(),
	gatewayId: string().min(1).nullable().optional(),
	headers: HeadersSchema.optional(),
	auth: ToolAuthSchema.optional(),
	inputSchema: JsonSchemaObjectSchema.optional(),
	outputSchema: JsonSchemaObjectSchema.nullable().optional(),
	annotations: record(string(), unknown()).optional(),
	integrationConfig: record(string(), unknown()).optional(),
	timeoutMs: number$1().int().min(100).max(6e5).nullable().optional(),
	rateLimit: RateLimitSchema.nullable().optional(),
	maxConcurrency: MaxConcurrencySchema.nullable().optional(),
	tags: TagsSchema.optional(),
	...OwnershipInputSchema.shape
};
function checkIntegration(value, ctx) {
	const type = value.integrationType ?? "REST";
	if (type === "MCP" && !value.gatewayId) ctx.addIssue({
		code: "custom",
		path: ["gatewayId"],
		message: "an MCP tool belongs to a gateway: give gatewayId"
	});
	if (type === "GRPC") {
		if (!value.grpcServiceId) ctx.addIssue({
			code: "custom",
			path: ["integrationType"],
			message: "gRPC tools come from a registered gRPC service: register it with POST /grpc"
		});
	} else if (type !== "MCP" && !value.url) ctx.addIssue({
		code: "custom",
		path: ["url"],
		message: `a ${type} tool needs a url`
	});
	if (type === "REST") for (const { path, message } of restToolProblems(value)) ctx.addIssue({
		code: "custom",
		path,
		message
	});
}
const ToolCreateSchema = object(toolFields).superRefine(checkIntegration);
const ToolUpdateSchema = object(toolFields).partial().extend({ version: ExpectedVersionSchema.optional() });
const ToolIntegrationSchema = object({
	integrationType: toolFields.integrationType,
	url: toolFields.url,
	gatewayId: toolFields.gatewayId,
	inputSchema: toolFields.inputSchema,
	integrationConfig: toolFields.integrationConfig,
	grpcServiceId: string().nullable().optional()
}).superRefine(checkIntegration);
// ../../packages/core/dist/schemas/prompt.js
const PromptArgumentSchema = object({
	name: string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier (letters, digits, _)"),
	description: string().max(4096).nullable().optional(),
	required: boolean().optional()
});
const promptFields = {
	name: ToolNameSchema,
	description: string().max(16384).nullable().optional(),
	template: string().max(262144),
	arguments: array(PromptArgumentSchema).max(64).refine((args) => new Set(args.map((a) => a.name)).size === args.length, "argument names must be unique").optional(),
	gatewayId: string().min(1).nullable().optional(),
	tags: TagsSchema.optional(),
	...OwnershipInputSchema.shape
};
const PromptCreateSchema = object(promptFields);
const PromptUpdateSchema = object(promptFields).partial().extend({ version: ExpectedVersionSchema.optional() });
const PromptRenderSchema = record(string(), union([
	string(),
	number$1(),
	boolean(),
	_null()
]));
// ../../packages/core/dist/ip-ranges.js
var import_ipaddr = __toESM(__commonJSMin(((exports, module, this$2) => {
	(function(root) {
		"use strict";
		const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
		const ipv4Regexes = {
			fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
			threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
			twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
			longValue: new RegExp(`^${ipv4Part}$`, "i")
		};
		const octalRegex = new RegExp(`^0[0-7]+$`, "i");
		const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
		const zoneIndex = "%[0-9a-z]{1,}";
		const ipv6Part = "(?:[0-9a-f]+::?)+";
		const ipv6Regexes = {
			zoneIndex: new RegExp(zoneIndex, "i"),
			"native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
			deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
			transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
		};
		function expandIPv6(string, parts) {
			if (string.indexOf("::") !== string.lastIndexOf("::")) return null;
			let colonCount = 0;
			let lastColon = -1;
			let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
			let replacement, replacementCount;
			if (zoneId) {
				zoneId = zoneId.substring(1);
				string = string.replace(/%.+$/, "");
			}
			while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) colonCount++;
			if (string.substr(0, 2) === "::") colonCount--;
			if (string.substr(-2, 2) === "::") colonCount--;
			if (colonCount >= parts) return null;
			replacementCount = parts - colonCount;
			replacement = ":";
			while (replacementCount--) replacement += "0:";
			string = string.replace("::", replacement);
			if (string[0] === ":") string = string.slice(1);
			if (string[string.length - 1] === ":") string = string.slice(0, -1);
			parts = (function() {
				const ref = string.split(":");
				const results = [];
				for (let i = 0; i < ref.length; i++) results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
				return results;
			})();
			return {
				parts,
				zoneId
			};
		}
		function matchCIDR(first, second, partSize, cidrBits) {
			if (first.length !== second.length) throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
			let part = 0;
			let shift;
			while (cidrBits > 0) {
				shift = partSize - cidrBits;
				if (shift < 0) shift = 0;
				if (first[part] >> shift !== second[part] >> shift) return false;
				cidrBits -= partSize;
				part += 1;
			}
			return true;
		}
		function parseIntAuto(string) {
			if (hexRegex.test(string)) return parseInt(string, 16);
			if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
				if (octalRegex.test(string)) return parseInt(string, 8);
				throw new Error(`ipaddr: cannot parse ${string} as octal`);
			}
			return parseInt(string, 10);
		}
		function padPart(part, length) {
			while (part.length < length) part = `0${part}`;
			return part;
		}
		const ipaddr = {};
		ipaddr.IPv4 = (function() {
			function IPv4(octets) {
				if (octets.length !== 4) throw new Error("ipaddr: ipv4 octet count should be 4");
				let i, octet;
				for (i = 0; i < octets.length; i++) {
					octet = octets[i];
					if (!(0 <= octet && octet <= 255)) throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
				}
				this.octets = octets;
			}
			IPv4.prototype.SpecialRanges = {
				unspecified: [[new IPv4([
					0,
					0,
					0,
					0
				]), 8]],
				broadcast: [[new IPv4([
					255,
					255,
					255,
					255
				]), 32]],
				multicast: [[new IPv4([
					224,
					0,
					0,
					0
				]), 4]],
				linkLocal: [[new IPv4([
					169,
					254,
					0,
					0
				]), 16]],
				loopback: [[new IPv4([
					127,
					0,
					0,
					0
				]), 8]],
				carrierGradeNat: [[new IPv4([
					100,
					64,
					0,
					0
				]), 10]],
				"private": [
					[new IPv4([
						10,
						0,
						0,
						0
					]), 8],
					[new IPv4([
						172,
						16,
						0,
						0
					]), 12],
					[new IPv4([
						192,
						168,
						0,
						0
					]), 16]
				],
				reserved: [
					[new IPv4([
						192,
						0,
						0,
						0
					]), 24],
					[new IPv4([
						192,
						0,
						2,
						0
					]), 24],
					[new IPv4([
						192,
						88,
						99,
						0
					]), 24],
					[new IPv4([
						198,
						18,
						0,
						0
					]), 15],
					[new IPv4([
						198,
						51,
						100,
						0
					]), 24],
					[new IPv4([
						203,
						0,
						113,
						0
					]), 24],
					[new IPv4([
						240,
						0,
						0,
						0
					]), 4]
				],
				as112: [[new IPv4([
					192,
					175,
					48,
					0
				]), 24], [new IPv4([
					192,
					31,
					196,
					0
				]), 24]],
				amt: [[new IPv4([
					192,
					52,
					193,
					0
				]), 24]]
			};
			IPv4.prototype.kind = function() {
				return "ipv4";
			};
			IPv4.prototype.match = function(other, cidrRange) {
				let ref;
				if (cidrRange === void 0) {
					ref = other;
					other = ref[0];
					cidrRange = ref[1];
				}
				if (other.kind() !== "ipv4") throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
				return matchCIDR(this.octets, other.octets, 8, cidrRange);
			};
			IPv4.prototype.prefixLengthFromSubnetMask = function() {
				let cidr = 0;
				let stop = false;
				const zerotable = {
					0: 8,
					128: 7,
					192: 6,
					224: 5,
					240: 4,
					248: 3,
					252: 2,
					254: 1,
					255: 0
				};
				let i, octet, zeros;
				for (i = 3; i >= 0; i -= 1) {
					octet = this.octets[i];
					if (octet in zerotable) {
						zeros = zerotable[octet];
						if (stop && zeros !== 0) return null;
						if (zeros !== 8) stop = true;
						cidr += zeros;
					} else return null;
				}
				return 32 - cidr;
			};
			IPv4.prototype.range = function() {
				return ipaddr.subnetMatch(this, this.SpecialRanges);
			};
			IPv4.prototype.toByteArray = function() {
				return this.octets.slice(0);
			};
			IPv4.prototype.toIPv4MappedAddress = function() {
				return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
			};
			IPv4.prototype.toNormalizedString = function() {
				return this.toString();
			};
			IPv4.prototype.toString = function() {
				return this.octets.join(".");
			};
			return IPv4;
		})();
		ipaddr.IPv4.broadcastAddressFromCIDR = function(string) {
			try {
				const cidr = this.parseCIDR(string);
				const ipInterfaceOctets = cidr[0].toByteArray();
				const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
				const octets = [];
				let i = 0;
				while (i < 4) {
					octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
					i++;
				}
				return new this(octets);
			} catch (e) {
				throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
			}
		};
		ipaddr.IPv4.isIPv4 = function(string) {
			return this.parser(string) !== null;
		};
		ipaddr.IPv4.isValid = function(string) {
			try {
				new this(this.parser(string));
				return true;
			} catch {
				return false;
			}
		};
		ipaddr.IPv4.isValidCIDR = function(string) {
			try {
				this.parseCIDR(string);
				return true;
			} catch {
				return false;
			}
		};
		ipaddr.IPv4.isValidFourPartDecimal = function(string) {
			if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) return true;
			else return false;
		};
		ipaddr.IPv4.isValidCIDRFourPartDecimal = function(string) {
			const match = string.match(/^(.+)\/(\d+)$/);
			if (!ipaddr.IPv4.isValidCIDR(string) || !match) return false;
			return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
		};
		ipaddr.IPv4.networkAddressFromCIDR = function(string) {
			let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
			try {
				cidr = this.parseCIDR(string);
				ipInterfaceOctets = cidr[0].toByteArray();
				subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
				octets = [];
				i = 0;
				while (i < 4) {
					octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
					i++;
				}
				return new this(octets);
			} catch (e) {
				throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
			}
		};
		ipaddr.IPv4.parse = function(string) {
			const parts = this.parser(string);
			if (parts === null) throw new Error("ipaddr: string is not formatted like an IPv4 Address");
			return new this(parts);
		};
		ipaddr.IPv4.parseCIDR = function(string) {
			let match;
			if (match = string.match(/^(.+)\/(\d+)$/)) {
				const maskLength = parseInt(match[2]);
				if (maskLength >= 0 && maskLength <= 32) {
					const parsed = [this.parse(match[1]), maskLength];
					Object.defineProperty(parsed, "toString", { value: function() {
						return this.join("/");
					} });
					return parsed;
				}
			}
			throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
		};
		ipaddr.IPv4.parser = function(string) {
			let match, part, value;
			if (match = string.match(ipv4Regexes.fourOctet)) return (function() {
				const ref = match.slice(1, 6);
				const results = [];
				for (let i = 0; i < ref.length; i++) {
					part = ref[i];
					results.push(parseIntAuto(part));
				}
				return results;
			})();
			else if (match = string.match(ipv4Regexes.longValue)) {
				value = parseIntAuto(match[1]);
				if (value > 4294967295 || value < 0) throw new Error("ipaddr: address outside defined range");
				return (function() {
					const results = [];
					let shift = 0;
					for (; shift <= 24; shift += 8) results.push(value >> shift & 255);
					return results;
				})().reverse();
			} else if (match = string.match(ipv4Regexes.twoOctet)) return (function() {
				const ref = match.slice(1, 4);
				const results = [];
				value = parseIntAuto(ref[1]);
				if (value > 16777215 || value < 0) throw new Error("ipaddr: address outside defined range");
				results.push(parseIntAuto(ref[0]));
				results.push(value >> 16 & 255);
				results.push(value >> 8 & 255);
				results.push(value & 255);
				return results;
			})();
			else if (match = string.match(ipv4Regexes.threeOctet)) return (function() {
				const ref = match.slice(1, 5);
				const results = [];
				value = parseIntAuto(ref[2]);
				if (value > 65535 || value < 0) throw new Error("ipaddr: address outside defined range");
				results.push(parseIntAuto(ref[0]));
				results.push(parseIntAuto(ref[1]));
				results.push(value >> 8 & 255);
				results.push(value & 255);
				return results;
			})();
			else return null;
		};
		ipaddr.IPv4.subnetMaskFromPrefixLength = function(prefix) {
			prefix = parseInt(prefix);
			if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) throw new Error("ipaddr: invalid IPv4 prefix length");
			const octets = [
				0,
				0,
				0,
				0
			];
			let j = 0;
			const filledOctetCount = Math.floor(prefix / 8);
			while (j < filledOctetCount) {
				octets[j] = 255;
				j++;
			}
			if (filledOctetCount < 4) octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
			return new this(octets);
		};
		ipaddr.IPv6 = (function() {
			function IPv6(parts, zoneId) {
				let i, part;
				if (parts.length === 16) {
					this.parts = [];
					for (i = 0; i <= 14; i += 2) this.parts.push(parts[i] << 8 | parts[i + 1]);
				} else if (parts.length === 8) this.parts = parts;
				else throw new Error("ipaddr: ipv6 part count should be 8 or 16");
				for (i = 0; i < this.parts.length; i++) {
					part = this.parts[i];
					if (!(0 <= part && part <= 65535)) throw new Error("ipaddr: ipv6 part should fit in 16 bits");
				}
				if (zoneId) this.zoneId = zoneId;
			}
			IPv6.prototype.SpecialRanges = {
				unspecified: [new IPv6([
					0,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 128],
				linkLocal: [new IPv6([
					65152,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 10],
				multicast: [new IPv6([
					65280,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 8],
				loopback: [new IPv6([
					0,
					0,
					0,
					0,
					0,
					0,
					0,
					1
				]), 128],
				uniqueLocal: [new IPv6([
					64512,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 7],
				ipv4Mapped: [new IPv6([
					0,
					0,
					0,
					0,
					0,
					65535,
					0,
					0
				]), 96],
				deprecatedSiteLocal: [new IPv6([
					65216,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 10],
				discard: [new IPv6([
					256,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 64],
				rfc6145: [new IPv6([
					0,
					0,
					0,
					0,
					65535,
					0,
					0,
					0
				]), 96],
				rfc6052: [[new IPv6([
					100,
					65435,
					0,
					0,
					0,
					0,
					0,
					0
				]), 96], [new IPv6([
					100,
					65435,
					1,
					0,
					0,
					0,
					0,
					0
				]), 48]],
				"6to4": [new IPv6([
					8194,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 16],
				teredo: [new IPv6([
					8193,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 32],
				benchmarking: [new IPv6([
					8193,
					2,
					0,
					0,
					0,
					0,
					0,
					0
				]), 48],
				amt: [new IPv6([
					8193,
					3,
					0,
					0,
					0,
					0,
					0,
					0
				]), 32],
				as112v6: [[new IPv6([
					8193,
					4,
					274,
					0,
					0,
					0,
					0,
					0
				]), 48], [new IPv6([
					9760,
					79,
					32768,
					0,
					0,
					0,
					0,
					0
				]), 48]],
				deprecatedOrchid: [new IPv6([
					8193,
					16,
					0,
					0,
					0,
					0,
					0,
					0
				]), 28],
				orchid2: [new IPv6([
					8193,
					32,
					0,
					0,
					0,
					0,
					0,
					0
				]), 28],
				droneRemoteIdProtocolEntityTags: [new IPv6([
					8193,
					48,
					0,
					0,
					0,
					0,
					0,
					0
				]), 28],
				segmentRouting: [new IPv6([
					24320,
					0,
					0,
					0,
					0,
					0,
					0,
					0
				]), 16],
				reserved: [
					[new IPv6([
						8193,
						0,
						0,
						0,
						0,
						0,
						0,
						0
					]), 23],
					[new IPv6([
						8193,
						3512,
						0,
						0,
						0,
						0,
						0,
						0
					]), 32],
					[new IPv6([
						16383,
						0,
						0,
						0,
						0,
						0,
						0,
						0
					]), 20]
				]
			};
			IPv6.prototype.isIPv4MappedAddress = function() {
				return this.range() === "ipv4Mapped";
			};
			IPv6.prototype.kind = function() {
				return "ipv6";
			};
			IPv6.prototype.match = function(other, cidrRange) {
				let ref;
				if (cidrRange === void 0) {
					ref = other;
					other = ref[0];
					cidrRange = ref[1];
				}
				if (other.kind() !== "ipv6") throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
				return matchCIDR(this.parts, other.parts, 16, cidrRange);
			};
			IPv6.prototype.prefixLengthFromSubnetMask = function() {
				let cidr = 0;
				let stop = false;
				const zerotable = {
					0: 16,
					32768: 15,
					49152: 14,
					57344: 13,
					61440: 12,
					63488: 11,
					64512: 10,
					65024: 9,
					65280: 8,
					65408: 7,
					65472: 6,
					65504: 5,
					65520: 4,
					65528: 3,
					65532: 2,
					65534: 1,
					65535: 0
				};
				let part, zeros;
				for (let i = 7; i >= 0; i -= 1) {
					part = this.parts[i];
					if (part in zerotable) {
						zeros = zerotable[part];
						if (stop && zeros !== 0) return null;
						if (zeros !== 16) stop = true;
						cidr += zeros;
					} else return null;
				}
				return 128 - cidr;
			};
			IPv6.prototype.range = function() {
				return ipaddr.subnetMatch(this, this.SpecialRanges);
			};
			IPv6.prototype.toByteArray = function() {
				let part;
				const bytes = [];
				const ref = this.parts;
				for (let i = 0; i < ref.length; i++) {
					part = ref[i];
					bytes.push(part >> 8);
					bytes.push(part & 255);
				}
				return bytes;
			};
			IPv6.prototype.toFixedLengthString = function() {
				const addr = (function() {
					const results = [];
					for (let i = 0; i < this.parts.length; i++) results.push(padPart(this.parts[i].toString(16), 4));
					return results;
				}).call(this).join(":");
				let suffix = "";
				if (this.zoneId) suffix = `%${this.zoneId}`;
				return addr + suffix;
			};
			IPv6.prototype.toIPv4Address = function() {
				if (!this.isIPv4MappedAddress()) throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
				const ref = this.parts.slice(-2);
				const high = ref[0];
				const low = ref[1];
				return new ipaddr.IPv4([
					high >> 8,
					high & 255,
					low >> 8,
					low & 255
				]);
			};
			IPv6.prototype.toNormalizedString = function() {
				const addr = (function() {
					const results = [];
					for (let i = 0; i < this.parts.length; i++) results.push(this.parts[i].toString(16));
					return results;
				}).call(this).join(":");
				let suffix = "";
				if (this.zoneId) suffix = `%${this.zoneId}`;
				return addr + suffix;
			};
			IPv6.prototype.toRFC5952String = function() {
				const regex = /((^|:)(0(:|$)){2,})/g;
				let suffix = "";
				if (this.zoneId) suffix = `%${this.zoneId}`;
				const normalized = this.toNormalizedString();
				const string = normalized.slice(0, normalized.length - suffix.length);
				let bestMatchIndex = 0;
				let bestMatchLength = -1;
				let bestMatchGroups = -1;
				let match;
				while (match = regex.exec(string)) {
					const groups = (match[0].match(/0/g) || []).length;
					if (groups > bestMatchGroups) {
						bestMatchGroups = groups;
						bestMatchIndex = match.index;
						bestMatchLength = match[0].length;
					}
				}
				if (bestMatchLength < 0) return string + suffix;
				return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
			};
			IPv6.prototype.toString = function() {
				return this.toRFC5952String();
			};
			return IPv6;
		})();
		ipaddr.IPv6.broadcastAddressFromCIDR = function(string) {
			try {
				const cidr = this.parseCIDR(string);
				const ipInterfaceOctets = cidr[0].toByteArray();
				const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
				const octets = [];
				let i = 0;
				while (i < 16) {
					octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
					i++;
				}
				return new this(octets);
			} catch (e) {
				throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
			}
		};
		ipaddr.IPv6.isIPv6 = function(string) {
			return this.parser(string) !== null;
		};
		ipaddr.IPv6.isValid = function(string) {
			if (typeof string === "string" && string.indexOf(":") === -1) return false;
			try {
				const addr = this.parser(string);
				new this(addr.parts, addr.zoneId);
				return true;
			} catch {
				return false;
			}
		};
		ipaddr.IPv6.isValidCIDR = function(string) {
			if (typeof string === "string" && string.indexOf(":") === -1) return false;
			try {
				this.parseCIDR(string);
				return true;
			} catch {
				return false;
			}
		};
		ipaddr.IPv6.networkAddressFromCIDR = function(string) {
			let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
			try {
				cidr = this.parseCIDR(string);
				ipInterfaceOctets = cidr[0].toByteArray();
				subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
				octets = [];
				i = 0;
				while (i < 16) {
					octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
					i++;
				}
				return new this(octets);
			} catch (e) {
				throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
			}
		};
		ipaddr.IPv6.parse = function(string) {
			const addr = this.parser(string);
			if (addr === null) throw new Error("ipaddr: string is not formatted like an IPv6 Address");
			return new this(addr.parts, addr.zoneId);
		};
		ipaddr.IPv6.parseCIDR = function(string) {
			let maskLength, match, parsed;
			if (match = string.match(/^(.+)\/(\d+)$/)) {
				maskLength = parseInt(match[2]);
				if (maskLength >= 0 && maskLength <= 128) {
					parsed = [this.parse(match[1]), maskLength];
					Object.defineProperty(parsed, "toString", { value: function() {
						return this.join("/");
					} });
					return parsed;
				}
			}
			throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
		};
		ipaddr.IPv6.parser = function(string) {
			let addr, i, match, octet, octets, zoneId;
			if (match = string.match(ipv6Regexes.deprecatedTransitional)) return this.parser(`::ffff:${match[1]}`);
			if (ipv6Regexes.native.test(string)) return expandIPv6(string, 8);
			if (match = string.match(ipv6Regexes.transitional)) {
				zoneId = match[6] || "";
				addr = match[1];
				if (!match[1].endsWith("::")) addr = addr.slice(0, -1);
				addr = expandIPv6(addr + zoneId, 6);
				if (addr && addr.parts) {
					octets = [
						parseInt(match[2]),
						parseInt(match[3]),
						parseInt(match[4]),
						parseInt(match[5])
					];
					for (i = 0; i < octets.length; i++) {
						octet = octets[i];
						if (!(0 <= octet && octet <= 255)) return null;
					}
					addr.parts.push(octets[0] << 8 | octets[1]);
					addr.parts.push(octets[2] << 8 | octets[3]);
					return {
						parts: addr.parts,
						zoneId: addr.zoneId
					};
				}
			}
			return null;
		};
		ipaddr.IPv6.subnetMaskFromPrefixLength = function(prefix) {
			prefix = parseInt(prefix);
			if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) throw new Error("ipaddr: invalid IPv6 prefix length");
			const octets = [
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0
			];
			let j = 0;
			const filledOctetCount = Math.floor(prefix / 8);
			while (j < filledOctetCount) {
				octets[j] = 255;
				j++;
			}
			if (filledOctetCount < 16) octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
			return new this(octets);
		};
		ipaddr.fromByteArray = function(bytes) {
			const length = bytes.length;
			if (length === 4) return new ipaddr.IPv4(bytes);
			else if (length === 16) return new ipaddr.IPv6(bytes);
			else throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
		};
		ipaddr.isValid = function(string) {
			return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
		};
		ipaddr.isValidCIDR = function(string) {
			return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
		};
		ipaddr.parse = function(string) {
			if (ipaddr.IPv6.isValid(string)) return ipaddr.IPv6.parse(string);
			else if (ipaddr.IPv4.isValid(string)) return ipaddr.IPv4.parse(string);
			else throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
		};
		ipaddr.parseCIDR = function(string) {
			try {
				return ipaddr.IPv6.parseCIDR(string);
			} catch {
				try {
					return ipaddr.IPv4.parseCIDR(string);
				} catch (e) {
					throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
				}
			}
		};
		ipaddr.process = function(string) {
			const addr = this.parse(string);
			if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) return addr.toIPv4Address();
			else return addr;
		};
		ipaddr.subnetMatch = function(address, rangeList, defaultName) {
			let i, rangeName, rangeSubnets, subnet;
			if (defaultName === void 0 || defaultName === null) defaultName = "unicast";
			for (rangeName in rangeList) if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
				rangeSubnets = rangeList[rangeName];
				if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) rangeSubnets = [rangeSubnets];
				for (i = 0; i < rangeSubnets.length; i++) {
					subnet = rangeSubnets[i];
					if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) return rangeName;
				}
			}
			return defaultName;
		};
		if (typeof module !== "undefined" && module.exports) module.exports = ipaddr;
		else root.ipaddr = ipaddr;
	})(this$2);
}))(), 1);
function isCidr(text) {
	try {
		import_ipaddr.default.parseCIDR(text);
		return true;
	} catch {
		return false;
	}
}
function addressInRanges(address, ranges) {
	if (!import_ipaddr.default.isValid(address)) return false;
	const parsed = import_ipaddr.default.process(address);
	return ranges.some((text) => {
		const [range, bits] = import_ipaddr.default.parseCIDR(text);
		return parsed.kind() === range.kind() && parsed.match(range, bits);
	});
}
// ../../packages/core/dist/schemas/api-token.js
const PermissionSchema = string().trim().regex(/^(\*|([a-z][a-z0-9_]*|\*)\.(\*|[a-z][a-z0-9_]*))$/, "must look like tools.read, admin.*, *.read or *");
const TokenScopeSchema = strictObject({
	serverIds: array(string().trim().min(1).max(64)).min(1).max(100).optional(),
	permissions: array(PermissionSchema).min(1).max(50).optional(),
	ipRanges: array(string().trim().refine(isCidr, "must be a CIDR range such as 10.0.0.0/8")).min(1).max(50).optional()
});
const TokenCreateSchema = object({
	name: string().trim().min(1).max(255),
	expiresInDays: number$1().int().min(1).max(3650).optional(),
	expiresAt: datetime({ offset: true }).optional(),
	scope: TokenScopeSchema.optional(),
	rateLimit: RateLimitSchema.nullable().optional()
}).refine((body) => body.expiresInDays === void 0 || body.expiresAt === void 0, {
	message: "give expiresInDays or expiresAt, not both",
	path: ["expiresAt"]
}).refine((body) => body.expiresAt === void 0 || Date.parse(body.expiresAt) > Date.now(), {
	message: "must be in the future",
	path: ["expiresAt"]
});
// ../../packages/core/dist/schemas/server-oauth.js
const OAuthScopeSchema = string().min(1, "a scope must not be empty").max(256).regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, "a scope may not hold spaces, quotes or backslashes");
const ServerOAuthSchema = object({
	enabled: boolean().default(true),
	issuer: HttpUrlSchema,
	jwksUri: HttpUrlSchema.optional(),
	audience: string().min(1).max(2048).optional(),
	scopesSupported: array(OAuthScopeSchema).max(100).optional(),
	scopeMap: record(OAuthScopeSchema, array(PermissionSchema).min(1).max(50)).refine((map) => Object.keys(map).length <= 100, "at most 100 scopes in scopeMap").optional(),
	requiredScopes: array(OAuthScopeSchema).max(20).optional()
}).strict();
// ../../packages/core/dist/schemas/server.js
const MemberRefSchema = union([string().min(1), object({
	id: string().min(1),
	name: ToolNameSchema.nullable().optional(),
	description: string().max(16384).nullable().optional()
})]);
const IconSchema = object({
	src: string().min(1).max(8192),
	mimeType: string().max(255).optional(),
	sizes: array(string().max(32)).max(16).optional()
});
const NameStrategySchema = _enum(["prefixed", "original"]);
const members = array(MemberRefSchema).max(1e4);
const serverFields = {
	name: DisplayNameSchema,
	description: string().max(16384).nullable().optional(),
	instructions: string().max(65536).nullable().optional(),
	icon: string().max(8192).nullable().optional(),
	icons: array(IconSchema).max(16).optional(),
	associatedTools: members.optional(),
	associatedResources: members.optional(),
	associatedPrompts: members.optional(),
	associatedA2aAgents: array(string().min(1)).max(1e3).optional(),
	nameStrategy: NameStrategySchema.optional(),
	rateLimit: RateLimitSchema.nullable().optional(),
	oauth: ServerOAuthSchema.nullable().optional(),
	tags: TagsSchema.optional(),
	...OwnershipInputSchema.shape
};
const ServerCreateSchema = object(serverFields);
const ServerUpdateSchema = object(serverFields).partial().extend({ version: ExpectedVersionSchema.optional() });
// ../../packages/core/dist/events/change-bus.js
function createChangeBus() {
	const listeners = new Set();
	return {
		emit(changes) {
			if (changes.length === 0) return;
			for (const listener of listeners) listener(changes);
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
}
// ../../packages/core/dist/services/list-query.js
const BooleanParamSchema = preprocess((value) => typeof value === "string" ? [
	"true",
	"1",
	"yes"
].includes(value.toLowerCase()) : value, boolean());
const ListQuerySchema = object({
	cursor: string().max(1024).optional(),
	limit: number().int().min(1).max(1e3).optional(),
	tags: string().max(1024).transform((value) => value.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean)).optional(),
	team: string().max(255).optional(),
	visibility: VisibilitySchema.optional(),
	includeInactive: BooleanParamSchema.optional(),
	gatewayId: string().max(64).optional(),
	q: string().max(200, { error: "must be at most 200 characters" }).transform((value) => value.trim()).optional()
});
const PAGE_SIZE = {
	default: 50,
	max: 1e3
};
const SEARCHED = {
	gateways: ["name", "description"],
	grpc_services: ["name", "description"],
	tools: [
		"name",
		"display_name",
		"description"
	],
	resources: ["name", "description"],
	prompts: ["name", "description"],
	servers: ["name", "description"],
	a2a_agents: ["name", "description"]
};
function containsPattern(text) {
	return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
function encodeCursor(cursor) {
	return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}
function decodeCursor(text) {
	try {
		const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
		if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return value;
	} catch {}
	throw new GatewayError("VALIDATION_FAILED", "cursor is not one this server issued", { issues: [{
		path: "cursor",
		message: "not a valid cursor"
	}] });
}
async function listOwnedRows(db, dialect, table, query, viewer, narrow = (qb) => qb) {
	let qb = narrow(db.selectFrom(table).selectAll());
	if (!query.includeInactive) qb = qb.where("enabled", "=", 1);
	if (query.visibility) qb = qb.where("visibility", "=", query.visibility);
	if (query.team) qb = qb.where("team", "=", query.team);
	if (query.gatewayId && table !== "gateways" && table !== "servers" && table !== "a2a_agents") qb = qb.where("gateway_id", "=", query.gatewayId);
	if (query.tags && query.tags.length > 0) {
		const tags = query.tags;
		qb = qb.where((eb) => eb.or(tags.map((tag) => dialect.jsonArrayContains(eb.ref("tags"), tag))));
	}
	if (query.q) {
		const pattern = containsPattern(query.q);
		const columns = SEARCHED[table];
		qb = qb.where((eb) => eb.or(columns.map((column) => sql`lower(${eb.ref(column)}) like ${pattern} escape '\\'`)));
	}
	if (!viewer.all) {
		const { email, teams } = viewer;
		qb = qb.where((eb) => eb.or([
			eb("visibility", "=", "public"),
			eb("owner", "=", email),
			...teams.length > 0 ? [eb.and([eb("visibility", "=", "team"), eb("team", "in", [...teams])])] : []
		]));
	}
	if (query.cursor) {
		const [name, id] = decodeCursor(query.cursor);
		qb = qb.where((eb) => eb.or([eb("name", ">", name), eb.and([eb("name", "=", name), eb("id", ">", id)])]));
	}
	const limit = Math.min(query.limit ?? PAGE_SIZE.default, PAGE_SIZE.max);
	const rows = await qb.orderBy("name").orderBy("id").limit(limit + 1).execute();
	const more = rows.length > limit;
	const page = more ? rows.slice(0, limit) : rows;
	const last = page.at(-1);
	return {
		items: page,
		nextCursor: more && last ? encodeCursor([last.name, last.id]) : null
	};
}
function canView(viewer, row) {
	if (viewer.all || row.visibility === "public" || row.owner === viewer.email) return true;
	return row.visibility === "team" && row.team !== null && viewer.teams.includes(row.team);
}
// ../../packages/core/dist/services/validated.js
function validationError(error) {
	const issues = error.issues.map((issue) => ({
		path: issue.path.length > 0 ? issue.path.map(String).join(".") : "(body)",
		message: issue.message
	}));
	const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
	return new GatewayError("VALIDATION_FAILED", `invalid input: ${summary}`, { issues });
}
function validated(schema, value) {
	const result = schema.safeParse(value);
	if (!result.success) throw validationError(result.error);
	return result.data;
}
// ../../packages/core/dist/store/json.js
function toJson(value) {
	return JSON.stringify(value);
}
function fromJson(value, fallback) {
	if (value === null || value === void 0) return fallback;
	if (typeof value === "string") return JSON.parse(value);
	return value;
}
function toFlag(value) {
	return value ? 1 : 0;
}
function fromFlag(value) {
	return value === 1 || value === true || value === "1";
}
// ../../packages/core/dist/services/context.js
function nowIso() {
	return new Date().toISOString();
}
async function noteTransition(db, id) {
	const row = await db.selectFrom("gateways").select([
		"status",
		"status_reason",
		"enabled"
	]).where("id", "=", id).executeTakeFirst();
	if (!row) return;
	const enabled = fromFlag(row.enabled);
	const status = enabled ? row.status : "disabled";
	const reason = enabled ? row.status_reason : null;
	const last = await db.selectFrom("gateway_transitions").select([
		"seq",
		"status",
		"reason"
	]).where("gateway_id", "=", id).orderBy("seq", "desc").limit(1).executeTakeFirst();
	if (last && last.status === status && last.reason === reason) return;
	const seq = (last?.seq ?? 0) + 1;
	await db.insertInto("gateway_transitions").values({
		gateway_id: id,
		seq,
		at: nowIso(),
		status,
		reason
	}).execute();
	await db.deleteFrom("gateway_transitions").where("gateway_id", "=", id).where("seq", "<=", seq - 100).execute();
}
async function listTransitions(db, id) {
	return (await db.selectFrom("gateway_transitions").select([
		"at",
		"status",
		"reason"
	]).where("gateway_id", "=", id).orderBy("seq", "asc").execute()).map((row) => ({
		at: row.at,
		status: row.status,
		reason: row.reason
	}));
}
// ../../packages/core/dist/services/registration.js
const SECRET_FIELDS = new Set([
	"auth",
	"env",
	"headers"
]);
async function checkRegistration(context, kind, id, input, actor) {
	if (!context.onRegistration) return;
	const shown = Object.fromEntries(Object.entries(input).filter(([k]) => !SECRET_FIELDS.has(k)));
	const action = id === null ? "create" : "update";
	await context.onRegistration({
		kind,
		action,
		id,
		input: shown
	}, actor?.email ?? null);
}
// ../../packages/core/dist/services/transaction.js
function inTransaction(db, work) {
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}
// ../../packages/core/dist/services/prefix-rename.js
async function renamePrefixedTools(trx, owner, slugs, separator) {
	const rows = await trx.selectFrom("tools").select([
		"id",
		"name",
		"original_name"
	]).where(owner.column, "=", owner.id).execute();
	for (const row of rows) {
		if (row.name !== `${slugs.from}${separator}${row.original_name}`) continue;
		await trx.updateTable("tools").set({
			name: `${slugs.to}${separator}${row.original_name}`,
			updated_at: nowIso()
		}).where("id", "=", row.id).execute();
	}
}
// ../../packages/core/dist/services/outbound.js
async function checkOutbound(context, url, auth) {
	const policy = context.urlPolicy;
	if (!policy) return;
	if (url) await checkResolved(policy, url);
	if (auth?.type === "oauth2") await checkResolved(policy, auth.tokenUrl);
}
// ../../packages/core/dist/services/versioned.js
const nextVersion = sql`version + 1`;
function assertVersion(result, kind, id, expected) {
	if (expected === void 0 || (result?.numUpdatedRows ?? 0n) > 0n) return;
	throw new GatewayError("VERSION_CONFLICT", `${kind} '${id}' was changed since version ${expected}: read it again and retry with the current version`);
}
function versionIs(expected) {
	return expected === void 0 ? [">=", 0] : ["=", expected];
}
async function updateVersioned(db, table, id, changes, expected) {
	const versioned = table;
	assertVersion(await db.updateTable(versioned).set({
		...changes,
		version: nextVersion
	}).where("id", "=", id).where("version", ...versionIs(expected.version)).executeTakeFirst(), expected.kind, id, expected.version);
}
// ../../packages/core/dist/services/owned-ops.js
async function setRowEnabled(context, table, kind, id, enabled, also) {
	await inTransaction(context.store.db, async (db) => {
		if ((await db.updateTable(table).set({
			enabled: toFlag(enabled),
			updated_at: nowIso(),
			...table !== "prompts" && { version: nextVersion }
		}).where("id", "=", id).executeTakeFirst()).numUpdatedRows === 0n) throw notFound(kind, id);
		await also?.(db);
	});
	context.events.emit([{
		entity: kind,
		id,
		op: "updated"
	}]);
}
async function removeMember(context, table, kind, id) {
	if ((await inTransaction(context.store.db, async (trx) => {
		await trx.deleteFrom("server_members").where("kind", "=", kind).where("member_id", "=", id).execute();
		return trx.deleteFrom(table).where("id", "=", id).executeTakeFirst();
	})).numDeletedRows === 0n) throw notFound(kind, id);
	context.events.emit([{
		entity: kind,
		id,
		op: "deleted"
	}]);
}
// ../../packages/core/dist/services/write.js
async function guardUnique(dialect, what, write) {
	try {
		return await write();
	} catch (error) {
		if (dialect.isUniqueViolation(error)) throw conflict(what.kind, what.field, what.value);
		throw error;
	}
}
function ownedColumnsForCreate(input, actor) {
	const now = nowIso();
	return {
		tags: toJson(input.tags ?? []),
		owner: actor.email,
		team: input.team ?? null,
		visibility: input.visibility ?? (input.team ? "team" : "public"),
		created_at: now,
		updated_at: now,
		version: 1
	};
}
function ownedColumnsForUpdate(input) {
	return {
		...input.tags !== void 0 && { tags: toJson(input.tags) },
		...input.team !== void 0 && { team: input.team },
		...input.visibility !== void 0 && { visibility: input.visibility },
		updated_at: nowIso()
	};
}
function found(row, kind, id) {
	if (row === void 0) throw notFound(kind, id);
	return row;
}
function invalidField(path, message) {
	return new GatewayError("VALIDATION_FAILED", `${path} ${message}`, { issues: [{
		path,
		message
	}] });
}
function definedOnly(value) {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
// ../../packages/core/dist/services/gateway-service.js
function gatewayAuth(row, context) {
	return row.auth_sealed ? JSON.parse(context.sealer.open(row.auth_sealed)) : { type: "none" };
}
function gatewayEnv(row, context) {
	return row.env_sealed ? JSON.parse(context.sealer.open(row.env_sealed)) : {};
}
function toGateway(row, context) {
	return {
		id: row.id,
		name: row.name,
		slug: row.slug,
		description: row.description,
		url: row.url,
		transport: row.transport,
		command: row.command,
		args: fromJson(row.args, []),
		envKeys: Object.keys(gatewayEnv(row, context)),
		cwd: row.cwd,
		auth: maskAuth(gatewayAuth(row, context)),
		passthroughHeaders: fromJson(row.passthrough_headers, []),
		status: row.status,
		statusReason: row.status_reason,
		lastSeenAt: row.last_seen_at,
		capabilities: fromJson(row.capabilities, {}),
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		version: row.version,
		updatedAt: row.updated_at
	};
}
function sealJson(context, value) {
	return context.sealer.seal(JSON.stringify(value));
}
function createGatewayService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("gateways").selectAll().where("id", "=", id).executeTakeFirst(), "gateway", id);
	}
	return {
		async list(query, viewer) {
			const page = await listOwnedRows(db, dialect, "gateways", query, viewer);
			return {
				items: page.items.map((row) => toGateway(row, context)),
				nextCursor: page.nextCursor
			};
		},
		getRow,
		async get(id, viewer = { all: true }) {
			const row = await getRow(id);
			if (!canView(viewer, row)) throw notFound("gateway", id);
			return toGateway(row, context);
		},
		async create(input, actor) {
			await checkRegistration(context, "gateway", null, input, actor);
			await checkOutbound(context, input.url);
			const transport = input.transport ?? (input.command ? "stdio" : "streamablehttp");
			const row = {
				id: newId(),
				name: input.name,
				slug: slugify(input.name),
				description: input.description ?? null,
				url: transport === "stdio" ? null : input.url ?? null,
				transport,
				command: transport === "stdio" ? input.command ?? null : null,
				args: toJson(input.args ?? []),
				env_sealed: input.env && Object.keys(input.env).length > 0 ? sealJson(context, input.env) : null,
				cwd: input.cwd ?? null,
				auth_sealed: input.auth && input.auth.type !== "none" ? sealJson(context, input.auth) : null,
				passthrough_headers: toJson(input.passthroughHeaders ?? []),
				status: "pending",
				status_reason: null,
				last_seen_at: null,
				capabilities: toJson({}),
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			const clash = await db.selectFrom("gateways").select("name").where((eb) => eb.or([eb("name", "=", row.name), eb("slug", "=", row.slug)])).executeTakeFirst();
			if (clash) throw conflict("gateway", "name", clash.name);
			await guardUnique(dialect, {
				kind: "gateway",
				field: "name",
				value: row.name
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("gateways").values(row).execute();
				await noteTransition(trx, row.id);
			}));
			context.events.emit([{
				entity: "gateway",
				id: row.id,
				op: "created"
			}]);
			return toGateway(row, context);
		},
		async update(id, input, actor) {
			await checkRegistration(context, "gateway", id, input, actor);
			await checkOutbound(context, input.url);
			const before = await getRow(id);
			const transport = input.transport ?? before.transport;
			validated(GatewayTargetSchema, {
				transport,
				url: input.url === void 0 ? before.url : input.url,
				command: input.command === void 0 ? before.command : input.command
			});
			const slug = input.name === void 0 ? before.slug : slugify(input.name);
			const changes = {
				...input.name !== void 0 && {
					name: input.name,
					slug
				},
				...input.description !== void 0 && { description: input.description },
				...input.url !== void 0 && { url: input.url },
				...input.transport !== void 0 && { transport },
				...input.command !== void 0 && { command: input.command },
				...input.args !== void 0 && { args: toJson(input.args) },
				...input.env !== void 0 && { env_sealed: Object.keys(input.env).length > 0 ? sealJson(context, input.env) : null },
				...input.cwd !== void 0 && { cwd: input.cwd },
				...input.auth !== void 0 && { auth_sealed: input.auth.type === "none" ? null : sealJson(context, input.auth) },
				...input.passthroughHeaders !== void 0 && { passthrough_headers: toJson(input.passthroughHeaders) },
				...ownedColumnsForUpdate(input)
			};
			await guardUnique(dialect, {
				kind: "gateway",
				field: "name",
				value: input.name ?? before.name
			}, () => inTransaction(db, async (trx) => {
				await updateVersioned(trx, "gateways", id, changes, {
					kind: "gateway",
					version: input.version
				});
				if (slug !== before.slug) await renamePrefixedTools(trx, {
					column: "gateway_id",
					id
				}, {
					from: before.slug,
					to: slug
				}, context.separator);
			}));
			context.events.emit([{
				entity: "gateway",
				id,
				op: "updated"
			}]);
			return toGateway(await getRow(id), context);
		},
		async setEnabled(id, enabled) {
			await setRowEnabled(context, "gateways", "gateway", id, enabled, (trx) => noteTransition(trx, id));
			return toGateway(await getRow(id), context);
		},
		async transitions(id, viewer = { all: true }) {
			if (!canView(viewer, await getRow(id))) throw notFound("gateway", id);
			return listTransitions(db, id);
		},
		async setStatus(id, status, details = {}) {
			await inTransaction(db, async (trx) => {
				await trx.updateTable("gateways").set({
					status,
					status_reason: details.reason ?? null,
					...status === "active" && { last_seen_at: nowIso() },
					...details.capabilities !== void 0 && { capabilities: toJson(details.capabilities) }
				}).where("id", "=", id).execute();
				await noteTransition(trx, id);
			});
			context.events.emit([{
				entity: "gateway",
				id,
				op: "updated"
			}]);
		},
		async remove(id) {
			await getRow(id);
			await inTransaction(db, async (trx) => {
				for (const [kind, table] of [
					["tool", "tools"],
					["resource", "resources"],
					["prompt", "prompts"]
				]) await trx.deleteFrom("server_members").where("kind", "=", kind).where("member_id", "in", trx.selectFrom(table).select("id").where("gateway_id", "=", id)).execute();
				await trx.deleteFrom("gateways").where("id", "=", id).execute();
			});
			context.events.emit([{
				entity: "gateway",
				id,
				op: "deleted"
			}]);
		}
	};
}
// ../../packages/core/dist/services/role-service.js
const DEFAULT_ROLE = "developer";
function toRole(row) {
	return {
		name: row.name,
		description: row.description,
		permissions: fromJson(row.permissions, []),
		scope: row.scope,
		isBuiltIn: fromFlag(row.built_in),
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		version: row.version
	};
}
function toAssignment(row) {
	return {
		email: row.email,
		role: row.role,
		teamId: row.team_id,
		grantedBy: row.granted_by,
		createdAt: row.created_at
	};
}
function assignmentId(email, role, teamId) {
	return `${email}|${role}|${teamId ?? "*"}`;
}
function createRoleService(context) {
	const { db, dialect } = context.store;
	const changed = (id, op) => context.events.emit([{
		entity: "role",
		id,
		op
	}]);
	const getRow = async (name) => found(await db.selectFrom("roles").selectAll().where("name", "=", name).executeTakeFirst(), "role", name);
	const editable = async (name) => {
		const row = await getRow(name);
		if (fromFlag(row.built_in)) throw new GatewayError("FORBIDDEN", `role '${name}' is built in and cannot be changed`);
		return row;
	};
	return {
		async list() {
			return (await db.selectFrom("roles").selectAll().orderBy("name").execute()).map(toRole);
		},
		get: async (name) => toRole(await getRow(name)),
		async syncBuiltIns(seeds) {
			const now = nowIso();
			for (const seed of seeds) {
				const values = {
					description: seed.description,
					permissions: toJson(seed.permissions),
					scope: seed.scope,
					built_in: 1,
					updated_at: now
				};
				await db.insertInto("roles").values({
					name: seed.name,
					...values,
					created_at: now,
					version: 1
				}).onConflict((oc) => oc.column("name").doUpdateSet(values)).execute();
			}
		},
		async create(input) {
			const now = nowIso();
			const row = {
				name: input.name,
				description: input.description ?? null,
				permissions: toJson([...new Set(input.permissions)]),
				scope: input.scope,
				built_in: 0,
				created_at: now,
				updated_at: now,
				version: 1
			};
			await guardUnique(dialect, {
				kind: "role",
				field: "name",
				value: row.name
			}, () => db.insertInto("roles").values(row).execute());
			changed(row.name, "created");
			return toRole(row);
		},
		async update(name, input) {
			await editable(name);
			assertVersion(await db.updateTable("roles").set({
				...input.description !== void 0 && { description: input.description },
				...input.permissions && { permissions: toJson([...new Set(input.permissions)]) },
				updated_at: nowIso(),
				version: nextVersion
			}).where("name", "=", name).where("version", ...versionIs(input.version)).executeTakeFirst(), "role", name, input.version);
			changed(name, "updated");
			return toRole(await getRow(name));
		},
		async remove(name) {
			await editable(name);
			await db.deleteFrom("roles").where("name", "=", name).execute();
			changed(name, "deleted");
		},
		async assignments(email) {
			return (await db.selectFrom("role_assignments").selectAll().where("email", "=", email.toLowerCase()).orderBy("role").orderBy("team_id").execute()).map(toAssignment);
		},
		async assign(email, input, actor) {
			const key = email.toLowerCase();
			if (!await db.selectFrom("users").select("email").where("email", "=", key).executeTakeFirst()) throw notFound("user", key);
			const role = await getRow(input.role);
			const teamId = input.teamId ?? null;
			if (teamId !== null) {
				if (!await db.selectFrom("teams").select("id").where("id", "=", teamId).executeTakeFirst()) throw notFound("team", teamId);
			}
			if (role.scope === "team" && teamId === null) throw invalidField("teamId", `is required: role '${role.name}' is held within a team`);
			if (role.scope === "global" && teamId !== null) throw invalidField("teamId", `must be absent: role '${role.name}' is global`);
			const row = {
				id: assignmentId(key, role.name, teamId),
				email: key,
				role: role.name,
				team_id: teamId,
				granted_by: actor.email,
				created_at: nowIso()
			};
			const what = teamId === null ? role.name : `${role.name} in team ${teamId}`;
			await guardUnique(dialect, {
				kind: "role assignment",
				field: "role",
				value: what
			}, () => db.insertInto("role_assignments").values(row).execute());
			changed(role.name, "updated");
			return toAssignment(row);
		},
		async unassign(email, role, teamId) {
			const id = assignmentId(email.toLowerCase(), role, teamId);
			if ((await db.deleteFrom("role_assignments").where("id", "=", id).executeTakeFirst()).numDeletedRows === 0n) throw notFound("role assignment", teamId === null ? role : `${role} in team ${teamId}`);
			changed(role, "updated");
		},
		async accessOf(email) {
			const key = email.toLowerCase();
			const rows = await db.selectFrom("team_members").select([
				sql`team_id`.as("team_id"),
				sql`${"member:"} || role`.as("role"),
				sql`null`.as("permissions")
			]).where("email", "=", key).unionAll(db.selectFrom("role_assignments").innerJoin("roles", "roles.name", "role_assignments.role").select([
				"role_assignments.team_id",
				"roles.name as role",
				"roles.permissions"
			]).where("role_assignments.email", "=", key)).execute();
			const access = {
				teams: [],
				roles: []
			};
			for (const row of rows) if (row.role.startsWith("member:")) {
				const role = row.role.slice(7) === "owner" ? "owner" : "member";
				access.teams.push({
					teamId: row.team_id ?? "",
					role
				});
			} else access.roles.push({
				role: row.role,
				permissions: fromJson(row.permissions, []),
				teamId: row.team_id
			});
			return access;
		}
	};
}
// ../../packages/core/dist/services/a2a-service.js
function a2aAgentAuth(row, context) {
	return row.auth_sealed ? JSON.parse(context.sealer.open(row.auth_sealed)) : { type: "none" };
}
function toA2aAgent(row, context, tool) {
	return {
		id: row.id,
		name: row.name,
		slug: row.slug,
		description: row.description,
		url: row.url,
		endpointUrl: row.endpoint_url,
		protocolBinding: row.protocol_binding,
		protocolVersion: row.protocol_version,
		streaming: fromFlag(row.streaming),
		card: fromJson(row.card, {}),
		auth: maskAuth(a2aAgentAuth(row, context)),
		lastSeenAt: row.last_seen_at,
		toolId: tool?.id ?? null,
		toolName: tool?.name ?? null,
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		version: row.version,
		updatedAt: row.updated_at
	};
}
function discoveredColumns(found) {
	return {
		endpoint_url: found.endpointUrl,
		protocol_binding: found.protocolBinding,
		protocol_version: found.protocolVersion,
		streaming: toFlag(found.streaming),
		card: toJson(found.card),
		last_seen_at: nowIso()
	};
}
function createA2aService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("a2a_agents").selectAll().where("id", "=", id).executeTakeFirst(), "a2a agent", id);
	}
	async function toolsOf(ids) {
		if (ids.length === 0) return new Map();
		const rows = await db.selectFrom("tools").select([
			"id",
			"name",
			"a2a_agent_id"
		]).where("a2a_agent_id", "in", [...ids]).execute();
		return new Map(rows.map((r) => [r.a2a_agent_id ?? "", {
			id: r.id,
			name: r.name
		}]));
	}
	async function show(row) {
		return toA2aAgent(row, context, (await toolsOf([row.id])).get(row.id));
	}
	async function clash(name, slug, except) {
		let qb = db.selectFrom("a2a_agents").select("name").where((eb) => eb.or([eb("name", "=", name), eb("slug", "=", slug)]));
		if (except) qb = qb.where("id", "!=", except);
		const other = await qb.executeTakeFirst();
		if (other) throw conflict("a2a agent", "name", other.name);
	}
	async function toolClash(name, except) {
		let qb = db.selectFrom("tools").select("name").where("name", "=", name);
		if (except) qb = qb.where((eb) => eb.or([eb("a2a_agent_id", "is", null), eb("a2a_agent_id", "!=", except)]));
		if (await qb.executeTakeFirst()) throw conflict("tool", "name", name);
	}
	async function setToolsEnabled(trx, id, enabled) {
		return trx.updateTable("tools").set({
			enabled: toFlag(enabled),
			updated_at: nowIso(),
			version: nextVersion
		}).where("a2a_agent_id", "=", id).returning("id").execute();
	}
	return {
		async list(query, viewer) {
			const page = await listOwnedRows(db, dialect, "a2a_agents", query, viewer);
			const tools = await toolsOf(page.items.map((row) => row.id));
			return {
				items: page.items.map((row) => toA2aAgent(row, context, tools.get(row.id))),
				nextCursor: page.nextCursor
			};
		},
		getRow,
		async credentials(id) {
			return a2aAgentAuth(await getRow(id), context);
		},
		async get(key, viewer = { all: true }) {
			const row = await db.selectFrom("a2a_agents").selectAll().where((eb) => eb.or([
				eb("id", "=", key),
				eb("name", "=", key),
				eb("slug", "=", key)
			])).orderBy("id").executeTakeFirst();
			if (!row || !canView(viewer, row)) throw notFound("a2a agent", key);
			return show(row);
		},
		async create(input, actor, discovered) {
			const url = input.url ?? input.endpointUrl ?? "";
			await checkOutbound(context, url, input.auth);
			await checkOutbound(context, discovered.endpointUrl);
			const name = input.name ?? discovered.name;
			const slug = slugify(name);
			await clash(name, slug);
			await toolClash(slug);
			const owned = ownedColumnsForCreate(input, actor);
			const row = {
				id: newId(),
				name,
				slug,
				description: input.description ?? discovered.description,
				url,
				auth_sealed: input.auth && input.auth.type !== "none" ? context.sealer.seal(JSON.stringify(input.auth)) : null,
				enabled: 1,
				...discoveredColumns(discovered),
				...owned
			};
			const tool = {
				id: newId(),
				name: slug,
				original_name: slug,
				display_name: name,
				description: row.description,
				integration_type: "A2A",
				request_type: null,
				url: discovered.endpointUrl,
				gateway_id: null,
				grpc_service_id: null,
				a2a_agent_id: row.id,
				headers: toJson({}),
				auth_sealed: null,
				input_schema: toJson(discovered.inputSchema),
				output_schema: null,
				annotations: toJson({
					title: name,
					openWorldHint: true
				}),
				integration_config: toJson({}),
				timeout_ms: null,
				rate_limit: null,
				max_concurrency: null,
				enabled: 1,
				...owned
			};
			await guardUnique(dialect, {
				kind: "a2a agent",
				field: "name",
				value: name
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("a2a_agents").values(row).execute();
				await trx.insertInto("tools").values(tool).execute();
			}));
			context.events.emit([{
				entity: "a2a",
				id: row.id,
				op: "created"
			}, {
				entity: "tool",
				id: tool.id,
				op: "created"
			}]);
			return toA2aAgent(row, context, tool);
		},
		async update(id, input, discovered) {
			const before = await getRow(id);
			const url = input.url ?? input.endpointUrl;
			await checkOutbound(context, url, input.auth);
			if (discovered) await checkOutbound(context, discovered.endpointUrl);
			const name = input.name ?? before.name;
			const slug = slugify(name);
			if (input.name !== void 0) {
				await clash(name, slug, id);
				await toolClash(slug, id);
			}
			const description = input.description === void 0 ? before.description : input.description;
			const ownedChanges = ownedColumnsForUpdate(input);
			const changes = {
				...input.name !== void 0 && {
					name,
					slug
				},
				...input.description !== void 0 && { description },
				...url !== void 0 && { url },
				...input.auth !== void 0 && { auth_sealed: input.auth.type === "none" ? null : context.sealer.seal(JSON.stringify(input.auth)) },
				...discovered && discoveredColumns(discovered),
				...ownedChanges
			};
			const toolIds = await guardUnique(dialect, {
				kind: "a2a agent",
				field: "name",
				value: name
			}, () => inTransaction(db, async (trx) => {
				await updateVersioned(trx, "a2a_agents", id, changes, {
					kind: "a2a agent",
					version: input.version
				});
				const tools = await trx.selectFrom("tools").select(["id", "name"]).where("a2a_agent_id", "=", id).execute();
				for (const tool of tools) await trx.updateTable("tools").set({
					...tool.name === before.slug && {
						name: slug,
						original_name: slug
					},
					display_name: name,
					description,
					...discovered && {
						url: discovered.endpointUrl,
						input_schema: toJson(discovered.inputSchema)
					},
					...ownedChanges
				}).where("id", "=", tool.id).execute();
				return tools.map((tool) => tool.id);
			}));
			context.events.emit([{
				entity: "a2a",
				id,
				op: "updated"
			}, ...toolIds.map((toolId) => ({
				entity: "tool",
				id: toolId,
				op: "updated"
			}))]);
			return show(await getRow(id));
		},
		async setEnabled(id, enabled) {
			await getRow(id);
			const tools = await inTransaction(db, async (trx) => {
				await trx.updateTable("a2a_agents").set({
					enabled: toFlag(enabled),
					updated_at: nowIso(),
					version: nextVersion
				}).where("id", "=", id).execute();
				return setToolsEnabled(trx, id, enabled);
			});
			context.events.emit([{
				entity: "a2a",
				id,
				op: "updated"
			}, ...tools.map((tool) => ({
				entity: "tool",
				id: tool.id,
				op: "updated"
			}))]);
			return show(await getRow(id));
		},
		async remove(id) {
			await getRow(id);
			const tools = await inTransaction(db, async (trx) => {
				const owned = await trx.selectFrom("tools").select("id").where("a2a_agent_id", "=", id).execute();
				await trx.deleteFrom("server_members").where("kind", "=", "tool").where("member_id", "in", trx.selectFrom("tools").select("id").where("a2a_agent_id", "=", id)).execute();
				await trx.deleteFrom("tools").where("a2a_agent_id", "=", id).execute();
				await trx.deleteFrom("a2a_agents").where("id", "=", id).execute();
				return owned;
			});
			context.events.emit([{
				entity: "a2a",
				id,
				op: "deleted"
			}, ...tools.map((tool) => ({
				entity: "tool",
				id: tool.id,
				op: "deleted"
			}))]);
		}
	};
}
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/base.js
var Diff = class {
	diff(oldStr, newStr, options = {}) {
		let callback;
		if (typeof options === "function") {
			callback = options;
			options = {};
		} else if ("callback" in options) callback = options.callback;
		const oldString = this.castInput(oldStr, options);
		const newString = this.castInput(newStr, options);
		const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
		const newTokens = this.removeEmpty(this.tokenize(newString, options));
		return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
	}
	diffWithOptionsObj(oldTokens, newTokens, options, callback) {
		var _a;
		const done = (value) => {
			value = this.postProcess(value, options);
			if (callback) {
				setTimeout(function() {
					callback(value);
				}, 0);
				return;
			} else return value;
		};
		const newLen = newTokens.length, oldLen = oldTokens.length;
		let editLength = 1;
		let maxEditLength = newLen + oldLen;
		if (options.maxEditLength != null) maxEditLength = Math.min(maxEditLength, options.maxEditLength);
		const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
		const abortAfterTimestamp = Date.now() + maxExecutionTime;
		const bestPath = [{
			oldPos: -1,
			lastComponent: void 0
		}];
		let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
		if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
		let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
		const execEditLength = () => {
			for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
				let basePath;
				const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
				if (removePath) bestPath[diagonalPath - 1] = void 0;
				let canAdd = false;
				if (addPath) {
					const addPathNewPos = addPath.oldPos - diagonalPath;
					canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
				}
				const canRemove = removePath && removePath.oldPos + 1 < oldLen;
				if (!canAdd && !canRemove) {
					bestPath[diagonalPath] = void 0;
					continue;
				}
				if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) basePath = this.addToPath(addPath, true, false, 0, options);
				else basePath = this.addToPath(removePath, false, true, 1, options);
				newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
				if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
				else {
					bestPath[diagonalPath] = basePath;
					if (basePath.oldPos + 1 >= oldLen) maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
					if (newPos + 1 >= newLen) minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
				}
			}
			editLength++;
		};
		if (callback) (function exec() {
			setTimeout(function() {
				if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) return callback(void 0);
				if (!execEditLength()) exec();
			}, 0);
		})();
		else while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
			const ret = execEditLength();
			if (ret) return ret;
		}
	}
	addToPath(path, added, removed, oldPosInc, options) {
		const last = path.lastComponent;
		if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) return {
			oldPos: path.oldPos + oldPosInc,
			lastComponent: {
				count: last.count + 1,
				added,
				removed,
				previousComponent: last.previousComponent
			}
		};
		else return {
			oldPos: path.oldPos + oldPosInc,
			lastComponent: {
				count: 1,
				added,
				removed,
				previousComponent: last
			}
		};
	}
	extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
		const newLen = newTokens.length, oldLen = oldTokens.length;
		let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
		while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
			newPos++;
			oldPos++;
			commonCount++;
			if (options.oneChangePerToken) basePath.lastComponent = {
				count: 1,
				previousComponent: basePath.lastComponent,
				added: false,
				removed: false
			};
		}
		if (commonCount && !options.oneChangePerToken) basePath.lastComponent = {
			count: commonCount,
			previousComponent: basePath.lastComponent,
			added: false,
			removed: false
		};
		basePath.oldPos = oldPos;
		return newPos;
	}
	equals(left, right, options) {
		if (options.comparator) return options.comparator(left, right);
		else return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
	}
	removeEmpty(array) {
		const ret = [];
		for (let i = 0; i < array.length; i++) if (array[i]) ret.push(array[i]);
		return ret;
	}
	castInput(value, options) {
		return value;
	}
	tokenize(value, options) {
		return Array.from(value);
	}
	join(chars) {
		return chars.join("");
	}
	postProcess(changeObjects, options) {
		return changeObjects;
	}
	get useLongestToken() {
		return false;
	}
	buildValues(lastComponent, newTokens, oldTokens) {
		const components = [];
		let nextComponent;
		while (lastComponent) {
			components.push(lastComponent);
			nextComponent = lastComponent.previousComponent;
			delete lastComponent.previousComponent;
			lastComponent = nextComponent;
		}
		components.reverse();
		const componentLen = components.length;
		let componentPos = 0, newPos = 0, oldPos = 0;
		for (; componentPos < componentLen; componentPos++) {
			const component = components[componentPos];
			if (!component.removed) {
				if (!component.added && this.useLongestToken) {
					let value = newTokens.slice(newPos, newPos + component.count);
					value = value.map(function(value, i) {
						const oldValue = oldTokens[oldPos + i];
						return oldValue.length > value.length ? oldValue : value;
					});
					component.value = this.join(value);
				} else component.value = this.join(newTokens.slice(newPos, newPos + component.count));
				newPos += component.count;
				if (!component.added) oldPos += component.count;
			} else {
				component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
				oldPos += component.count;
			}
		}
		return components;
	}
};
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/character.js
var CharacterDiff = class extends Diff {};
new CharacterDiff();
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
	let i = 0;
	for (; i < str1.length && i < str2.length; i++) if (str1[i] != str2[i]) return str1.slice(0, i);
	return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
	let i;
	if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) return "";
	for (i = 0; i < str1.length && i < str2.length; i++) if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) return str1.slice(-i);
	return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
	if (string.slice(0, oldPrefix.length) != oldPrefix) throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
	return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
	if (!oldSuffix) return string + newSuffix;
	if (string.slice(-oldSuffix.length) != oldSuffix) throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
	return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
	return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
	return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
	return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
	let startA = 0;
	if (a.length > b.length) startA = a.length - b.length;
	let endB = b.length;
	if (a.length < b.length) endB = a.length;
	const map = Array(endB);
	let k = 0;
	map[0] = 0;
	for (let j = 1; j < endB; j++) {
		if (b[j] == b[k]) map[j] = map[k];
		else map[j] = k;
		while (k > 0 && b[j] != b[k]) k = map[k];
		if (b[j] == b[k]) k++;
	}
	k = 0;
	for (let i = startA; i < a.length; i++) {
		while (k > 0 && a[i] != b[k]) k = map[k];
		if (a[i] == b[k]) k++;
	}
	return k;
}
function segment(string, segmenter) {
	const parts = [];
	for (const segmentObj of Array.from(segmenter.segment(string))) {
		const segment = segmentObj.segment;
		if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment)) parts[parts.length - 1] += segment;
		else parts.push(segment);
	}
	return parts;
}
function trailingWs(string, segmenter) {
	if (segmenter) return leadingAndTrailingWs(string, segmenter)[1];
	let i;
	for (i = string.length - 1; i >= 0; i--) if (!string[i].match(/\s/)) break;
	return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
	if (segmenter) return leadingAndTrailingWs(string, segmenter)[0];
	const match = string.match(/^\s*/);
	return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
	if (!segmenter) return [leadingWs(string), trailingWs(string)];
	if (segmenter.resolvedOptions().granularity != "word") throw new Error("The segmenter passed must have a granularity of \"word\"");
	const segments = segment(string, segmenter);
	const firstSeg = segments[0];
	const lastSeg = segments[segments.length - 1];
	return [/\s/.test(firstSeg) ? firstSeg : "", /\s/.test(lastSeg) ? lastSeg : ""];
}
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/word.js
const extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
const tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
var WordDiff = class extends Diff {
	equals(left, right, options) {
		if (options.ignoreCase) {
			left = left.toLowerCase();
			right = right.toLowerCase();
		}
		return left.trim() === right.trim();
	}
	tokenize(value, options = {}) {
		let parts;
		if (options.intlSegmenter) {
			const segmenter = options.intlSegmenter;
			if (segmenter.resolvedOptions().granularity != "word") throw new Error("The segmenter passed must have a granularity of \"word\"");
			parts = segment(value, segmenter);
		} else parts = value.match(tokenizeIncludingWhitespace) || [];
		const tokens = [];
		let prevPart = null;
		parts.forEach((part) => {
			if (/\s/.test(part)) {
				if (prevPart == null) tokens.push(part);
				else tokens.push(tokens.pop() + part);
			} else if (prevPart != null && /\s/.test(prevPart)) {
				if (tokens[tokens.length - 1] == prevPart) tokens.push(tokens.pop() + part);
				else tokens.push(prevPart + part);
			} else tokens.push(part);
			prevPart = part;
		});
		return tokens;
	}
	join(tokens) {
		return tokens.map((token, i) => {
			if (i == 0) return token;
			else return token.replace(/^\s+/, "");
		}).join("");
	}
	postProcess(changes, options) {
		if (!changes || options.oneChangePerToken) return changes;
		let lastKeep = null;
		let insertion = null;
		let deletion = null;
		changes.forEach((change) => {
			if (change.added) insertion = change;
			else if (change.removed) deletion = change;
			else {
				if (insertion || deletion) dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
				lastKeep = change;
				insertion = null;
				deletion = null;
			}
		});
		if (insertion || deletion) dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
		return changes;
	}
};
new WordDiff();
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
	if (deletion && insertion) {
		const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
		const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
		if (startKeep) {
			const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
			startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
			deletion.value = removePrefix(deletion.value, commonWsPrefix);
			insertion.value = removePrefix(insertion.value, commonWsPrefix);
		}
		if (endKeep) {
			const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
			endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
			deletion.value = removeSuffix(deletion.value, commonWsSuffix);
			insertion.value = removeSuffix(insertion.value, commonWsSuffix);
		}
	} else if (insertion) {
		if (startKeep) {
			const ws = leadingWs(insertion.value, segmenter);
			insertion.value = insertion.value.substring(ws.length);
		}
		if (endKeep) {
			const ws = leadingWs(endKeep.value, segmenter);
			endKeep.value = endKeep.value.substring(ws.length);
		}
	} else if (startKeep && endKeep) {
		const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
		const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
		deletion.value = removePrefix(deletion.value, newWsStart);
		const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
		deletion.value = removeSuffix(deletion.value, newWsEnd);
		endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
		startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
	} else if (endKeep) {
		const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
		const overlap = maximumOverlap(trailingWs(deletion.value, segmenter), endKeepWsPrefix);
		deletion.value = removeSuffix(deletion.value, overlap);
	} else if (startKeep) {
		const overlap = maximumOverlap(trailingWs(startKeep.value, segmenter), leadingWs(deletion.value, segmenter));
		deletion.value = removePrefix(deletion.value, overlap);
	}
}
var WordsWithSpaceDiff = class extends Diff {
	tokenize(value) {
		const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
		return value.match(regex) || [];
	}
};
new WordsWithSpaceDiff();
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
	constructor() {
		super(...arguments);
		this.tokenize = tokenize;
	}
	equals(left, right, options) {
		if (options.ignoreWhitespace) {
			if (!options.newlineIsToken || !left.includes("\n")) left = left.trim();
			if (!options.newlineIsToken || !right.includes("\n")) right = right.trim();
		} else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
			if (left.endsWith("\n")) left = left.slice(0, -1);
			if (right.endsWith("\n")) right = right.slice(0, -1);
		}
		return super.equals(left, right, options);
	}
};
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
	return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
	if (options.stripTrailingCr) value = value.replace(/\r\n/g, "\n");
	const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
	if (!linesAndNewlines[linesAndNewlines.length - 1]) linesAndNewlines.pop();
	for (let i = 0; i < linesAndNewlines.length; i++) {
		const line = linesAndNewlines[i];
		if (i % 2 && !options.newlineIsToken) retLines[retLines.length - 1] += line;
		else retLines.push(line);
	}
	return retLines;
}
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/sentence.js
function isSentenceEndPunct(char) {
	return char == "." || char == "!" || char == "?";
}
var SentenceDiff = class extends Diff {
	tokenize(value) {
		var _a;
		const result = [];
		let tokenStartI = 0;
		for (let i = 0; i < value.length; i++) {
			if (i == value.length - 1) {
				result.push(value.slice(tokenStartI));
				break;
			}
			if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
				result.push(value.slice(tokenStartI, i + 1));
				i = tokenStartI = i + 1;
				while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) i++;
				result.push(value.slice(tokenStartI, i + 1));
				tokenStartI = i + 1;
			}
		}
		return result;
	}
};
new SentenceDiff();
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/css.js
var CssDiff = class extends Diff {
	tokenize(value) {
		return value.split(/([{}:;,]|\s+)/);
	}
};
new CssDiff();
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/json.js
var JsonDiff = class extends Diff {
	constructor() {
		super(...arguments);
		this.tokenize = tokenize;
	}
	get useLongestToken() {
		return true;
	}
	castInput(value, options) {
		const { undefinedReplacement, stringifyReplacer = (k, v) => typeof v === "undefined" ? undefinedReplacement : v } = options;
		return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
	}
	equals(left, right, options) {
		return super.equals(left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
	}
};
new JsonDiff();
function canonicalize(obj, stack, replacementStack, replacer, key) {
	stack = stack || [];
	replacementStack = replacementStack || [];
	if (replacer) obj = replacer(key === void 0 ? "" : key, obj);
	let i = 0;
	for (; i < stack.length; i += 1) if (stack[i] === obj) return replacementStack[i];
	let canonicalizedObj;
	if ("[object Array]" === Object.prototype.toString.call(obj)) {
		stack.push(obj);
		canonicalizedObj = new Array(obj.length);
		replacementStack.push(canonicalizedObj);
		for (i = 0; i < obj.length; i += 1) canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
		stack.pop();
		replacementStack.pop();
		return canonicalizedObj;
	}
	if (obj && obj.toJSON) obj = obj.toJSON();
	if (typeof obj === "object" && obj !== null) {
		stack.push(obj);
		canonicalizedObj = {};
		replacementStack.push(canonicalizedObj);
		const sortedKeys = [];
		let key;
		for (key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) sortedKeys.push(key);
		sortedKeys.sort();
		for (i = 0; i < sortedKeys.length; i += 1) {
			key = sortedKeys[i];
			canonicalizedObj[key] = canonicalize(obj[key], stack, replacementStack, replacer, key);
		}
		stack.pop();
		replacementStack.pop();
	} else canonicalizedObj = obj;
	return canonicalizedObj;
}
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
	tokenize(value) {
		return value.slice();
	}
	join(value) {
		return value;
	}
	removeEmpty(value) {
		return value;
	}
};
new ArrayDiff();
// ../../node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/create.js
const INCLUDE_HEADERS = {
	includeIndex: true,
	includeUnderline: true,
	includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
	let optionsObj;
	if (!options) optionsObj = {};
	else if (typeof options === "function") optionsObj = { callback: options };
	else optionsObj = options;
	if (typeof optionsObj.context === "undefined") optionsObj.context = 4;
	const context = optionsObj.context;
	if (optionsObj.newlineIsToken) throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
	if (!optionsObj.callback) return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
	else {
		const { callback } = optionsObj;
		diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
			const patch = diffLinesResultToPatch(diff);
			callback(patch);
		} }));
	}
	function diffLinesResultToPatch(diff) {
		if (!diff) return;
		diff.push({
			value: "",
			lines: []
		});
		function contextLines(lines) {
			return lines.map(function(entry) {
				return " " + entry;
			});
		}
		const hunks = [];
		let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
		for (let i = 0; i < diff.length; i++) {
			const current = diff[i], lines = current.lines || splitLines(current.value);
			current.lines = lines;
			if (current.added || current.removed) {
				if (!oldRangeStart) {
					const prev = diff[i - 1];
					oldRangeStart = oldLine;
					newRangeStart = newLine;
					if (prev) {
						curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
						oldRangeStart -= curRange.length;
						newRangeStart -= curRange.length;
					}
				}
				for (const line of lines) curRange.push((current.added ? "+" : "-") + line);
				if (current.added) newLine += lines.length;
				else oldLine += lines.length;
			} else {
				if (oldRangeStart) {
					if (lines.length <= context * 2 && i < diff.length - 2) for (const line of contextLines(lines)) curRange.push(line);
					else {
						const contextSize = Math.min(lines.length, context);
						for (const line of contextLines(lines.slice(0, contextSize))) curRange.push(line);
						const hunk = {
							oldStart: oldRangeStart,
							oldLines: oldLine - oldRangeStart + contextSize,
							newStart: newRangeStart,
							newLines: newLine - newRangeStart + contextSize,
							lines: curRange
						};
						hunks.push(hunk);
						oldRangeStart = 0;
						newRangeStart = 0;
						curRange = [];
					}
				}
				oldLine += lines.length;
				newLine += lines.length;
			}
		}
		for (const hunk of hunks) for (let i = 0; i < hunk.lines.length; i++) if (hunk.lines[i].endsWith("\n")) hunk.lines[i] = hunk.lines[i].slice(0, -1);
		else {
			hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
			i++;
		}
		return {
			oldFileName,
			newFileName,
			oldHeader,
			newHeader,
			hunks
		};
	}
}
function formatPatch(patch, headerOptions) {
	if (!headerOptions) headerOptions = INCLUDE_HEADERS;
	if (Array.isArray(patch)) {
		if (patch.length > 1 && !headerOptions.includeFileHeaders) throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
		return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
	}
	const ret = [];
	if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) ret.push("Index: " + patch.oldFileName);
	if (headerOptions.includeUnderline) ret.push("===================================================================");
	if (headerOptions.includeFileHeaders) {
		ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
		ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
	}
	for (let i = 0; i < patch.hunks.length; i++) {
		const hunk = patch.hunks[i];
		if (hunk.oldLines === 0) hunk.oldStart -= 1;
		if (hunk.newLines === 0) hunk.newStart -= 1;
		ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
		for (const line of hunk.lines) ret.push(line);
	}
	return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
	if (typeof options === "function") options = { callback: options };
	if (!(options === null || options === void 0 ? void 0 : options.callback)) {
		const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
		if (!patchObj) return;
		return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
	} else {
		const { callback } = options;
		structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
			if (!patchObj) callback(void 0);
			else callback(formatPatch(patchObj, options.headerOptions));
		} }));
	}
}
function splitLines(text) {
	const hasTrailingNl = text.endsWith("\n");
	const result = text.split("\n").map((line) => line + "\n");
	if (hasTrailingNl) result.pop();
	else result.push(result.pop().slice(0, -1));
	return result;
}
// ../../packages/core/dist/prompts/diff.js
function diffRevisions(from, to) {
	const changedFields = [
		"name",
		"description",
		"template",
		"arguments"
	].filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]));
	const templatePatch = createTwoFilesPatch(`${from.name}@v${from.version}`, `${to.name}@v${to.version}`, from.template.endsWith("\n") ? from.template : `${from.template}\n`, to.template.endsWith("\n") ? to.template : `${to.template}\n`);
	return {
		from: from.version,
		to: to.version,
		changedFields: [...changedFields],
		templatePatch
	};
}
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/lib.js
var require_lib = __commonJSMin(((exports, module) => {
	var ArrayProto = Array.prototype;
	var ObjProto = Object.prototype;
	var escapeMap = {
		"&": "&amp;",
		"\"": "&quot;",
		"'": "&#39;",
		"<": "&lt;",
		">": "&gt;",
		"\\": "&#92;"
	};
	var escapeRegex = /[&"'<>\\]/g;
	var _exports = module.exports = {};
	function hasOwnProp(obj, k) {
		return ObjProto.hasOwnProperty.call(obj, k);
	}
	_exports.hasOwnProp = hasOwnProp;
	function lookupEscape(ch) {
		return escapeMap[ch];
	}
	function _prettifyError(path, withInternals, err) {
		if (!err.Update) err = new _exports.TemplateError(err);
		err.Update(path);
		if (!withInternals) {
			var old = err;
			err = new Error(old.message);
			err.name = old.name;
		}
		return err;
	}
	_exports._prettifyError = _prettifyError;
	function TemplateError(message, lineno, colno) {
		var err;
		var cause;
		if (message instanceof Error) {
			cause = message;
			message = cause.name + ": " + cause.message;
		}
		if (Object.setPrototypeOf) {
			err = new Error(message);
			Object.setPrototypeOf(err, TemplateError.prototype);
		} else {
			err = this;
			Object.defineProperty(err, "message", {
				enumerable: false,
				writable: true,
				value: message
			});
		}
		Object.defineProperty(err, "name", { value: "Template render error" });
		if (Error.captureStackTrace) Error.captureStackTrace(err, this.constructor);
		var getStack;
		if (cause) {
			var stackDescriptor = Object.getOwnPropertyDescriptor(cause, "stack");
			getStack = stackDescriptor && (stackDescriptor.get || function() {
				return stackDescriptor.value;
			});
			if (!getStack) getStack = function getStack() {
				return cause.stack;
			};
		} else {
			var stack = new Error(message).stack;
			getStack = function getStack() {
				return stack;
			};
		}
		Object.defineProperty(err, "stack", { get: function get() {
			return getStack.call(err);
		} });
		Object.defineProperty(err, "cause", { value: cause });
		err.lineno = lineno;
		err.colno = colno;
		err.firstUpdate = true;
		err.Update = function Update(path) {
			var msg = "(" + (path || "unknown path") + ")";
			if (this.firstUpdate) {
				if (this.lineno && this.colno) msg += " [Line " + this.lineno + ", Column " + this.colno + "]";
				else if (this.lineno) msg += " [Line " + this.lineno + "]";
			}
			msg += "\n ";
			if (this.firstUpdate) msg += " ";
			this.message = msg + (this.message || "");
			this.firstUpdate = false;
			return this;
		};
		return err;
	}
	if (Object.setPrototypeOf) Object.setPrototypeOf(TemplateError.prototype, Error.prototype);
	else TemplateError.prototype = Object.create(Error.prototype, { constructor: { value: TemplateError } });
	_exports.TemplateError = TemplateError;
	function escape(val) {
		return val.replace(escapeRegex, lookupEscape);
	}
	_exports.escape = escape;
	function isFunction(obj) {
		return ObjProto.toString.call(obj) === "[object Function]";
	}
	_exports.isFunction = isFunction;
	function isArray(obj) {
		return ObjProto.toString.call(obj) === "[object Array]";
	}
	_exports.isArray = isArray;
	function isString(obj) {
		return ObjProto.toString.call(obj) === "[object String]";
	}
	_exports.isString = isString;
	function isObject(obj) {
		return ObjProto.toString.call(obj) === "[object Object]";
	}
	_exports.isObject = isObject;
	function _prepareAttributeParts(attr) {
		if (!attr) return [];
		if (typeof attr === "string") return attr.split(".");
		return [attr];
	}
	function getAttrGetter(attribute) {
		var parts = _prepareAttributeParts(attribute);
		return function attrGetter(item) {
			var _item = item;
			for (var i = 0; i < parts.length; i++) {
				var part = parts[i];
				if (hasOwnProp(_item, part)) _item = _item[part];
				else return;
			}
			return _item;
		};
	}
	_exports.getAttrGetter = getAttrGetter;
	function groupBy(obj, val, throwOnUndefined) {
		var result = {};
		var iterator = isFunction(val) ? val : getAttrGetter(val);
		for (var i = 0; i < obj.length; i++) {
			var value = obj[i];
			var key = iterator(value, i);
			if (key === void 0 && throwOnUndefined === true) throw new TypeError("groupby: attribute \"" + val + "\" resolved to undefined");
			(result[key] || (result[key] = [])).push(value);
		}
		return result;
	}
	_exports.groupBy = groupBy;
	function toArray(obj) {
		return Array.prototype.slice.call(obj);
	}
	_exports.toArray = toArray;
	function without(array) {
		var result = [];
		if (!array) return result;
		var length = array.length;
		var contains = toArray(arguments).slice(1);
		var index = -1;
		while (++index < length) if (indexOf(contains, array[index]) === -1) result.push(array[index]);
		return result;
	}
	_exports.without = without;
	function repeat(char_, n) {
		var str = "";
		for (var i = 0; i < n; i++) str += char_;
		return str;
	}
	_exports.repeat = repeat;
	function each(obj, func, context) {
		if (obj == null) return;
		if (ArrayProto.forEach && obj.forEach === ArrayProto.forEach) obj.forEach(func, context);
		else if (obj.length === +obj.length) for (var i = 0, l = obj.length; i < l; i++) func.call(context, obj[i], i, obj);
	}
	_exports.each = each;
	function map(obj, func) {
		var results = [];
		if (obj == null) return results;
		if (ArrayProto.map && obj.map === ArrayProto.map) return obj.map(func);
		for (var i = 0; i < obj.length; i++) results[results.length] = func(obj[i], i);
		if (obj.length === +obj.length) results.length = obj.length;
		return results;
	}
	_exports.map = map;
	function asyncIter(arr, iter, cb) {
		var i = -1;
		function next() {
			i++;
			if (i < arr.length) iter(arr[i], i, next, cb);
			else cb();
		}
		next();
	}
	_exports.asyncIter = asyncIter;
	function asyncFor(obj, iter, cb) {
		var keys = keys_(obj || {});
		var len = keys.length;
		var i = -1;
		function next() {
			i++;
			var k = keys[i];
			if (i < len) iter(k, obj[k], i, len, next);
			else cb();
		}
		next();
	}
	_exports.asyncFor = asyncFor;
	function indexOf(arr, searchElement, fromIndex) {
		return Array.prototype.indexOf.call(arr || [], searchElement, fromIndex);
	}
	_exports.indexOf = indexOf;
	function keys_(obj) {
		var arr = [];
		for (var k in obj) if (hasOwnProp(obj, k)) arr.push(k);
		return arr;
	}
	_exports.keys = keys_;
	function _entries(obj) {
		return keys_(obj).map(function(k) {
			return [k, obj[k]];
		});
	}
	_exports._entries = _entries;
	function _values(obj) {
		return keys_(obj).map(function(k) {
			return obj[k];
		});
	}
	_exports._values = _values;
	function extend(obj1, obj2) {
		obj1 = obj1 || {};
		keys_(obj2).forEach(function(k) {
			obj1[k] = obj2[k];
		});
		return obj1;
	}
	_exports._assign = _exports.extend = extend;
	function inOperator(key, val) {
		if (isArray(val) || isString(val)) return val.indexOf(key) !== -1;
		else if (isObject(val)) return key in val;
		throw new Error("Cannot use \"in\" operator to search for \"" + key + "\" in unexpected types.");
	}
	_exports.inOperator = inOperator;
}));
// ../../node_modules/.pnpm/asap@2.0.6/node_modules/asap/raw.js
var require_raw = __commonJSMin(((exports, module) => {
	var domain;
	var hasSetImmediate = typeof setImmediate === "function";
	module.exports = rawAsap;
	function rawAsap(task) {
		if (!queue.length) {
			requestFlush();
			flushing = true;
		}
		queue[queue.length] = task;
	}
	var queue = [];
	var flushing = false;
	var index = 0;
	var capacity = 1024;
	function flush() {
		while (index < queue.length) {
			var currentIndex = index;
			index = index + 1;
			queue[currentIndex].call();
			if (index > capacity) {
				for (var scan = 0, newLength = queue.length - index; scan < newLength; scan++) queue[scan] = queue[scan + index];
				queue.length -= index;
				index = 0;
			}
		}
		queue.length = 0;
		index = 0;
		flushing = false;
	}
	rawAsap.requestFlush = requestFlush;
	function requestFlush() {
		var parentDomain = process.domain;
		if (parentDomain) {
			if (!domain) domain = __require("domain");
			domain.active = process.domain = null;
		}
		if (flushing && hasSetImmediate) setImmediate(flush);
		else process.nextTick(flush);
		if (parentDomain) domain.active = process.domain = parentDomain;
	}
}));
// ../../node_modules/.pnpm/asap@2.0.6/node_modules/asap/asap.js
var require_asap = __commonJSMin(((exports, module) => {
	var rawAsap = require_raw();
	var freeTasks = [];
	module.exports = asap;
	function asap(task) {
		var rawTask;
		if (freeTasks.length) rawTask = freeTasks.pop();
		else rawTask = new RawTask();
		rawTask.task = task;
		rawTask.domain = process.domain;
		rawAsap(rawTask);
	}
	function RawTask() {
		this.task = null;
		this.domain = null;
	}
	RawTask.prototype.call = function() {
		if (this.domain) this.domain.enter();
		var threw = true;
		try {
			this.task.call();
			threw = false;
			if (this.domain) this.domain.exit();
		} finally {
			if (threw) rawAsap.requestFlush();
			this.task = null;
			this.domain = null;
			freeTasks.push(this);
		}
	};
}));
// ../../node_modules/.pnpm/a-sync-waterfall@1.0.1/node_modules/a-sync-waterfall/index.js
var require_a_sync_waterfall = __commonJSMin(((exports, module, this$1) => {
	(function(globals) {
		"use strict";
		var executeSync = function() {
			var args = Array.prototype.slice.call(arguments);
			if (typeof args[0] === "function") args[0].apply(null, args.splice(1));
		};
		var executeAsync = function(fn) {
			if (typeof setImmediate === "function") setImmediate(fn);
			else if (typeof process !== "undefined" && process.nextTick) process.nextTick(fn);
			else setTimeout(fn, 0);
		};
		var makeIterator = function(tasks) {
			var makeCallback = function(index) {
				var fn = function() {
					if (tasks.length) tasks[index].apply(null, arguments);
					return fn.next();
				};
				fn.next = function() {
					return index < tasks.length - 1 ? makeCallback(index + 1) : null;
				};
				return fn;
			};
			return makeCallback(0);
		};
		var _isArray = Array.isArray || function(maybeArray) {
			return Object.prototype.toString.call(maybeArray) === "[object Array]";
		};
		var waterfall = function(tasks, callback, forceAsync) {
			var nextTick = forceAsync ? executeAsync : executeSync;
			callback = callback || function() {};
			if (!_isArray(tasks)) return callback(new Error("First argument to waterfall must be an array of functions"));
			if (!tasks.length) return callback();
			var wrapIterator = function(iterator) {
				return function(err) {
					if (err) {
						callback.apply(null, arguments);
						callback = function() {};
					} else {
						var args = Array.prototype.slice.call(arguments, 1);
						var next = iterator.next();
						if (next) args.push(wrapIterator(next));
						else args.push(callback);
						nextTick(function() {
							iterator.apply(null, args);
						});
					}
				};
			};
			wrapIterator(makeIterator(tasks))();
		};
		if (typeof define !== "undefined" && define.amd) define([], function() {
			return waterfall;
		});
		else if (typeof module !== "undefined" && module.exports) module.exports = waterfall;
		else globals.waterfall = waterfall;
	})(this$1);
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/lexer.js
var require_lexer = __commonJSMin(((exports, module) => {
	var lib = require_lib();
	var whitespaceChars = " \n	\r\u00A0";
	var delimChars = "()[]{}%*-+~/#,:|.<>=!";
	var intChars = "0123456789";
	var BLOCK_START = "{%";
	var BLOCK_END = "%}";
	var VARIABLE_START = "{{";
	var VARIABLE_END = "}}";
	var COMMENT_START = "{#";
	var COMMENT_END = "#}";
	var TOKEN_STRING = "string";
	var TOKEN_WHITESPACE = "whitespace";
	var TOKEN_DATA = "data";
	var TOKEN_BLOCK_START = "block-start";
	var TOKEN_BLOCK_END = "block-end";
	var TOKEN_VARIABLE_START = "variable-start";
	var TOKEN_VARIABLE_END = "variable-end";
	var TOKEN_COMMENT = "comment";
	var TOKEN_LEFT_PAREN = "left-paren";
	var TOKEN_RIGHT_PAREN = "right-paren";
	var TOKEN_LEFT_BRACKET = "left-bracket";
	var TOKEN_RIGHT_BRACKET = "right-bracket";
	var TOKEN_LEFT_CURLY = "left-curly";
	var TOKEN_RIGHT_CURLY = "right-curly";
	var TOKEN_OPERATOR = "operator";
	var TOKEN_COMMA = "comma";
	var TOKEN_COLON = "colon";
	var TOKEN_TILDE = "tilde";
	var TOKEN_PIPE = "pipe";
	var TOKEN_INT = "int";
	var TOKEN_FLOAT = "float";
	var TOKEN_BOOLEAN = "boolean";
	var TOKEN_NONE = "none";
	var TOKEN_SYMBOL = "symbol";
	var TOKEN_SPECIAL = "special";
	var TOKEN_REGEX = "regex";
	function token(type, value, lineno, colno) {
		return {
			type,
			value,
			lineno,
			colno
		};
	}
	var Tokenizer = function() {
		function Tokenizer(str, opts) {
			this.str = str;
			this.index = 0;
			this.len = str.length;
			this.lineno = 0;
			this.colno = 0;
			this.in_code = false;
			opts = opts || {};
			var tags = opts.tags || {};
			this.tags = {
				BLOCK_START: tags.blockStart || BLOCK_START,
				BLOCK_END: tags.blockEnd || BLOCK_END,
				VARIABLE_START: tags.variableStart || VARIABLE_START,
				VARIABLE_END: tags.variableEnd || VARIABLE_END,
				COMMENT_START: tags.commentStart || COMMENT_START,
				COMMENT_END: tags.commentEnd || COMMENT_END
			};
			this.trimBlocks = !!opts.trimBlocks;
			this.lstripBlocks = !!opts.lstripBlocks;
		}
		var _proto = Tokenizer.prototype;
		_proto.nextToken = function nextToken() {
			var lineno = this.lineno;
			var colno = this.colno;
			var tok;
			if (this.in_code) {
				var cur = this.current();
				if (this.isFinished()) return null;
				else if (cur === "\"" || cur === "'") return token(TOKEN_STRING, this._parseString(cur), lineno, colno);
				else if (tok = this._extract(whitespaceChars)) return token(TOKEN_WHITESPACE, tok, lineno, colno);
				else if ((tok = this._extractString(this.tags.BLOCK_END)) || (tok = this._extractString("-" + this.tags.BLOCK_END))) {
					this.in_code = false;
					if (this.trimBlocks) {
						cur = this.current();
						if (cur === "\n") this.forward();
						else if (cur === "\r") {
							this.forward();
							cur = this.current();
							if (cur === "\n") this.forward();
							else this.back();
						}
					}
					return token(TOKEN_BLOCK_END, tok, lineno, colno);
				} else if ((tok = this._extractString(this.tags.VARIABLE_END)) || (tok = this._extractString("-" + this.tags.VARIABLE_END))) {
					this.in_code = false;
					return token(TOKEN_VARIABLE_END, tok, lineno, colno);
				} else if (cur === "r" && this.str.charAt(this.index + 1) === "/") {
					this.forwardN(2);
					var regexBody = "";
					while (!this.isFinished()) if (this.current() === "/" && this.previous() !== "\\") {
						this.forward();
						break;
					} else {
						regexBody += this.current();
						this.forward();
					}
					var POSSIBLE_FLAGS = [
						"g",
						"i",
						"m",
						"y"
					];
					var regexFlags = "";
					while (!this.isFinished()) if (POSSIBLE_FLAGS.indexOf(this.current()) !== -1) {
						regexFlags += this.current();
						this.forward();
					} else break;
					return token(TOKEN_REGEX, {
						body: regexBody,
						flags: regexFlags
					}, lineno, colno);
				} else if (delimChars.indexOf(cur) !== -1) {
					this.forward();
					var complexOps = [
						"==",
						"===",
						"!=",
						"!==",
						"<=",
						">=",
						"//",
						"**"
					];
					var curComplex = cur + this.current();
					var type;
					if (lib.indexOf(complexOps, curComplex) !== -1) {
						this.forward();
						cur = curComplex;
						if (lib.indexOf(complexOps, curComplex + this.current()) !== -1) {
							cur = curComplex + this.current();
							this.forward();
						}
					}
					switch (cur) {
						case "(":
							type = TOKEN_LEFT_PAREN;
							break;
						case ")":
							type = TOKEN_RIGHT_PAREN;
							break;
						case "[":
							type = TOKEN_LEFT_BRACKET;
							break;
						case "]":
							type = TOKEN_RIGHT_BRACKET;
							break;
						case "{":
							type = TOKEN_LEFT_CURLY;
							break;
						case "}":
							type = TOKEN_RIGHT_CURLY;
							break;
						case ",":
							type = TOKEN_COMMA;
							break;
						case ":":
							type = TOKEN_COLON;
							break;
						case "~":
							type = TOKEN_TILDE;
							break;
						case "|":
							type = TOKEN_PIPE;
							break;
						default: type = TOKEN_OPERATOR;
					}
					return token(type, cur, lineno, colno);
				} else {
					tok = this._extractUntil(whitespaceChars + delimChars);
					if (tok.match(/^[-+]?[0-9]+$/)) {
						if (this.current() === ".") {
							this.forward();
							var dec = this._extract(intChars);
							return token(TOKEN_FLOAT, tok + "." + dec, lineno, colno);
						} else return token(TOKEN_INT, tok, lineno, colno);
					} else if (tok.match(/^(true|false)$/)) return token(TOKEN_BOOLEAN, tok, lineno, colno);
					else if (tok === "none") return token(TOKEN_NONE, tok, lineno, colno);
					else if (tok === "null") return token(TOKEN_NONE, tok, lineno, colno);
					else if (tok) return token(TOKEN_SYMBOL, tok, lineno, colno);
					else throw new Error("Unexpected value while parsing: " + tok);
				}
			} else {
				var beginChars = this.tags.BLOCK_START.charAt(0) + this.tags.VARIABLE_START.charAt(0) + this.tags.COMMENT_START.charAt(0) + this.tags.COMMENT_END.charAt(0);
				if (this.isFinished()) return null;
				else if ((tok = this._extractString(this.tags.BLOCK_START + "-")) || (tok = this._extractString(this.tags.BLOCK_START))) {
					this.in_code = true;
					return token(TOKEN_BLOCK_START, tok, lineno, colno);
				} else if ((tok = this._extractString(this.tags.VARIABLE_START + "-")) || (tok = this._extractString(this.tags.VARIABLE_START))) {
					this.in_code = true;
					return token(TOKEN_VARIABLE_START, tok, lineno, colno);
				} else {
					tok = "";
					var data;
					var inComment = false;
					if (this._matches(this.tags.COMMENT_START)) {
						inComment = true;
						tok = this._extractString(this.tags.COMMENT_START);
					}
					while ((data = this._extractUntil(beginChars)) !== null) {
						tok += data;
						if ((this._matches(this.tags.BLOCK_START) || this._matches(this.tags.VARIABLE_START) || this._matches(this.tags.COMMENT_START)) && !inComment) {
							if (this.lstripBlocks && this._matches(this.tags.BLOCK_START) && this.colno > 0 && this.colno <= tok.length) {
								var lastLine = tok.slice(-this.colno);
								if (/^\s+$/.test(lastLine)) {
									tok = tok.slice(0, -this.colno);
									if (!tok.length) return this.nextToken();
								}
							}
							break;
						} else if (this._matches(this.tags.COMMENT_END)) {
							if (!inComment) throw new Error("unexpected end of comment");
							tok += this._extractString(this.tags.COMMENT_END);
							break;
						} else {
							tok += this.current();
							this.forward();
						}
					}
					if (data === null && inComment) throw new Error("expected end of comment, got end of file");
					return token(inComment ? TOKEN_COMMENT : TOKEN_DATA, tok, lineno, colno);
				}
			}
		};
		_proto._parseString = function _parseString(delimiter) {
			this.forward();
			var str = "";
			while (!this.isFinished() && this.current() !== delimiter) {
				var cur = this.current();
				if (cur === "\\") {
					this.forward();
					switch (this.current()) {
						case "n":
							str += "\n";
							break;
						case "t":
							str += "	";
							break;
						case "r":
							str += "\r";
							break;
						default: str += this.current();
					}
					this.forward();
				} else {
					str += cur;
					this.forward();
				}
			}
			this.forward();
			return str;
		};
		_proto._matches = function _matches(str) {
			if (this.index + str.length > this.len) return null;
			return this.str.slice(this.index, this.index + str.length) === str;
		};
		_proto._extractString = function _extractString(str) {
			if (this._matches(str)) {
				this.forwardN(str.length);
				return str;
			}
			return null;
		};
		_proto._extractUntil = function _extractUntil(charString) {
			return this._extractMatching(true, charString || "");
		};
		_proto._extract = function _extract(charString) {
			return this._extractMatching(false, charString);
		};
		_proto._extractMatching = function _extractMatching(breakOnMatch, charString) {
			if (this.isFinished()) return null;
			var first = charString.indexOf(this.current());
			if (breakOnMatch && first === -1 || !breakOnMatch && first !== -1) {
				var t = this.current();
				this.forward();
				var idx = charString.indexOf(this.current());
				while ((breakOnMatch && idx === -1 || !breakOnMatch && idx !== -1) && !this.isFinished()) {
					t += this.current();
					this.forward();
					idx = charString.indexOf(this.current());
				}
				return t;
			}
			return "";
		};
		_proto._extractRegex = function _extractRegex(regex) {
			var matches = this.currentStr().match(regex);
			if (!matches) return null;
			this.forwardN(matches[0].length);
			return matches;
		};
		_proto.isFinished = function isFinished() {
			return this.index >= this.len;
		};
		_proto.forwardN = function forwardN(n) {
			for (var i = 0; i < n; i++) this.forward();
		};
		_proto.forward = function forward() {
			this.index++;
			if (this.previous() === "\n") {
				this.lineno++;
				this.colno = 0;
			} else this.colno++;
		};
		_proto.backN = function backN(n) {
			for (var i = 0; i < n; i++) this.back();
		};
		_proto.back = function back() {
			this.index--;
			if (this.current() === "\n") {
				this.lineno--;
				var idx = this.src.lastIndexOf("\n", this.index - 1);
				if (idx === -1) this.colno = this.index;
				else this.colno = this.index - idx;
			} else this.colno--;
		};
		_proto.current = function current() {
			if (!this.isFinished()) return this.str.charAt(this.index);
			return "";
		};
		_proto.currentStr = function currentStr() {
			if (!this.isFinished()) return this.str.substr(this.index);
			return "";
		};
		_proto.previous = function previous() {
			return this.str.charAt(this.index - 1);
		};
		return Tokenizer;
	}();
	module.exports = {
		lex: function lex(src, opts) {
			return new Tokenizer(src, opts);
		},
		TOKEN_STRING,
		TOKEN_WHITESPACE,
		TOKEN_DATA,
		TOKEN_BLOCK_START,
		TOKEN_BLOCK_END,
		TOKEN_VARIABLE_START,
		TOKEN_VARIABLE_END,
		TOKEN_COMMENT,
		TOKEN_LEFT_PAREN,
		TOKEN_RIGHT_PAREN,
		TOKEN_LEFT_BRACKET,
		TOKEN_RIGHT_BRACKET,
		TOKEN_LEFT_CURLY,
		TOKEN_RIGHT_CURLY,
		TOKEN_OPERATOR,
		TOKEN_COMMA,
		TOKEN_COLON,
		TOKEN_TILDE,
		TOKEN_PIPE,
		TOKEN_INT,
		TOKEN_FLOAT,
		TOKEN_BOOLEAN,
		TOKEN_NONE,
		TOKEN_SYMBOL,
		TOKEN_SPECIAL,
		TOKEN_REGEX
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/object.js
var require_object = __commonJSMin(((exports, module) => {
	function _defineProperties(target, props) {
		for (var i = 0; i < props.length; i++) {
			var descriptor = props[i];
			descriptor.enumerable = descriptor.enumerable || false;
			descriptor.configurable = true;
			if ("value" in descriptor) descriptor.writable = true;
			Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
		}
	}
	function _createClass(Constructor, protoProps, staticProps) {
		if (protoProps) _defineProperties(Constructor.prototype, protoProps);
		if (staticProps) _defineProperties(Constructor, staticProps);
		Object.defineProperty(Constructor, "prototype", { writable: false });
		return Constructor;
	}
	function _toPropertyKey(arg) {
		var key = _toPrimitive(arg, "string");
		return typeof key === "symbol" ? key : String(key);
	}
	function _toPrimitive(input, hint) {
		if (typeof input !== "object" || input === null) return input;
		var prim = input[Symbol.toPrimitive];
		if (prim !== void 0) {
			var res = prim.call(input, hint || "default");
			if (typeof res !== "object") return res;
			throw new TypeError("@@toPrimitive must return a primitive value.");
		}
		return (hint === "string" ? String : Number)(input);
	}
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var EventEmitter = __require("events");
	var lib = require_lib();
	function parentWrap(parent, prop) {
		if (typeof parent !== "function" || typeof prop !== "function") return prop;
		return function wrap() {
			var tmp = this.parent;
			this.parent = parent;
			var res = prop.apply(this, arguments);
			this.parent = tmp;
			return res;
		};
	}
	function extendClass(cls, name, props) {
		props = props || {};
		lib.keys(props).forEach(function(k) {
			props[k] = parentWrap(cls.prototype[k], props[k]);
		});
		var subclass = function(_cls) {
			_inheritsLoose(subclass, _cls);
			function subclass() {
				return _cls.apply(this, arguments) || this;
			}
			_createClass(subclass, [{
				key: "typename",
				get: function get() {
					return name;
				}
			}]);
			return subclass;
		}(cls);
		lib._assign(subclass.prototype, props);
		return subclass;
	}
	module.exports = {
		Obj: function() {
			function Obj() {
				this.init.apply(this, arguments);
			}
			var _proto = Obj.prototype;
			_proto.init = function init() {};
			Obj.extend = function extend(name, props) {
				if (typeof name === "object") {
					props = name;
					name = "anonymous";
				}
				return extendClass(this, name, props);
			};
			_createClass(Obj, [{
				key: "typename",
				get: function get() {
					return this.constructor.name;
				}
			}]);
			return Obj;
		}(),
		EmitterObj: function(_EventEmitter) {
			_inheritsLoose(EmitterObj, _EventEmitter);
			function EmitterObj() {
				var _this2;
				var _this = _EventEmitter.call(this) || this;
				(_this2 = _this).init.apply(_this2, arguments);
				return _this;
			}
			var _proto2 = EmitterObj.prototype;
			_proto2.init = function init() {};
			EmitterObj.extend = function extend(name, props) {
				if (typeof name === "object") {
					props = name;
					name = "anonymous";
				}
				return extendClass(this, name, props);
			};
			_createClass(EmitterObj, [{
				key: "typename",
				get: function get() {
					return this.constructor.name;
				}
			}]);
			return EmitterObj;
		}(EventEmitter)
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/nodes.js
var require_nodes = __commonJSMin(((exports, module) => {
	function _defineProperties(target, props) {
		for (var i = 0; i < props.length; i++) {
			var descriptor = props[i];
			descriptor.enumerable = descriptor.enumerable || false;
			descriptor.configurable = true;
			if ("value" in descriptor) descriptor.writable = true;
			Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
		}
	}
	function _createClass(Constructor, protoProps, staticProps) {
		if (protoProps) _defineProperties(Constructor.prototype, protoProps);
		if (staticProps) _defineProperties(Constructor, staticProps);
		Object.defineProperty(Constructor, "prototype", { writable: false });
		return Constructor;
	}
	function _toPropertyKey(arg) {
		var key = _toPrimitive(arg, "string");
		return typeof key === "symbol" ? key : String(key);
	}
	function _toPrimitive(input, hint) {
		if (typeof input !== "object" || input === null) return input;
		var prim = input[Symbol.toPrimitive];
		if (prim !== void 0) {
			var res = prim.call(input, hint || "default");
			if (typeof res !== "object") return res;
			throw new TypeError("@@toPrimitive must return a primitive value.");
		}
		return (hint === "string" ? String : Number)(input);
	}
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var Obj = require_object().Obj;
	function traverseAndCheck(obj, type, results) {
		if (obj instanceof type) results.push(obj);
		if (obj instanceof Node) obj.findAll(type, results);
	}
	var Node = function(_Obj) {
		_inheritsLoose(Node, _Obj);
		function Node() {
			return _Obj.apply(this, arguments) || this;
		}
		var _proto = Node.prototype;
		_proto.init = function init(lineno, colno) {
			var _arguments = arguments, _this = this;
			for (var _len = arguments.length, args = new Array(_len > 2 ? _len - 2 : 0), _key = 2; _key < _len; _key++) args[_key - 2] = arguments[_key];
			this.lineno = lineno;
			this.colno = colno;
			this.fields.forEach(function(field, i) {
				var val = _arguments[i + 2];
				if (val === void 0) val = null;
				_this[field] = val;
			});
		};
		_proto.findAll = function findAll(type, results) {
			var _this2 = this;
			results = results || [];
			if (this instanceof NodeList) this.children.forEach(function(child) {
				return traverseAndCheck(child, type, results);
			});
			else this.fields.forEach(function(field) {
				return traverseAndCheck(_this2[field], type, results);
			});
			return results;
		};
		_proto.iterFields = function iterFields(func) {
			var _this3 = this;
			this.fields.forEach(function(field) {
				func(_this3[field], field);
			});
		};
		return Node;
	}(Obj);
	var Value = function(_Node) {
		_inheritsLoose(Value, _Node);
		function Value() {
			return _Node.apply(this, arguments) || this;
		}
		_createClass(Value, [{
			key: "typename",
			get: function get() {
				return "Value";
			}
		}, {
			key: "fields",
			get: function get() {
				return ["value"];
			}
		}]);
		return Value;
	}(Node);
	var NodeList = function(_Node2) {
		_inheritsLoose(NodeList, _Node2);
		function NodeList() {
			return _Node2.apply(this, arguments) || this;
		}
		var _proto2 = NodeList.prototype;
		_proto2.init = function init(lineno, colno, nodes) {
			_Node2.prototype.init.call(this, lineno, colno, nodes || []);
		};
		_proto2.addChild = function addChild(node) {
			this.children.push(node);
		};
		_createClass(NodeList, [{
			key: "typename",
			get: function get() {
				return "NodeList";
			}
		}, {
			key: "fields",
			get: function get() {
				return ["children"];
			}
		}]);
		return NodeList;
	}(Node);
	var Root = NodeList.extend("Root");
	var Literal = Value.extend("Literal");
	var _Symbol = Value.extend("Symbol");
	var Group = NodeList.extend("Group");
	var ArrayNode = NodeList.extend("Array");
	var Pair = Node.extend("Pair", { fields: ["key", "value"] });
	var Dict = NodeList.extend("Dict");
	var LookupVal = Node.extend("LookupVal", { fields: ["target", "val"] });
	var If = Node.extend("If", { fields: [
		"cond",
		"body",
		"else_"
	] });
	var IfAsync = If.extend("IfAsync");
	var InlineIf = Node.extend("InlineIf", { fields: [
		"cond",
		"body",
		"else_"
	] });
	var For = Node.extend("For", { fields: [
		"arr",
		"name",
		"body",
		"else_"
	] });
	var AsyncEach = For.extend("AsyncEach");
	var AsyncAll = For.extend("AsyncAll");
	var Macro = Node.extend("Macro", { fields: [
		"name",
		"args",
		"body"
	] });
	var Caller = Macro.extend("Caller");
	var Import = Node.extend("Import", { fields: [
		"template",
		"target",
		"withContext"
	] });
	var FromImport = function(_Node3) {
		_inheritsLoose(FromImport, _Node3);
		function FromImport() {
			return _Node3.apply(this, arguments) || this;
		}
		var _proto3 = FromImport.prototype;
		_proto3.init = function init(lineno, colno, template, names, withContext) {
			_Node3.prototype.init.call(this, lineno, colno, template, names || new NodeList(), withContext);
		};
		_createClass(FromImport, [{
			key: "typename",
			get: function get() {
				return "FromImport";
			}
		}, {
			key: "fields",
			get: function get() {
				return [
					"template",
					"names",
					"withContext"
				];
			}
		}]);
		return FromImport;
	}(Node);
	var FunCall = Node.extend("FunCall", { fields: ["name", "args"] });
	var Filter = FunCall.extend("Filter");
	var FilterAsync = Filter.extend("FilterAsync", { fields: [
		"name",
		"args",
		"symbol"
	] });
	var KeywordArgs = Dict.extend("KeywordArgs");
	var Block = Node.extend("Block", { fields: ["name", "body"] });
	var Super = Node.extend("Super", { fields: ["blockName", "symbol"] });
	var Extends = Node.extend("TemplateRef", { fields: ["template"] }).extend("Extends");
	var Include = Node.extend("Include", { fields: ["template", "ignoreMissing"] });
	var Set = Node.extend("Set", { fields: ["targets", "value"] });
	var Switch = Node.extend("Switch", { fields: [
		"expr",
		"cases",
		"default"
	] });
	var Case = Node.extend("Case", { fields: ["cond", "body"] });
	var Output = NodeList.extend("Output");
	var Capture = Node.extend("Capture", { fields: ["body"] });
	var TemplateData = Literal.extend("TemplateData");
	var UnaryOp = Node.extend("UnaryOp", { fields: ["target"] });
	var BinOp = Node.extend("BinOp", { fields: ["left", "right"] });
	var In = BinOp.extend("In");
	var Is = BinOp.extend("Is");
	var Or = BinOp.extend("Or");
	var And = BinOp.extend("And");
	var Not = UnaryOp.extend("Not");
	var Add = BinOp.extend("Add");
	var Concat = BinOp.extend("Concat");
	var Sub = BinOp.extend("Sub");
	var Mul = BinOp.extend("Mul");
	var Div = BinOp.extend("Div");
	var FloorDiv = BinOp.extend("FloorDiv");
	var Mod = BinOp.extend("Mod");
	var Pow = BinOp.extend("Pow");
	var Neg = UnaryOp.extend("Neg");
	var Pos = UnaryOp.extend("Pos");
	var Compare = Node.extend("Compare", { fields: ["expr", "ops"] });
	var CompareOperand = Node.extend("CompareOperand", { fields: ["expr", "type"] });
	var CallExtension = Node.extend("CallExtension", {
		init: function init(ext, prop, args, contentArgs) {
			this.parent();
			this.extName = ext.__name || ext;
			this.prop = prop;
			this.args = args || new NodeList();
			this.contentArgs = contentArgs || [];
			this.autoescape = ext.autoescape;
		},
		fields: [
			"extName",
			"prop",
			"args",
			"contentArgs"
		]
	});
	var CallExtensionAsync = CallExtension.extend("CallExtensionAsync");
	function print(str, indent, inline) {
		var lines = str.split("\n");
		lines.forEach(function(line, i) {
			if (line && (inline && i > 0 || !inline)) process.stdout.write(" ".repeat(indent));
			var nl = i === lines.length - 1 ? "" : "\n";
			process.stdout.write("" + line + nl);
		});
	}
	function printNodes(node, indent) {
		indent = indent || 0;
		print(node.typename + ": ", indent);
		if (node instanceof NodeList) {
			print("\n");
			node.children.forEach(function(n) {
				printNodes(n, indent + 2);
			});
		} else if (node instanceof CallExtension) {
			print(node.extName + "." + node.prop + "\n");
			if (node.args) printNodes(node.args, indent + 2);
			if (node.contentArgs) node.contentArgs.forEach(function(n) {
				printNodes(n, indent + 2);
			});
		} else {
			var nodes = [];
			var props = null;
			node.iterFields(function(val, fieldName) {
				if (val instanceof Node) nodes.push([fieldName, val]);
				else {
					props = props || {};
					props[fieldName] = val;
				}
			});
			if (props) print(JSON.stringify(props, null, 2) + "\n", null, true);
			else print("\n");
			nodes.forEach(function(_ref) {
				var fieldName = _ref[0], n = _ref[1];
				print("[" + fieldName + "] =>", indent + 2);
				printNodes(n, indent + 4);
			});
		}
	}
	module.exports = {
		Node,
		Root,
		NodeList,
		Value,
		Literal,
		Symbol: _Symbol,
		Group,
		Array: ArrayNode,
		Pair,
		Dict,
		Output,
		Capture,
		TemplateData,
		If,
		IfAsync,
		InlineIf,
		For,
		AsyncEach,
		AsyncAll,
		Macro,
		Caller,
		Import,
		FromImport,
		FunCall,
		Filter,
		FilterAsync,
		KeywordArgs,
		Block,
		Super,
		Extends,
		Include,
		Set,
		Switch,
		Case,
		LookupVal,
		BinOp,
		In,
		Is,
		Or,
		And,
		Not,
		Add,
		Concat,
		Sub,
		Mul,
		Div,
		FloorDiv,
		Mod,
		Pow,
		Neg,
		Pos,
		Compare,
		CompareOperand,
		CallExtension,
		CallExtensionAsync,
		printNodes
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/parser.js
var require_parser = __commonJSMin(((exports, module) => {
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var lexer = require_lexer();
	var nodes = require_nodes();
	var Obj = require_object().Obj;
	var lib = require_lib();
	var Parser = function(_Obj) {
		_inheritsLoose(Parser, _Obj);
		function Parser() {
			return _Obj.apply(this, arguments) || this;
		}
		var _proto = Parser.prototype;
		_proto.init = function init(tokens) {
			this.tokens = tokens;
			this.peeked = null;
			this.breakOnBlocks = null;
			this.dropLeadingWhitespace = false;
			this.extensions = [];
		};
		_proto.nextToken = function nextToken(withWhitespace) {
			var tok;
			if (this.peeked) {
				if (!withWhitespace && this.peeked.type === lexer.TOKEN_WHITESPACE) this.peeked = null;
				else {
					tok = this.peeked;
					this.peeked = null;
					return tok;
				}
			}
			tok = this.tokens.nextToken();
			if (!withWhitespace) while (tok && tok.type === lexer.TOKEN_WHITESPACE) tok = this.tokens.nextToken();
			return tok;
		};
		_proto.peekToken = function peekToken() {
			this.peeked = this.peeked || this.nextToken();
			return this.peeked;
		};
		_proto.pushToken = function pushToken(tok) {
			if (this.peeked) throw new Error("pushToken: can only push one token on between reads");
			this.peeked = tok;
		};
		_proto.error = function error(msg, lineno, colno) {
			if (lineno === void 0 || colno === void 0) {
				var tok = this.peekToken() || {};
				lineno = tok.lineno;
				colno = tok.colno;
			}
			if (lineno !== void 0) lineno += 1;
			if (colno !== void 0) colno += 1;
			return new lib.TemplateError(msg, lineno, colno);
		};
		_proto.fail = function fail(msg, lineno, colno) {
			throw this.error(msg, lineno, colno);
		};
		_proto.skip = function skip(type) {
			var tok = this.nextToken();
			if (!tok || tok.type !== type) {
				this.pushToken(tok);
				return false;
			}
			return true;
		};
		_proto.expect = function expect(type) {
			var tok = this.nextToken();
			if (tok.type !== type) this.fail("expected " + type + ", got " + tok.type, tok.lineno, tok.colno);
			return tok;
		};
		_proto.skipValue = function skipValue(type, val) {
			var tok = this.nextToken();
			if (!tok || tok.type !== type || tok.value !== val) {
				this.pushToken(tok);
				return false;
			}
			return true;
		};
		_proto.skipSymbol = function skipSymbol(val) {
			return this.skipValue(lexer.TOKEN_SYMBOL, val);
		};
		_proto.advanceAfterBlockEnd = function advanceAfterBlockEnd(name) {
			var tok;
			if (!name) {
				tok = this.peekToken();
				if (!tok) this.fail("unexpected end of file");
				if (tok.type !== lexer.TOKEN_SYMBOL) this.fail("advanceAfterBlockEnd: expected symbol token or explicit name to be passed");
				name = this.nextToken().value;
			}
			tok = this.nextToken();
			if (tok && tok.type === lexer.TOKEN_BLOCK_END) {
				if (tok.value.charAt(0) === "-") this.dropLeadingWhitespace = true;
			} else this.fail("expected block end in " + name + " statement");
			return tok;
		};
		_proto.advanceAfterVariableEnd = function advanceAfterVariableEnd() {
			var tok = this.nextToken();
			if (tok && tok.type === lexer.TOKEN_VARIABLE_END) this.dropLeadingWhitespace = tok.value.charAt(tok.value.length - this.tokens.tags.VARIABLE_END.length - 1) === "-";
			else {
				this.pushToken(tok);
				this.fail("expected variable end");
			}
		};
		_proto.parseFor = function parseFor() {
			var forTok = this.peekToken();
			var node;
			var endBlock;
			if (this.skipSymbol("for")) {
				node = new nodes.For(forTok.lineno, forTok.colno);
				endBlock = "endfor";
			} else if (this.skipSymbol("asyncEach")) {
				node = new nodes.AsyncEach(forTok.lineno, forTok.colno);
				endBlock = "endeach";
			} else if (this.skipSymbol("asyncAll")) {
				node = new nodes.AsyncAll(forTok.lineno, forTok.colno);
				endBlock = "endall";
			} else this.fail("parseFor: expected for{Async}", forTok.lineno, forTok.colno);
			node.name = this.parsePrimary();
			if (!(node.name instanceof nodes.Symbol)) this.fail("parseFor: variable name expected for loop");
			if (this.peekToken().type === lexer.TOKEN_COMMA) {
				var key = node.name;
				node.name = new nodes.Array(key.lineno, key.colno);
				node.name.addChild(key);
				while (this.skip(lexer.TOKEN_COMMA)) {
					var prim = this.parsePrimary();
					node.name.addChild(prim);
				}
			}
			if (!this.skipSymbol("in")) this.fail("parseFor: expected \"in\" keyword for loop", forTok.lineno, forTok.colno);
			node.arr = this.parseExpression();
			this.advanceAfterBlockEnd(forTok.value);
			node.body = this.parseUntilBlocks(endBlock, "else");
			if (this.skipSymbol("else")) {
				this.advanceAfterBlockEnd("else");
				node.else_ = this.parseUntilBlocks(endBlock);
			}
			this.advanceAfterBlockEnd();
			return node;
		};
		_proto.parseMacro = function parseMacro() {
			var macroTok = this.peekToken();
			if (!this.skipSymbol("macro")) this.fail("expected macro");
			var name = this.parsePrimary(true);
			var args = this.parseSignature();
			var node = new nodes.Macro(macroTok.lineno, macroTok.colno, name, args);
			this.advanceAfterBlockEnd(macroTok.value);
			node.body = this.parseUntilBlocks("endmacro");
			this.advanceAfterBlockEnd();
			return node;
		};
		_proto.parseCall = function parseCall() {
			var callTok = this.peekToken();
			if (!this.skipSymbol("call")) this.fail("expected call");
			var callerArgs = this.parseSignature(true) || new nodes.NodeList();
			var macroCall = this.parsePrimary();
			this.advanceAfterBlockEnd(callTok.value);
			var body = this.parseUntilBlocks("endcall");
			this.advanceAfterBlockEnd();
			var callerName = new nodes.Symbol(callTok.lineno, callTok.colno, "caller");
			var callerNode = new nodes.Caller(callTok.lineno, callTok.colno, callerName, callerArgs, body);
			var args = macroCall.args.children;
			if (!(args[args.length - 1] instanceof nodes.KeywordArgs)) args.push(new nodes.KeywordArgs());
			args[args.length - 1].addChild(new nodes.Pair(callTok.lineno, callTok.colno, callerName, callerNode));
			return new nodes.Output(callTok.lineno, callTok.colno, [macroCall]);
		};
		_proto.parseWithContext = function parseWithContext() {
			var tok = this.peekToken();
			var withContext = null;
			if (this.skipSymbol("with")) withContext = true;
			else if (this.skipSymbol("without")) withContext = false;
			if (withContext !== null) {
				if (!this.skipSymbol("context")) this.fail("parseFrom: expected context after with/without", tok.lineno, tok.colno);
			}
			return withContext;
		};
		_proto.parseImport = function parseImport() {
			var importTok = this.peekToken();
			if (!this.skipSymbol("import")) this.fail("parseImport: expected import", importTok.lineno, importTok.colno);
			var template = this.parseExpression();
			if (!this.skipSymbol("as")) this.fail("parseImport: expected \"as\" keyword", importTok.lineno, importTok.colno);
			var target = this.parseExpression();
			var withContext = this.parseWithContext();
			var node = new nodes.Import(importTok.lineno, importTok.colno, template, target, withContext);
			this.advanceAfterBlockEnd(importTok.value);
			return node;
		};
		_proto.parseFrom = function parseFrom() {
			var fromTok = this.peekToken();
			if (!this.skipSymbol("from")) this.fail("parseFrom: expected from");
			var template = this.parseExpression();
			if (!this.skipSymbol("import")) this.fail("parseFrom: expected import", fromTok.lineno, fromTok.colno);
			var names = new nodes.NodeList();
			var withContext;
			while (1) {
				var nextTok = this.peekToken();
				if (nextTok.type === lexer.TOKEN_BLOCK_END) {
					if (!names.children.length) this.fail("parseFrom: Expected at least one import name", fromTok.lineno, fromTok.colno);
					if (nextTok.value.charAt(0) === "-") this.dropLeadingWhitespace = true;
					this.nextToken();
					break;
				}
				if (names.children.length > 0 && !this.skip(lexer.TOKEN_COMMA)) this.fail("parseFrom: expected comma", fromTok.lineno, fromTok.colno);
				var name = this.parsePrimary();
				if (name.value.charAt(0) === "_") this.fail("parseFrom: names starting with an underscore cannot be imported", name.lineno, name.colno);
				if (this.skipSymbol("as")) {
					var alias = this.parsePrimary();
					names.addChild(new nodes.Pair(name.lineno, name.colno, name, alias));
				} else names.addChild(name);
				withContext = this.parseWithContext();
			}
			return new nodes.FromImport(fromTok.lineno, fromTok.colno, template, names, withContext);
		};
		_proto.parseBlock = function parseBlock() {
			var tag = this.peekToken();
			if (!this.skipSymbol("block")) this.fail("parseBlock: expected block", tag.lineno, tag.colno);
			var node = new nodes.Block(tag.lineno, tag.colno);
			node.name = this.parsePrimary();
			if (!(node.name instanceof nodes.Symbol)) this.fail("parseBlock: variable name expected", tag.lineno, tag.colno);
			this.advanceAfterBlockEnd(tag.value);
			node.body = this.parseUntilBlocks("endblock");
			this.skipSymbol("endblock");
			this.skipSymbol(node.name.value);
			var tok = this.peekToken();
			if (!tok) this.fail("parseBlock: expected endblock, got end of file");
			this.advanceAfterBlockEnd(tok.value);
			return node;
		};
		_proto.parseExtends = function parseExtends() {
			var tagName = "extends";
			var tag = this.peekToken();
			if (!this.skipSymbol(tagName)) this.fail("parseTemplateRef: expected " + tagName);
			var node = new nodes.Extends(tag.lineno, tag.colno);
			node.template = this.parseExpression();
			this.advanceAfterBlockEnd(tag.value);
			return node;
		};
		_proto.parseInclude = function parseInclude() {
			var tagName = "include";
			var tag = this.peekToken();
			if (!this.skipSymbol(tagName)) this.fail("parseInclude: expected " + tagName);
			var node = new nodes.Include(tag.lineno, tag.colno);
			node.template = this.parseExpression();
			if (this.skipSymbol("ignore") && this.skipSymbol("missing")) node.ignoreMissing = true;
			this.advanceAfterBlockEnd(tag.value);
			return node;
		};
		_proto.parseIf = function parseIf() {
			var tag = this.peekToken();
			var node;
			if (this.skipSymbol("if") || this.skipSymbol("elif") || this.skipSymbol("elseif")) node = new nodes.If(tag.lineno, tag.colno);
			else if (this.skipSymbol("ifAsync")) node = new nodes.IfAsync(tag.lineno, tag.colno);
			else this.fail("parseIf: expected if, elif, or elseif", tag.lineno, tag.colno);
			node.cond = this.parseExpression();
			this.advanceAfterBlockEnd(tag.value);
			node.body = this.parseUntilBlocks("elif", "elseif", "else", "endif");
			var tok = this.peekToken();
			switch (tok && tok.value) {
				case "elseif":
				case "elif":
					node.else_ = this.parseIf();
					break;
				case "else":
					this.advanceAfterBlockEnd();
					node.else_ = this.parseUntilBlocks("endif");
					this.advanceAfterBlockEnd();
					break;
				case "endif":
					node.else_ = null;
					this.advanceAfterBlockEnd();
					break;
				default: this.fail("parseIf: expected elif, else, or endif, got end of file");
			}
			return node;
		};
		_proto.parseSet = function parseSet() {
			var tag = this.peekToken();
			if (!this.skipSymbol("set")) this.fail("parseSet: expected set", tag.lineno, tag.colno);
			var node = new nodes.Set(tag.lineno, tag.colno, []);
			var target;
			while (target = this.parsePrimary()) {
				node.targets.push(target);
				if (!this.skip(lexer.TOKEN_COMMA)) break;
			}
			if (!this.skipValue(lexer.TOKEN_OPERATOR, "=")) {
				if (!this.skip(lexer.TOKEN_BLOCK_END)) this.fail("parseSet: expected = or block end in set tag", tag.lineno, tag.colno);
				else {
					node.body = new nodes.Capture(tag.lineno, tag.colno, this.parseUntilBlocks("endset"));
					node.value = null;
					this.advanceAfterBlockEnd();
				}
			} else {
				node.value = this.parseExpression();
				this.advanceAfterBlockEnd(tag.value);
			}
			return node;
		};
		_proto.parseSwitch = function parseSwitch() {
			var switchStart = "switch";
			var switchEnd = "endswitch";
			var caseStart = "case";
			var caseDefault = "default";
			var tag = this.peekToken();
			if (!this.skipSymbol(switchStart) && !this.skipSymbol(caseStart) && !this.skipSymbol(caseDefault)) this.fail("parseSwitch: expected \"switch,\" \"case\" or \"default\"", tag.lineno, tag.colno);
			var expr = this.parseExpression();
			this.advanceAfterBlockEnd(switchStart);
			this.parseUntilBlocks(caseStart, caseDefault, switchEnd);
			var tok = this.peekToken();
			var cases = [];
			var defaultCase;
			do {
				this.skipSymbol(caseStart);
				var cond = this.parseExpression();
				this.advanceAfterBlockEnd(switchStart);
				var body = this.parseUntilBlocks(caseStart, caseDefault, switchEnd);
				cases.push(new nodes.Case(tok.line, tok.col, cond, body));
				tok = this.peekToken();
			} while (tok && tok.value === caseStart);
			switch (tok.value) {
				case caseDefault:
					this.advanceAfterBlockEnd();
					defaultCase = this.parseUntilBlocks(switchEnd);
					this.advanceAfterBlockEnd();
					break;
				case switchEnd:
					this.advanceAfterBlockEnd();
					break;
				default: this.fail("parseSwitch: expected \"case,\" \"default\" or \"endswitch,\" got EOF.");
			}
			return new nodes.Switch(tag.lineno, tag.colno, expr, cases, defaultCase);
		};
		_proto.parseStatement = function parseStatement() {
			var tok = this.peekToken();
			var node;
			if (tok.type !== lexer.TOKEN_SYMBOL) this.fail("tag name expected", tok.lineno, tok.colno);
			if (this.breakOnBlocks && lib.indexOf(this.breakOnBlocks, tok.value) !== -1) return null;
			switch (tok.value) {
				case "raw": return this.parseRaw();
				case "verbatim": return this.parseRaw("verbatim");
				case "if":
				case "ifAsync": return this.parseIf();
				case "for":
				case "asyncEach":
				case "asyncAll": return this.parseFor();
				case "block": return this.parseBlock();
				case "extends": return this.parseExtends();
				case "include": return this.parseInclude();
				case "set": return this.parseSet();
				case "macro": return this.parseMacro();
				case "call": return this.parseCall();
				case "import": return this.parseImport();
				case "from": return this.parseFrom();
				case "filter": return this.parseFilterStatement();
				case "switch": return this.parseSwitch();
				default:
					if (this.extensions.length) for (var i = 0; i < this.extensions.length; i++) {
						var ext = this.extensions[i];
						if (lib.indexOf(ext.tags || [], tok.value) !== -1) return ext.parse(this, nodes, lexer);
					}
					this.fail("unknown block tag: " + tok.value, tok.lineno, tok.colno);
			}
			return node;
		};
		_proto.parseRaw = function parseRaw(tagName) {
			tagName = tagName || "raw";
			var endTagName = "end" + tagName;
			var rawBlockRegex = new RegExp("([\\s\\S]*?){%\\s*(" + tagName + "|" + endTagName + ")\\s*(?=%})%}");
			var rawLevel = 1;
			var str = "";
			var matches = null;
			var begun = this.advanceAfterBlockEnd();
			while ((matches = this.tokens._extractRegex(rawBlockRegex)) && rawLevel > 0) {
				var all = matches[0];
				var pre = matches[1];
				var blockName = matches[2];
				if (blockName === tagName) rawLevel += 1;
				else if (blockName === endTagName) rawLevel -= 1;
				if (rawLevel === 0) {
					str += pre;
					this.tokens.backN(all.length - pre.length);
				} else str += all;
			}
			return new nodes.Output(begun.lineno, begun.colno, [new nodes.TemplateData(begun.lineno, begun.colno, str)]);
		};
		_proto.parsePostfix = function parsePostfix(node) {
			var lookup;
			var tok = this.peekToken();
			while (tok) {
				if (tok.type === lexer.TOKEN_LEFT_PAREN) node = new nodes.FunCall(tok.lineno, tok.colno, node, this.parseSignature());
				else if (tok.type === lexer.TOKEN_LEFT_BRACKET) {
					lookup = this.parseAggregate();
					if (lookup.children.length > 1) this.fail("invalid index");
					node = new nodes.LookupVal(tok.lineno, tok.colno, node, lookup.children[0]);
				} else if (tok.type === lexer.TOKEN_OPERATOR && tok.value === ".") {
					this.nextToken();
					var val = this.nextToken();
					if (val.type !== lexer.TOKEN_SYMBOL) this.fail("expected name as lookup value, got " + val.value, val.lineno, val.colno);
					lookup = new nodes.Literal(val.lineno, val.colno, val.value);
					node = new nodes.LookupVal(tok.lineno, tok.colno, node, lookup);
				} else break;
				tok = this.peekToken();
			}
			return node;
		};
		_proto.parseExpression = function parseExpression() {
			return this.parseInlineIf();
		};
		_proto.parseInlineIf = function parseInlineIf() {
			var node = this.parseOr();
			if (this.skipSymbol("if")) {
				var condNode = this.parseOr();
				var bodyNode = node;
				node = new nodes.InlineIf(node.lineno, node.colno);
				node.body = bodyNode;
				node.cond = condNode;
				if (this.skipSymbol("else")) node.else_ = this.parseOr();
				else node.else_ = null;
			}
			return node;
		};
		_proto.parseOr = function parseOr() {
			var node = this.parseAnd();
			while (this.skipSymbol("or")) {
				var node2 = this.parseAnd();
				node = new nodes.Or(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseAnd = function parseAnd() {
			var node = this.parseNot();
			while (this.skipSymbol("and")) {
				var node2 = this.parseNot();
				node = new nodes.And(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseNot = function parseNot() {
			var tok = this.peekToken();
			if (this.skipSymbol("not")) return new nodes.Not(tok.lineno, tok.colno, this.parseNot());
			return this.parseIn();
		};
		_proto.parseIn = function parseIn() {
			var node = this.parseIs();
			while (1) {
				var tok = this.nextToken();
				if (!tok) break;
				var invert = tok.type === lexer.TOKEN_SYMBOL && tok.value === "not";
				if (!invert) this.pushToken(tok);
				if (this.skipSymbol("in")) {
					var node2 = this.parseIs();
					node = new nodes.In(node.lineno, node.colno, node, node2);
					if (invert) node = new nodes.Not(node.lineno, node.colno, node);
				} else {
					if (invert) this.pushToken(tok);
					break;
				}
			}
			return node;
		};
		_proto.parseIs = function parseIs() {
			var node = this.parseCompare();
			if (this.skipSymbol("is")) {
				var not = this.skipSymbol("not");
				var node2 = this.parseCompare();
				node = new nodes.Is(node.lineno, node.colno, node, node2);
				if (not) node = new nodes.Not(node.lineno, node.colno, node);
			}
			return node;
		};
		_proto.parseCompare = function parseCompare() {
			var compareOps = [
				"==",
				"===",
				"!=",
				"!==",
				"<",
				">",
				"<=",
				">="
			];
			var expr = this.parseConcat();
			var ops = [];
			while (1) {
				var tok = this.nextToken();
				if (!tok) break;
				else if (compareOps.indexOf(tok.value) !== -1) ops.push(new nodes.CompareOperand(tok.lineno, tok.colno, this.parseConcat(), tok.value));
				else {
					this.pushToken(tok);
					break;
				}
			}
			if (ops.length) return new nodes.Compare(ops[0].lineno, ops[0].colno, expr, ops);
			else return expr;
		};
		_proto.parseConcat = function parseConcat() {
			var node = this.parseAdd();
			while (this.skipValue(lexer.TOKEN_TILDE, "~")) {
				var node2 = this.parseAdd();
				node = new nodes.Concat(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseAdd = function parseAdd() {
			var node = this.parseSub();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "+")) {
				var node2 = this.parseSub();
				node = new nodes.Add(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseSub = function parseSub() {
			var node = this.parseMul();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "-")) {
				var node2 = this.parseMul();
				node = new nodes.Sub(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseMul = function parseMul() {
			var node = this.parseDiv();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "*")) {
				var node2 = this.parseDiv();
				node = new nodes.Mul(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseDiv = function parseDiv() {
			var node = this.parseFloorDiv();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "/")) {
				var node2 = this.parseFloorDiv();
				node = new nodes.Div(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseFloorDiv = function parseFloorDiv() {
			var node = this.parseMod();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "//")) {
				var node2 = this.parseMod();
				node = new nodes.FloorDiv(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseMod = function parseMod() {
			var node = this.parsePow();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "%")) {
				var node2 = this.parsePow();
				node = new nodes.Mod(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parsePow = function parsePow() {
			var node = this.parseUnary();
			while (this.skipValue(lexer.TOKEN_OPERATOR, "**")) {
				var node2 = this.parseUnary();
				node = new nodes.Pow(node.lineno, node.colno, node, node2);
			}
			return node;
		};
		_proto.parseUnary = function parseUnary(noFilters) {
			var tok = this.peekToken();
			var node;
			if (this.skipValue(lexer.TOKEN_OPERATOR, "-")) node = new nodes.Neg(tok.lineno, tok.colno, this.parseUnary(true));
			else if (this.skipValue(lexer.TOKEN_OPERATOR, "+")) node = new nodes.Pos(tok.lineno, tok.colno, this.parseUnary(true));
			else node = this.parsePrimary();
			if (!noFilters) node = this.parseFilter(node);
			return node;
		};
		_proto.parsePrimary = function parsePrimary(noPostfix) {
			var tok = this.nextToken();
			var val;
			var node = null;
			if (!tok) this.fail("expected expression, got end of file");
			else if (tok.type === lexer.TOKEN_STRING) val = tok.value;
			else if (tok.type === lexer.TOKEN_INT) val = parseInt(tok.value, 10);
			else if (tok.type === lexer.TOKEN_FLOAT) val = parseFloat(tok.value);
			else if (tok.type === lexer.TOKEN_BOOLEAN) {
				if (tok.value === "true") val = true;
				else if (tok.value === "false") val = false;
				else this.fail("invalid boolean: " + tok.value, tok.lineno, tok.colno);
			} else if (tok.type === lexer.TOKEN_NONE) val = null;
			else if (tok.type === lexer.TOKEN_REGEX) val = new RegExp(tok.value.body, tok.value.flags);
			if (val !== void 0) node = new nodes.Literal(tok.lineno, tok.colno, val);
			else if (tok.type === lexer.TOKEN_SYMBOL) node = new nodes.Symbol(tok.lineno, tok.colno, tok.value);
			else {
				this.pushToken(tok);
				node = this.parseAggregate();
			}
			if (!noPostfix) node = this.parsePostfix(node);
			if (node) return node;
			else throw this.error("unexpected token: " + tok.value, tok.lineno, tok.colno);
		};
		_proto.parseFilterName = function parseFilterName() {
			var tok = this.expect(lexer.TOKEN_SYMBOL);
			var name = tok.value;
			while (this.skipValue(lexer.TOKEN_OPERATOR, ".")) name += "." + this.expect(lexer.TOKEN_SYMBOL).value;
			return new nodes.Symbol(tok.lineno, tok.colno, name);
		};
		_proto.parseFilterArgs = function parseFilterArgs(node) {
			if (this.peekToken().type === lexer.TOKEN_LEFT_PAREN) return this.parsePostfix(node).args.children;
			return [];
		};
		_proto.parseFilter = function parseFilter(node) {
			while (this.skip(lexer.TOKEN_PIPE)) {
				var name = this.parseFilterName();
				node = new nodes.Filter(name.lineno, name.colno, name, new nodes.NodeList(name.lineno, name.colno, [node].concat(this.parseFilterArgs(node))));
			}
			return node;
		};
		_proto.parseFilterStatement = function parseFilterStatement() {
			var filterTok = this.peekToken();
			if (!this.skipSymbol("filter")) this.fail("parseFilterStatement: expected filter");
			var name = this.parseFilterName();
			var args = this.parseFilterArgs(name);
			this.advanceAfterBlockEnd(filterTok.value);
			var body = new nodes.Capture(name.lineno, name.colno, this.parseUntilBlocks("endfilter"));
			this.advanceAfterBlockEnd();
			var node = new nodes.Filter(name.lineno, name.colno, name, new nodes.NodeList(name.lineno, name.colno, [body].concat(args)));
			return new nodes.Output(name.lineno, name.colno, [node]);
		};
		_proto.parseAggregate = function parseAggregate() {
			var tok = this.nextToken();
			var node;
			switch (tok.type) {
				case lexer.TOKEN_LEFT_PAREN:
					node = new nodes.Group(tok.lineno, tok.colno);
					break;
				case lexer.TOKEN_LEFT_BRACKET:
					node = new nodes.Array(tok.lineno, tok.colno);
					break;
				case lexer.TOKEN_LEFT_CURLY:
					node = new nodes.Dict(tok.lineno, tok.colno);
					break;
				default: return null;
			}
			while (1) {
				var type = this.peekToken().type;
				if (type === lexer.TOKEN_RIGHT_PAREN || type === lexer.TOKEN_RIGHT_BRACKET || type === lexer.TOKEN_RIGHT_CURLY) {
					this.nextToken();
					break;
				}
				if (node.children.length > 0) {
					if (!this.skip(lexer.TOKEN_COMMA)) this.fail("parseAggregate: expected comma after expression", tok.lineno, tok.colno);
				}
				if (node instanceof nodes.Dict) {
					var key = this.parsePrimary();
					if (!this.skip(lexer.TOKEN_COLON)) this.fail("parseAggregate: expected colon after dict key", tok.lineno, tok.colno);
					var value = this.parseExpression();
					node.addChild(new nodes.Pair(key.lineno, key.colno, key, value));
				} else {
					var expr = this.parseExpression();
					node.addChild(expr);
				}
			}
			return node;
		};
		_proto.parseSignature = function parseSignature(tolerant, noParens) {
			var tok = this.peekToken();
			if (!noParens && tok.type !== lexer.TOKEN_LEFT_PAREN) {
				if (tolerant) return null;
				else this.fail("expected arguments", tok.lineno, tok.colno);
			}
			if (tok.type === lexer.TOKEN_LEFT_PAREN) tok = this.nextToken();
			var args = new nodes.NodeList(tok.lineno, tok.colno);
			var kwargs = new nodes.KeywordArgs(tok.lineno, tok.colno);
			var checkComma = false;
			while (1) {
				tok = this.peekToken();
				if (!noParens && tok.type === lexer.TOKEN_RIGHT_PAREN) {
					this.nextToken();
					break;
				} else if (noParens && tok.type === lexer.TOKEN_BLOCK_END) break;
				if (checkComma && !this.skip(lexer.TOKEN_COMMA)) this.fail("parseSignature: expected comma after expression", tok.lineno, tok.colno);
				else {
					var arg = this.parseExpression();
					if (this.skipValue(lexer.TOKEN_OPERATOR, "=")) kwargs.addChild(new nodes.Pair(arg.lineno, arg.colno, arg, this.parseExpression()));
					else args.addChild(arg);
				}
				checkComma = true;
			}
			if (kwargs.children.length) args.addChild(kwargs);
			return args;
		};
		_proto.parseUntilBlocks = function parseUntilBlocks() {
			var prev = this.breakOnBlocks;
			for (var _len = arguments.length, blockNames = new Array(_len), _key = 0; _key < _len; _key++) blockNames[_key] = arguments[_key];
			this.breakOnBlocks = blockNames;
			var ret = this.parse();
			this.breakOnBlocks = prev;
			return ret;
		};
		_proto.parseNodes = function parseNodes() {
			var tok;
			var buf = [];
			while (tok = this.nextToken()) if (tok.type === lexer.TOKEN_DATA) {
				var data = tok.value;
				var nextToken = this.peekToken();
				var nextVal = nextToken && nextToken.value;
				if (this.dropLeadingWhitespace) {
					data = data.replace(/^\s*/, "");
					this.dropLeadingWhitespace = false;
				}
				if (nextToken && (nextToken.type === lexer.TOKEN_BLOCK_START && nextVal.charAt(nextVal.length - 1) === "-" || nextToken.type === lexer.TOKEN_VARIABLE_START && nextVal.charAt(this.tokens.tags.VARIABLE_START.length) === "-" || nextToken.type === lexer.TOKEN_COMMENT && nextVal.charAt(this.tokens.tags.COMMENT_START.length) === "-")) data = data.replace(/\s*$/, "");
				buf.push(new nodes.Output(tok.lineno, tok.colno, [new nodes.TemplateData(tok.lineno, tok.colno, data)]));
			} else if (tok.type === lexer.TOKEN_BLOCK_START) {
				this.dropLeadingWhitespace = false;
				var n = this.parseStatement();
				if (!n) break;
				buf.push(n);
			} else if (tok.type === lexer.TOKEN_VARIABLE_START) {
				var e = this.parseExpression();
				this.dropLeadingWhitespace = false;
				this.advanceAfterVariableEnd();
				buf.push(new nodes.Output(tok.lineno, tok.colno, [e]));
			} else if (tok.type === lexer.TOKEN_COMMENT) this.dropLeadingWhitespace = tok.value.charAt(tok.value.length - this.tokens.tags.COMMENT_END.length - 1) === "-";
			else this.fail("Unexpected token at top-level: " + tok.type, tok.lineno, tok.colno);
			return buf;
		};
		_proto.parse = function parse() {
			return new nodes.NodeList(0, 0, this.parseNodes());
		};
		_proto.parseAsRoot = function parseAsRoot() {
			return new nodes.Root(0, 0, this.parseNodes());
		};
		return Parser;
	}(Obj);
	module.exports = {
		parse: function parse(src, extensions, opts) {
			var p = new Parser(lexer.lex(src, opts));
			if (extensions !== void 0) p.extensions = extensions;
			return p.parseAsRoot();
		},
		Parser
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/transformer.js
var require_transformer = __commonJSMin(((exports, module) => {
	var nodes = require_nodes();
	var lib = require_lib();
	var sym = 0;
	function gensym() {
		return "hole_" + sym++;
	}
	function mapCOW(arr, func) {
		var res = null;
		for (var i = 0; i < arr.length; i++) {
			var item = func(arr[i]);
			if (item !== arr[i]) {
				if (!res) res = arr.slice();
				res[i] = item;
			}
		}
		return res || arr;
	}
	function walk(ast, func, depthFirst) {
		if (!(ast instanceof nodes.Node)) return ast;
		if (!depthFirst) {
			var astT = func(ast);
			if (astT && astT !== ast) return astT;
		}
		if (ast instanceof nodes.NodeList) {
			var children = mapCOW(ast.children, function(node) {
				return walk(node, func, depthFirst);
			});
			if (children !== ast.children) ast = new nodes[ast.typename](ast.lineno, ast.colno, children);
		} else if (ast instanceof nodes.CallExtension) {
			var args = walk(ast.args, func, depthFirst);
			var contentArgs = mapCOW(ast.contentArgs, function(node) {
				return walk(node, func, depthFirst);
			});
			if (args !== ast.args || contentArgs !== ast.contentArgs) ast = new nodes[ast.typename](ast.extName, ast.prop, args, contentArgs);
		} else {
			var props = ast.fields.map(function(field) {
				return ast[field];
			});
			var propsT = mapCOW(props, function(prop) {
				return walk(prop, func, depthFirst);
			});
			if (propsT !== props) {
				ast = new nodes[ast.typename](ast.lineno, ast.colno);
				propsT.forEach(function(prop, i) {
					ast[ast.fields[i]] = prop;
				});
			}
		}
		return depthFirst ? func(ast) || ast : ast;
	}
	function depthWalk(ast, func) {
		return walk(ast, func, true);
	}
	function _liftFilters(node, asyncFilters, prop) {
		var children = [];
		var walked = depthWalk(prop ? node[prop] : node, function(descNode) {
			var symbol;
			if (descNode instanceof nodes.Block) return descNode;
			else if (descNode instanceof nodes.Filter && lib.indexOf(asyncFilters, descNode.name.value) !== -1 || descNode instanceof nodes.CallExtensionAsync) {
				symbol = new nodes.Symbol(descNode.lineno, descNode.colno, gensym());
				children.push(new nodes.FilterAsync(descNode.lineno, descNode.colno, descNode.name, descNode.args, symbol));
			}
			return symbol;
		});
		if (prop) node[prop] = walked;
		else node = walked;
		if (children.length) {
			children.push(node);
			return new nodes.NodeList(node.lineno, node.colno, children);
		} else return node;
	}
	function liftFilters(ast, asyncFilters) {
		return depthWalk(ast, function(node) {
			if (node instanceof nodes.Output) return _liftFilters(node, asyncFilters);
			else if (node instanceof nodes.Set) return _liftFilters(node, asyncFilters, "value");
			else if (node instanceof nodes.For) return _liftFilters(node, asyncFilters, "arr");
			else if (node instanceof nodes.If) return _liftFilters(node, asyncFilters, "cond");
			else if (node instanceof nodes.CallExtension) return _liftFilters(node, asyncFilters, "args");
			else return;
		});
	}
	function liftSuper(ast) {
		return walk(ast, function(blockNode) {
			if (!(blockNode instanceof nodes.Block)) return;
			var hasSuper = false;
			var symbol = gensym();
			blockNode.body = walk(blockNode.body, function(node) {
				if (node instanceof nodes.FunCall && node.name.value === "super") {
					hasSuper = true;
					return new nodes.Symbol(node.lineno, node.colno, symbol);
				}
			});
			if (hasSuper) blockNode.body.children.unshift(new nodes.Super(0, 0, blockNode.name, new nodes.Symbol(0, 0, symbol)));
		});
	}
	function convertStatements(ast) {
		return depthWalk(ast, function(node) {
			if (!(node instanceof nodes.If) && !(node instanceof nodes.For)) return;
			var async = false;
			walk(node, function(child) {
				if (child instanceof nodes.FilterAsync || child instanceof nodes.IfAsync || child instanceof nodes.AsyncEach || child instanceof nodes.AsyncAll || child instanceof nodes.CallExtensionAsync) {
					async = true;
					return child;
				}
			});
			if (async) {
				if (node instanceof nodes.If) return new nodes.IfAsync(node.lineno, node.colno, node.cond, node.body, node.else_);
				else if (node instanceof nodes.For && !(node instanceof nodes.AsyncAll)) return new nodes.AsyncEach(node.lineno, node.colno, node.arr, node.name, node.body, node.else_);
			}
		});
	}
	function cps(ast, asyncFilters) {
		return convertStatements(liftSuper(liftFilters(ast, asyncFilters)));
	}
	function transform(ast, asyncFilters) {
		return cps(ast, asyncFilters || []);
	}
	module.exports = { transform };
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/runtime.js
var require_runtime = __commonJSMin(((exports, module) => {
	var lib = require_lib();
	var arrayFrom = Array.from;
	var supportsIterators = typeof Symbol === "function" && Symbol.iterator && typeof arrayFrom === "function";
	var Frame = function() {
		function Frame(parent, isolateWrites) {
			this.variables = Object.create(null);
			this.parent = parent;
			this.topLevel = false;
			this.isolateWrites = isolateWrites;
		}
		var _proto = Frame.prototype;
		_proto.set = function set(name, val, resolveUp) {
			var parts = name.split(".");
			var obj = this.variables;
			var frame = this;
			if (resolveUp) {
				if (frame = this.resolve(parts[0], true)) {
					frame.set(name, val);
					return;
				}
			}
			for (var i = 0; i < parts.length - 1; i++) {
				var id = parts[i];
				if (!obj[id]) obj[id] = {};
				obj = obj[id];
			}
			obj[parts[parts.length - 1]] = val;
		};
		_proto.get = function get(name) {
			var val = this.variables[name];
			if (val !== void 0) return val;
			return null;
		};
		_proto.lookup = function lookup(name) {
			var p = this.parent;
			var val = this.variables[name];
			if (val !== void 0) return val;
			return p && p.lookup(name);
		};
		_proto.resolve = function resolve(name, forWrite) {
			var p = forWrite && this.isolateWrites ? void 0 : this.parent;
			if (this.variables[name] !== void 0) return this;
			return p && p.resolve(name);
		};
		_proto.push = function push(isolateWrites) {
			return new Frame(this, isolateWrites);
		};
		_proto.pop = function pop() {
			return this.parent;
		};
		return Frame;
	}();
	function makeMacro(argNames, kwargNames, func) {
		return function macro() {
			for (var _len = arguments.length, macroArgs = new Array(_len), _key = 0; _key < _len; _key++) macroArgs[_key] = arguments[_key];
			var argCount = numArgs(macroArgs);
			var args;
			var kwargs = getKeywordArgs(macroArgs);
			if (argCount > argNames.length) {
				args = macroArgs.slice(0, argNames.length);
				macroArgs.slice(args.length, argCount).forEach(function(val, i) {
					if (i < kwargNames.length) kwargs[kwargNames[i]] = val;
				});
				args.push(kwargs);
			} else if (argCount < argNames.length) {
				args = macroArgs.slice(0, argCount);
				for (var i = argCount; i < argNames.length; i++) {
					var arg = argNames[i];
					args.push(kwargs[arg]);
					delete kwargs[arg];
				}
				args.push(kwargs);
			} else args = macroArgs;
			return func.apply(this, args);
		};
	}
	function makeKeywordArgs(obj) {
		obj.__keywords = true;
		return obj;
	}
	function isKeywordArgs(obj) {
		return obj && Object.prototype.hasOwnProperty.call(obj, "__keywords");
	}
	function getKeywordArgs(args) {
		var len = args.length;
		if (len) {
			var lastArg = args[len - 1];
			if (isKeywordArgs(lastArg)) return lastArg;
		}
		return {};
	}
	function numArgs(args) {
		var len = args.length;
		if (len === 0) return 0;
		var lastArg = args[len - 1];
		if (isKeywordArgs(lastArg)) return len - 1;
		else return len;
	}
	function SafeString(val) {
		if (typeof val !== "string") return val;
		this.val = val;
		this.length = val.length;
	}
	SafeString.prototype = Object.create(String.prototype, { length: {
		writable: true,
		configurable: true,
		value: 0
	} });
	SafeString.prototype.valueOf = function valueOf() {
		return this.val;
	};
	SafeString.prototype.toString = function toString() {
		return this.val;
	};
	function copySafeness(dest, target) {
		if (dest instanceof SafeString) return new SafeString(target);
		return target.toString();
	}
	function markSafe(val) {
		var type = typeof val;
		if (type === "string") return new SafeString(val);
		else if (type !== "function") return val;
		else return function wrapSafe(args) {
			var ret = val.apply(this, arguments);
			if (typeof ret === "string") return new SafeString(ret);
			return ret;
		};
	}
	function suppressValue(val, autoescape) {
		val = val !== void 0 && val !== null ? val : "";
		if (autoescape && !(val instanceof SafeString)) val = lib.escape(val.toString());
		return val;
	}
	function ensureDefined(val, lineno, colno) {
		if (val === null || val === void 0) throw new lib.TemplateError("attempted to output null or undefined value", lineno + 1, colno + 1);
		return val;
	}
	function memberLookup(obj, val) {
		if (obj === void 0 || obj === null) return;
		if (typeof obj[val] === "function") return function() {
			for (var _len2 = arguments.length, args = new Array(_len2), _key2 = 0; _key2 < _len2; _key2++) args[_key2] = arguments[_key2];
			return obj[val].apply(obj, args);
		};
		return obj[val];
	}
	function callWrap(obj, name, context, args) {
		if (!obj) throw new Error("Unable to call `" + name + "`, which is undefined or falsey");
		else if (typeof obj !== "function") throw new Error("Unable to call `" + name + "`, which is not a function");
		return obj.apply(context, args);
	}
	function contextOrFrameLookup(context, frame, name) {
		var val = frame.lookup(name);
		return val !== void 0 ? val : context.lookup(name);
	}
	function handleError(error, lineno, colno) {
		if (error.lineno) return error;
		else return new lib.TemplateError(error, lineno, colno);
	}
	function asyncEach(arr, dimen, iter, cb) {
		if (lib.isArray(arr)) {
			var len = arr.length;
			lib.asyncIter(arr, function iterCallback(item, i, next) {
				switch (dimen) {
					case 1:
						iter(item, i, len, next);
						break;
					case 2:
						iter(item[0], item[1], i, len, next);
						break;
					case 3:
						iter(item[0], item[1], item[2], i, len, next);
						break;
					default:
						item.push(i, len, next);
						iter.apply(this, item);
				}
			}, cb);
		} else lib.asyncFor(arr, function iterCallback(key, val, i, len, next) {
			iter(key, val, i, len, next);
		}, cb);
	}
	function asyncAll(arr, dimen, func, cb) {
		var finished = 0;
		var len;
		var outputArr;
		function done(i, output) {
			finished++;
			outputArr[i] = output;
			if (finished === len) cb(null, outputArr.join(""));
		}
		if (lib.isArray(arr)) {
			len = arr.length;
			outputArr = new Array(len);
			if (len === 0) cb(null, "");
			else for (var i = 0; i < arr.length; i++) {
				var item = arr[i];
				switch (dimen) {
					case 1:
						func(item, i, len, done);
						break;
					case 2:
						func(item[0], item[1], i, len, done);
						break;
					case 3:
						func(item[0], item[1], item[2], i, len, done);
						break;
					default:
						item.push(i, len, done);
						func.apply(this, item);
				}
			}
		} else {
			var keys = lib.keys(arr || {});
			len = keys.length;
			outputArr = new Array(len);
			if (len === 0) cb(null, "");
			else for (var _i = 0; _i < keys.length; _i++) {
				var k = keys[_i];
				func(k, arr[k], _i, len, done);
			}
		}
	}
	function fromIterator(arr) {
		if (typeof arr !== "object" || arr === null || lib.isArray(arr)) return arr;
		else if (supportsIterators && Symbol.iterator in arr) return arrayFrom(arr);
		else return arr;
	}
	module.exports = {
		Frame,
		makeMacro,
		makeKeywordArgs,
		numArgs,
		suppressValue,
		ensureDefined,
		memberLookup,
		contextOrFrameLookup,
		callWrap,
		handleError,
		isArray: lib.isArray,
		keys: lib.keys,
		SafeString,
		copySafeness,
		markSafe,
		asyncEach,
		asyncAll,
		inOperator: lib.inOperator,
		fromIterator
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/compiler.js
var require_compiler = __commonJSMin(((exports, module) => {
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var parser = require_parser();
	var transformer = require_transformer();
	var nodes = require_nodes();
	var TemplateError = require_lib().TemplateError;
	var Frame = require_runtime().Frame;
	var Obj = require_object().Obj;
	var compareOps = {
		"==": "==",
		"===": "===",
		"!=": "!=",
		"!==": "!==",
		"<": "<",
		">": ">",
		"<=": "<=",
		">=": ">="
	};
	var Compiler = function(_Obj) {
		_inheritsLoose(Compiler, _Obj);
		function Compiler() {
			return _Obj.apply(this, arguments) || this;
		}
		var _proto = Compiler.prototype;
		_proto.init = function init(templateName, throwOnUndefined) {
			this.templateName = templateName;
			this.codebuf = [];
			this.lastId = 0;
			this.buffer = null;
			this.bufferStack = [];
			this._scopeClosers = "";
			this.inBlock = false;
			this.throwOnUndefined = throwOnUndefined;
		};
		_proto.fail = function fail(msg, lineno, colno) {
			if (lineno !== void 0) lineno += 1;
			if (colno !== void 0) colno += 1;
			throw new TemplateError(msg, lineno, colno);
		};
		_proto._pushBuffer = function _pushBuffer() {
			var id = this._tmpid();
			this.bufferStack.push(this.buffer);
			this.buffer = id;
			this._emit("var " + this.buffer + " = \"\";");
			return id;
		};
		_proto._popBuffer = function _popBuffer() {
			this.buffer = this.bufferStack.pop();
		};
		_proto._emit = function _emit(code) {
			this.codebuf.push(code);
		};
		_proto._emitLine = function _emitLine(code) {
			this._emit(code + "\n");
		};
		_proto._emitLines = function _emitLines() {
			var _this = this;
			for (var _len = arguments.length, lines = new Array(_len), _key = 0; _key < _len; _key++) lines[_key] = arguments[_key];
			lines.forEach(function(line) {
				return _this._emitLine(line);
			});
		};
		_proto._emitFuncBegin = function _emitFuncBegin(node, name) {
			this.buffer = "output";
			this._scopeClosers = "";
			this._emitLine("function " + name + "(env, context, frame, runtime, cb) {");
			this._emitLine("var lineno = " + node.lineno + ";");
			this._emitLine("var colno = " + node.colno + ";");
			this._emitLine("var " + this.buffer + " = \"\";");
			this._emitLine("try {");
		};
		_proto._emitFuncEnd = function _emitFuncEnd(noReturn) {
			if (!noReturn) this._emitLine("cb(null, " + this.buffer + ");");
			this._closeScopeLevels();
			this._emitLine("} catch (e) {");
			this._emitLine("  cb(runtime.handleError(e, lineno, colno));");
			this._emitLine("}");
			this._emitLine("}");
			this.buffer = null;
		};
		_proto._addScopeLevel = function _addScopeLevel() {
			this._scopeClosers += "})";
		};
		_proto._closeScopeLevels = function _closeScopeLevels() {
			this._emitLine(this._scopeClosers + ";");
			this._scopeClosers = "";
		};
		_proto._withScopedSyntax = function _withScopedSyntax(func) {
			var _scopeClosers = this._scopeClosers;
			this._scopeClosers = "";
			func.call(this);
			this._closeScopeLevels();
			this._scopeClosers = _scopeClosers;
		};
		_proto._makeCallback = function _makeCallback(res) {
			var err = this._tmpid();
			return "function(" + err + (res ? "," + res : "") + ") {\nif(" + err + ") { cb(" + err + "); return; }";
		};
		_proto._tmpid = function _tmpid() {
			this.lastId++;
			return "t_" + this.lastId;
		};
		_proto._templateName = function _templateName() {
			return this.templateName == null ? "undefined" : JSON.stringify(this.templateName);
		};
		_proto._compileChildren = function _compileChildren(node, frame) {
			var _this2 = this;
			node.children.forEach(function(child) {
				_this2.compile(child, frame);
			});
		};
		_proto._compileAggregate = function _compileAggregate(node, frame, startChar, endChar) {
			var _this3 = this;
			if (startChar) this._emit(startChar);
			node.children.forEach(function(child, i) {
				if (i > 0) _this3._emit(",");
				_this3.compile(child, frame);
			});
			if (endChar) this._emit(endChar);
		};
		_proto._compileExpression = function _compileExpression(node, frame) {
			this.assertType(node, nodes.Literal, nodes.Symbol, nodes.Group, nodes.Array, nodes.Dict, nodes.FunCall, nodes.Caller, nodes.Filter, nodes.LookupVal, nodes.Compare, nodes.InlineIf, nodes.In, nodes.Is, nodes.And, nodes.Or, nodes.Not, nodes.Add, nodes.Concat, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Pow, nodes.Neg, nodes.Pos, nodes.Compare, nodes.NodeList);
			this.compile(node, frame);
		};
		_proto.assertType = function assertType(node) {
			for (var _len2 = arguments.length, types = new Array(_len2 > 1 ? _len2 - 1 : 0), _key2 = 1; _key2 < _len2; _key2++) types[_key2 - 1] = arguments[_key2];
			if (!types.some(function(t) {
				return node instanceof t;
			})) this.fail("assertType: invalid type: " + node.typename, node.lineno, node.colno);
		};
		_proto.compileCallExtension = function compileCallExtension(node, frame, async) {
			var _this4 = this;
			var args = node.args;
			var contentArgs = node.contentArgs;
			var autoescape = typeof node.autoescape === "boolean" ? node.autoescape : true;
			if (!async) this._emit(this.buffer + " += runtime.suppressValue(");
			this._emit("env.getExtension(\"" + node.extName + "\")[\"" + node.prop + "\"](");
			this._emit("context");
			if (args || contentArgs) this._emit(",");
			if (args) {
				if (!(args instanceof nodes.NodeList)) this.fail("compileCallExtension: arguments must be a NodeList, use `parser.parseSignature`");
				args.children.forEach(function(arg, i) {
					_this4._compileExpression(arg, frame);
					if (i !== args.children.length - 1 || contentArgs.length) _this4._emit(",");
				});
			}
			if (contentArgs.length) contentArgs.forEach(function(arg, i) {
				if (i > 0) _this4._emit(",");
				if (arg) {
					_this4._emitLine("function(cb) {");
					_this4._emitLine("if(!cb) { cb = function(err) { if(err) { throw err; }}}");
					var id = _this4._pushBuffer();
					_this4._withScopedSyntax(function() {
						_this4.compile(arg, frame);
						_this4._emitLine("cb(null, " + id + ");");
					});
					_this4._popBuffer();
					_this4._emitLine("return " + id + ";");
					_this4._emitLine("}");
				} else _this4._emit("null");
			});
			if (async) {
				var res = this._tmpid();
				this._emitLine(", " + this._makeCallback(res));
				this._emitLine(this.buffer + " += runtime.suppressValue(" + res + ", " + autoescape + " && env.opts.autoescape);");
				this._addScopeLevel();
			} else {
				this._emit(")");
				this._emit(", " + autoescape + " && env.opts.autoescape);\n");
			}
		};
		_proto.compileCallExtensionAsync = function compileCallExtensionAsync(node, frame) {
			this.compileCallExtension(node, frame, true);
		};
		_proto.compileNodeList = function compileNodeList(node, frame) {
			this._compileChildren(node, frame);
		};
		_proto.compileLiteral = function compileLiteral(node) {
			if (typeof node.value === "string") {
				var val = node.value.replace(/\\/g, "\\\\");
				val = val.replace(/"/g, "\\\"");
				val = val.replace(/\n/g, "\\n");
				val = val.replace(/\r/g, "\\r");
				val = val.replace(/\t/g, "\\t");
				val = val.replace(/\u2028/g, "\\u2028");
				this._emit("\"" + val + "\"");
			} else if (node.value === null) this._emit("null");
			else this._emit(node.value.toString());
		};
		_proto.compileSymbol = function compileSymbol(node, frame) {
			var name = node.value;
			var v = frame.lookup(name);
			if (v) this._emit(v);
			else this._emit("runtime.contextOrFrameLookup(context, frame, \"" + name + "\")");
		};
		_proto.compileGroup = function compileGroup(node, frame) {
			this._compileAggregate(node, frame, "(", ")");
		};
		_proto.compileArray = function compileArray(node, frame) {
			this._compileAggregate(node, frame, "[", "]");
		};
		_proto.compileDict = function compileDict(node, frame) {
			this._compileAggregate(node, frame, "{", "}");
		};
		_proto.compilePair = function compilePair(node, frame) {
			var key = node.key;
			var val = node.value;
			if (key instanceof nodes.Symbol) key = new nodes.Literal(key.lineno, key.colno, key.value);
			else if (!(key instanceof nodes.Literal && typeof key.value === "string")) this.fail("compilePair: Dict keys must be strings or names", key.lineno, key.colno);
			this.compile(key, frame);
			this._emit(": ");
			this._compileExpression(val, frame);
		};
		_proto.compileInlineIf = function compileInlineIf(node, frame) {
			this._emit("(");
			this.compile(node.cond, frame);
			this._emit("?");
			this.compile(node.body, frame);
			this._emit(":");
			if (node.else_ !== null) this.compile(node.else_, frame);
			else this._emit("\"\"");
			this._emit(")");
		};
		_proto.compileIn = function compileIn(node, frame) {
			this._emit("runtime.inOperator(");
			this.compile(node.left, frame);
			this._emit(",");
			this.compile(node.right, frame);
			this._emit(")");
		};
		_proto.compileIs = function compileIs(node, frame) {
			var right = node.right.name ? node.right.name.value : node.right.value;
			this._emit("env.getTest(\"" + right + "\").call(context, ");
			this.compile(node.left, frame);
			if (node.right.args) {
				this._emit(",");
				this.compile(node.right.args, frame);
			}
			this._emit(") === true");
		};
		_proto._binOpEmitter = function _binOpEmitter(node, frame, str) {
			this.compile(node.left, frame);
			this._emit(str);
			this.compile(node.right, frame);
		};
		_proto.compileOr = function compileOr(node, frame) {
			return this._binOpEmitter(node, frame, " || ");
		};
		_proto.compileAnd = function compileAnd(node, frame) {
			return this._binOpEmitter(node, frame, " && ");
		};
		_proto.compileAdd = function compileAdd(node, frame) {
			return this._binOpEmitter(node, frame, " + ");
		};
		_proto.compileConcat = function compileConcat(node, frame) {
			return this._binOpEmitter(node, frame, " + \"\" + ");
		};
		_proto.compileSub = function compileSub(node, frame) {
			return this._binOpEmitter(node, frame, " - ");
		};
		_proto.compileMul = function compileMul(node, frame) {
			return this._binOpEmitter(node, frame, " * ");
		};
		_proto.compileDiv = function compileDiv(node, frame) {
			return this._binOpEmitter(node, frame, " / ");
		};
		_proto.compileMod = function compileMod(node, frame) {
			return this._binOpEmitter(node, frame, " % ");
		};
		_proto.compileNot = function compileNot(node, frame) {
			this._emit("!");
			this.compile(node.target, frame);
		};
		_proto.compileFloorDiv = function compileFloorDiv(node, frame) {
			this._emit("Math.floor(");
			this.compile(node.left, frame);
			this._emit(" / ");
			this.compile(node.right, frame);
			this._emit(")");
		};
		_proto.compilePow = function compilePow(node, frame) {
			this._emit("Math.pow(");
			this.compile(node.left, frame);
			this._emit(", ");
			this.compile(node.right, frame);
			this._emit(")");
		};
		_proto.compileNeg = function compileNeg(node, frame) {
			this._emit("-");
			this.compile(node.target, frame);
		};
		_proto.compilePos = function compilePos(node, frame) {
			this._emit("+");
			this.compile(node.target, frame);
		};
		_proto.compileCompare = function compileCompare(node, frame) {
			var _this5 = this;
			this.compile(node.expr, frame);
			node.ops.forEach(function(op) {
				_this5._emit(" " + compareOps[op.type] + " ");
				_this5.compile(op.expr, frame);
			});
		};
		_proto.compileLookupVal = function compileLookupVal(node, frame) {
			this._emit("runtime.memberLookup((");
			this._compileExpression(node.target, frame);
			this._emit("),");
			this._compileExpression(node.val, frame);
			this._emit(")");
		};
		_proto._getNodeName = function _getNodeName(node) {
			switch (node.typename) {
				case "Symbol": return node.value;
				case "FunCall": return "the return value of (" + this._getNodeName(node.name) + ")";
				case "LookupVal": return this._getNodeName(node.target) + "[\"" + this._getNodeName(node.val) + "\"]";
				case "Literal": return node.value.toString();
				default: return "--expression--";
			}
		};
		_proto.compileFunCall = function compileFunCall(node, frame) {
			this._emit("(lineno = " + node.lineno + ", colno = " + node.colno + ", ");
			this._emit("runtime.callWrap(");
			this._compileExpression(node.name, frame);
			this._emit(", \"" + this._getNodeName(node.name).replace(/"/g, "\\\"") + "\", context, ");
			this._compileAggregate(node.args, frame, "[", "])");
			this._emit(")");
		};
		_proto.compileFilter = function compileFilter(node, frame) {
			var name = node.name;
			this.assertType(name, nodes.Symbol);
			this._emit("env.getFilter(\"" + name.value + "\").call(context, ");
			this._compileAggregate(node.args, frame);
			this._emit(")");
		};
		_proto.compileFilterAsync = function compileFilterAsync(node, frame) {
			var name = node.name;
			var symbol = node.symbol.value;
			this.assertType(name, nodes.Symbol);
			frame.set(symbol, symbol);
			this._emit("env.getFilter(\"" + name.value + "\").call(context, ");
			this._compileAggregate(node.args, frame);
			this._emitLine(", " + this._makeCallback(symbol));
			this._addScopeLevel();
		};
		_proto.compileKeywordArgs = function compileKeywordArgs(node, frame) {
			this._emit("runtime.makeKeywordArgs(");
			this.compileDict(node, frame);
			this._emit(")");
		};
		_proto.compileSet = function compileSet(node, frame) {
			var _this6 = this;
			var ids = [];
			node.targets.forEach(function(target) {
				var name = target.value;
				var id = frame.lookup(name);
				if (id === null || id === void 0) {
					id = _this6._tmpid();
					_this6._emitLine("var " + id + ";");
				}
				ids.push(id);
			});
			if (node.value) {
				this._emit(ids.join(" = ") + " = ");
				this._compileExpression(node.value, frame);
				this._emitLine(";");
			} else {
				this._emit(ids.join(" = ") + " = ");
				this.compile(node.body, frame);
				this._emitLine(";");
			}
			node.targets.forEach(function(target, i) {
				var id = ids[i];
				var name = target.value;
				_this6._emitLine("frame.set(\"" + name + "\", " + id + ", true);");
				_this6._emitLine("if(frame.topLevel) {");
				_this6._emitLine("context.setVariable(\"" + name + "\", " + id + ");");
				_this6._emitLine("}");
				if (name.charAt(0) !== "_") {
					_this6._emitLine("if(frame.topLevel) {");
					_this6._emitLine("context.addExport(\"" + name + "\", " + id + ");");
					_this6._emitLine("}");
				}
			});
		};
		_proto.compileSwitch = function compileSwitch(node, frame) {
			var _this7 = this;
			this._emit("switch (");
			this.compile(node.expr, frame);
			this._emit(") {");
			node.cases.forEach(function(c, i) {
				_this7._emit("case ");
				_this7.compile(c.cond, frame);
				_this7._emit(": ");
				_this7.compile(c.body, frame);
				if (c.body.children.length) _this7._emitLine("break;");
			});
			if (node.default) {
				this._emit("default:");
				this.compile(node.default, frame);
			}
			this._emit("}");
		};
		_proto.compileIf = function compileIf(node, frame, async) {
			var _this8 = this;
			this._emit("if(");
			this._compileExpression(node.cond, frame);
			this._emitLine(") {");
			this._withScopedSyntax(function() {
				_this8.compile(node.body, frame);
				if (async) _this8._emit("cb()");
			});
			if (node.else_) {
				this._emitLine("}\nelse {");
				this._withScopedSyntax(function() {
					_this8.compile(node.else_, frame);
					if (async) _this8._emit("cb()");
				});
			} else if (async) {
				this._emitLine("}\nelse {");
				this._emit("cb()");
			}
			this._emitLine("}");
		};
		_proto.compileIfAsync = function compileIfAsync(node, frame) {
			this._emit("(function(cb) {");
			this.compileIf(node, frame, true);
			this._emit("})(" + this._makeCallback());
			this._addScopeLevel();
		};
		_proto._emitLoopBindings = function _emitLoopBindings(node, arr, i, len) {
			var _this9 = this;
			[
				{
					name: "index",
					val: i + " + 1"
				},
				{
					name: "index0",
					val: i
				},
				{
					name: "revindex",
					val: len + " - " + i
				},
				{
					name: "revindex0",
					val: len + " - " + i + " - 1"
				},
				{
					name: "first",
					val: i + " === 0"
				},
				{
					name: "last",
					val: i + " === " + len + " - 1"
				},
				{
					name: "length",
					val: len
				}
			].forEach(function(b) {
				_this9._emitLine("frame.set(\"loop." + b.name + "\", " + b.val + ");");
			});
		};
		_proto.compileFor = function compileFor(node, frame) {
			var _this10 = this;
			var i = this._tmpid();
			var len = this._tmpid();
			var arr = this._tmpid();
			frame = frame.push();
			this._emitLine("frame = frame.push();");
			this._emit("var " + arr + " = ");
			this._compileExpression(node.arr, frame);
			this._emitLine(";");
			this._emit("if(" + arr + ") {");
			this._emitLine(arr + " = runtime.fromIterator(" + arr + ");");
			if (node.name instanceof nodes.Array) {
				this._emitLine("var " + i + ";");
				this._emitLine("if(runtime.isArray(" + arr + ")) {");
				this._emitLine("var " + len + " = " + arr + ".length;");
				this._emitLine("for(" + i + "=0; " + i + " < " + arr + ".length; " + i + "++) {");
				node.name.children.forEach(function(child, u) {
					var tid = _this10._tmpid();
					_this10._emitLine("var " + tid + " = " + arr + "[" + i + "][" + u + "];");
					_this10._emitLine("frame.set(\"" + child + "\", " + arr + "[" + i + "][" + u + "]);");
					frame.set(node.name.children[u].value, tid);
				});
				this._emitLoopBindings(node, arr, i, len);
				this._withScopedSyntax(function() {
					_this10.compile(node.body, frame);
				});
				this._emitLine("}");
				this._emitLine("} else {");
				var _node$name$children = node.name.children, key = _node$name$children[0], val = _node$name$children[1];
				var k = this._tmpid();
				var v = this._tmpid();
				frame.set(key.value, k);
				frame.set(val.value, v);
				this._emitLine(i + " = -1;");
				this._emitLine("var " + len + " = runtime.keys(" + arr + ").length;");
				this._emitLine("for(var " + k + " in " + arr + ") {");
				this._emitLine(i + "++;");
				this._emitLine("var " + v + " = " + arr + "[" + k + "];");
				this._emitLine("frame.set(\"" + key.value + "\", " + k + ");");
				this._emitLine("frame.set(\"" + val.value + "\", " + v + ");");
				this._emitLoopBindings(node, arr, i, len);
				this._withScopedSyntax(function() {
					_this10.compile(node.body, frame);
				});
				this._emitLine("}");
				this._emitLine("}");
			} else {
				var _v = this._tmpid();
				frame.set(node.name.value, _v);
				this._emitLine("var " + len + " = " + arr + ".length;");
				this._emitLine("for(var " + i + "=0; " + i + " < " + arr + ".length; " + i + "++) {");
				this._emitLine("var " + _v + " = " + arr + "[" + i + "];");
				this._emitLine("frame.set(\"" + node.name.value + "\", " + _v + ");");
				this._emitLoopBindings(node, arr, i, len);
				this._withScopedSyntax(function() {
					_this10.compile(node.body, frame);
				});
				this._emitLine("}");
			}
			this._emitLine("}");
			if (node.else_) {
				this._emitLine("if (!" + len + ") {");
				this.compile(node.else_, frame);
				this._emitLine("}");
			}
			this._emitLine("frame = frame.pop();");
		};
		_proto._compileAsyncLoop = function _compileAsyncLoop(node, frame, parallel) {
			var _this11 = this;
			var i = this._tmpid();
			var len = this._tmpid();
			var arr = this._tmpid();
			var asyncMethod = parallel ? "asyncAll" : "asyncEach";
			frame = frame.push();
			this._emitLine("frame = frame.push();");
			this._emit("var " + arr + " = runtime.fromIterator(");
			this._compileExpression(node.arr, frame);
			this._emitLine(");");
			if (node.name instanceof nodes.Array) {
				var arrayLen = node.name.children.length;
				this._emit("runtime." + asyncMethod + "(" + arr + ", " + arrayLen + ", function(");
				node.name.children.forEach(function(name) {
					_this11._emit(name.value + ",");
				});
				this._emit(i + "," + len + ",next) {");
				node.name.children.forEach(function(name) {
					var id = name.value;
					frame.set(id, id);
					_this11._emitLine("frame.set(\"" + id + "\", " + id + ");");
				});
			} else {
				var id = node.name.value;
				this._emitLine("runtime." + asyncMethod + "(" + arr + ", 1, function(" + id + ", " + i + ", " + len + ",next) {");
				this._emitLine("frame.set(\"" + id + "\", " + id + ");");
				frame.set(id, id);
			}
			this._emitLoopBindings(node, arr, i, len);
			this._withScopedSyntax(function() {
				var buf;
				if (parallel) buf = _this11._pushBuffer();
				_this11.compile(node.body, frame);
				_this11._emitLine("next(" + i + (buf ? "," + buf : "") + ");");
				if (parallel) _this11._popBuffer();
			});
			var output = this._tmpid();
			this._emitLine("}, " + this._makeCallback(output));
			this._addScopeLevel();
			if (parallel) this._emitLine(this.buffer + " += " + output + ";");
			if (node.else_) {
				this._emitLine("if (!" + arr + ".length) {");
				this.compile(node.else_, frame);
				this._emitLine("}");
			}
			this._emitLine("frame = frame.pop();");
		};
		_proto.compileAsyncEach = function compileAsyncEach(node, frame) {
			this._compileAsyncLoop(node, frame);
		};
		_proto.compileAsyncAll = function compileAsyncAll(node, frame) {
			this._compileAsyncLoop(node, frame, true);
		};
		_proto._compileMacro = function _compileMacro(node, frame) {
			var _this12 = this;
			var args = [];
			var kwargs = null;
			var funcId = "macro_" + this._tmpid();
			var keepFrame = frame !== void 0;
			node.args.children.forEach(function(arg, i) {
				if (i === node.args.children.length - 1 && arg instanceof nodes.Dict) kwargs = arg;
				else {
					_this12.assertType(arg, nodes.Symbol);
					args.push(arg);
				}
			});
			var realNames = [].concat(args.map(function(n) {
				return "l_" + n.value;
			}), ["kwargs"]);
			var argNames = args.map(function(n) {
				return "\"" + n.value + "\"";
			});
			var kwargNames = (kwargs && kwargs.children || []).map(function(n) {
				return "\"" + n.key.value + "\"";
			});
			var currFrame;
			if (keepFrame) currFrame = frame.push(true);
			else currFrame = new Frame();
			this._emitLines("var " + funcId + " = runtime.makeMacro(", "[" + argNames.join(", ") + "], ", "[" + kwargNames.join(", ") + "], ", "function (" + realNames.join(", ") + ") {", "var callerFrame = frame;", "frame = " + (keepFrame ? "frame.push(true);" : "new runtime.Frame();"), "kwargs = kwargs || {};", "if (Object.prototype.hasOwnProperty.call(kwargs, \"caller\")) {", "frame.set(\"caller\", kwargs.caller); }");
			args.forEach(function(arg) {
				_this12._emitLine("frame.set(\"" + arg.value + "\", l_" + arg.value + ");");
				currFrame.set(arg.value, "l_" + arg.value);
			});
			if (kwargs) kwargs.children.forEach(function(pair) {
				var name = pair.key.value;
				_this12._emit("frame.set(\"" + name + "\", ");
				_this12._emit("Object.prototype.hasOwnProperty.call(kwargs, \"" + name + "\")");
				_this12._emit(" ? kwargs[\"" + name + "\"] : ");
				_this12._compileExpression(pair.value, currFrame);
				_this12._emit(");");
			});
			var bufferId = this._pushBuffer();
			this._withScopedSyntax(function() {
				_this12.compile(node.body, currFrame);
			});
			this._emitLine("frame = " + (keepFrame ? "frame.pop();" : "callerFrame;"));
			this._emitLine("return new runtime.SafeString(" + bufferId + ");");
			this._emitLine("});");
			this._popBuffer();
			return funcId;
		};
		_proto.compileMacro = function compileMacro(node, frame) {
			var funcId = this._compileMacro(node);
			var name = node.name.value;
			frame.set(name, funcId);
			if (frame.parent) this._emitLine("frame.set(\"" + name + "\", " + funcId + ");");
			else {
				if (node.name.value.charAt(0) !== "_") this._emitLine("context.addExport(\"" + name + "\");");
				this._emitLine("context.setVariable(\"" + name + "\", " + funcId + ");");
			}
		};
		_proto.compileCaller = function compileCaller(node, frame) {
			this._emit("(function (){");
			var funcId = this._compileMacro(node, frame);
			this._emit("return " + funcId + ";})()");
		};
		_proto._compileGetTemplate = function _compileGetTemplate(node, frame, eagerCompile, ignoreMissing) {
			var parentTemplateId = this._tmpid();
			var parentName = this._templateName();
			var cb = this._makeCallback(parentTemplateId);
			var eagerCompileArg = eagerCompile ? "true" : "false";
			var ignoreMissingArg = ignoreMissing ? "true" : "false";
			this._emit("env.getTemplate(");
			this._compileExpression(node.template, frame);
			this._emitLine(", " + eagerCompileArg + ", " + parentName + ", " + ignoreMissingArg + ", " + cb);
			return parentTemplateId;
		};
		_proto.compileImport = function compileImport(node, frame) {
			var target = node.target.value;
			var id = this._compileGetTemplate(node, frame, false, false);
			this._addScopeLevel();
			this._emitLine(id + ".getExported(" + (node.withContext ? "context.getVariables(), frame, " : "") + this._makeCallback(id));
			this._addScopeLevel();
			frame.set(target, id);
			if (frame.parent) this._emitLine("frame.set(\"" + target + "\", " + id + ");");
			else this._emitLine("context.setVariable(\"" + target + "\", " + id + ");");
		};
		_proto.compileFromImport = function compileFromImport(node, frame) {
			var _this13 = this;
			var importedId = this._compileGetTemplate(node, frame, false, false);
			this._addScopeLevel();
			this._emitLine(importedId + ".getExported(" + (node.withContext ? "context.getVariables(), frame, " : "") + this._makeCallback(importedId));
			this._addScopeLevel();
			node.names.children.forEach(function(nameNode) {
				var name;
				var alias;
				var id = _this13._tmpid();
				if (nameNode instanceof nodes.Pair) {
					name = nameNode.key.value;
					alias = nameNode.value.value;
				} else {
					name = nameNode.value;
					alias = name;
				}
				_this13._emitLine("if(Object.prototype.hasOwnProperty.call(" + importedId + ", \"" + name + "\")) {");
				_this13._emitLine("var " + id + " = " + importedId + "." + name + ";");
				_this13._emitLine("} else {");
				_this13._emitLine("cb(new Error(\"cannot import '" + name + "'\")); return;");
				_this13._emitLine("}");
				frame.set(alias, id);
				if (frame.parent) _this13._emitLine("frame.set(\"" + alias + "\", " + id + ");");
				else _this13._emitLine("context.setVariable(\"" + alias + "\", " + id + ");");
			});
		};
		_proto.compileBlock = function compileBlock(node) {
			var id = this._tmpid();
			if (!this.inBlock) this._emit("(parentTemplate ? function(e, c, f, r, cb) { cb(\"\"); } : ");
			this._emit("context.getBlock(\"" + node.name.value + "\")");
			if (!this.inBlock) this._emit(")");
			this._emitLine("(env, context, frame, runtime, " + this._makeCallback(id));
			this._emitLine(this.buffer + " += " + id + ";");
			this._addScopeLevel();
		};
		_proto.compileSuper = function compileSuper(node, frame) {
			var name = node.blockName.value;
			var id = node.symbol.value;
			var cb = this._makeCallback(id);
			this._emitLine("context.getSuper(env, \"" + name + "\", b_" + name + ", frame, runtime, " + cb);
			this._emitLine(id + " = runtime.markSafe(" + id + ");");
			this._addScopeLevel();
			frame.set(id, id);
		};
		_proto.compileExtends = function compileExtends(node, frame) {
			var k = this._tmpid();
			var parentTemplateId = this._compileGetTemplate(node, frame, true, false);
			this._emitLine("parentTemplate = " + parentTemplateId);
			this._emitLine("for(var " + k + " in parentTemplate.blocks) {");
			this._emitLine("context.addBlock(" + k + ", parentTemplate.blocks[" + k + "]);");
			this._emitLine("}");
			this._addScopeLevel();
		};
		_proto.compileInclude = function compileInclude(node, frame) {
			this._emitLine("var tasks = [];");
			this._emitLine("tasks.push(");
			this._emitLine("function(callback) {");
			var id = this._compileGetTemplate(node, frame, false, node.ignoreMissing);
			this._emitLine("callback(null," + id + ");});");
			this._emitLine("});");
			var id2 = this._tmpid();
			this._emitLine("tasks.push(");
			this._emitLine("function(template, callback){");
			this._emitLine("template.render(context.getVariables(), frame, " + this._makeCallback(id2));
			this._emitLine("callback(null," + id2 + ");});");
			this._emitLine("});");
			this._emitLine("tasks.push(");
			this._emitLine("function(result, callback){");
			this._emitLine(this.buffer + " += result;");
			this._emitLine("callback(null);");
			this._emitLine("});");
			this._emitLine("env.waterfall(tasks, function(){");
			this._addScopeLevel();
		};
		_proto.compileTemplateData = function compileTemplateData(node, frame) {
			this.compileLiteral(node, frame);
		};
		_proto.compileCapture = function compileCapture(node, frame) {
			var _this14 = this;
			var buffer = this.buffer;
			this.buffer = "output";
			this._emitLine("(function() {");
			this._emitLine("var output = \"\";");
			this._withScopedSyntax(function() {
				_this14.compile(node.body, frame);
			});
			this._emitLine("return output;");
			this._emitLine("})()");
			this.buffer = buffer;
		};
		_proto.compileOutput = function compileOutput(node, frame) {
			var _this15 = this;
			node.children.forEach(function(child) {
				if (child instanceof nodes.TemplateData) {
					if (child.value) {
						_this15._emit(_this15.buffer + " += ");
						_this15.compileLiteral(child, frame);
						_this15._emitLine(";");
					}
				} else {
					_this15._emit(_this15.buffer + " += runtime.suppressValue(");
					if (_this15.throwOnUndefined) _this15._emit("runtime.ensureDefined(");
					_this15.compile(child, frame);
					if (_this15.throwOnUndefined) _this15._emit("," + node.lineno + "," + node.colno + ")");
					_this15._emit(", env.opts.autoescape);\n");
				}
			});
		};
		_proto.compileRoot = function compileRoot(node, frame) {
			var _this16 = this;
			if (frame) this.fail("compileRoot: root node can't have frame");
			frame = new Frame();
			this._emitFuncBegin(node, "root");
			this._emitLine("var parentTemplate = null;");
			this._compileChildren(node, frame);
			this._emitLine("if(parentTemplate) {");
			this._emitLine("parentTemplate.rootRenderFunc(env, context, frame, runtime, cb);");
			this._emitLine("} else {");
			this._emitLine("cb(null, " + this.buffer + ");");
			this._emitLine("}");
			this._emitFuncEnd(true);
			this.inBlock = true;
			var blockNames = [];
			var blocks = node.findAll(nodes.Block);
			blocks.forEach(function(block, i) {
				var name = block.name.value;
				if (blockNames.indexOf(name) !== -1) throw new Error("Block \"" + name + "\" defined more than once.");
				blockNames.push(name);
				_this16._emitFuncBegin(block, "b_" + name);
				var tmpFrame = new Frame();
				_this16._emitLine("var frame = frame.push(true);");
				_this16.compile(block.body, tmpFrame);
				_this16._emitFuncEnd();
			});
			this._emitLine("return {");
			blocks.forEach(function(block, i) {
				var blockName = "b_" + block.name.value;
				_this16._emitLine(blockName + ": " + blockName + ",");
			});
			this._emitLine("root: root\n};");
		};
		_proto.compile = function compile(node, frame) {
			var _compile = this["compile" + node.typename];
			if (_compile) _compile.call(this, node, frame);
			else this.fail("compile: Cannot compile node: " + node.typename, node.lineno, node.colno);
		};
		_proto.getCode = function getCode() {
			return this.codebuf.join("");
		};
		return Compiler;
	}(Obj);
	module.exports = {
		compile: function compile(src, asyncFilters, extensions, name, opts) {
			if (opts === void 0) opts = {};
			var c = new Compiler(name, opts.throwOnUndefined);
			var processedSrc = (extensions || []).map(function(ext) {
				return ext.preprocess;
			}).filter(function(f) {
				return !!f;
			}).reduce(function(s, processor) {
				return processor(s);
			}, src);
			c.compile(transformer.transform(parser.parse(processedSrc, extensions, opts), asyncFilters, name));
			return c.getCode();
		},
		Compiler
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/filters.js
var require_filters = __commonJSMin(((exports, module) => {
	var lib = require_lib();
	var r = require_runtime();
	var _exports = module.exports = {};
	function normalize(value, defaultValue) {
		if (value === null || value === void 0 || value === false) return defaultValue;
		return value;
	}
	_exports.abs = Math.abs;
	function isNaN(num) {
		return num !== num;
	}
	function batch(arr, linecount, fillWith) {
		var i;
		var res = [];
		var tmp = [];
		for (i = 0; i < arr.length; i++) {
			if (i % linecount === 0 && tmp.length) {
				res.push(tmp);
				tmp = [];
			}
			tmp.push(arr[i]);
		}
		if (tmp.length) {
			if (fillWith) for (i = tmp.length; i < linecount; i++) tmp.push(fillWith);
			res.push(tmp);
		}
		return res;
	}
	_exports.batch = batch;
	function capitalize(str) {
		str = normalize(str, "");
		var ret = str.toLowerCase();
		return r.copySafeness(str, ret.charAt(0).toUpperCase() + ret.slice(1));
	}
	_exports.capitalize = capitalize;
	function center(str, width) {
		str = normalize(str, "");
		width = width || 80;
		if (str.length >= width) return str;
		var spaces = width - str.length;
		var pre = lib.repeat(" ", spaces / 2 - spaces % 2);
		var post = lib.repeat(" ", spaces / 2);
		return r.copySafeness(str, pre + str + post);
	}
	_exports.center = center;
	function default_(val, def, bool) {
		if (bool) return val || def;
		else return val !== void 0 ? val : def;
	}
	_exports["default"] = default_;
	function dictsort(val, caseSensitive, by) {
		if (!lib.isObject(val)) throw new lib.TemplateError("dictsort filter: val must be an object");
		var array = [];
		for (var k in val) array.push([k, val[k]]);
		var si;
		if (by === void 0 || by === "key") si = 0;
		else if (by === "value") si = 1;
		else throw new lib.TemplateError("dictsort filter: You can only sort by either key or value");
		array.sort(function(t1, t2) {
			var a = t1[si];
			var b = t2[si];
			if (!caseSensitive) {
				if (lib.isString(a)) a = a.toUpperCase();
				if (lib.isString(b)) b = b.toUpperCase();
			}
			return a > b ? 1 : a === b ? 0 : -1;
		});
		return array;
	}
	_exports.dictsort = dictsort;
	function dump(obj, spaces) {
		return JSON.stringify(obj, null, spaces);
	}
	_exports.dump = dump;
	function escape(str) {
		if (str instanceof r.SafeString) return str;
		str = str === null || str === void 0 ? "" : str;
		return r.markSafe(lib.escape(str.toString()));
	}
	_exports.escape = escape;
	function safe(str) {
		if (str instanceof r.SafeString) return str;
		str = str === null || str === void 0 ? "" : str;
		return r.markSafe(str.toString());
	}
	_exports.safe = safe;
	function first(arr) {
		return arr[0];
	}
	_exports.first = first;
	function forceescape(str) {
		str = str === null || str === void 0 ? "" : str;
		return r.markSafe(lib.escape(str.toString()));
	}
	_exports.forceescape = forceescape;
	function groupby(arr, attr) {
		return lib.groupBy(arr, attr, this.env.opts.throwOnUndefined);
	}
	_exports.groupby = groupby;
	function indent(str, width, indentfirst) {
		str = normalize(str, "");
		if (str === "") return "";
		width = width || 4;
		var lines = str.split("\n");
		var sp = lib.repeat(" ", width);
		var res = lines.map(function(l, i) {
			return i === 0 && !indentfirst ? l : "" + sp + l;
		}).join("\n");
		return r.copySafeness(str, res);
	}
	_exports.indent = indent;
	function join(arr, del, attr) {
		del = del || "";
		if (attr) arr = lib.map(arr, function(v) {
			return v[attr];
		});
		return arr.join(del);
	}
	_exports.join = join;
	function last(arr) {
		return arr[arr.length - 1];
	}
	_exports.last = last;
	function lengthFilter(val) {
		var value = normalize(val, "");
		if (value !== void 0) {
			if (typeof Map === "function" && value instanceof Map || typeof Set === "function" && value instanceof Set) return value.size;
			if (lib.isObject(value) && !(value instanceof r.SafeString)) return lib.keys(value).length;
			return value.length;
		}
		return 0;
	}
	_exports.length = lengthFilter;
	function list(val) {
		if (lib.isString(val)) return val.split("");
		else if (lib.isObject(val)) return lib._entries(val || {}).map(function(_ref) {
			return {
				key: _ref[0],
				value: _ref[1]
			};
		});
		else if (lib.isArray(val)) return val;
		else throw new lib.TemplateError("list filter: type not iterable");
	}
	_exports.list = list;
	function lower(str) {
		str = normalize(str, "");
		return str.toLowerCase();
	}
	_exports.lower = lower;
	function nl2br(str) {
		if (str === null || str === void 0) return "";
		return r.copySafeness(str, str.replace(/\r\n|\n/g, "<br />\n"));
	}
	_exports.nl2br = nl2br;
	function random(arr) {
		return arr[Math.floor(Math.random() * arr.length)];
	}
	_exports.random = random;
	function getSelectOrReject(expectedTestResult) {
		function filter(arr, testName, secondArg) {
			if (testName === void 0) testName = "truthy";
			var context = this;
			var test = context.env.getTest(testName);
			return lib.toArray(arr).filter(function examineTestResult(item) {
				return test.call(context, item, secondArg) === expectedTestResult;
			});
		}
		return filter;
	}
	_exports.reject = getSelectOrReject(false);
	function rejectattr(arr, attr) {
		return arr.filter(function(item) {
			return !item[attr];
		});
	}
	_exports.rejectattr = rejectattr;
	_exports.select = getSelectOrReject(true);
	function selectattr(arr, attr) {
		return arr.filter(function(item) {
			return !!item[attr];
		});
	}
	_exports.selectattr = selectattr;
	function replace(str, old, new_, maxCount) {
		var originalStr = str;
		if (old instanceof RegExp) return str.replace(old, new_);
		if (typeof maxCount === "undefined") maxCount = -1;
		var res = "";
		if (typeof old === "number") old = "" + old;
		else if (typeof old !== "string") return str;
		if (typeof str === "number") str = "" + str;
		if (typeof str !== "string" && !(str instanceof r.SafeString)) return str;
		if (old === "") {
			res = new_ + str.split("").join(new_) + new_;
			return r.copySafeness(str, res);
		}
		var nextIndex = str.indexOf(old);
		if (maxCount === 0 || nextIndex === -1) return str;
		var pos = 0;
		var count = 0;
		while (nextIndex > -1 && (maxCount === -1 || count < maxCount)) {
			res += str.substring(pos, nextIndex) + new_;
			pos = nextIndex + old.length;
			count++;
			nextIndex = str.indexOf(old, pos);
		}
		if (pos < str.length) res += str.substring(pos);
		return r.copySafeness(originalStr, res);
	}
	_exports.replace = replace;
	function reverse(val) {
		var arr;
		if (lib.isString(val)) arr = list(val);
		else arr = lib.map(val, function(v) {
			return v;
		});
		arr.reverse();
		if (lib.isString(val)) return r.copySafeness(val, arr.join(""));
		return arr;
	}
	_exports.reverse = reverse;
	function round(val, precision, method) {
		precision = precision || 0;
		var factor = Math.pow(10, precision);
		var rounder;
		if (method === "ceil") rounder = Math.ceil;
		else if (method === "floor") rounder = Math.floor;
		else rounder = Math.round;
		return rounder(val * factor) / factor;
	}
	_exports.round = round;
	function slice(arr, slices, fillWith) {
		var sliceLength = Math.floor(arr.length / slices);
		var extra = arr.length % slices;
		var res = [];
		var offset = 0;
		for (var i = 0; i < slices; i++) {
			var start = offset + i * sliceLength;
			if (i < extra) offset++;
			var end = offset + (i + 1) * sliceLength;
			var currSlice = arr.slice(start, end);
			if (fillWith && i >= extra) currSlice.push(fillWith);
			res.push(currSlice);
		}
		return res;
	}
	_exports.slice = slice;
	function sum(arr, attr, start) {
		if (start === void 0) start = 0;
		if (attr) arr = lib.map(arr, function(v) {
			return v[attr];
		});
		return start + arr.reduce(function(a, b) {
			return a + b;
		}, 0);
	}
	_exports.sum = sum;
	_exports.sort = r.makeMacro([
		"value",
		"reverse",
		"case_sensitive",
		"attribute"
	], [], function sortFilter(arr, reversed, caseSens, attr) {
		var _this = this;
		var array = lib.map(arr, function(v) {
			return v;
		});
		var getAttribute = lib.getAttrGetter(attr);
		array.sort(function(a, b) {
			var x = attr ? getAttribute(a) : a;
			var y = attr ? getAttribute(b) : b;
			if (_this.env.opts.throwOnUndefined && attr && (x === void 0 || y === void 0)) throw new TypeError("sort: attribute \"" + attr + "\" resolved to undefined");
			if (!caseSens && lib.isString(x) && lib.isString(y)) {
				x = x.toLowerCase();
				y = y.toLowerCase();
			}
			if (x < y) return reversed ? 1 : -1;
			else if (x > y) return reversed ? -1 : 1;
			else return 0;
		});
		return array;
	});
	function string(obj) {
		return r.copySafeness(obj, obj);
	}
	_exports.string = string;
	function striptags(input, preserveLinebreaks) {
		input = normalize(input, "");
		var trimmedInput = trim(input.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>|<!--[\s\S]*?-->/gi, ""));
		var res = "";
		if (preserveLinebreaks) res = trimmedInput.replace(/^ +| +$/gm, "").replace(/ +/g, " ").replace(/(\r\n)/g, "\n").replace(/\n\n\n+/g, "\n\n");
		else res = trimmedInput.replace(/\s+/gi, " ");
		return r.copySafeness(input, res);
	}
	_exports.striptags = striptags;
	function title(str) {
		str = normalize(str, "");
		var words = str.split(" ").map(function(word) {
			return capitalize(word);
		});
		return r.copySafeness(str, words.join(" "));
	}
	_exports.title = title;
	function trim(str) {
		return r.copySafeness(str, str.replace(/^\s*|\s*$/g, ""));
	}
	_exports.trim = trim;
	function truncate(input, length, killwords, end) {
		var orig = input;
		input = normalize(input, "");
		length = length || 255;
		if (input.length <= length) return input;
		if (killwords) input = input.substring(0, length);
		else {
			var idx = input.lastIndexOf(" ", length);
			if (idx === -1) idx = length;
			input = input.substring(0, idx);
		}
		input += end !== void 0 && end !== null ? end : "...";
		return r.copySafeness(orig, input);
	}
	_exports.truncate = truncate;
	function upper(str) {
		str = normalize(str, "");
		return str.toUpperCase();
	}
	_exports.upper = upper;
	function urlencode(obj) {
		var enc = encodeURIComponent;
		if (lib.isString(obj)) return enc(obj);
		else return (lib.isArray(obj) ? obj : lib._entries(obj)).map(function(_ref2) {
			var k = _ref2[0], v = _ref2[1];
			return enc(k) + "=" + enc(v);
		}).join("&");
	}
	_exports.urlencode = urlencode;
	var puncRe = /^(?:\(|<|&lt;)?(.*?)(?:\.|,|\)|\n|&gt;)?$/;
	var emailRe = /^[\w.!#$%&'*+\-\/=?\^`{|}~]+@[a-z\d\-]+(\.[a-z\d\-]+)+$/i;
	var httpHttpsRe = /^https?:\/\/.*$/;
	var wwwRe = /^www\./;
	var tldRe = /\.(?:org|net|com)(?:\:|\/|$)/;
	function urlize(str, length, nofollow) {
		if (isNaN(length)) length = Infinity;
		var noFollowAttr = nofollow === true ? " rel=\"nofollow\"" : "";
		return str.split(/(\s+)/).filter(function(word) {
			return word && word.length;
		}).map(function(word) {
			var matches = word.match(puncRe);
			var possibleUrl = matches ? matches[1] : word;
			var shortUrl = possibleUrl.substr(0, length);
			if (httpHttpsRe.test(possibleUrl)) return "<a href=\"" + possibleUrl + "\"" + noFollowAttr + ">" + shortUrl + "</a>";
			if (wwwRe.test(possibleUrl)) return "<a href=\"http://" + possibleUrl + "\"" + noFollowAttr + ">" + shortUrl + "</a>";
			if (emailRe.test(possibleUrl)) return "<a href=\"mailto:" + possibleUrl + "\">" + possibleUrl + "</a>";
			if (tldRe.test(possibleUrl)) return "<a href=\"http://" + possibleUrl + "\"" + noFollowAttr + ">" + shortUrl + "</a>";
			return word;
		}).join("");
	}
	_exports.urlize = urlize;
	function wordcount(str) {
		str = normalize(str, "");
		var words = str ? str.match(/\w+/g) : null;
		return words ? words.length : null;
	}
	_exports.wordcount = wordcount;
	function float(val, def) {
		var res = parseFloat(val);
		return isNaN(res) ? def : res;
	}
	_exports.float = float;
	_exports.int = r.makeMacro([
		"value",
		"default",
		"base"
	], [], function doInt(value, defaultValue, base) {
		if (base === void 0) base = 10;
		var res = parseInt(value, base);
		return isNaN(res) ? defaultValue : res;
	});
	_exports.d = _exports.default;
	_exports.e = _exports.escape;
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/loader.js
var require_loader = __commonJSMin(((exports, module) => {
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var path = __require("path");
	module.exports = function(_EmitterObj) {
		_inheritsLoose(Loader, _EmitterObj);
		function Loader() {
			return _EmitterObj.apply(this, arguments) || this;
		}
		var _proto = Loader.prototype;
		_proto.resolve = function resolve(from, to) {
			return path.resolve(path.dirname(from), to);
		};
		_proto.isRelative = function isRelative(filename) {
			return filename.indexOf("./") === 0 || filename.indexOf("../") === 0;
		};
		return Loader;
	}(require_object().EmitterObj);
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/precompiled-loader.js
var require_precompiled_loader = __commonJSMin(((exports, module) => {
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	module.exports = { PrecompiledLoader: function(_Loader) {
		_inheritsLoose(PrecompiledLoader, _Loader);
		function PrecompiledLoader(compiledTemplates) {
			var _this = _Loader.call(this) || this;
			_this.precompiled = compiledTemplates || {};
			return _this;
		}
		var _proto = PrecompiledLoader.prototype;
		_proto.getSource = function getSource(name) {
			if (this.precompiled[name]) return {
				src: {
					type: "code",
					obj: this.precompiled[name]
				},
				path: name
			};
			return null;
		};
		return PrecompiledLoader;
	}(require_loader()) };
}));
// ../../node_modules/.pnpm/readdirp@4.1.2/node_modules/readdirp/index.js
var require_readdirp = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.ReaddirpStream = exports.EntryTypes = void 0;
	exports.readdirp = readdirp;
	exports.readdirpPromise = readdirpPromise;
	const promises_1 = __require("node:fs/promises");
	const node_stream_1 = __require("node:stream");
	const node_path_1 = __require("node:path");
	exports.EntryTypes = {
		FILE_TYPE: "files",
		DIR_TYPE: "directories",
		FILE_DIR_TYPE: "files_directories",
		EVERYTHING_TYPE: "all"
	};
	const defaultOptions = {
		root: ".",
		fileFilter: (_entryInfo) => true,
		directoryFilter: (_entryInfo) => true,
		type: exports.EntryTypes.FILE_TYPE,
		lstat: false,
		depth: 2147483648,
		alwaysStat: false,
		highWaterMark: 4096
	};
	Object.freeze(defaultOptions);
	const RECURSIVE_ERROR_CODE = "READDIRP_RECURSIVE_ERROR";
	const NORMAL_FLOW_ERRORS = new Set([
		"ENOENT",
		"EPERM",
		"EACCES",
		"ELOOP",
		RECURSIVE_ERROR_CODE
	]);
	const ALL_TYPES = [
		exports.EntryTypes.DIR_TYPE,
		exports.EntryTypes.EVERYTHING_TYPE,
		exports.EntryTypes.FILE_DIR_TYPE,
		exports.EntryTypes.FILE_TYPE
	];
	const DIR_TYPES = new Set([
		exports.EntryTypes.DIR_TYPE,
		exports.EntryTypes.EVERYTHING_TYPE,
		exports.EntryTypes.FILE_DIR_TYPE
	]);
	const FILE_TYPES = new Set([
		exports.EntryTypes.EVERYTHING_TYPE,
		exports.EntryTypes.FILE_DIR_TYPE,
		exports.EntryTypes.FILE_TYPE
	]);
	const isNormalFlowError = (error) => NORMAL_FLOW_ERRORS.has(error.code);
	const wantBigintFsStats = process.platform === "win32";
	const emptyFn = (_entryInfo) => true;
	const normalizeFilter = (filter) => {
		if (filter === void 0) return emptyFn;
		if (typeof filter === "function") return filter;
		if (typeof filter === "string") {
			const fl = filter.trim();
			return (entry) => entry.basename === fl;
		}
		if (Array.isArray(filter)) {
			const trItems = filter.map((item) => item.trim());
			return (entry) => trItems.some((f) => entry.basename === f);
		}
		return emptyFn;
	};
	var ReaddirpStream = class extends node_stream_1.Readable {
		constructor(options = {}) {
			super({
				objectMode: true,
				autoDestroy: true,
				highWaterMark: options.highWaterMark
			});
			const opts = {
				...defaultOptions,
				...options
			};
			const { root, type } = opts;
			this._fileFilter = normalizeFilter(opts.fileFilter);
			this._directoryFilter = normalizeFilter(opts.directoryFilter);
			const statMethod = opts.lstat ? promises_1.lstat : promises_1.stat;
			if (wantBigintFsStats) this._stat = (path) => statMethod(path, { bigint: true });
			else this._stat = statMethod;
			this._maxDepth = opts.depth ?? defaultOptions.depth;
			this._wantsDir = type ? DIR_TYPES.has(type) : false;
			this._wantsFile = type ? FILE_TYPES.has(type) : false;
			this._wantsEverything = type === exports.EntryTypes.EVERYTHING_TYPE;
			this._root = (0, node_path_1.resolve)(root);
			this._isDirent = !opts.alwaysStat;
			this._statsProp = this._isDirent ? "dirent" : "stats";
			this._rdOptions = {
				encoding: "utf8",
				withFileTypes: this._isDirent
			};
			this.parents = [this._exploreDir(root, 1)];
			this.reading = false;
			this.parent = void 0;
		}
		async _read(batch) {
			if (this.reading) return;
			this.reading = true;
			try {
				while (!this.destroyed && batch > 0) {
					const par = this.parent;
					const fil = par && par.files;
					if (fil && fil.length > 0) {
						const { path, depth } = par;
						const slice = fil.splice(0, batch).map((dirent) => this._formatEntry(dirent, path));
						const awaited = await Promise.all(slice);
						for (const entry of awaited) {
							if (!entry) continue;
							if (this.destroyed) return;
							const entryType = await this._getEntryType(entry);
							if (entryType === "directory" && this._directoryFilter(entry)) {
								if (depth <= this._maxDepth) this.parents.push(this._exploreDir(entry.fullPath, depth + 1));
								if (this._wantsDir) {
									this.push(entry);
									batch--;
								}
							} else if ((entryType === "file" || this._includeAsFile(entry)) && this._fileFilter(entry)) {
								if (this._wantsFile) {
									this.push(entry);
									batch--;
								}
							}
						}
					} else {
						const parent = this.parents.pop();
						if (!parent) {
							this.push(null);
							break;
						}
						this.parent = await parent;
						if (this.destroyed) return;
					}
				}
			} catch (error) {
				this.destroy(error);
			} finally {
				this.reading = false;
			}
		}
		async _exploreDir(path, depth) {
			let files;
			try {
				files = await (0, promises_1.readdir)(path, this._rdOptions);
			} catch (error) {
				this._onError(error);
			}
			return {
				files,
				depth,
				path
			};
		}
		async _formatEntry(dirent, path) {
			let entry;
			const basename = this._isDirent ? dirent.name : dirent;
			try {
				const fullPath = (0, node_path_1.resolve)((0, node_path_1.join)(path, basename));
				entry = {
					path: (0, node_path_1.relative)(this._root, fullPath),
					fullPath,
					basename
				};
				entry[this._statsProp] = this._isDirent ? dirent : await this._stat(fullPath);
			} catch (err) {
				this._onError(err);
				return;
			}
			return entry;
		}
		_onError(err) {
			if (isNormalFlowError(err) && !this.destroyed) this.emit("warn", err);
			else this.destroy(err);
		}
		async _getEntryType(entry) {
			if (!entry && this._statsProp in entry) return "";
			const stats = entry[this._statsProp];
			if (stats.isFile()) return "file";
			if (stats.isDirectory()) return "directory";
			if (stats && stats.isSymbolicLink()) {
				const full = entry.fullPath;
				try {
					const entryRealPath = await (0, promises_1.realpath)(full);
					const entryRealPathStats = await (0, promises_1.lstat)(entryRealPath);
					if (entryRealPathStats.isFile()) return "file";
					if (entryRealPathStats.isDirectory()) {
						const len = entryRealPath.length;
						if (full.startsWith(entryRealPath) && full.substr(len, 1) === node_path_1.sep) {
							const recursiveError = new Error(`Circular symlink detected: "${full}" points to "${entryRealPath}"`);
							recursiveError.code = RECURSIVE_ERROR_CODE;
							return this._onError(recursiveError);
						}
						return "directory";
					}
				} catch (error) {
					this._onError(error);
					return "";
				}
			}
		}
		_includeAsFile(entry) {
			const stats = entry && entry[this._statsProp];
			return stats && this._wantsEverything && !stats.isDirectory();
		}
	};
	exports.ReaddirpStream = ReaddirpStream;
	function readdirp(root, options = {}) {
		let type = options.entryType || options.type;
		if (type === "both") type = exports.EntryTypes.FILE_DIR_TYPE;
		if (type) options.type = type;
		if (!root) throw new Error("readdirp: root argument is required. Usage: readdirp(root, options)");
		else if (typeof root !== "string") throw new TypeError("readdirp: root argument must be a string. Usage: readdirp(root, options)");
		else if (type && !ALL_TYPES.includes(type)) throw new Error(`readdirp: Invalid type passed. Use one of ${ALL_TYPES.join(", ")}`);
		options.root = root;
		return new ReaddirpStream(options);
	}
	function readdirpPromise(root, options = {}) {
		return new Promise((resolve, reject) => {
			const files = [];
			readdirp(root, options).on("data", (entry) => files.push(entry)).on("end", () => resolve(files)).on("error", (error) => reject(error));
		});
	}
	exports.default = readdirp;
}));
// ../../node_modules/.pnpm/chokidar@4.0.3/node_modules/chokidar/handler.js
var require_handler = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.NodeFsHandler = exports.EVENTS = exports.isIBMi = exports.isFreeBSD = exports.isLinux = exports.isMacos = exports.isWindows = exports.IDENTITY_FN = exports.EMPTY_FN = exports.STR_CLOSE = exports.STR_END = exports.STR_DATA = void 0;
	const fs_1 = __require("fs");
	const promises_1 = __require("fs/promises");
	const sysPath = __require("path");
	const os_1 = __require("os");
	exports.STR_DATA = "data";
	exports.STR_END = "end";
	exports.STR_CLOSE = "close";
	const EMPTY_FN = () => {};
	exports.EMPTY_FN = EMPTY_FN;
	const IDENTITY_FN = (val) => val;
	exports.IDENTITY_FN = IDENTITY_FN;
	const pl = process.platform;
	exports.isWindows = pl === "win32";
	exports.isMacos = pl === "darwin";
	exports.isLinux = pl === "linux";
	exports.isFreeBSD = pl === "freebsd";
	exports.isIBMi = (0, os_1.type)() === "OS400";
	exports.EVENTS = {
		ALL: "all",
		READY: "ready",
		ADD: "add",
		CHANGE: "change",
		ADD_DIR: "addDir",
		UNLINK: "unlink",
		UNLINK_DIR: "unlinkDir",
		RAW: "raw",
		ERROR: "error"
	};
	const EV = exports.EVENTS;
	const THROTTLE_MODE_WATCH = "watch";
	const statMethods = {
		lstat: promises_1.lstat,
		stat: promises_1.stat
	};
	const KEY_LISTENERS = "listeners";
	const KEY_ERR = "errHandlers";
	const KEY_RAW = "rawEmitters";
	const HANDLER_KEYS = [
		KEY_LISTENERS,
		KEY_ERR,
		KEY_RAW
	];
	const binaryExtensions = new Set([
		"3dm",
		"3ds",
		"3g2",
		"3gp",
		"7z",
		"a",
		"aac",
		"adp",
		"afdesign",
		"afphoto",
		"afpub",
		"ai",
		"aif",
		"aiff",
		"alz",
		"ape",
		"apk",
		"appimage",
		"ar",
		"arj",
		"asf",
		"au",
		"avi",
		"bak",
		"baml",
		"bh",
		"bin",
		"bk",
		"bmp",
		"btif",
		"bz2",
		"bzip2",
		"cab",
		"caf",
		"cgm",
		"class",
		"cmx",
		"cpio",
		"cr2",
		"cur",
		"dat",
		"dcm",
		"deb",
		"dex",
		"djvu",
		"dll",
		"dmg",
		"dng",
		"doc",
		"docm",
		"docx",
		"dot",
		"dotm",
		"dra",
		"DS_Store",
		"dsk",
		"dts",
		"dtshd",
		"dvb",
		"dwg",
		"dxf",
		"ecelp4800",
		"ecelp7470",
		"ecelp9600",
		"egg",
		"eol",
		"eot",
		"epub",
		"exe",
		"f4v",
		"fbs",
		"fh",
		"fla",
		"flac",
		"flatpak",
		"fli",
		"flv",
		"fpx",
		"fst",
		"fvt",
		"g3",
		"gh",
		"gif",
		"graffle",
		"gz",
		"gzip",
		"h261",
		"h263",
		"h264",
		"icns",
		"ico",
		"ief",
		"img",
		"ipa",
		"iso",
		"jar",
		"jpeg",
		"jpg",
		"jpgv",
		"jpm",
		"jxr",
		"key",
		"ktx",
		"lha",
		"lib",
		"lvp",
		"lz",
		"lzh",
		"lzma",
		"lzo",
		"m3u",
		"m4a",
		"m4v",
		"mar",
		"mdi",
		"mht",
		"mid",
		"midi",
		"mj2",
		"mka",
		"mkv",
		"mmr",
		"mng",
		"mobi",
		"mov",
		"movie",
		"mp3",
		"mp4",
		"mp4a",
		"mpeg",
		"mpg",
		"mpga",
		"mxu",
		"nef",
		"npx",
		"numbers",
		"nupkg",
		"o",
		"odp",
		"ods",
		"odt",
		"oga",
		"ogg",
		"ogv",
		"otf",
		"ott",
		"pages",
		"pbm",
		"pcx",
		"pdb",
		"pdf",
		"pea",
		"pgm",
		"pic",
		"png",
		"pnm",
		"pot",
		"potm",
		"potx",
		"ppa",
		"ppam",
		"ppm",
		"pps",
		"ppsm",
		"ppsx",
		"ppt",
		"pptm",
		"pptx",
		"psd",
		"pya",
		"pyc",
		"pyo",
		"pyv",
		"qt",
		"rar",
		"ras",
		"raw",
		"resources",
		"rgb",
		"rip",
		"rlc",
		"rmf",
		"rmvb",
		"rpm",
		"rtf",
		"rz",
		"s3m",
		"s7z",
		"scpt",
		"sgi",
		"shar",
		"snap",
		"sil",
		"sketch",
		"slk",
		"smv",
		"snk",
		"so",
		"stl",
		"suo",
		"sub",
		"swf",
		"tar",
		"tbz",
		"tbz2",
		"tga",
		"tgz",
		"thmx",
		"tif",
		"tiff",
		"tlz",
		"ttc",
		"ttf",
		"txz",
		"udf",
		"uvh",
		"uvi",
		"uvm",
		"uvp",
		"uvs",
		"uvu",
		"viv",
		"vob",
		"war",
		"wav",
		"wax",
		"wbmp",
		"wdp",
		"weba",
		"webm",
		"webp",
		"whl",
		"wim",
		"wm",
		"wma",
		"wmv",
		"wmx",
		"woff",
		"woff2",
		"wrm",
		"wvx",
		"xbm",
		"xif",
		"xla",
		"xlam",
		"xls",
		"xlsb",
		"xlsm",
		"xlsx",
		"xlt",
		"xltm",
		"xltx",
		"xm",
		"xmind",
		"xpi",
		"xpm",
		"xwd",
		"xz",
		"z",
		"zip",
		"zipx"
	]);
	const isBinaryPath = (filePath) => binaryExtensions.has(sysPath.extname(filePath).slice(1).toLowerCase());
	const foreach = (val, fn) => {
		if (val instanceof Set) val.forEach(fn);
		else fn(val);
	};
	const addAndConvert = (main, prop, item) => {
		let container = main[prop];
		if (!(container instanceof Set)) main[prop] = container = new Set([container]);
		container.add(item);
	};
	const clearItem = (cont) => (key) => {
		const set = cont[key];
		if (set instanceof Set) set.clear();
		else delete cont[key];
	};
	const delFromSet = (main, prop, item) => {
		const container = main[prop];
		if (container instanceof Set) container.delete(item);
		else if (container === item) delete main[prop];
	};
	const isEmptySet = (val) => val instanceof Set ? val.size === 0 : !val;
	const FsWatchInstances = new Map();
	function createFsWatchInstance(path, options, listener, errHandler, emitRaw) {
		const handleEvent = (rawEvent, evPath) => {
			listener(path);
			emitRaw(rawEvent, evPath, { watchedPath: path });
			if (evPath && path !== evPath) fsWatchBroadcast(sysPath.resolve(path, evPath), KEY_LISTENERS, sysPath.join(path, evPath));
		};
		try {
			return (0, fs_1.watch)(path, { persistent: options.persistent }, handleEvent);
		} catch (error) {
			errHandler(error);
			return;
		}
	}
	const fsWatchBroadcast = (fullPath, listenerType, val1, val2, val3) => {
		const cont = FsWatchInstances.get(fullPath);
		if (!cont) return;
		foreach(cont[listenerType], (listener) => {
			listener(val1, val2, val3);
		});
	};
	const setFsWatchListener = (path, fullPath, options, handlers) => {
		const { listener, errHandler, rawEmitter } = handlers;
		let cont = FsWatchInstances.get(fullPath);
		let watcher;
		if (!options.persistent) {
			watcher = createFsWatchInstance(path, options, listener, errHandler, rawEmitter);
			if (!watcher) return;
			return watcher.close.bind(watcher);
		}
		if (cont) {
			addAndConvert(cont, KEY_LISTENERS, listener);
			addAndConvert(cont, KEY_ERR, errHandler);
			addAndConvert(cont, KEY_RAW, rawEmitter);
		} else {
			watcher = createFsWatchInstance(path, options, fsWatchBroadcast.bind(null, fullPath, KEY_LISTENERS), errHandler, fsWatchBroadcast.bind(null, fullPath, KEY_RAW));
			if (!watcher) return;
			watcher.on(EV.ERROR, async (error) => {
				const broadcastErr = fsWatchBroadcast.bind(null, fullPath, KEY_ERR);
				if (cont) cont.watcherUnusable = true;
				if (exports.isWindows && error.code === "EPERM") try {
					await (await (0, promises_1.open)(path, "r")).close();
					broadcastErr(error);
				} catch (err) {}
				else broadcastErr(error);
			});
			cont = {
				listeners: listener,
				errHandlers: errHandler,
				rawEmitters: rawEmitter,
				watcher
			};
			FsWatchInstances.set(fullPath, cont);
		}
		return () => {
			delFromSet(cont, KEY_LISTENERS, listener);
			delFromSet(cont, KEY_ERR, errHandler);
			delFromSet(cont, KEY_RAW, rawEmitter);
			if (isEmptySet(cont.listeners)) {
				cont.watcher.close();
				FsWatchInstances.delete(fullPath);
				HANDLER_KEYS.forEach(clearItem(cont));
				cont.watcher = void 0;
				Object.freeze(cont);
			}
		};
	};
	const FsWatchFileInstances = new Map();
	const setFsWatchFileListener = (path, fullPath, options, handlers) => {
		const { listener, rawEmitter } = handlers;
		let cont = FsWatchFileInstances.get(fullPath);
		const copts = cont && cont.options;
		if (copts && (copts.persistent < options.persistent || copts.interval > options.interval)) {
			(0, fs_1.unwatchFile)(fullPath);
			cont = void 0;
		}
		if (cont) {
			addAndConvert(cont, KEY_LISTENERS, listener);
			addAndConvert(cont, KEY_RAW, rawEmitter);
		} else {
			cont = {
				listeners: listener,
				rawEmitters: rawEmitter,
				options,
				watcher: (0, fs_1.watchFile)(fullPath, options, (curr, prev) => {
					foreach(cont.rawEmitters, (rawEmitter) => {
						rawEmitter(EV.CHANGE, fullPath, {
							curr,
							prev
						});
					});
					const currmtime = curr.mtimeMs;
					if (curr.size !== prev.size || currmtime > prev.mtimeMs || currmtime === 0) foreach(cont.listeners, (listener) => listener(path, curr));
				})
			};
			FsWatchFileInstances.set(fullPath, cont);
		}
		return () => {
			delFromSet(cont, KEY_LISTENERS, listener);
			delFromSet(cont, KEY_RAW, rawEmitter);
			if (isEmptySet(cont.listeners)) {
				FsWatchFileInstances.delete(fullPath);
				(0, fs_1.unwatchFile)(fullPath);
				cont.options = cont.watcher = void 0;
				Object.freeze(cont);
			}
		};
	};
	var NodeFsHandler = class {
		constructor(fsW) {
			this.fsw = fsW;
			this._boundHandleError = (error) => fsW._handleError(error);
		}
		_watchWithNodeFs(path, listener) {
			const opts = this.fsw.options;
			const directory = sysPath.dirname(path);
			const basename = sysPath.basename(path);
			this.fsw._getWatchedDir(directory).add(basename);
			const absolutePath = sysPath.resolve(path);
			const options = { persistent: opts.persistent };
			if (!listener) listener = exports.EMPTY_FN;
			let closer;
			if (opts.usePolling) {
				options.interval = opts.interval !== opts.binaryInterval && isBinaryPath(basename) ? opts.binaryInterval : opts.interval;
				closer = setFsWatchFileListener(path, absolutePath, options, {
					listener,
					rawEmitter: this.fsw._emitRaw
				});
			} else closer = setFsWatchListener(path, absolutePath, options, {
				listener,
				errHandler: this._boundHandleError,
				rawEmitter: this.fsw._emitRaw
			});
			return closer;
		}
		_handleFile(file, stats, initialAdd) {
			if (this.fsw.closed) return;
			const dirname = sysPath.dirname(file);
			const basename = sysPath.basename(file);
			const parent = this.fsw._getWatchedDir(dirname);
			let prevStats = stats;
			if (parent.has(basename)) return;
			const listener = async (path, newStats) => {
				if (!this.fsw._throttle(THROTTLE_MODE_WATCH, file, 5)) return;
				if (!newStats || newStats.mtimeMs === 0) try {
					const newStats = await (0, promises_1.stat)(file);
					if (this.fsw.closed) return;
					const at = newStats.atimeMs;
					const mt = newStats.mtimeMs;
					if (!at || at <= mt || mt !== prevStats.mtimeMs) this.fsw._emit(EV.CHANGE, file, newStats);
					if ((exports.isMacos || exports.isLinux || exports.isFreeBSD) && prevStats.ino !== newStats.ino) {
						this.fsw._closeFile(path);
						prevStats = newStats;
						const closer = this._watchWithNodeFs(file, listener);
						if (closer) this.fsw._addPathCloser(path, closer);
					} else prevStats = newStats;
				} catch (error) {
					this.fsw._remove(dirname, basename);
				}
				else if (parent.has(basename)) {
					const at = newStats.atimeMs;
					const mt = newStats.mtimeMs;
					if (!at || at <= mt || mt !== prevStats.mtimeMs) this.fsw._emit(EV.CHANGE, file, newStats);
					prevStats = newStats;
				}
			};
			const closer = this._watchWithNodeFs(file, listener);
			if (!(initialAdd && this.fsw.options.ignoreInitial) && this.fsw._isntIgnored(file)) {
				if (!this.fsw._throttle(EV.ADD, file, 0)) return;
				this.fsw._emit(EV.ADD, file, stats);
			}
			return closer;
		}
		async _handleSymlink(entry, directory, path, item) {
			if (this.fsw.closed) return;
			const full = entry.fullPath;
			const dir = this.fsw._getWatchedDir(directory);
			if (!this.fsw.options.followSymlinks) {
				this.fsw._incrReadyCount();
				let linkPath;
				try {
					linkPath = await (0, promises_1.realpath)(path);
				} catch (e) {
					this.fsw._emitReady();
					return true;
				}
				if (this.fsw.closed) return;
				if (dir.has(item)) {
					if (this.fsw._symlinkPaths.get(full) !== linkPath) {
						this.fsw._symlinkPaths.set(full, linkPath);
						this.fsw._emit(EV.CHANGE, path, entry.stats);
					}
				} else {
					dir.add(item);
					this.fsw._symlinkPaths.set(full, linkPath);
					this.fsw._emit(EV.ADD, path, entry.stats);
				}
				this.fsw._emitReady();
				return true;
			}
			if (this.fsw._symlinkPaths.has(full)) return true;
			this.fsw._symlinkPaths.set(full, true);
		}
		_handleRead(directory, initialAdd, wh, target, dir, depth, throttler) {
			directory = sysPath.join(directory, "");
			throttler = this.fsw._throttle("readdir", directory, 1e3);
			if (!throttler) return;
			const previous = this.fsw._getWatchedDir(wh.path);
			const current = new Set();
			let stream = this.fsw._readdirp(directory, {
				fileFilter: (entry) => wh.filterPath(entry),
				directoryFilter: (entry) => wh.filterDir(entry)
			});
			if (!stream) return;
			stream.on(exports.STR_DATA, async (entry) => {
				if (this.fsw.closed) {
					stream = void 0;
					return;
				}
				const item = entry.path;
				let path = sysPath.join(directory, item);
				current.add(item);
				if (entry.stats.isSymbolicLink() && await this._handleSymlink(entry, directory, path, item)) return;
				if (this.fsw.closed) {
					stream = void 0;
					return;
				}
				if (item === target || !target && !previous.has(item)) {
					this.fsw._incrReadyCount();
					path = sysPath.join(dir, sysPath.relative(dir, path));
					this._addToNodeFs(path, initialAdd, wh, depth + 1);
				}
			}).on(EV.ERROR, this._boundHandleError);
			return new Promise((resolve, reject) => {
				if (!stream) return reject();
				stream.once(exports.STR_END, () => {
					if (this.fsw.closed) {
						stream = void 0;
						return;
					}
					const wasThrottled = throttler ? throttler.clear() : false;
					resolve(void 0);
					previous.getChildren().filter((item) => {
						return item !== directory && !current.has(item);
					}).forEach((item) => {
						this.fsw._remove(directory, item);
					});
					stream = void 0;
					if (wasThrottled) this._handleRead(directory, false, wh, target, dir, depth, throttler);
				});
			});
		}
		async _handleDir(dir, stats, initialAdd, depth, target, wh, realpath) {
			const parentDir = this.fsw._getWatchedDir(sysPath.dirname(dir));
			const tracked = parentDir.has(sysPath.basename(dir));
			if (!(initialAdd && this.fsw.options.ignoreInitial) && !target && !tracked) this.fsw._emit(EV.ADD_DIR, dir, stats);
			parentDir.add(sysPath.basename(dir));
			this.fsw._getWatchedDir(dir);
			let throttler;
			let closer;
			const oDepth = this.fsw.options.depth;
			if ((oDepth == null || depth <= oDepth) && !this.fsw._symlinkPaths.has(realpath)) {
				if (!target) {
					await this._handleRead(dir, initialAdd, wh, target, dir, depth, throttler);
					if (this.fsw.closed) return;
				}
				closer = this._watchWithNodeFs(dir, (dirPath, stats) => {
					if (stats && stats.mtimeMs === 0) return;
					this._handleRead(dirPath, false, wh, target, dir, depth, throttler);
				});
			}
			return closer;
		}
		async _addToNodeFs(path, initialAdd, priorWh, depth, target) {
			const ready = this.fsw._emitReady;
			if (this.fsw._isIgnored(path) || this.fsw.closed) {
				ready();
				return false;
			}
			const wh = this.fsw._getWatchHelpers(path);
			if (priorWh) {
				wh.filterPath = (entry) => priorWh.filterPath(entry);
				wh.filterDir = (entry) => priorWh.filterDir(entry);
			}
			try {
				const stats = await statMethods[wh.statMethod](wh.watchPath);
				if (this.fsw.closed) return;
				if (this.fsw._isIgnored(wh.watchPath, stats)) {
					ready();
					return false;
				}
				const follow = this.fsw.options.followSymlinks;
				let closer;
				if (stats.isDirectory()) {
					const absPath = sysPath.resolve(path);
					const targetPath = follow ? await (0, promises_1.realpath)(path) : path;
					if (this.fsw.closed) return;
					closer = await this._handleDir(wh.watchPath, stats, initialAdd, depth, target, wh, targetPath);
					if (this.fsw.closed) return;
					if (absPath !== targetPath && targetPath !== void 0) this.fsw._symlinkPaths.set(absPath, targetPath);
				} else if (stats.isSymbolicLink()) {
					const targetPath = follow ? await (0, promises_1.realpath)(path) : path;
					if (this.fsw.closed) return;
					const parent = sysPath.dirname(wh.watchPath);
					this.fsw._getWatchedDir(parent).add(wh.watchPath);
					this.fsw._emit(EV.ADD, wh.watchPath, stats);
					closer = await this._handleDir(parent, stats, initialAdd, depth, path, wh, targetPath);
					if (this.fsw.closed) return;
					if (targetPath !== void 0) this.fsw._symlinkPaths.set(sysPath.resolve(path), targetPath);
				} else closer = this._handleFile(wh.watchPath, stats, initialAdd);
				ready();
				if (closer) this.fsw._addPathCloser(path, closer);
				return false;
			} catch (error) {
				if (this.fsw._handleError(error)) {
					ready();
					return path;
				}
			}
		}
	};
	exports.NodeFsHandler = NodeFsHandler;
}));
// ../../node_modules/.pnpm/chokidar@4.0.3/node_modules/chokidar/index.js
var require_chokidar = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.FSWatcher = exports.WatchHelper = void 0;
	exports.watch = watch;
	const fs_1 = __require("fs");
	const promises_1 = __require("fs/promises");
	const events_1 = __require("events");
	const sysPath = __require("path");
	const readdirp_1 = require_readdirp();
	const handler_js_1 = require_handler();
	const SLASH = "/";
	const SLASH_SLASH = "//";
	const ONE_DOT = ".";
	const TWO_DOTS = "..";
	const STRING_TYPE = "string";
	const BACK_SLASH_RE = /\\/g;
	const DOUBLE_SLASH_RE = /\/\//;
	const DOT_RE = /\..*\.(sw[px])$|~$|\.subl.*\.tmp/;
	const REPLACER_RE = /^\.[/\\]/;
	function arrify(item) {
		return Array.isArray(item) ? item : [item];
	}
	const isMatcherObject = (matcher) => typeof matcher === "object" && matcher !== null && !(matcher instanceof RegExp);
	function createPattern(matcher) {
		if (typeof matcher === "function") return matcher;
		if (typeof matcher === "string") return (string) => matcher === string;
		if (matcher instanceof RegExp) return (string) => matcher.test(string);
		if (typeof matcher === "object" && matcher !== null) return (string) => {
			if (matcher.path === string) return true;
			if (matcher.recursive) {
				const relative = sysPath.relative(matcher.path, string);
				if (!relative) return false;
				return !relative.startsWith("..") && !sysPath.isAbsolute(relative);
			}
			return false;
		};
		return () => false;
	}
	function normalizePath(path) {
		if (typeof path !== "string") throw new Error("string expected");
		path = sysPath.normalize(path);
		path = path.replace(/\\/g, "/");
		let prepend = false;
		if (path.startsWith("//")) prepend = true;
		const DOUBLE_SLASH_RE = /\/\//;
		while (path.match(DOUBLE_SLASH_RE)) path = path.replace(DOUBLE_SLASH_RE, "/");
		if (prepend) path = "/" + path;
		return path;
	}
	function matchPatterns(patterns, testString, stats) {
		const path = normalizePath(testString);
		for (let index = 0; index < patterns.length; index++) {
			const pattern = patterns[index];
			if (pattern(path, stats)) return true;
		}
		return false;
	}
	function anymatch(matchers, testString) {
		if (matchers == null) throw new TypeError("anymatch: specify first argument");
		const patterns = arrify(matchers).map((matcher) => createPattern(matcher));
		if (testString == null) return (testString, stats) => {
			return matchPatterns(patterns, testString, stats);
		};
		return matchPatterns(patterns, testString);
	}
	const unifyPaths = (paths_) => {
		const paths = arrify(paths_).flat();
		if (!paths.every((p) => typeof p === STRING_TYPE)) throw new TypeError(`Non-string provided as watch path: ${paths}`);
		return paths.map(normalizePathToUnix);
	};
	const toUnix = (string) => {
		let str = string.replace(BACK_SLASH_RE, SLASH);
		let prepend = false;
		if (str.startsWith(SLASH_SLASH)) prepend = true;
		while (str.match(DOUBLE_SLASH_RE)) str = str.replace(DOUBLE_SLASH_RE, SLASH);
		if (prepend) str = SLASH + str;
		return str;
	};
	const normalizePathToUnix = (path) => toUnix(sysPath.normalize(toUnix(path)));
	const normalizeIgnored = (cwd = "") => (path) => {
		if (typeof path === "string") return normalizePathToUnix(sysPath.isAbsolute(path) ? path : sysPath.join(cwd, path));
		else return path;
	};
	const getAbsolutePath = (path, cwd) => {
		if (sysPath.isAbsolute(path)) return path;
		return sysPath.join(cwd, path);
	};
	const EMPTY_SET = Object.freeze(new Set());
	var DirEntry = class {
		constructor(dir, removeWatcher) {
			this.path = dir;
			this._removeWatcher = removeWatcher;
			this.items = new Set();
		}
		add(item) {
			const { items } = this;
			if (!items) return;
			if (item !== ONE_DOT && item !== TWO_DOTS) items.add(item);
		}
		async remove(item) {
			const { items } = this;
			if (!items) return;
			items.delete(item);
			if (items.size > 0) return;
			const dir = this.path;
			try {
				await (0, promises_1.readdir)(dir);
			} catch (err) {
				if (this._removeWatcher) this._removeWatcher(sysPath.dirname(dir), sysPath.basename(dir));
			}
		}
		has(item) {
			const { items } = this;
			if (!items) return;
			return items.has(item);
		}
		getChildren() {
			const { items } = this;
			if (!items) return [];
			return [...items.values()];
		}
		dispose() {
			this.items.clear();
			this.path = "";
			this._removeWatcher = handler_js_1.EMPTY_FN;
			this.items = EMPTY_SET;
			Object.freeze(this);
		}
	};
	const STAT_METHOD_F = "stat";
	const STAT_METHOD_L = "lstat";
	var WatchHelper = class {
		constructor(path, follow, fsw) {
			this.fsw = fsw;
			const watchPath = path;
			this.path = path = path.replace(REPLACER_RE, "");
			this.watchPath = watchPath;
			this.fullWatchPath = sysPath.resolve(watchPath);
			this.dirParts = [];
			this.dirParts.forEach((parts) => {
				if (parts.length > 1) parts.pop();
			});
			this.followSymlinks = follow;
			this.statMethod = follow ? STAT_METHOD_F : STAT_METHOD_L;
		}
		entryPath(entry) {
			return sysPath.join(this.watchPath, sysPath.relative(this.watchPath, entry.fullPath));
		}
		filterPath(entry) {
			const { stats } = entry;
			if (stats && stats.isSymbolicLink()) return this.filterDir(entry);
			const resolvedPath = this.entryPath(entry);
			return this.fsw._isntIgnored(resolvedPath, stats) && this.fsw._hasReadPermissions(stats);
		}
		filterDir(entry) {
			return this.fsw._isntIgnored(this.entryPath(entry), entry.stats);
		}
	};
	exports.WatchHelper = WatchHelper;
	var FSWatcher = class extends events_1.EventEmitter {
		constructor(_opts = {}) {
			super();
			this.closed = false;
			this._closers = new Map();
			this._ignoredPaths = new Set();
			this._throttled = new Map();
			this._streams = new Set();
			this._symlinkPaths = new Map();
			this._watched = new Map();
			this._pendingWrites = new Map();
			this._pendingUnlinks = new Map();
			this._readyCount = 0;
			this._readyEmitted = false;
			const awf = _opts.awaitWriteFinish;
			const DEF_AWF = {
				stabilityThreshold: 2e3,
				pollInterval: 100
			};
			const opts = {
				persistent: true,
				ignoreInitial: false,
				ignorePermissionErrors: false,
				interval: 100,
				binaryInterval: 300,
				followSymlinks: true,
				usePolling: false,
				atomic: true,
				..._opts,
				ignored: _opts.ignored ? arrify(_opts.ignored) : arrify([]),
				awaitWriteFinish: awf === true ? DEF_AWF : typeof awf === "object" ? {
					...DEF_AWF,
					...awf
				} : false
			};
			if (handler_js_1.isIBMi) opts.usePolling = true;
			if (opts.atomic === void 0) opts.atomic = !opts.usePolling;
			const envPoll = process.env.CHOKIDAR_USEPOLLING;
			if (envPoll !== void 0) {
				const envLower = envPoll.toLowerCase();
				if (envLower === "false" || envLower === "0") opts.usePolling = false;
				else if (envLower === "true" || envLower === "1") opts.usePolling = true;
				else opts.usePolling = !!envLower;
			}
			const envInterval = process.env.CHOKIDAR_INTERVAL;
			if (envInterval) opts.interval = Number.parseInt(envInterval, 10);
			let readyCalls = 0;
			this._emitReady = () => {
				readyCalls++;
				if (readyCalls >= this._readyCount) {
					this._emitReady = handler_js_1.EMPTY_FN;
					this._readyEmitted = true;
					process.nextTick(() => this.emit(handler_js_1.EVENTS.READY));
				}
			};
			this._emitRaw = (...args) => this.emit(handler_js_1.EVENTS.RAW, ...args);
			this._boundRemove = this._remove.bind(this);
			this.options = opts;
			this._nodeFsHandler = new handler_js_1.NodeFsHandler(this);
			Object.freeze(opts);
		}
		_addIgnoredPath(matcher) {
			if (isMatcherObject(matcher)) {
				for (const ignored of this._ignoredPaths) if (isMatcherObject(ignored) && ignored.path === matcher.path && ignored.recursive === matcher.recursive) return;
			}
			this._ignoredPaths.add(matcher);
		}
		_removeIgnoredPath(matcher) {
			this._ignoredPaths.delete(matcher);
			if (typeof matcher === "string") {
				for (const ignored of this._ignoredPaths) if (isMatcherObject(ignored) && ignored.path === matcher) this._ignoredPaths.delete(ignored);
			}
		}
		add(paths_, _origAdd, _internal) {
			const { cwd } = this.options;
			this.closed = false;
			this._closePromise = void 0;
			let paths = unifyPaths(paths_);
			if (cwd) paths = paths.map((path) => {
				return getAbsolutePath(path, cwd);
			});
			paths.forEach((path) => {
				this._removeIgnoredPath(path);
			});
			this._userIgnored = void 0;
			if (!this._readyCount) this._readyCount = 0;
			this._readyCount += paths.length;
			Promise.all(paths.map(async (path) => {
				const res = await this._nodeFsHandler._addToNodeFs(path, !_internal, void 0, 0, _origAdd);
				if (res) this._emitReady();
				return res;
			})).then((results) => {
				if (this.closed) return;
				results.forEach((item) => {
					if (item) this.add(sysPath.dirname(item), sysPath.basename(_origAdd || item));
				});
			});
			return this;
		}
		unwatch(paths_) {
			if (this.closed) return this;
			const paths = unifyPaths(paths_);
			const { cwd } = this.options;
			paths.forEach((path) => {
				if (!sysPath.isAbsolute(path) && !this._closers.has(path)) {
					if (cwd) path = sysPath.join(cwd, path);
					path = sysPath.resolve(path);
				}
				this._closePath(path);
				this._addIgnoredPath(path);
				if (this._watched.has(path)) this._addIgnoredPath({
					path,
					recursive: true
				});
				this._userIgnored = void 0;
			});
			return this;
		}
		close() {
			if (this._closePromise) return this._closePromise;
			this.closed = true;
			this.removeAllListeners();
			const closers = [];
			this._closers.forEach((closerList) => closerList.forEach((closer) => {
				const promise = closer();
				if (promise instanceof Promise) closers.push(promise);
			}));
			this._streams.forEach((stream) => stream.destroy());
			this._userIgnored = void 0;
			this._readyCount = 0;
			this._readyEmitted = false;
			this._watched.forEach((dirent) => dirent.dispose());
			this._closers.clear();
			this._watched.clear();
			this._streams.clear();
			this._symlinkPaths.clear();
			this._throttled.clear();
			this._closePromise = closers.length ? Promise.all(closers).then(() => void 0) : Promise.resolve();
			return this._closePromise;
		}
		getWatched() {
			const watchList = {};
			this._watched.forEach((entry, dir) => {
				const index = (this.options.cwd ? sysPath.relative(this.options.cwd, dir) : dir) || ONE_DOT;
				watchList[index] = entry.getChildren().sort();
			});
			return watchList;
		}
		emitWithAll(event, args) {
			this.emit(event, ...args);
			if (event !== handler_js_1.EVENTS.ERROR) this.emit(handler_js_1.EVENTS.ALL, event, ...args);
		}
		async _emit(event, path, stats) {
			if (this.closed) return;
			const opts = this.options;
			if (handler_js_1.isWindows) path = sysPath.normalize(path);
			if (opts.cwd) path = sysPath.relative(opts.cwd, path);
			const args = [path];
			if (stats != null) args.push(stats);
			const awf = opts.awaitWriteFinish;
			let pw;
			if (awf && (pw = this._pendingWrites.get(path))) {
				pw.lastChange = new Date();
				return this;
			}
			if (opts.atomic) {
				if (event === handler_js_1.EVENTS.UNLINK) {
					this._pendingUnlinks.set(path, [event, ...args]);
					setTimeout(() => {
						this._pendingUnlinks.forEach((entry, path) => {
							this.emit(...entry);
							this.emit(handler_js_1.EVENTS.ALL, ...entry);
							this._pendingUnlinks.delete(path);
						});
					}, typeof opts.atomic === "number" ? opts.atomic : 100);
					return this;
				}
				if (event === handler_js_1.EVENTS.ADD && this._pendingUnlinks.has(path)) {
					event = handler_js_1.EVENTS.CHANGE;
					this._pendingUnlinks.delete(path);
				}
			}
			if (awf && (event === handler_js_1.EVENTS.ADD || event === handler_js_1.EVENTS.CHANGE) && this._readyEmitted) {
				const awfEmit = (err, stats) => {
					if (err) {
						event = handler_js_1.EVENTS.ERROR;
						args[0] = err;
						this.emitWithAll(event, args);
					} else if (stats) {
						if (args.length > 1) args[1] = stats;
						else args.push(stats);
						this.emitWithAll(event, args);
					}
				};
				this._awaitWriteFinish(path, awf.stabilityThreshold, event, awfEmit);
				return this;
			}
			if (event === handler_js_1.EVENTS.CHANGE) {
				if (!this._throttle(handler_js_1.EVENTS.CHANGE, path, 50)) return this;
			}
			if (opts.alwaysStat && stats === void 0 && (event === handler_js_1.EVENTS.ADD || event === handler_js_1.EVENTS.ADD_DIR || event === handler_js_1.EVENTS.CHANGE)) {
				const fullPath = opts.cwd ? sysPath.join(opts.cwd, path) : path;
				let stats;
				try {
					stats = await (0, promises_1.stat)(fullPath);
				} catch (err) {}
				if (!stats || this.closed) return;
				args.push(stats);
			}
			this.emitWithAll(event, args);
			return this;
		}
		_handleError(error) {
			const code = error && error.code;
			if (error && code !== "ENOENT" && code !== "ENOTDIR" && (!this.options.ignorePermissionErrors || code !== "EPERM" && code !== "EACCES")) this.emit(handler_js_1.EVENTS.ERROR, error);
			return error || this.closed;
		}
		_throttle(actionType, path, timeout) {
			if (!this._throttled.has(actionType)) this._throttled.set(actionType, new Map());
			const action = this._throttled.get(actionType);
			if (!action) throw new Error("invalid throttle");
			const actionPath = action.get(path);
			if (actionPath) {
				actionPath.count++;
				return false;
			}
			let timeoutObject;
			const clear = () => {
				const item = action.get(path);
				const count = item ? item.count : 0;
				action.delete(path);
				clearTimeout(timeoutObject);
				if (item) clearTimeout(item.timeoutObject);
				return count;
			};
			timeoutObject = setTimeout(clear, timeout);
			const thr = {
				timeoutObject,
				clear,
				count: 0
			};
			action.set(path, thr);
			return thr;
		}
		_incrReadyCount() {
			return this._readyCount++;
		}
		_awaitWriteFinish(path, threshold, event, awfEmit) {
			const awf = this.options.awaitWriteFinish;
			if (typeof awf !== "object") return;
			const pollInterval = awf.pollInterval;
			let timeoutHandler;
			let fullPath = path;
			if (this.options.cwd && !sysPath.isAbsolute(path)) fullPath = sysPath.join(this.options.cwd, path);
			const now = new Date();
			const writes = this._pendingWrites;
			function awaitWriteFinishFn(prevStat) {
				(0, fs_1.stat)(fullPath, (err, curStat) => {
					if (err || !writes.has(path)) {
						if (err && err.code !== "ENOENT") awfEmit(err);
						return;
					}
					const now = Number(new Date());
					if (prevStat && curStat.size !== prevStat.size) writes.get(path).lastChange = now;
					if (now - writes.get(path).lastChange >= threshold) {
						writes.delete(path);
						awfEmit(void 0, curStat);
					} else timeoutHandler = setTimeout(awaitWriteFinishFn, pollInterval, curStat);
				});
			}
			if (!writes.has(path)) {
				writes.set(path, {
					lastChange: now,
					cancelWait: () => {
						writes.delete(path);
						clearTimeout(timeoutHandler);
						return event;
					}
				});
				timeoutHandler = setTimeout(awaitWriteFinishFn, pollInterval);
			}
		}
		_isIgnored(path, stats) {
			if (this.options.atomic && DOT_RE.test(path)) return true;
			if (!this._userIgnored) {
				const { cwd } = this.options;
				const ignored = (this.options.ignored || []).map(normalizeIgnored(cwd));
				const list = [...[...this._ignoredPaths].map(normalizeIgnored(cwd)), ...ignored];
				this._userIgnored = anymatch(list, void 0);
			}
			return this._userIgnored(path, stats);
		}
		_isntIgnored(path, stat) {
			return !this._isIgnored(path, stat);
		}
		_getWatchHelpers(path) {
			return new WatchHelper(path, this.options.followSymlinks, this);
		}
		_getWatchedDir(directory) {
			const dir = sysPath.resolve(directory);
			if (!this._watched.has(dir)) this._watched.set(dir, new DirEntry(dir, this._boundRemove));
			return this._watched.get(dir);
		}
		_hasReadPermissions(stats) {
			if (this.options.ignorePermissionErrors) return true;
			return Boolean(Number(stats.mode) & 256);
		}
		_remove(directory, item, isDirectory) {
			const path = sysPath.join(directory, item);
			const fullPath = sysPath.resolve(path);
			isDirectory = isDirectory != null ? isDirectory : this._watched.has(path) || this._watched.has(fullPath);
			if (!this._throttle("remove", path, 100)) return;
			if (!isDirectory && this._watched.size === 1) this.add(directory, item, true);
			this._getWatchedDir(path).getChildren().forEach((nested) => this._remove(path, nested));
			const parent = this._getWatchedDir(directory);
			const wasTracked = parent.has(item);
			parent.remove(item);
			if (this._symlinkPaths.has(fullPath)) this._symlinkPaths.delete(fullPath);
			let relPath = path;
			if (this.options.cwd) relPath = sysPath.relative(this.options.cwd, path);
			if (this.options.awaitWriteFinish && this._pendingWrites.has(relPath)) {
				if (this._pendingWrites.get(relPath).cancelWait() === handler_js_1.EVENTS.ADD) return;
			}
			this._watched.delete(path);
			this._watched.delete(fullPath);
			const eventName = isDirectory ? handler_js_1.EVENTS.UNLINK_DIR : handler_js_1.EVENTS.UNLINK;
			if (wasTracked && !this._isIgnored(path)) this._emit(eventName, path);
			this._closePath(path);
		}
		_closePath(path) {
			this._closeFile(path);
			const dir = sysPath.dirname(path);
			this._getWatchedDir(dir).remove(sysPath.basename(path));
		}
		_closeFile(path) {
			const closers = this._closers.get(path);
			if (!closers) return;
			closers.forEach((closer) => closer());
			this._closers.delete(path);
		}
		_addPathCloser(path, closer) {
			if (!closer) return;
			let list = this._closers.get(path);
			if (!list) {
				list = [];
				this._closers.set(path, list);
			}
			list.push(closer);
		}
		_readdirp(root, opts) {
			if (this.closed) return;
			const options = {
				type: handler_js_1.EVENTS.ALL,
				alwaysStat: true,
				lstat: true,
				...opts,
				depth: 0
			};
			let stream = (0, readdirp_1.readdirp)(root, options);
			this._streams.add(stream);
			stream.once(handler_js_1.STR_CLOSE, () => {
				stream = void 0;
			});
			stream.once(handler_js_1.STR_END, () => {
				if (stream) {
					this._streams.delete(stream);
					stream = void 0;
				}
			});
			return stream;
		}
	};
	exports.FSWatcher = FSWatcher;
	function watch(paths, options = {}) {
		const watcher = new FSWatcher(options);
		watcher.add(paths);
		return watcher;
	}
	exports.default = {
		watch,
		FSWatcher
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/node-loaders.js
var require_node_loaders = __commonJSMin(((exports, module) => {
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var fs = __require("fs");
	var path = __require("path");
	var Loader = require_loader();
	var PrecompiledLoader = require_precompiled_loader().PrecompiledLoader;
	var chokidar;
	module.exports = {
		FileSystemLoader: function(_Loader) {
			_inheritsLoose(FileSystemLoader, _Loader);
			function FileSystemLoader(searchPaths, opts) {
				var _this = _Loader.call(this) || this;
				if (typeof opts === "boolean") console.log("[nunjucks] Warning: you passed a boolean as the second argument to FileSystemLoader, but it now takes an options object. See http://mozilla.github.io/nunjucks/api.html#filesystemloader");
				opts = opts || {};
				_this.pathsToNames = {};
				_this.noCache = !!opts.noCache;
				if (searchPaths) {
					searchPaths = Array.isArray(searchPaths) ? searchPaths : [searchPaths];
					_this.searchPaths = searchPaths.map(path.normalize);
				} else _this.searchPaths = ["."];
				if (opts.watch) {
					try {
						chokidar = require_chokidar();
					} catch (e) {
						throw new Error("watch requires chokidar to be installed");
					}
					var paths = _this.searchPaths.filter(fs.existsSync);
					var watcher = chokidar.watch(paths);
					watcher.on("all", function(event, fullname) {
						fullname = path.resolve(fullname);
						if (event === "change" && fullname in _this.pathsToNames) _this.emit("update", _this.pathsToNames[fullname], fullname);
					});
					watcher.on("error", function(error) {
						console.log("Watcher error: " + error);
					});
				}
				return _this;
			}
			var _proto = FileSystemLoader.prototype;
			_proto.getSource = function getSource(name) {
				var fullpath = null;
				var paths = this.searchPaths;
				for (var i = 0; i < paths.length; i++) {
					var basePath = path.resolve(paths[i]);
					var p = path.resolve(paths[i], name);
					if (p.indexOf(basePath) === 0 && fs.existsSync(p)) {
						fullpath = p;
						break;
					}
				}
				if (!fullpath) return null;
				this.pathsToNames[fullpath] = name;
				var source = {
					src: fs.readFileSync(fullpath, "utf-8"),
					path: fullpath,
					noCache: this.noCache
				};
				this.emit("load", name, source);
				return source;
			};
			return FileSystemLoader;
		}(Loader),
		PrecompiledLoader,
		NodeResolveLoader: function(_Loader2) {
			_inheritsLoose(NodeResolveLoader, _Loader2);
			function NodeResolveLoader(opts) {
				var _this2 = _Loader2.call(this) || this;
				opts = opts || {};
				_this2.pathsToNames = {};
				_this2.noCache = !!opts.noCache;
				if (opts.watch) {
					try {
						chokidar = require_chokidar();
					} catch (e) {
						throw new Error("watch requires chokidar to be installed");
					}
					_this2.watcher = chokidar.watch();
					_this2.watcher.on("change", function(fullname) {
						_this2.emit("update", _this2.pathsToNames[fullname], fullname);
					});
					_this2.watcher.on("error", function(error) {
						console.log("Watcher error: " + error);
					});
					_this2.on("load", function(name, source) {
						_this2.watcher.add(source.path);
					});
				}
				return _this2;
			}
			var _proto2 = NodeResolveLoader.prototype;
			_proto2.getSource = function getSource(name) {
				if (/^\.?\.?(\/|\\)/.test(name)) return null;
				if (/^[A-Z]:/.test(name)) return null;
				var fullpath;
				try {
					fullpath = __require.resolve(name);
				} catch (e) {
					return null;
				}
				this.pathsToNames[fullpath] = name;
				var source = {
					src: fs.readFileSync(fullpath, "utf-8"),
					path: fullpath,
					noCache: this.noCache
				};
				this.emit("load", name, source);
				return source;
			};
			return NodeResolveLoader;
		}(Loader)
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/loaders.js
var require_loaders = __commonJSMin(((exports, module) => {
	module.exports = require_node_loaders();
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/tests.js
var require_tests = __commonJSMin(((exports) => {
	var SafeString = require_runtime().SafeString;
	function callable(value) {
		return typeof value === "function";
	}
	exports.callable = callable;
	function defined(value) {
		return value !== void 0;
	}
	exports.defined = defined;
	function divisibleby(one, two) {
		return one % two === 0;
	}
	exports.divisibleby = divisibleby;
	function escaped(value) {
		return value instanceof SafeString;
	}
	exports.escaped = escaped;
	function equalto(one, two) {
		return one === two;
	}
	exports.equalto = equalto;
	exports.eq = exports.equalto;
	exports.sameas = exports.equalto;
	function even(value) {
		return value % 2 === 0;
	}
	exports.even = even;
	function falsy(value) {
		return !value;
	}
	exports.falsy = falsy;
	function ge(one, two) {
		return one >= two;
	}
	exports.ge = ge;
	function greaterthan(one, two) {
		return one > two;
	}
	exports.greaterthan = greaterthan;
	exports.gt = exports.greaterthan;
	function le(one, two) {
		return one <= two;
	}
	exports.le = le;
	function lessthan(one, two) {
		return one < two;
	}
	exports.lessthan = lessthan;
	exports.lt = exports.lessthan;
	function lower(value) {
		return value.toLowerCase() === value;
	}
	exports.lower = lower;
	function ne(one, two) {
		return one !== two;
	}
	exports.ne = ne;
	function nullTest(value) {
		return value === null;
	}
	exports.null = nullTest;
	function number(value) {
		return typeof value === "number";
	}
	exports.number = number;
	function odd(value) {
		return value % 2 === 1;
	}
	exports.odd = odd;
	function string(value) {
		return typeof value === "string";
	}
	exports.string = string;
	function truthy(value) {
		return !!value;
	}
	exports.truthy = truthy;
	function undefinedTest(value) {
		return value === void 0;
	}
	exports.undefined = undefinedTest;
	function upper(value) {
		return value.toUpperCase() === value;
	}
	exports.upper = upper;
	function iterable(value) {
		if (typeof Symbol !== "undefined") return !!value[Symbol.iterator];
		else return Array.isArray(value) || typeof value === "string";
	}
	exports.iterable = iterable;
	function mapping(value) {
		var bool = value !== null && value !== void 0 && typeof value === "object" && !Array.isArray(value);
		if (Set) return bool && !(value instanceof Set);
		else return bool;
	}
	exports.mapping = mapping;
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/globals.js
var require_globals = __commonJSMin(((exports, module) => {
	function _cycler(items) {
		var index = -1;
		return {
			current: null,
			reset: function reset() {
				index = -1;
				this.current = null;
			},
			next: function next() {
				index++;
				if (index >= items.length) index = 0;
				this.current = items[index];
				return this.current;
			}
		};
	}
	function _joiner(sep) {
		sep = sep || ",";
		var first = true;
		return function() {
			var val = first ? "" : sep;
			first = false;
			return val;
		};
	}
	function globals() {
		return {
			range: function range(start, stop, step) {
				if (typeof stop === "undefined") {
					stop = start;
					start = 0;
					step = 1;
				} else if (!step) step = 1;
				var arr = [];
				if (step > 0) for (var i = start; i < stop; i += step) arr.push(i);
				else for (var _i = start; _i > stop; _i += step) arr.push(_i);
				return arr;
			},
			cycler: function cycler() {
				return _cycler(Array.prototype.slice.call(arguments));
			},
			joiner: function joiner(sep) {
				return _joiner(sep);
			}
		};
	}
	module.exports = globals;
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/express-app.js
var require_express_app = __commonJSMin(((exports, module) => {
	var path = __require("path");
	module.exports = function express(env, app) {
		function NunjucksView(name, opts) {
			this.name = name;
			this.path = name;
			this.defaultEngine = opts.defaultEngine;
			this.ext = path.extname(name);
			if (!this.ext && !this.defaultEngine) throw new Error("No default engine was specified and no extension was provided.");
			if (!this.ext) this.name += this.ext = (this.defaultEngine[0] !== "." ? "." : "") + this.defaultEngine;
		}
		NunjucksView.prototype.render = function render(opts, cb) {
			env.render(this.name, opts, cb);
		};
		app.set("view", NunjucksView);
		app.set("nunjucksEnv", env);
		return env;
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/environment.js
var require_environment = __commonJSMin(((exports, module) => {
	function _inheritsLoose(subClass, superClass) {
		subClass.prototype = Object.create(superClass.prototype);
		subClass.prototype.constructor = subClass;
		_setPrototypeOf(subClass, superClass);
	}
	function _setPrototypeOf(o, p) {
		_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
			o.__proto__ = p;
			return o;
		};
		return _setPrototypeOf(o, p);
	}
	var asap = require_asap();
	var _waterfall = require_a_sync_waterfall();
	var lib = require_lib();
	var compiler = require_compiler();
	var filters = require_filters();
	var _require = require_loaders();
	var FileSystemLoader = _require.FileSystemLoader;
	var WebLoader = _require.WebLoader;
	var PrecompiledLoader = _require.PrecompiledLoader;
	var tests = require_tests();
	var globals = require_globals();
	var _require2 = require_object();
	var Obj = _require2.Obj;
	var EmitterObj = _require2.EmitterObj;
	var globalRuntime = require_runtime();
	var handleError = globalRuntime.handleError;
	var Frame = globalRuntime.Frame;
	var expressApp = require_express_app();
	function callbackAsap(cb, err, res) {
		asap(function() {
			cb(err, res);
		});
	}
	var noopTmplSrc = {
		type: "code",
		obj: { root: function root(env, context, frame, runtime, cb) {
			try {
				cb(null, "");
			} catch (e) {
				cb(handleError(e, null, null));
			}
		} }
	};
	var Environment = function(_EmitterObj) {
		_inheritsLoose(Environment, _EmitterObj);
		function Environment() {
			return _EmitterObj.apply(this, arguments) || this;
		}
		var _proto = Environment.prototype;
		_proto.init = function init(loaders, opts) {
			var _this = this;
			opts = this.opts = opts || {};
			this.opts.dev = !!opts.dev;
			this.opts.autoescape = opts.autoescape != null ? opts.autoescape : true;
			this.opts.throwOnUndefined = !!opts.throwOnUndefined;
			this.opts.trimBlocks = !!opts.trimBlocks;
			this.opts.lstripBlocks = !!opts.lstripBlocks;
			this.loaders = [];
			if (!loaders) {
				if (FileSystemLoader) this.loaders = [new FileSystemLoader("views")];
				else if (WebLoader) this.loaders = [new WebLoader("/views")];
			} else this.loaders = lib.isArray(loaders) ? loaders : [loaders];
			if (typeof window !== "undefined" && window.nunjucksPrecompiled) this.loaders.unshift(new PrecompiledLoader(window.nunjucksPrecompiled));
			this._initLoaders();
			this.globals = globals();
			this.filters = {};
			this.tests = {};
			this.asyncFilters = [];
			this.extensions = {};
			this.extensionsList = [];
			lib._entries(filters).forEach(function(_ref) {
				var name = _ref[0], filter = _ref[1];
				return _this.addFilter(name, filter);
			});
			lib._entries(tests).forEach(function(_ref2) {
				var name = _ref2[0], test = _ref2[1];
				return _this.addTest(name, test);
			});
		};
		_proto._initLoaders = function _initLoaders() {
			var _this2 = this;
			this.loaders.forEach(function(loader) {
				loader.cache = {};
				if (typeof loader.on === "function") {
					loader.on("update", function(name, fullname) {
						loader.cache[name] = null;
						_this2.emit("update", name, fullname, loader);
					});
					loader.on("load", function(name, source) {
						_this2.emit("load", name, source, loader);
					});
				}
			});
		};
		_proto.invalidateCache = function invalidateCache() {
			this.loaders.forEach(function(loader) {
				loader.cache = {};
			});
		};
		_proto.addExtension = function addExtension(name, extension) {
			extension.__name = name;
			this.extensions[name] = extension;
			this.extensionsList.push(extension);
			return this;
		};
		_proto.removeExtension = function removeExtension(name) {
			var extension = this.getExtension(name);
			if (!extension) return;
			this.extensionsList = lib.without(this.extensionsList, extension);
			delete this.extensions[name];
		};
		_proto.getExtension = function getExtension(name) {
			return this.extensions[name];
		};
		_proto.hasExtension = function hasExtension(name) {
			return !!this.extensions[name];
		};
		_proto.addGlobal = function addGlobal(name, value) {
			this.globals[name] = value;
			return this;
		};
		_proto.getGlobal = function getGlobal(name) {
			if (typeof this.globals[name] === "undefined") throw new Error("global not found: " + name);
			return this.globals[name];
		};
		_proto.addFilter = function addFilter(name, func, async) {
			var wrapped = func;
			if (async) this.asyncFilters.push(name);
			this.filters[name] = wrapped;
			return this;
		};
		_proto.getFilter = function getFilter(name) {
			if (!this.filters[name]) throw new Error("filter not found: " + name);
			return this.filters[name];
		};
		_proto.addTest = function addTest(name, func) {
			this.tests[name] = func;
			return this;
		};
		_proto.getTest = function getTest(name) {
			if (!this.tests[name]) throw new Error("test not found: " + name);
			return this.tests[name];
		};
		_proto.resolveTemplate = function resolveTemplate(loader, parentName, filename) {
			return (loader.isRelative && parentName ? loader.isRelative(filename) : false) && loader.resolve ? loader.resolve(parentName, filename) : filename;
		};
		_proto.getTemplate = function getTemplate(name, eagerCompile, parentName, ignoreMissing, cb) {
			var _this3 = this;
			var that = this;
			var tmpl = null;
			if (name && name.raw) name = name.raw;
			if (lib.isFunction(parentName)) {
				cb = parentName;
				parentName = null;
				eagerCompile = eagerCompile || false;
			}
			if (lib.isFunction(eagerCompile)) {
				cb = eagerCompile;
				eagerCompile = false;
			}
			if (name instanceof Template) tmpl = name;
			else if (typeof name !== "string") throw new Error("template names must be a string: " + name);
			else for (var i = 0; i < this.loaders.length; i++) {
				var loader = this.loaders[i];
				tmpl = loader.cache[this.resolveTemplate(loader, parentName, name)];
				if (tmpl) break;
			}
			if (tmpl) {
				if (eagerCompile) tmpl.compile();
				if (cb) {
					cb(null, tmpl);
					return;
				} else return tmpl;
			}
			var syncResult;
			lib.asyncIter(this.loaders, function(loader, i, next, done) {
				function handle(err, src) {
					if (err) done(err);
					else if (src) {
						src.loader = loader;
						done(null, src);
					} else next();
				}
				name = that.resolveTemplate(loader, parentName, name);
				if (loader.async) loader.getSource(name, handle);
				else handle(null, loader.getSource(name));
			}, function createTemplate(err, info) {
				if (!info && !err && !ignoreMissing) err = new Error("template not found: " + name);
				if (err) {
					if (cb) {
						cb(err);
						return;
					} else throw err;
				}
				var newTmpl;
				if (!info) newTmpl = new Template(noopTmplSrc, _this3, "", eagerCompile);
				else {
					newTmpl = new Template(info.src, _this3, info.path, eagerCompile);
					if (!info.noCache) info.loader.cache[name] = newTmpl;
				}
				if (cb) cb(null, newTmpl);
				else syncResult = newTmpl;
			});
			return syncResult;
		};
		_proto.express = function express(app) {
			return expressApp(this, app);
		};
		_proto.render = function render(name, ctx, cb) {
			if (lib.isFunction(ctx)) {
				cb = ctx;
				ctx = null;
			}
			var syncResult = null;
			this.getTemplate(name, function(err, tmpl) {
				if (err && cb) callbackAsap(cb, err);
				else if (err) throw err;
				else syncResult = tmpl.render(ctx, cb);
			});
			return syncResult;
		};
		_proto.renderString = function renderString(src, ctx, opts, cb) {
			if (lib.isFunction(opts)) {
				cb = opts;
				opts = {};
			}
			opts = opts || {};
			return new Template(src, this, opts.path).render(ctx, cb);
		};
		_proto.waterfall = function waterfall(tasks, callback, forceAsync) {
			return _waterfall(tasks, callback, forceAsync);
		};
		return Environment;
	}(EmitterObj);
	var Context = function(_Obj) {
		_inheritsLoose(Context, _Obj);
		function Context() {
			return _Obj.apply(this, arguments) || this;
		}
		var _proto2 = Context.prototype;
		_proto2.init = function init(ctx, blocks, env) {
			var _this4 = this;
			this.env = env || new Environment();
			this.ctx = lib.extend({}, ctx);
			this.blocks = {};
			this.exported = [];
			lib.keys(blocks).forEach(function(name) {
				_this4.addBlock(name, blocks[name]);
			});
		};
		_proto2.lookup = function lookup(name) {
			if (name in this.env.globals && !(name in this.ctx)) return this.env.globals[name];
			else return this.ctx[name];
		};
		_proto2.setVariable = function setVariable(name, val) {
			this.ctx[name] = val;
		};
		_proto2.getVariables = function getVariables() {
			return this.ctx;
		};
		_proto2.addBlock = function addBlock(name, block) {
			this.blocks[name] = this.blocks[name] || [];
			this.blocks[name].push(block);
			return this;
		};
		_proto2.getBlock = function getBlock(name) {
			if (!this.blocks[name]) throw new Error("unknown block \"" + name + "\"");
			return this.blocks[name][0];
		};
		_proto2.getSuper = function getSuper(env, name, block, frame, runtime, cb) {
			var idx = lib.indexOf(this.blocks[name] || [], block);
			var blk = this.blocks[name][idx + 1];
			var context = this;
			if (idx === -1 || !blk) throw new Error("no super block available for \"" + name + "\"");
			blk(env, context, frame, runtime, cb);
		};
		_proto2.addExport = function addExport(name) {
			this.exported.push(name);
		};
		_proto2.getExported = function getExported() {
			var _this5 = this;
			var exported = {};
			this.exported.forEach(function(name) {
				exported[name] = _this5.ctx[name];
			});
			return exported;
		};
		return Context;
	}(Obj);
	var Template = function(_Obj2) {
		_inheritsLoose(Template, _Obj2);
		function Template() {
			return _Obj2.apply(this, arguments) || this;
		}
		var _proto3 = Template.prototype;
		_proto3.init = function init(src, env, path, eagerCompile) {
			this.env = env || new Environment();
			if (lib.isObject(src)) switch (src.type) {
				case "code":
					this.tmplProps = src.obj;
					break;
				case "string":
					this.tmplStr = src.obj;
					break;
				default: throw new Error("Unexpected template object type " + src.type + "; expected 'code', or 'string'");
			}
			else if (lib.isString(src)) this.tmplStr = src;
			else throw new Error("src must be a string or an object describing the source");
			this.path = path;
			if (eagerCompile) try {
				this._compile();
			} catch (err) {
				throw lib._prettifyError(this.path, this.env.opts.dev, err);
			}
			else this.compiled = false;
		};
		_proto3.render = function render(ctx, parentFrame, cb) {
			var _this6 = this;
			if (typeof ctx === "function") {
				cb = ctx;
				ctx = {};
			} else if (typeof parentFrame === "function") {
				cb = parentFrame;
				parentFrame = null;
			}
			var forceAsync = !parentFrame;
			try {
				this.compile();
			} catch (e) {
				var err = lib._prettifyError(this.path, this.env.opts.dev, e);
				if (cb) return callbackAsap(cb, err);
				else throw err;
			}
			var context = new Context(ctx || {}, this.blocks, this.env);
			var frame = parentFrame ? parentFrame.push(true) : new Frame();
			frame.topLevel = true;
			var syncResult = null;
			var didError = false;
			this.rootRenderFunc(this.env, context, frame, globalRuntime, function(err, res) {
				if (didError && cb && typeof res !== "undefined") return;
				if (err) {
					err = lib._prettifyError(_this6.path, _this6.env.opts.dev, err);
					didError = true;
				}
				if (cb) {
					if (forceAsync) callbackAsap(cb, err, res);
					else cb(err, res);
				} else {
					if (err) throw err;
					syncResult = res;
				}
			});
			return syncResult;
		};
		_proto3.getExported = function getExported(ctx, parentFrame, cb) {
			if (typeof ctx === "function") {
				cb = ctx;
				ctx = {};
			}
			if (typeof parentFrame === "function") {
				cb = parentFrame;
				parentFrame = null;
			}
			try {
				this.compile();
			} catch (e) {
				if (cb) return cb(e);
				else throw e;
			}
			var frame = parentFrame ? parentFrame.push() : new Frame();
			frame.topLevel = true;
			var context = new Context(ctx || {}, this.blocks, this.env);
			this.rootRenderFunc(this.env, context, frame, globalRuntime, function(err) {
				if (err) cb(err, null);
				else cb(null, context.getExported());
			});
		};
		_proto3.compile = function compile() {
			if (!this.compiled) this._compile();
		};
		_proto3._compile = function _compile() {
			var props;
			if (this.tmplProps) props = this.tmplProps;
			else {
				var source = compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
				props = new Function(source)();
			}
			this.blocks = this._getBlocks(props);
			this.rootRenderFunc = props.root;
			this.compiled = true;
		};
		_proto3._getBlocks = function _getBlocks(props) {
			var blocks = {};
			lib.keys(props).forEach(function(k) {
				if (k.slice(0, 2) === "b_") blocks[k.slice(2)] = props[k];
			});
			return blocks;
		};
		return Template;
	}(Obj);
	module.exports = {
		Environment,
		Template
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/precompile-global.js
var require_precompile_global = __commonJSMin(((exports, module) => {
	function precompileGlobal(templates, opts) {
		var out = "";
		opts = opts || {};
		for (var i = 0; i < templates.length; i++) {
			var name = JSON.stringify(templates[i].name);
			var template = templates[i].template;
			out += "(function() {(window.nunjucksPrecompiled = window.nunjucksPrecompiled || {})[" + name + "] = (function() {\n" + template + "\n})();\n";
			if (opts.asFunction) out += "return function(ctx, cb) { return nunjucks.render(" + name + ", ctx, cb); }\n";
			out += "})();\n";
		}
		return out;
	}
	module.exports = precompileGlobal;
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/precompile.js
var require_precompile = __commonJSMin(((exports, module) => {
	var fs = __require("fs");
	var path = __require("path");
	var _prettifyError = require_lib()._prettifyError;
	var compiler = require_compiler();
	var Environment = require_environment().Environment;
	var precompileGlobal = require_precompile_global();
	function match(filename, patterns) {
		if (!Array.isArray(patterns)) return false;
		return patterns.some(function(pattern) {
			return filename.match(pattern);
		});
	}
	function precompileString(str, opts) {
		opts = opts || {};
		opts.isString = true;
		var env = opts.env || new Environment([]);
		var wrapper = opts.wrapper || precompileGlobal;
		if (!opts.name) throw new Error("the \"name\" option is required when compiling a string");
		return wrapper([_precompile(str, opts.name, env)], opts);
	}
	function precompile(input, opts) {
		opts = opts || {};
		var env = opts.env || new Environment([]);
		var wrapper = opts.wrapper || precompileGlobal;
		if (opts.isString) return precompileString(input, opts);
		var pathStats = fs.existsSync(input) && fs.statSync(input);
		var precompiled = [];
		var templates = [];
		function addTemplates(dir) {
			fs.readdirSync(dir).forEach(function(file) {
				var filepath = path.join(dir, file);
				var subpath = filepath.substr(path.join(input, "/").length);
				var stat = fs.statSync(filepath);
				if (stat && stat.isDirectory()) {
					subpath += "/";
					if (!match(subpath, opts.exclude)) addTemplates(filepath);
				} else if (match(subpath, opts.include)) templates.push(filepath);
			});
		}
		if (pathStats.isFile()) precompiled.push(_precompile(fs.readFileSync(input, "utf-8"), opts.name || input, env));
		else if (pathStats.isDirectory()) {
			addTemplates(input);
			for (var i = 0; i < templates.length; i++) {
				var name = templates[i].replace(path.join(input, "/"), "");
				try {
					precompiled.push(_precompile(fs.readFileSync(templates[i], "utf-8"), name, env));
				} catch (e) {
					if (opts.force) console.error(e);
					else throw e;
				}
			}
		}
		return wrapper(precompiled, opts);
	}
	function _precompile(str, name, env) {
		env = env || new Environment([]);
		var asyncFilters = env.asyncFilters;
		var extensions = env.extensionsList;
		var template;
		name = name.replace(/\\/g, "/");
		try {
			template = compiler.compile(str, asyncFilters, extensions, name, env.opts);
		} catch (err) {
			throw _prettifyError(name, false, err);
		}
		return {
			name,
			template
		};
	}
	module.exports = {
		precompile,
		precompileString
	};
}));
// ../../node_modules/.pnpm/nunjucks@3.2.4/node_modules/nunjucks/src/jinja-compat.js
var require_jinja_compat = __commonJSMin(((exports, module) => {
	function installCompat() {
		"use strict";
		var runtime = this.runtime;
		var lib = this.lib;
		var Compiler = this.compiler.Compiler;
		var Parser = this.parser.Parser;
		var nodes = this.nodes;
		var lexer = this.lexer;
		var orig_contextOrFrameLookup = runtime.contextOrFrameLookup;
		var orig_memberLookup = runtime.memberLookup;
		var orig_Compiler_assertType;
		var orig_Parser_parseAggregate;
		if (Compiler) orig_Compiler_assertType = Compiler.prototype.assertType;
		if (Parser) orig_Parser_parseAggregate = Parser.prototype.parseAggregate;
		function uninstall() {
			runtime.contextOrFrameLookup = orig_contextOrFrameLookup;
			runtime.memberLookup = orig_memberLookup;
			if (Compiler) Compiler.prototype.assertType = orig_Compiler_assertType;
			if (Parser) Parser.prototype.parseAggregate = orig_Parser_parseAggregate;
		}
		runtime.contextOrFrameLookup = function contextOrFrameLookup(context, frame, key) {
			var val = orig_contextOrFrameLookup.apply(this, arguments);
			if (val !== void 0) return val;
			switch (key) {
				case "True": return true;
				case "False": return false;
				case "None": return null;
				default: return;
			}
		};
		function getTokensState(tokens) {
			return {
				index: tokens.index,
				lineno: tokens.lineno,
				colno: tokens.colno
			};
		}
		if (process.env.BUILD_TYPE !== "SLIM" && nodes && Compiler && Parser) {
			var Slice = nodes.Node.extend("Slice", {
				fields: [
					"start",
					"stop",
					"step"
				],
				init: function init(lineno, colno, start, stop, step) {
					start = start || new nodes.Literal(lineno, colno, null);
					stop = stop || new nodes.Literal(lineno, colno, null);
					step = step || new nodes.Literal(lineno, colno, 1);
					this.parent(lineno, colno, start, stop, step);
				}
			});
			Compiler.prototype.assertType = function assertType(node) {
				if (node instanceof Slice) return;
				orig_Compiler_assertType.apply(this, arguments);
			};
			Compiler.prototype.compileSlice = function compileSlice(node, frame) {
				this._emit("(");
				this._compileExpression(node.start, frame);
				this._emit("),(");
				this._compileExpression(node.stop, frame);
				this._emit("),(");
				this._compileExpression(node.step, frame);
				this._emit(")");
			};
			Parser.prototype.parseAggregate = function parseAggregate() {
				var _this = this;
				var origState = getTokensState(this.tokens);
				origState.colno--;
				origState.index--;
				try {
					return orig_Parser_parseAggregate.apply(this);
				} catch (e) {
					var errState = getTokensState(this.tokens);
					var rethrow = function rethrow() {
						lib._assign(_this.tokens, errState);
						return e;
					};
					lib._assign(this.tokens, origState);
					this.peeked = false;
					var tok = this.peekToken();
					if (tok.type !== lexer.TOKEN_LEFT_BRACKET) throw rethrow();
					else this.nextToken();
					var node = new Slice(tok.lineno, tok.colno);
					var isSlice = false;
					for (var i = 0; i <= node.fields.length; i++) {
						if (this.skip(lexer.TOKEN_RIGHT_BRACKET)) break;
						if (i === node.fields.length) {
							if (isSlice) this.fail("parseSlice: too many slice components", tok.lineno, tok.colno);
							else break;
						}
						if (this.skip(lexer.TOKEN_COLON)) isSlice = true;
						else {
							var field = node.fields[i];
							node[field] = this.parseExpression();
							isSlice = this.skip(lexer.TOKEN_COLON) || isSlice;
						}
					}
					if (!isSlice) throw rethrow();
					return new nodes.Array(tok.lineno, tok.colno, [node]);
				}
			};
		}
		function sliceLookup(obj, start, stop, step) {
			obj = obj || [];
			if (start === null) start = step < 0 ? obj.length - 1 : 0;
			if (stop === null) stop = step < 0 ? -1 : obj.length;
			else if (stop < 0) stop += obj.length;
			if (start < 0) start += obj.length;
			var results = [];
			for (var i = start;; i += step) {
				if (i < 0 || i > obj.length) break;
				if (step > 0 && i >= stop) break;
				if (step < 0 && i <= stop) break;
				results.push(runtime.memberLookup(obj, i));
			}
			return results;
		}
		function hasOwnProp(obj, key) {
			return Object.prototype.hasOwnProperty.call(obj, key);
		}
		var ARRAY_MEMBERS = {
			pop: function pop(index) {
				if (index === void 0) return this.pop();
				if (index >= this.length || index < 0) throw new Error("KeyError");
				return this.splice(index, 1);
			},
			append: function append(element) {
				return this.push(element);
			},
			remove: function remove(element) {
				for (var i = 0; i < this.length; i++) if (this[i] === element) return this.splice(i, 1);
				throw new Error("ValueError");
			},
			count: function count(element) {
				var count = 0;
				for (var i = 0; i < this.length; i++) if (this[i] === element) count++;
				return count;
			},
			index: function index(element) {
				var i;
				if ((i = this.indexOf(element)) === -1) throw new Error("ValueError");
				return i;
			},
			find: function find(element) {
				return this.indexOf(element);
			},
			insert: function insert(index, elem) {
				return this.splice(index, 0, elem);
			}
		};
		var OBJECT_MEMBERS = {
			items: function items() {
				return lib._entries(this);
			},
			values: function values() {
				return lib._values(this);
			},
			keys: function keys() {
				return lib.keys(this);
			},
			get: function get(key, def) {
				var output = this[key];
				if (output === void 0) output = def;
				return output;
			},
			has_key: function has_key(key) {
				return hasOwnProp(this, key);
			},
			pop: function pop(key, def) {
				var output = this[key];
				if (output === void 0 && def !== void 0) output = def;
				else if (output === void 0) throw new Error("KeyError");
				else delete this[key];
				return output;
			},
			popitem: function popitem() {
				var keys = lib.keys(this);
				if (!keys.length) throw new Error("KeyError");
				var k = keys[0];
				var val = this[k];
				delete this[k];
				return [k, val];
			},
			setdefault: function setdefault(key, def) {
				if (def === void 0) def = null;
				if (!(key in this)) this[key] = def;
				return this[key];
			},
			update: function update(kwargs) {
				lib._assign(this, kwargs);
				return null;
			}
		};
		OBJECT_MEMBERS.iteritems = OBJECT_MEMBERS.items;
		OBJECT_MEMBERS.itervalues = OBJECT_MEMBERS.values;
		OBJECT_MEMBERS.iterkeys = OBJECT_MEMBERS.keys;
		runtime.memberLookup = function memberLookup(obj, val, autoescape) {
			if (arguments.length === 4) return sliceLookup.apply(this, arguments);
			obj = obj || {};
			if (lib.isArray(obj) && hasOwnProp(ARRAY_MEMBERS, val)) return ARRAY_MEMBERS[val].bind(obj);
			if (lib.isObject(obj) && hasOwnProp(OBJECT_MEMBERS, val)) return OBJECT_MEMBERS[val].bind(obj);
			return orig_memberLookup.apply(this, arguments);
		};
		return uninstall;
	}
	module.exports = installCompat;
}));
// ../../packages/core/dist/prompts/sandbox.js
var import_nunjucks = __toESM(__commonJSMin(((exports, module) => {
	var lib = require_lib();
	var _require = require_environment();
	var Environment = _require.Environment;
	var Template = _require.Template;
	var Loader = require_loader();
	var loaders = require_loaders();
	var precompile = require_precompile();
	var compiler = require_compiler();
	var parser = require_parser();
	var lexer = require_lexer();
	var runtime = require_runtime();
	var nodes = require_nodes();
	var installJinjaCompat = require_jinja_compat();
	var e;
	function configure(templatesPath, opts) {
		opts = opts || {};
		if (lib.isObject(templatesPath)) {
			opts = templatesPath;
			templatesPath = null;
		}
		var TemplateLoader;
		if (loaders.FileSystemLoader) TemplateLoader = new loaders.FileSystemLoader(templatesPath, {
			watch: opts.watch,
			noCache: opts.noCache
		});
		else if (loaders.WebLoader) TemplateLoader = new loaders.WebLoader(templatesPath, {
			useCache: opts.web && opts.web.useCache,
			async: opts.web && opts.web.async
		});
		e = new Environment(TemplateLoader, opts);
		if (opts && opts.express) e.express(opts.express);
		return e;
	}
	module.exports = {
		Environment,
		Template,
		Loader,
		FileSystemLoader: loaders.FileSystemLoader,
		NodeResolveLoader: loaders.NodeResolveLoader,
		PrecompiledLoader: loaders.PrecompiledLoader,
		WebLoader: loaders.WebLoader,
		compiler,
		parser,
		lexer,
		runtime,
		lib,
		nodes,
		installJinjaCompat,
		configure,
		reset: function reset() {
			e = void 0;
		},
		compile: function compile(src, env, path, eagerCompile) {
			if (!e) configure();
			return new Template(src, env, path, eagerCompile);
		},
		render: function render(name, ctx, cb) {
			if (!e) configure();
			return e.render(name, ctx, cb);
		},
		renderString: function renderString(src, ctx, cb) {
			if (!e) configure();
			return e.renderString(src, ctx, cb);
		},
		precompile: precompile ? precompile.precompile : void 0,
		precompileString: precompile ? precompile.precompileString : void 0
	};
}))(), 1);
const FORBIDDEN_MEMBERS = new Set([
	"constructor",
	"__proto__",
	"prototype",
	"__defineGetter__",
	"__defineSetter__",
	"__lookupGetter__",
	"__lookupSetter__"
]);
const MAX_RANGE = 1e4;
const runtime = import_nunjucks.default.runtime;
if (!runtime.__switchyardSandboxed) {
	const lookup = runtime.memberLookup;
	runtime.memberLookup = (obj, key) => {
		if (FORBIDDEN_MEMBERS.has(String(key))) throw new Error(`'${String(key)}' may not be used in a prompt template`);
		if (typeof obj === "function") throw new Error("members of functions may not be used in a prompt template");
		return lookup(obj, key);
	};
	runtime.__switchyardSandboxed = true;
}
function boundedRange(start, stop, step = 1) {
	const [from, to] = stop === void 0 ? [0, start] : [start, stop];
	if (step === 0) throw new Error("range() step must not be 0");
	const length = Math.max(0, Math.ceil((to - from) / step));
	if (length > 1e4) throw new Error(`range() may make at most ${MAX_RANGE} items`);
	return Array.from({ length }, (_, i) => from + i * step);
}
function createSandboxEnvironment() {
	const env = new import_nunjucks.default.Environment([], {
		autoescape: false,
		throwOnUndefined: false
	});
	env.addGlobal("range", boundedRange);
	return env;
}
// ../../packages/core/dist/prompts/render.js
const env = createSandboxEnvironment();
const MAX_RENDERED_LENGTH = 1048576;
function templateError(error) {
	const message = error instanceof Error ? error.message.replace(/^\(unknown path\)\s*/, "") : String(error);
	return new GatewayError("TEMPLATE_ERROR", `template error: ${message.split("\n").map((l) => l.trim()).join(" ")}`);
}
const compiled = new Map();
const MAX_COMPILED = 512;
function compileTemplate(source) {
	const cached = compiled.get(source);
	if (cached) return cached;
	let template;
	try {
		template = new import_nunjucks.default.Template(source, env, void 0, true);
	} catch (error) {
		throw templateError(error);
	}
	if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value);
	compiled.set(source, template);
	return template;
}
function renderTemplate(source, values) {
	const template = compileTemplate(source);
	let text;
	try {
		text = template.render(values);
	} catch (error) {
		throw templateError(error);
	}
	if (text.length > 1048576) throw new GatewayError("TEMPLATE_ERROR", `rendered prompt is longer than ${MAX_RENDERED_LENGTH} characters`);
	return text;
}
const parser = import_nunjucks.default.parser;
function walk(node, visit) {
	if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
	if (node === null || typeof node !== "object" || !("fields" in node)) return;
	const typed = node;
	visit(typed);
	for (const field of typed.fields) walk(typed[field], visit);
	if ("children" in typed) walk(typed.children, visit);
}
const BUILTINS = new Set([
	"range",
	"cycler",
	"joiner",
	"loop",
	"caller",
	"true",
	"false",
	"none"
]);
function templateVariables(source) {
	compileTemplate(source);
	const read = new Set();
	const defined = new Set();
	walk(parser.parse(source), (node) => {
		if (node.typename === "Symbol" && typeof node.value === "string") read.add(node.value);
		if (node.typename === "For" || node.typename === "Set") walk(node.typename === "For" ? node.name : node.targets, (target) => {
			if (target.typename === "Symbol" && typeof target.value === "string") defined.add(target.value);
		});
	});
	return [...read].filter((name) => !defined.has(name) && !BUILTINS.has(name));
}
// ../../packages/core/dist/services/member-name.js
async function exposedMemberName(context, name, gatewayId) {
	if (!gatewayId) return name;
	const gateway = await context.store.db.selectFrom("gateways").select("slug").where("id", "=", gatewayId).executeTakeFirst();
	if (!gateway) throw notFound("gateway", gatewayId);
	return federatedName(gateway.slug, name, context.separator);
}
// ../../packages/core/dist/services/prompt-service.js
function toPrompt(row) {
	return {
		id: row.id,
		name: row.name,
		originalName: row.original_name,
		description: row.description,
		template: row.template,
		arguments: fromJson(row.arguments, []),
		gatewayId: row.gateway_id,
		version: row.version,
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}
function toRevision(row) {
	return {
		promptId: row.prompt_id,
		version: row.version,
		name: row.name,
		description: row.description,
		template: row.template,
		arguments: fromJson(row.arguments, []),
		createdAt: row.created_at,
		createdBy: row.created_by
	};
}
function normalizeArguments(declared, template) {
	if (declared === void 0) return templateVariables(template).map((name) => ({
		name,
		description: null,
		required: true
	}));
	return declared.map((a) => ({
		name: a.name,
		description: a.description ?? null,
		required: a.required ?? false
	}));
}
function createPromptService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("prompts").selectAll().where("id", "=", id).executeTakeFirst(), "prompt", id);
	}
	async function saveRevision(trx, row, actor) {
		await trx.insertInto("prompt_revisions").values({
			prompt_id: row.id,
			version: row.version,
			name: row.name,
			description: row.description,
			template: row.template,
			arguments: toJson(fromJson(row.arguments, [])),
			created_at: row.updated_at,
			created_by: actor.email
		}).execute();
	}
	async function getRevision(id, version) {
		const row = await db.selectFrom("prompt_revisions").selectAll().where("prompt_id", "=", id).where("version", "=", version).executeTakeFirst();
		if (!row) throw notFound("prompt revision", `${id}@v${version}`);
		return toRevision(row);
	}
	async function update(id, input, actor) {
		const before = await getRow(id);
		const template = input.template ?? before.template;
		if (input.template !== void 0) compileTemplate(template);
		const name = input.name === void 0 ? before.name : await exposedMemberName(context, input.name, before.gateway_id);
		const row = {
			...before,
			name,
			...input.name !== void 0 && { original_name: input.name },
			...input.description !== void 0 && { description: input.description },
			template,
			...input.arguments !== void 0 && { arguments: toJson(normalizeArguments(input.arguments, template)) },
			version: before.version + 1,
			...ownedColumnsForUpdate(input)
		};
		await guardUnique(dialect, {
			kind: "prompt",
			field: "name",
			value: name
		}, () => inTransaction(db, async (trx) => {
			assertVersion(await trx.updateTable("prompts").set(row).where("id", "=", id).where("version", "=", input.version ?? before.version).executeTakeFirst(), "prompt", id, input.version ?? before.version);
			await saveRevision(trx, row, actor);
		}));
		context.events.emit([{
			entity: "prompt",
			id,
			op: "updated"
		}]);
		return toPrompt(row);
	}
	return {
		async list(query, viewer) {
			const page = await listOwnedRows(db, dialect, "prompts", query, viewer);
			return {
				items: page.items.map(toPrompt),
				nextCursor: page.nextCursor
			};
		},
		getRow,
		async get(id, viewer = { all: true }) {
			const row = await getRow(id);
			if (!canView(viewer, row)) throw notFound("prompt", id);
			return toPrompt(row);
		},
		async create(input, actor) {
			compileTemplate(input.template);
			const name = await exposedMemberName(context, input.name, input.gatewayId);
			const row = {
				id: newId(),
				name,
				original_name: input.name,
				description: input.description ?? null,
				template: input.template,
				arguments: toJson(normalizeArguments(input.arguments, input.template)),
				gateway_id: input.gatewayId ?? null,
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			await guardUnique(dialect, {
				kind: "prompt",
				field: "name",
				value: name
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("prompts").values(row).execute();
				await saveRevision(trx, row, actor);
			}));
			context.events.emit([{
				entity: "prompt",
				id: row.id,
				op: "created"
			}]);
			return toPrompt(row);
		},
		update,
		async setEnabled(id, enabled) {
			await setRowEnabled(context, "prompts", "prompt", id, enabled);
			return toPrompt(await getRow(id));
		},
		remove: (id) => removeMember(context, "prompts", "prompt", id),
		async render(id, values, viewer = { all: true }) {
			const prompt = toPrompt(await getRow(id));
			if (!canView(viewer, prompt)) throw notFound("prompt", id);
			const declared = new Set(prompt.arguments.map((a) => a.name));
			const issues = [...prompt.arguments.filter((a) => a.required && (values[a.name] === void 0 || values[a.name] === null)).map((a) => ({
				path: a.name,
				message: "is required"
			})), ...Object.keys(values).filter((name) => !declared.has(name)).map((name) => ({
				path: name,
				message: `is not an argument of prompt '${prompt.name}'`
			}))];
			if (issues.length > 0) {
				const summary = issues.map((i) => `${i.path} ${i.message}`).join("; ");
				throw new GatewayError("VALIDATION_FAILED", `invalid prompt arguments: ${summary}`, { issues });
			}
			const text = renderTemplate(prompt.template, values);
			return {
				description: prompt.description,
				messages: [{
					role: "user",
					content: {
						type: "text",
						text
					}
				}]
			};
		},
		async revisions(id) {
			await getRow(id);
			return (await db.selectFrom("prompt_revisions").selectAll().where("prompt_id", "=", id).orderBy("version", "desc").execute()).map(toRevision);
		},
		revision: getRevision,
		async diff(id, from, to) {
			return diffRevisions(await getRevision(id, from), await getRevision(id, to));
		},
		async rollback(id, version, actor) {
			const target = await getRevision(id, version);
			if (version === (await getRow(id)).version) throw invalidField("version", "is already the current version");
			const { description, template, arguments: args } = target;
			return update(id, {
				description,
				template,
				arguments: args
			}, actor);
		}
	};
}
// ../../node_modules/.pnpm/mime@4.1.2/node_modules/mime/dist/types/other.js
const types$1 = {
	"application/prs.cww": ["cww"],
	"application/prs.xsf+xml": ["xsf"],
	"application/vnd.1000minds.decision-model+xml": ["1km"],
	"application/vnd.3gpp.pic-bw-large": ["plb"],
	"application/vnd.3gpp.pic-bw-small": ["psb"],
	"application/vnd.3gpp.pic-bw-var": ["pvb"],
	"application/vnd.3gpp2.tcap": ["tcap"],
	"application/vnd.3m.post-it-notes": ["pwn"],
	"application/vnd.accpac.simply.aso": ["aso"],
	"application/vnd.accpac.simply.imp": ["imp"],
	"application/vnd.acucobol": ["acu"],
	"application/vnd.acucorp": ["atc", "acutc"],
	"application/vnd.adobe.air-application-installer-package+zip": ["air"],
	"application/vnd.adobe.formscentral.fcdt": ["fcdt"],
	"application/vnd.adobe.fxp": ["fxp", "fxpl"],
	"application/vnd.adobe.xdp+xml": ["xdp"],
	"application/vnd.adobe.xfdf": ["*xfdf"],
	"application/vnd.age": ["age"],
	"application/vnd.ahead.space": ["ahead"],
	"application/vnd.airzip.filesecure.azf": ["azf"],
	"application/vnd.airzip.filesecure.azs": ["azs"],
	"application/vnd.amazon.ebook": ["azw"],
	"application/vnd.americandynamics.acc": ["acc"],
	"application/vnd.amiga.ami": ["ami"],
	"application/vnd.android.package-archive": ["apk"],
	"application/vnd.anser-web-certificate-issue-initiation": ["cii"],
	"application/vnd.anser-web-funds-transfer-initiation": ["fti"],
	"application/vnd.antix.game-component": ["atx"],
	"application/vnd.apple.installer+xml": ["mpkg"],
	"application/vnd.apple.keynote": ["key"],
	"application/vnd.apple.mpegurl": ["m3u8"],
	"application/vnd.apple.numbers": ["numbers"],
	"application/vnd.apple.pages": ["pages"],
	"application/vnd.apple.pkpass": ["pkpass"],
	"application/vnd.aristanetworks.swi": ["swi"],
	"application/vnd.astraea-software.iota": ["iota"],
	"application/vnd.audiograph": ["aep"],
	"application/vnd.autodesk.fbx": ["fbx"],
	"application/vnd.balsamiq.bmml+xml": ["bmml"],
	"application/vnd.blueice.multipass": ["mpm"],
	"application/vnd.bmi": ["bmi"],
	"application/vnd.businessobjects": ["rep"],
	"application/vnd.chemdraw+xml": ["cdxml"],
	"application/vnd.chipnuts.karaoke-mmd": ["mmd"],
	"application/vnd.cinderella": ["cdy"],
	"application/vnd.citationstyles.style+xml": ["csl"],
	"application/vnd.claymore": ["cla"],
	"application/vnd.cloanto.rp9": ["rp9"],
	"application/vnd.clonk.c4group": [
		"c4g",
		"c4d",
		"c4f",
		"c4p",
		"c4u"
	],
	"application/vnd.cluetrust.cartomobile-config": ["c11amc"],
	"application/vnd.cluetrust.cartomobile-config-pkg": ["c11amz"],
	"application/vnd.commonspace": ["csp"],
	"application/vnd.contact.cmsg": ["cdbcmsg"],
	"application/vnd.cosmocaller": ["cmc"],
	"application/vnd.crick.clicker": ["clkx"],
	"application/vnd.crick.clicker.keyboard": ["clkk"],
	"application/vnd.crick.clicker.palette": ["clkp"],
	"application/vnd.crick.clicker.template": ["clkt"],
	"application/vnd.crick.clicker.wordbank": ["clkw"],
	"application/vnd.criticaltools.wbs+xml": ["wbs"],
	"application/vnd.ctc-posml": ["pml"],
	"application/vnd.cups-ppd": ["ppd"],
	"application/vnd.curl.car": ["car"],
	"application/vnd.curl.pcurl": ["pcurl"],
	"application/vnd.dart": ["dart"],
	"application/vnd.data-vision.rdz": ["rdz"],
	"application/vnd.dbf": ["dbf"],
	"application/vnd.dcmp+xml": ["dcmp"],
	"application/vnd.dece.data": [
		"uvf",
		"uvvf",
		"uvd",
		"uvvd"
	],
	"application/vnd.dece.ttml+xml": ["uvt", "uvvt"],
	"application/vnd.dece.unspecified": ["uvx", "uvvx"],
	"application/vnd.dece.zip": ["uvz", "uvvz"],
	"application/vnd.denovo.fcselayout-link": ["fe_launch"],
	"application/vnd.dna": ["dna"],
	"application/vnd.dolby.mlp": ["mlp"],
	"application/vnd.dpgraph": ["dpg"],
	"application/vnd.dreamfactory": ["dfac"],
	"application/vnd.ds-keypoint": ["kpxx"],
	"application/vnd.dvb.ait": ["ait"],
	"application/vnd.dvb.service": ["svc"],
	"application/vnd.dynageo": ["geo"],
	"application/vnd.ecowin.chart": ["mag"],
	"application/vnd.enliven": ["nml"],
	"application/vnd.epson.esf": ["esf"],
	"application/vnd.epson.msf": ["msf"],
	"application/vnd.epson.quickanime": ["qam"],
	"application/vnd.epson.salt": ["slt"],
	"application/vnd.epson.ssf": ["ssf"],
	"application/vnd.eszigno3+xml": ["es3", "et3"],
	"application/vnd.ezpix-album": ["ez2"],
	"application/vnd.ezpix-package": ["ez3"],
	"application/vnd.fdf": ["*fdf"],
	"application/vnd.fdsn.mseed": ["mseed"],
	"application/vnd.fdsn.seed": ["seed", "dataless"],
	"application/vnd.flographit": ["gph"],
	"application/vnd.fluxtime.clip": ["ftc"],
	"application/vnd.framemaker": [
		"fm",
		"frame",
		"maker",
		"book"
	],
	"application/vnd.frogans.fnc": ["fnc"],
	"application/vnd.frogans.ltf": ["ltf"],
	"application/vnd.fsc.weblaunch": ["fsc"],
	"application/vnd.fujitsu.oasys": ["oas"],
	"application/vnd.fujitsu.oasys2": ["oa2"],
	"application/vnd.fujitsu.oasys3": ["oa3"],
	"application/vnd.fujitsu.oasysgp": ["fg5"],
	"application/vnd.fujitsu.oasysprs": ["bh2"],
	"application/vnd.fujixerox.ddd": ["ddd"],
	"application/vnd.fujixerox.docuworks": ["xdw"],
	"application/vnd.fujixerox.docuworks.binder": ["xbd"],
	"application/vnd.fuzzysheet": ["fzs"],
	"application/vnd.genomatix.tuxedo": ["txd"],
	"application/vnd.geogebra.file": ["ggb"],
	"application/vnd.geogebra.slides": ["ggs"],
	"application/vnd.geogebra.tool": ["ggt"],
	"application/vnd.geometry-explorer": ["gex", "gre"],
	"application/vnd.geonext": ["gxt"],
	"application/vnd.geoplan": ["g2w"],
	"application/vnd.geospace": ["g3w"],
	"application/vnd.gmx": ["gmx"],
	"application/vnd.google-apps.document": ["gdoc"],
	"application/vnd.google-apps.drawing": ["gdraw"],
	"application/vnd.google-apps.form": ["gform"],
	"application/vnd.google-apps.jam": ["gjam"],
	"application/vnd.google-apps.map": ["gmap"],
	"application/vnd.google-apps.presentation": ["gslides"],
	"application/vnd.google-apps.script": ["gscript"],
	"application/vnd.google-apps.site": ["gsite"],
	"application/vnd.google-apps.spreadsheet": ["gsheet"],
	"application/vnd.google-earth.kml+xml": ["kml"],
	"application/vnd.google-earth.kmz": ["kmz"],
	"application/vnd.gov.sk.xmldatacontainer+xml": ["xdcf"],
	"application/vnd.grafeq": ["gqf", "gqs"],
	"application/vnd.groove-account": ["gac"],
	"application/vnd.groove-help": ["ghf"],
	"application/vnd.groove-identity-message": ["gim"],
	"application/vnd.groove-injector": ["grv"],
	"application/vnd.groove-tool-message": ["gtm"],
	"application/vnd.groove-tool-template": ["tpl"],
	"application/vnd.groove-vcard": ["vcg"],
	"application/vnd.hal+xml": ["hal"],
	"application/vnd.handheld-entertainment+xml": ["zmm"],
	"application/vnd.hbci": ["hbci"],
	"application/vnd.hhe.lesson-player": ["les"],
	"application/vnd.hp-hpgl": ["hpgl"],
	"application/vnd.hp-hpid": ["hpid"],
	"application/vnd.hp-hps": ["hps"],
	"application/vnd.hp-jlyt": ["jlt"],
	"application/vnd.hp-pcl": ["pcl"],
	"application/vnd.hp-pclxl": ["pclxl"],
	"application/vnd.hydrostatix.sof-data": ["sfd-hdstx"],
	"application/vnd.ibm.minipay": ["mpy"],
	"application/vnd.ibm.modcap": [
		"afp",
		"listafp",
		"list3820"
	],
	"application/vnd.ibm.rights-management": ["irm"],
	"application/vnd.ibm.secure-container": ["sc"],
	"application/vnd.iccprofile": ["icc", "icm"],
	"application/vnd.igloader": ["igl"],
	"application/vnd.immervision-ivp": ["ivp"],
	"application/vnd.immervision-ivu": ["ivu"],
	"application/vnd.insors.igm": ["igm"],
	"application/vnd.intercon.formnet": ["xpw", "xpx"],
	"application/vnd.intergeo": ["i2g"],
	"application/vnd.intu.qbo": ["qbo"],
	"application/vnd.intu.qfx": ["qfx"],
	"application/vnd.ipunplugged.rcprofile": ["rcprofile"],
	"application/vnd.irepository.package+xml": ["irp"],
	"application/vnd.is-xpr": ["xpr"],
	"application/vnd.isac.fcs": ["fcs"],
	"application/vnd.jam": ["jam"],
	"application/vnd.jcp.javame.midlet-rms": ["rms"],
	"application/vnd.jisp": ["jisp"],
	"application/vnd.joost.joda-archive": ["joda"],
	"application/vnd.kahootz": ["ktz", "ktr"],
	"application/vnd.kde.karbon": ["karbon"],
	"application/vnd.kde.kchart": ["chrt"],
	"application/vnd.kde.kformula": ["kfo"],
	"application/vnd.kde.kivio": ["flw"],
	"application/vnd.kde.kontour": ["kon"],
	"application/vnd.kde.kpresenter": ["kpr", "kpt"],
	"application/vnd.kde.kspread": ["ksp"],
	"application/vnd.kde.kword": ["kwd", "kwt"],
	"application/vnd.kenameaapp": ["htke"],
	"application/vnd.kidspiration": ["kia"],
	"application/vnd.kinar": ["kne", "knp"],
	"application/vnd.koan": [
		"skp",
		"skd",
		"skt",
		"skm"
	],
	"application/vnd.kodak-descriptor": ["sse"],
	"application/vnd.las.las+xml": ["lasxml"],
	"application/vnd.llamagraphics.life-balance.desktop": ["lbd"],
	"application/vnd.llamagraphics.life-balance.exchange+xml": ["lbe"],
	"application/vnd.lotus-1-2-3": ["123"],
	"application/vnd.lotus-approach": ["apr"],
	"application/vnd.lotus-freelance": ["pre"],
	"application/vnd.lotus-notes": ["nsf"],
	"application/vnd.lotus-organizer": ["org"],
	"application/vnd.lotus-screencam": ["scm"],
	"application/vnd.lotus-wordpro": ["lwp"],
	"application/vnd.macports.portpkg": ["portpkg"],
	"application/vnd.mapbox-vector-tile": ["mvt"],
	"application/vnd.mcd": ["mcd"],
	"application/vnd.medcalcdata": ["mc1"],
	"application/vnd.mediastation.cdkey": ["cdkey"],
	"application/vnd.mfer": ["mwf"],
	"application/vnd.mfmp": ["mfm"],
	"application/vnd.micrografx.flo": ["flo"],
	"application/vnd.micrografx.igx": ["igx"],
	"application/vnd.mif": ["mif"],
	"application/vnd.mobius.daf": ["daf"],
	"application/vnd.mobius.dis": ["dis"],
	"application/vnd.mobius.mbk": ["mbk"],
	"application/vnd.mobius.mqy": ["mqy"],
	"application/vnd.mobius.msl": ["msl"],
	"application/vnd.mobius.plc": ["plc"],
	"application/vnd.mobius.txf": ["txf"],
	"application/vnd.mophun.application": ["mpn"],
	"application/vnd.mophun.certificate": ["mpc"],
	"application/vnd.mozilla.xul+xml": ["xul"],
	"application/vnd.ms-artgalry": ["cil"],
	"application/vnd.ms-cab-compressed": ["cab"],
	"application/vnd.ms-excel": [
		"xls",
		"xlm",
		"xla",
		"xlc",
		"xlt",
		"xlw"
	],
	"application/vnd.ms-excel.addin.macroenabled.12": ["xlam"],
	"application/vnd.ms-excel.sheet.binary.macroenabled.12": ["xlsb"],
	"application/vnd.ms-excel.sheet.macroenabled.12": ["xlsm"],
	"application/vnd.ms-excel.template.macroenabled.12": ["xltm"],
	"application/vnd.ms-fontobject": ["eot"],
	"application/vnd.ms-htmlhelp": ["chm"],
	"application/vnd.ms-ims": ["ims"],
	"application/vnd.ms-lrm": ["lrm"],
	"application/vnd.ms-officetheme": ["thmx"],
	"application/vnd.ms-outlook": ["msg"],
	"application/vnd.ms-pki.seccat": ["cat"],
	"application/vnd.ms-pki.stl": ["*stl"],
	"application/vnd.ms-powerpoint": [
		"ppt",
		"pps",
		"pot"
	],
	"application/vnd.ms-powerpoint.addin.macroenabled.12": ["ppam"],
	"application/vnd.ms-powerpoint.presentation.macroenabled.12": ["pptm"],
	"application/vnd.ms-powerpoint.slide.macroenabled.12": ["sldm"],
	"application/vnd.ms-powerpoint.slideshow.macroenabled.12": ["ppsm"],
	"application/vnd.ms-powerpoint.template.macroenabled.12": ["potm"],
	"application/vnd.ms-project": ["*mpp", "mpt"],
	"application/vnd.ms-visio.viewer": ["vdx"],
	"application/vnd.ms-word.document.macroenabled.12": ["docm"],
	"application/vnd.ms-word.template.macroenabled.12": ["dotm"],
	"application/vnd.ms-works": [
		"wps",
		"wks",
		"wcm",
		"wdb"
	],
	"application/vnd.ms-wpl": ["wpl"],
	"application/vnd.ms-xpsdocument": ["xps"],
	"application/vnd.mseq": ["mseq"],
	"application/vnd.musician": ["mus"],
	"application/vnd.muvee.style": ["msty"],
	"application/vnd.mynfc": ["taglet"],
	"application/vnd.nato.bindingdataobject+xml": ["bdo"],
	"application/vnd.neurolanguage.nlu": ["nlu"],
	"application/vnd.nitf": ["ntf", "nitf"],
	"application/vnd.noblenet-directory": ["nnd"],
	"application/vnd.noblenet-sealer": ["nns"],
	"application/vnd.noblenet-web": ["nnw"],
	"application/vnd.nokia.n-gage.ac+xml": ["*ac"],
	"application/vnd.nokia.n-gage.data": ["ngdat"],
	"application/vnd.nokia.n-gage.symbian.install": ["n-gage"],
	"application/vnd.nokia.radio-preset": ["rpst"],
	"application/vnd.nokia.radio-presets": ["rpss"],
	"application/vnd.novadigm.edm": ["edm"],
	"application/vnd.novadigm.edx": ["edx"],
	"application/vnd.novadigm.ext": ["ext"],
	"application/vnd.oasis.opendocument.chart": ["odc"],
	"application/vnd.oasis.opendocument.chart-template": ["otc"],
	"application/vnd.oasis.opendocument.database": ["odb"],
	"application/vnd.oasis.opendocument.formula": ["odf"],
	"application/vnd.oasis.opendocument.formula-template": ["odft"],
	"application/vnd.oasis.opendocument.graphics": ["odg"],
	"application/vnd.oasis.opendocument.graphics-template": ["otg"],
	"application/vnd.oasis.opendocument.image": ["odi"],
	"application/vnd.oasis.opendocument.image-template": ["oti"],
	"application/vnd.oasis.opendocument.presentation": ["odp"],
	"application/vnd.oasis.opendocument.presentation-template": ["otp"],
	"application/vnd.oasis.opendocument.spreadsheet": ["ods"],
	"application/vnd.oasis.opendocument.spreadsheet-template": ["ots"],
	"application/vnd.oasis.opendocument.text": ["odt"],
	"application/vnd.oasis.opendocument.text-master": ["odm"],
	"application/vnd.oasis.opendocument.text-template": ["ott"],
	"application/vnd.oasis.opendocument.text-web": ["oth"],
	"application/vnd.olpc-sugar": ["xo"],
	"application/vnd.oma.dd2+xml": ["dd2"],
	"application/vnd.openblox.game+xml": ["obgx"],
	"application/vnd.openofficeorg.extension": ["oxt"],
	"application/vnd.openstreetmap.data+xml": ["osm"],
	"application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
	"application/vnd.openxmlformats-officedocument.presentationml.slide": ["sldx"],
	"application/vnd.openxmlformats-officedocument.presentationml.slideshow": ["ppsx"],
	"application/vnd.openxmlformats-officedocument.presentationml.template": ["potx"],
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
	"application/vnd.openxmlformats-officedocument.spreadsheetml.template": ["xltx"],
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template": ["dotx"],
	"application/vnd.osgeo.mapguide.package": ["mgp"],
	"application/vnd.osgi.dp": ["dp"],
	"application/vnd.osgi.subsystem": ["esa"],
	"application/vnd.palm": [
		"pdb",
		"pqa",
		"oprc"
	],
	"application/vnd.pawaafile": ["paw"],
	"application/vnd.pg.format": ["str"],
	"application/vnd.pg.osasli": ["ei6"],
	"application/vnd.picsel": ["efif"],
	"application/vnd.pmi.widget": ["wg"],
	"application/vnd.pocketlearn": ["plf"],
	"application/vnd.powerbuilder6": ["pbd"],
	"application/vnd.previewsystems.box": ["box"],
	"application/vnd.procrate.brushset": ["brushset"],
	"application/vnd.procreate.brush": ["brush"],
	"application/vnd.procreate.dream": ["drm"],
	"application/vnd.proteus.magazine": ["mgz"],
	"application/vnd.publishare-delta-tree": ["qps"],
	"application/vnd.pvi.ptid1": ["ptid"],
	"application/vnd.pwg-xhtml-print+xml": ["xhtm"],
	"application/vnd.quark.quarkxpress": [
		"qxd",
		"qxt",
		"qwd",
		"qwt",
		"qxl",
		"qxb"
	],
	"application/vnd.rar": ["rar"],
	"application/vnd.realvnc.bed": ["bed"],
	"application/vnd.recordare.musicxml": ["mxl"],
	"application/vnd.recordare.musicxml+xml": ["musicxml"],
	"application/vnd.rig.cryptonote": ["cryptonote"],
	"application/vnd.rim.cod": ["cod"],
	"application/vnd.rn-realmedia": ["rm"],
	"application/vnd.rn-realmedia-vbr": ["rmvb"],
	"application/vnd.route66.link66+xml": ["link66"],
	"application/vnd.sailingtracker.track": ["st"],
	"application/vnd.seemail": ["see"],
	"application/vnd.sema": ["sema"],
	"application/vnd.semd": ["semd"],
	"application/vnd.semf": ["semf"],
	"application/vnd.shana.informed.formdata": ["ifm"],
	"application/vnd.shana.informed.formtemplate": ["itp"],
	"application/vnd.shana.informed.interchange": ["iif"],
	"application/vnd.shana.informed.package": ["ipk"],
	"application/vnd.simtech-mindmapper": ["twd", "twds"],
	"application/vnd.smaf": ["mmf"],
	"application/vnd.smart.teacher": ["teacher"],
	"application/vnd.software602.filler.form+xml": ["fo"],
	"application/vnd.solent.sdkm+xml": ["sdkm", "sdkd"],
	"application/vnd.spotfire.dxp": ["dxp"],
	"application/vnd.spotfire.sfs": ["sfs"],
	"application/vnd.stardivision.calc": ["sdc"],
	"application/vnd.stardivision.draw": ["sda"],
	"application/vnd.stardivision.impress": ["sdd"],
	"application/vnd.stardivision.math": ["smf"],
	"application/vnd.stardivision.writer": ["sdw", "vor"],
	"application/vnd.stardivision.writer-global": ["sgl"],
	"application/vnd.stepmania.package": ["smzip"],
	"application/vnd.stepmania.stepchart": ["sm"],
	"application/vnd.sun.wadl+xml": ["wadl"],
	"application/vnd.sun.xml.calc": ["sxc"],
	"application/vnd.sun.xml.calc.template": ["stc"],
	"application/vnd.sun.xml.draw": ["sxd"],
	"application/vnd.sun.xml.draw.template": ["std"],
	"application/vnd.sun.xml.impress": ["sxi"],
	"application/vnd.sun.xml.impress.template": ["sti"],
	"application/vnd.sun.xml.math": ["sxm"],
	"application/vnd.sun.xml.writer": ["sxw"],
	"application/vnd.sun.xml.writer.global": ["sxg"],
	"application/vnd.sun.xml.writer.template": ["stw"],
	"application/vnd.sus-calendar": ["sus", "susp"],
	"application/vnd.svd": ["svd"],
	"application/vnd.symbian.install": ["sis", "sisx"],
	"application/vnd.syncml+xml": ["xsm"],
	"application/vnd.syncml.dm+wbxml": ["bdm"],
	"application/vnd.syncml.dm+xml": ["xdm"],
	"application/vnd.syncml.dmddf+xml": ["ddf"],
	"application/vnd.tao.intent-module-archive": ["tao"],
	"application/vnd.tcpdump.pcap": [
		"pcap",
		"cap",
		"dmp"
	],
	"application/vnd.tmobile-livetv": ["tmo"],
	"application/vnd.trid.tpt": ["tpt"],
	"application/vnd.triscape.mxs": ["mxs"],
	"application/vnd.trueapp": ["tra"],
	"application/vnd.ufdl": ["ufd", "ufdl"],
	"application/vnd.uiq.theme": ["utz"],
	"application/vnd.umajin": ["umj"],
	"application/vnd.unity": ["unityweb"],
	"application/vnd.uoml+xml": ["uoml", "uo"],
	"application/vnd.vcx": ["vcx"],
	"application/vnd.visio": [
		"vsd",
		"vst",
		"vss",
		"vsw",
		"vsdx",
		"vtx"
	],
	"application/vnd.visionary": ["vis"],
	"application/vnd.vsf": ["vsf"],
	"application/vnd.wap.wbxml": ["wbxml"],
	"application/vnd.wap.wmlc": ["wmlc"],
	"application/vnd.wap.wmlscriptc": ["wmlsc"],
	"application/vnd.webturbo": ["wtb"],
	"application/vnd.wolfram.player": ["nbp"],
	"application/vnd.wordperfect": ["wpd"],
	"application/vnd.wqd": ["wqd"],
	"application/vnd.wt.stf": ["stf"],
	"application/vnd.xara": ["xar"],
	"application/vnd.xfdl": ["xfdl"],
	"application/vnd.yamaha.hv-dic": ["hvd"],
	"application/vnd.yamaha.hv-script": ["hvs"],
	"application/vnd.yamaha.hv-voice": ["hvp"],
	"application/vnd.yamaha.openscoreformat": ["osf"],
	"application/vnd.yamaha.openscoreformat.osfpvg+xml": ["osfpvg"],
	"application/vnd.yamaha.smaf-audio": ["saf"],
	"application/vnd.yamaha.smaf-phrase": ["spf"],
	"application/vnd.yellowriver-custom-menu": ["cmp"],
	"application/vnd.zul": ["zir", "zirz"],
	"application/vnd.zzazz.deck+xml": ["zaz"],
	"application/x-7z-compressed": ["7z"],
	"application/x-abiword": ["abw"],
	"application/x-ace-compressed": ["ace"],
	"application/x-apple-diskimage": ["*dmg"],
	"application/x-arj": ["arj"],
	"application/x-authorware-bin": [
		"aab",
		"x32",
		"u32",
		"vox"
	],
	"application/x-authorware-map": ["aam"],
	"application/x-authorware-seg": ["aas"],
	"application/x-bcpio": ["bcpio"],
	"application/x-bdoc": ["*bdoc"],
	"application/x-bittorrent": ["torrent"],
	"application/x-blender": ["blend"],
	"application/x-blorb": ["blb", "blorb"],
	"application/x-bzip": ["bz"],
	"application/x-bzip2": ["bz2", "boz"],
	"application/x-cbr": [
		"cbr",
		"cba",
		"cbt",
		"cbz",
		"cb7"
	],
	"application/x-cdlink": ["vcd"],
	"application/x-cfs-compressed": ["cfs"],
	"application/x-chat": ["chat"],
	"application/x-chess-pgn": ["pgn"],
	"application/x-chrome-extension": ["crx"],
	"application/x-cocoa": ["cco"],
	"application/x-compressed": ["*rar"],
	"application/x-conference": ["nsc"],
	"application/x-cpio": ["cpio"],
	"application/x-csh": ["csh"],
	"application/x-debian-package": ["*deb", "udeb"],
	"application/x-dgc-compressed": ["dgc"],
	"application/x-director": [
		"dir",
		"dcr",
		"dxr",
		"cst",
		"cct",
		"cxt",
		"w3d",
		"fgd",
		"swa"
	],
	"application/x-doom": ["wad"],
	"application/x-dtbncx+xml": ["ncx"],
	"application/x-dtbook+xml": ["dtb"],
	"application/x-dtbresource+xml": ["res"],
	"application/x-dvi": ["dvi"],
	"application/x-envoy": ["evy"],
	"application/x-eva": ["eva"],
	"application/x-font-bdf": ["bdf"],
	"application/x-font-ghostscript": ["gsf"],
	"application/x-font-linux-psf": ["psf"],
	"application/x-font-pcf": ["pcf"],
	"application/x-font-snf": ["snf"],
	"application/x-font-type1": [
		"pfa",
		"pfb",
		"pfm",
		"afm"
	],
	"application/x-freearc": ["arc"],
	"application/x-futuresplash": ["spl"],
	"application/x-gca-compressed": ["gca"],
	"application/x-glulx": ["ulx"],
	"application/x-gnumeric": ["gnumeric"],
	"application/x-gramps-xml": ["gramps"],
	"application/x-gtar": ["gtar"],
	"application/x-hdf": ["hdf"],
	"application/x-httpd-php": ["php"],
	"application/x-install-instructions": ["install"],
	"application/x-ipynb+json": ["ipynb"],
	"application/x-iso9660-image": ["*iso"],
	"application/x-iwork-keynote-sffkey": ["*key"],
	"application/x-iwork-numbers-sffnumbers": ["*numbers"],
	"application/x-iwork-pages-sffpages": ["*pages"],
	"application/x-java-archive-diff": ["jardiff"],
	"application/x-java-jnlp-file": ["jnlp"],
	"application/x-keepass2": ["kdbx"],
	"application/x-latex": ["latex"],
	"application/x-lua-bytecode": ["luac"],
	"application/x-lzh-compressed": ["lzh", "lha"],
	"application/x-makeself": ["run"],
	"application/x-mie": ["mie"],
	"application/x-mobipocket-ebook": ["*prc", "mobi"],
	"application/x-ms-application": ["application"],
	"application/x-ms-shortcut": ["lnk"],
	"application/x-ms-wmd": ["wmd"],
	"application/x-ms-wmz": ["wmz"],
	"application/x-ms-xbap": ["xbap"],
	"application/x-msaccess": ["mdb"],
	"application/x-msbinder": ["obd"],
	"application/x-mscardfile": ["crd"],
	"application/x-msclip": ["clp"],
	"application/x-msdos-program": ["*exe"],
	"application/x-msdownload": [
		"*exe",
		"*dll",
		"com",
		"bat",
		"*msi"
	],
	"application/x-msmediaview": [
		"mvb",
		"m13",
		"m14"
	],
	"application/x-msmetafile": [
		"*wmf",
		"*wmz",
		"*emf",
		"emz"
	],
	"application/x-msmoney": ["mny"],
	"application/x-mspublisher": ["pub"],
	"application/x-msschedule": ["scd"],
	"application/x-msterminal": ["trm"],
	"application/x-mswrite": ["wri"],
	"application/x-netcdf": ["nc", "cdf"],
	"application/x-ns-proxy-autoconfig": ["pac"],
	"application/x-nzb": ["nzb"],
	"application/x-perl": ["pl", "pm"],
	"application/x-pilot": ["*prc", "*pdb"],
	"application/x-pkcs12": ["p12", "pfx"],
	"application/x-pkcs7-certificates": ["p7b", "spc"],
	"application/x-pkcs7-certreqresp": ["p7r"],
	"application/x-rar-compressed": ["*rar"],
	"application/x-redhat-package-manager": ["rpm"],
	"application/x-research-info-systems": ["ris"],
	"application/x-sea": ["sea"],
	"application/x-sh": ["sh"],
	"application/x-shar": ["shar"],
	"application/x-shockwave-flash": ["swf"],
	"application/x-silverlight-app": ["xap"],
	"application/x-sql": ["*sql"],
	"application/x-stuffit": ["sit"],
	"application/x-stuffitx": ["sitx"],
	"application/x-subrip": ["srt"],
	"application/x-sv4cpio": ["sv4cpio"],
	"application/x-sv4crc": ["sv4crc"],
	"application/x-t3vm-image": ["t3"],
	"application/x-tads": ["gam"],
	"application/x-tar": ["tar"],
	"application/x-tcl": ["tcl", "tk"],
	"application/x-tex": ["tex"],
	"application/x-tex-tfm": ["tfm"],
	"application/x-texinfo": ["texinfo", "texi"],
	"application/x-tgif": ["*obj"],
	"application/x-ustar": ["ustar"],
	"application/x-virtualbox-hdd": ["hdd"],
	"application/x-virtualbox-ova": ["ova"],
	"application/x-virtualbox-ovf": ["ovf"],
	"application/x-virtualbox-vbox": ["vbox"],
	"application/x-virtualbox-vbox-extpack": ["vbox-extpack"],
	"application/x-virtualbox-vdi": ["vdi"],
	"application/x-virtualbox-vhd": ["vhd"],
	"application/x-virtualbox-vmdk": ["vmdk"],
	"application/x-wais-source": ["src"],
	"application/x-web-app-manifest+json": ["webapp"],
	"application/x-x509-ca-cert": [
		"der",
		"crt",
		"pem"
	],
	"application/x-xfig": ["fig"],
	"application/x-xliff+xml": ["*xlf"],
	"application/x-xpinstall": ["xpi"],
	"application/x-xz": ["xz"],
	"application/x-zip-compressed": ["*zip"],
	"application/x-zmachine": [
		"z1",
		"z2",
		"z3",
		"z4",
		"z5",
		"z6",
		"z7",
		"z8"
	],
	"audio/vnd.dece.audio": ["uva", "uvva"],
	"audio/vnd.digital-winds": ["eol"],
	"audio/vnd.dra": ["dra"],
	"audio/vnd.dts": ["dts"],
	"audio/vnd.dts.hd": ["dtshd"],
	"audio/vnd.lucent.voice": ["lvp"],
	"audio/vnd.ms-playready.media.pya": ["pya"],
	"audio/vnd.nuera.ecelp4800": ["ecelp4800"],
	"audio/vnd.nuera.ecelp7470": ["ecelp7470"],
	"audio/vnd.nuera.ecelp9600": ["ecelp9600"],
	"audio/vnd.rip": ["rip"],
	"audio/x-aac": ["*aac"],
	"audio/x-aiff": [
		"aif",
		"aiff",
		"aifc"
	],
	"audio/x-caf": ["caf"],
	"audio/x-flac": ["flac"],
	"audio/x-m4a": ["*m4a"],
	"audio/x-matroska": ["mka"],
	"audio/x-mpegurl": ["m3u"],
	"audio/x-ms-wax": ["wax"],
	"audio/x-ms-wma": ["wma"],
	"audio/x-pn-realaudio": ["ram", "ra"],
	"audio/x-pn-realaudio-plugin": ["rmp"],
	"audio/x-realaudio": ["*ra"],
	"audio/x-wav": ["*wav"],
	"chemical/x-cdx": ["cdx"],
	"chemical/x-cif": ["cif"],
	"chemical/x-cmdf": ["cmdf"],
	"chemical/x-cml": ["cml"],
	"chemical/x-csml": ["csml"],
	"chemical/x-xyz": ["xyz"],
	"image/prs.btif": ["btif", "btf"],
	"image/prs.pti": ["pti"],
	"image/vnd.adobe.photoshop": ["psd"],
	"image/vnd.airzip.accelerator.azv": ["azv"],
	"image/vnd.blockfact.facti": ["facti"],
	"image/vnd.dece.graphic": [
		"uvi",
		"uvvi",
		"uvg",
		"uvvg"
	],
	"image/vnd.djvu": ["djvu", "djv"],
	"image/vnd.dvb.subtitle": ["*sub"],
	"image/vnd.dwg": ["dwg"],
	"image/vnd.dxf": ["dxf"],
	"image/vnd.fastbidsheet": ["fbs"],
	"image/vnd.fpx": ["fpx"],
	"image/vnd.fst": ["fst"],
	"image/vnd.fujixerox.edmics-mmr": ["mmr"],
	"image/vnd.fujixerox.edmics-rlc": ["rlc"],
	"image/vnd.microsoft.icon": ["ico"],
	"image/vnd.ms-dds": ["dds"],
	"image/vnd.ms-modi": ["mdi"],
	"image/vnd.ms-photo": ["wdp"],
	"image/vnd.net-fpx": ["npx"],
	"image/vnd.pco.b16": ["b16"],
	"image/vnd.tencent.tap": ["tap"],
	"image/vnd.valve.source.texture": ["vtf"],
	"image/vnd.wap.wbmp": ["wbmp"],
	"image/vnd.xiff": ["xif"],
	"image/vnd.zbrush.pcx": ["pcx"],
	"image/x-3ds": ["3ds"],
	"image/x-adobe-dng": ["dng"],
	"image/x-cmu-raster": ["ras"],
	"image/x-cmx": ["cmx"],
	"image/x-freehand": [
		"fh",
		"fhc",
		"fh4",
		"fh5",
		"fh7"
	],
	"image/x-icon": ["*ico"],
	"image/x-jng": ["jng"],
	"image/x-mrsid-image": ["sid"],
	"image/x-ms-bmp": ["*bmp"],
	"image/x-pcx": ["*pcx"],
	"image/x-pict": ["pic", "pct"],
	"image/x-portable-anymap": ["pnm"],
	"image/x-portable-bitmap": ["pbm"],
	"image/x-portable-graymap": ["pgm"],
	"image/x-portable-pixmap": ["ppm"],
	"image/x-rgb": ["rgb"],
	"image/x-tga": ["tga"],
	"image/x-xbitmap": ["xbm"],
	"image/x-xpixmap": ["xpm"],
	"image/x-xwindowdump": ["xwd"],
	"message/vnd.wfa.wsc": ["wsc"],
	"model/vnd.bary": ["bary"],
	"model/vnd.cld": ["cld"],
	"model/vnd.collada+xml": ["dae"],
	"model/vnd.dwf": ["dwf"],
	"model/vnd.gdl": ["gdl"],
	"model/vnd.gtw": ["gtw"],
	"model/vnd.mts": ["*mts"],
	"model/vnd.opengex": ["ogex"],
	"model/vnd.parasolid.transmit.binary": ["x_b"],
	"model/vnd.parasolid.transmit.text": ["x_t"],
	"model/vnd.pytha.pyox": ["pyo", "pyox"],
	"model/vnd.sap.vds": ["vds"],
	"model/vnd.usda": ["usda"],
	"model/vnd.usdz+zip": ["usdz"],
	"model/vnd.valve.source.compiled-map": ["bsp"],
	"model/vnd.vtu": ["vtu"],
	"text/prs.lines.tag": ["dsc"],
	"text/vnd.curl": ["curl"],
	"text/vnd.curl.dcurl": ["dcurl"],
	"text/vnd.curl.mcurl": ["mcurl"],
	"text/vnd.curl.scurl": ["scurl"],
	"text/vnd.dvb.subtitle": ["sub"],
	"text/vnd.familysearch.gedcom": ["ged"],
	"text/vnd.fly": ["fly"],
	"text/vnd.fmi.flexstor": ["flx"],
	"text/vnd.graphviz": ["gv"],
	"text/vnd.in3d.3dml": ["3dml"],
	"text/vnd.in3d.spot": ["spot"],
	"text/vnd.sun.j2me.app-descriptor": ["jad"],
	"text/vnd.wap.wml": ["wml"],
	"text/vnd.wap.wmlscript": ["wmls"],
	"text/x-asm": ["s", "asm"],
	"text/x-c": [
		"c",
		"cc",
		"cxx",
		"cpp",
		"h",
		"hh",
		"dic"
	],
	"text/x-component": ["htc"],
	"text/x-fortran": [
		"f",
		"for",
		"f77",
		"f90"
	],
	"text/x-handlebars-template": ["hbs"],
	"text/x-java-source": ["java"],
	"text/x-lua": ["lua"],
	"text/x-markdown": ["mkd"],
	"text/x-nfo": ["nfo"],
	"text/x-opml": ["opml"],
	"text/x-org": ["*org"],
	"text/x-pascal": ["p", "pas"],
	"text/x-processing": ["pde"],
	"text/x-sass": ["sass"],
	"text/x-scss": ["scss"],
	"text/x-setext": ["etx"],
	"text/x-sfv": ["sfv"],
	"text/x-suse-ymp": ["ymp"],
	"text/x-uuencode": ["uu"],
	"text/x-vcalendar": ["vcs"],
	"text/x-vcard": ["vcf"],
	"video/vnd.dece.hd": ["uvh", "uvvh"],
	"video/vnd.dece.mobile": ["uvm", "uvvm"],
	"video/vnd.dece.pd": ["uvp", "uvvp"],
	"video/vnd.dece.sd": ["uvs", "uvvs"],
	"video/vnd.dece.video": ["uvv", "uvvv"],
	"video/vnd.dvb.file": ["dvb"],
	"video/vnd.fvt": ["fvt"],
	"video/vnd.mpegurl": ["mxu", "m4u"],
	"video/vnd.ms-playready.media.pyv": ["pyv"],
	"video/vnd.uvvu.mp4": ["uvu", "uvvu"],
	"video/vnd.vivo": ["viv"],
	"video/x-f4v": ["f4v"],
	"video/x-fli": ["fli"],
	"video/x-flv": ["flv"],
	"video/x-m4v": ["m4v"],
	"video/x-matroska": [
		"mkv",
		"mk3d",
		"mks"
	],
	"video/x-mng": ["mng"],
	"video/x-ms-asf": ["asf", "asx"],
	"video/x-ms-vob": ["vob"],
	"video/x-ms-wm": ["wm"],
	"video/x-ms-wmv": ["wmv"],
	"video/x-ms-wmx": ["wmx"],
	"video/x-ms-wvx": ["wvx"],
	"video/x-msvideo": ["avi"],
	"video/x-sgi-movie": ["movie"],
	"video/x-smv": ["smv"],
	"x-conference/x-cooltalk": ["ice"]
};
Object.freeze(types$1);
// ../../node_modules/.pnpm/mime@4.1.2/node_modules/mime/dist/types/standard.js
const types = {
	"application/andrew-inset": ["ez"],
	"application/appinstaller": ["appinstaller"],
	"application/applixware": ["aw"],
	"application/appx": ["appx"],
	"application/appxbundle": ["appxbundle"],
	"application/atom+xml": ["atom"],
	"application/atomcat+xml": ["atomcat"],
	"application/atomdeleted+xml": ["atomdeleted"],
	"application/atomsvc+xml": ["atomsvc"],
	"application/atsc-dwd+xml": ["dwd"],
	"application/atsc-held+xml": ["held"],
	"application/atsc-rsat+xml": ["rsat"],
	"application/automationml-aml+xml": ["aml"],
	"application/automationml-amlx+zip": ["amlx"],
	"application/bdoc": ["bdoc"],
	"application/calendar+xml": ["xcs"],
	"application/ccxml+xml": ["ccxml"],
	"application/cdfx+xml": ["cdfx"],
	"application/cdmi-capability": ["cdmia"],
	"application/cdmi-container": ["cdmic"],
	"application/cdmi-domain": ["cdmid"],
	"application/cdmi-object": ["cdmio"],
	"application/cdmi-queue": ["cdmiq"],
	"application/cpl+xml": ["cpl"],
	"application/cu-seeme": ["cu"],
	"application/cwl": ["cwl"],
	"application/dash+xml": ["mpd"],
	"application/dash-patch+xml": ["mpp"],
	"application/davmount+xml": ["davmount"],
	"application/dicom": ["dcm"],
	"application/docbook+xml": ["dbk"],
	"application/dssc+der": ["dssc"],
	"application/dssc+xml": ["xdssc"],
	"application/ecmascript": ["ecma"],
	"application/emma+xml": ["emma"],
	"application/emotionml+xml": ["emotionml"],
	"application/epub+zip": ["epub"],
	"application/exi": ["exi"],
	"application/express": ["exp"],
	"application/fdf": ["fdf"],
	"application/fdt+xml": ["fdt"],
	"application/font-tdpfr": ["pfr"],
	"application/geo+json": ["geojson"],
	"application/gml+xml": ["gml"],
	"application/gpx+xml": ["gpx"],
	"application/gxf": ["gxf"],
	"application/gzip": ["gz"],
	"application/hjson": ["hjson"],
	"application/hyperstudio": ["stk"],
	"application/inkml+xml": ["ink", "inkml"],
	"application/ipfix": ["ipfix"],
	"application/its+xml": ["its"],
	"application/java-archive": [
		"jar",
		"war",
		"ear"
	],
	"application/java-serialized-object": ["ser"],
	"application/java-vm": ["class"],
	"application/javascript": ["*js"],
	"application/json": ["json", "map"],
	"application/json5": ["json5"],
	"application/jsonml+json": ["jsonml"],
	"application/ld+json": ["jsonld"],
	"application/lgr+xml": ["lgr"],
	"application/lost+xml": ["lostxml"],
	"application/mac-binhex40": ["hqx"],
	"application/mac-compactpro": ["cpt"],
	"application/mads+xml": ["mads"],
	"application/manifest+json": ["webmanifest"],
	"application/marc": ["mrc"],
	"application/marcxml+xml": ["mrcx"],
	"application/mathematica": [
		"ma",
		"nb",
		"mb"
	],
	"application/mathml+xml": ["mathml"],
	"application/mbox": ["mbox"],
	"application/media-policy-dataset+xml": ["mpf"],
	"application/mediaservercontrol+xml": ["mscml"],
	"application/metalink+xml": ["metalink"],
	"application/metalink4+xml": ["meta4"],
	"application/mets+xml": ["mets"],
	"application/mmt-aei+xml": ["maei"],
	"application/mmt-usd+xml": ["musd"],
	"application/mods+xml": ["mods"],
	"application/mp21": ["m21", "mp21"],
	"application/mp4": [
		"*mp4",
		"*mpg4",
		"mp4s",
		"m4p"
	],
	"application/msix": ["msix"],
	"application/msixbundle": ["msixbundle"],
	"application/msword": ["doc", "dot"],
	"application/mxf": ["mxf"],
	"application/n-quads": ["nq"],
	"application/n-triples": ["nt"],
	"application/node": ["cjs"],
	"application/octet-stream": [
		"bin",
		"dms",
		"lrf",
		"mar",
		"so",
		"dist",
		"distz",
		"pkg",
		"bpk",
		"dump",
		"elc",
		"deploy",
		"exe",
		"dll",
		"deb",
		"dmg",
		"iso",
		"img",
		"msi",
		"msp",
		"msm",
		"buffer"
	],
	"application/oda": ["oda"],
	"application/oebps-package+xml": ["opf"],
	"application/ogg": ["ogx"],
	"application/omdoc+xml": ["omdoc"],
	"application/onenote": [
		"onetoc",
		"onetoc2",
		"onetmp",
		"onepkg",
		"one",
		"onea"
	],
	"application/oxps": ["oxps"],
	"application/p2p-overlay+xml": ["relo"],
	"application/patch-ops-error+xml": ["xer"],
	"application/pdf": ["pdf"],
	"application/pgp-encrypted": ["pgp"],
	"application/pgp-keys": ["asc"],
	"application/pgp-signature": ["sig", "*asc"],
	"application/pics-rules": ["prf"],
	"application/pkcs10": ["p10"],
	"application/pkcs7-mime": ["p7m", "p7c"],
	"application/pkcs7-signature": ["p7s"],
	"application/pkcs8": ["p8"],
	"application/pkix-attr-cert": ["ac"],
	"application/pkix-cert": ["cer"],
	"application/pkix-crl": ["crl"],
	"application/pkix-pkipath": ["pkipath"],
	"application/pkixcmp": ["pki"],
	"application/pls+xml": ["pls"],
	"application/postscript": [
		"ai",
		"eps",
		"ps"
	],
	"application/provenance+xml": ["provx"],
	"application/pskc+xml": ["pskcxml"],
	"application/raml+yaml": ["raml"],
	"application/rdf+xml": ["rdf", "owl"],
	"application/reginfo+xml": ["rif"],
	"application/relax-ng-compact-syntax": ["rnc"],
	"application/resource-lists+xml": ["rl"],
	"application/resource-lists-diff+xml": ["rld"],
	"application/rls-services+xml": ["rs"],
	"application/route-apd+xml": ["rapd"],
	"application/route-s-tsid+xml": ["sls"],
	"application/route-usd+xml": ["rusd"],
	"application/rpki-ghostbusters": ["gbr"],
	"application/rpki-manifest": ["mft"],
	"application/rpki-roa": ["roa"],
	"application/rsd+xml": ["rsd"],
	"application/rss+xml": ["rss"],
	"application/rtf": ["rtf"],
	"application/sbml+xml": ["sbml"],
	"application/scvp-cv-request": ["scq"],
	"application/scvp-cv-response": ["scs"],
	"application/scvp-vp-request": ["spq"],
	"application/scvp-vp-response": ["spp"],
	"application/sdp": ["sdp"],
	"application/senml+xml": ["senmlx"],
	"application/sensml+xml": ["sensmlx"],
	"application/set-payment-initiation": ["setpay"],
	"application/set-registration-initiation": ["setreg"],
	"application/shf+xml": ["shf"],
	"application/sieve": ["siv", "sieve"],
	"application/smil+xml": ["smi", "smil"],
	"application/sparql-query": ["rq"],
	"application/sparql-results+xml": ["srx"],
	"application/sql": ["sql"],
	"application/srgs": ["gram"],
	"application/srgs+xml": ["grxml"],
	"application/sru+xml": ["sru"],
	"application/ssdl+xml": ["ssdl"],
	"application/ssml+xml": ["ssml"],
	"application/swid+xml": ["swidtag"],
	"application/tei+xml": ["tei", "teicorpus"],
	"application/thraud+xml": ["tfi"],
	"application/timestamped-data": ["tsd"],
	"application/toml": ["toml"],
	"application/trig": ["trig"],
	"application/ttml+xml": ["ttml"],
	"application/ubjson": ["ubj"],
	"application/urc-ressheet+xml": ["rsheet"],
	"application/urc-targetdesc+xml": ["td"],
	"application/voicexml+xml": ["vxml"],
	"application/wasm": ["wasm"],
	"application/watcherinfo+xml": ["wif"],
	"application/widget": ["wgt"],
	"application/winhlp": ["hlp"],
	"application/wsdl+xml": ["wsdl"],
	"application/wspolicy+xml": ["wspolicy"],
	"application/xaml+xml": ["xaml"],
	"application/xcap-att+xml": ["xav"],
	"application/xcap-caps+xml": ["xca"],
	"application/xcap-diff+xml": ["xdf"],
	"application/xcap-el+xml": ["xel"],
	"application/xcap-ns+xml": ["xns"],
	"application/xenc+xml": ["xenc"],
	"application/xfdf": ["xfdf"],
	"application/xhtml+xml": ["xhtml", "xht"],
	"application/xliff+xml": ["xlf"],
	"application/xml": [
		"xml",
		"xsl",
		"xsd",
		"rng"
	],
	"application/xml-dtd": ["dtd"],
	"application/xop+xml": ["xop"],
	"application/xproc+xml": ["xpl"],
	"application/xslt+xml": ["*xsl", "xslt"],
	"application/xspf+xml": ["xspf"],
	"application/xv+xml": [
		"mxml",
		"xhvml",
		"xvml",
		"xvm"
	],
	"application/yang": ["yang"],
	"application/yin+xml": ["yin"],
	"application/zip": ["zip"],
	"application/zip+dotlottie": ["lottie"],
	"audio/3gpp": ["*3gpp"],
	"audio/aac": ["adts", "aac"],
	"audio/adpcm": ["adp"],
	"audio/amr": ["amr"],
	"audio/basic": ["au", "snd"],
	"audio/midi": [
		"mid",
		"midi",
		"kar",
		"rmi"
	],
	"audio/mobile-xmf": ["mxmf"],
	"audio/mp3": ["*mp3"],
	"audio/mp4": [
		"m4a",
		"mp4a",
		"m4b"
	],
	"audio/mpeg": [
		"mpga",
		"mp2",
		"mp2a",
		"mp3",
		"m2a",
		"m3a"
	],
	"audio/ogg": [
		"oga",
		"ogg",
		"spx",
		"opus"
	],
	"audio/s3m": ["s3m"],
	"audio/silk": ["sil"],
	"audio/wav": ["wav"],
	"audio/wave": ["*wav"],
	"audio/webm": ["weba"],
	"audio/xm": ["xm"],
	"font/collection": ["ttc"],
	"font/otf": ["otf"],
	"font/ttf": ["ttf"],
	"font/woff": ["woff"],
	"font/woff2": ["woff2"],
	"image/aces": ["exr"],
	"image/apng": ["apng"],
	"image/avci": ["avci"],
	"image/avcs": ["avcs"],
	"image/avif": ["avif"],
	"image/bmp": ["bmp", "dib"],
	"image/cgm": ["cgm"],
	"image/dicom-rle": ["drle"],
	"image/dpx": ["dpx"],
	"image/emf": ["emf"],
	"image/fits": ["fits"],
	"image/g3fax": ["g3"],
	"image/gif": ["gif"],
	"image/heic": ["heic"],
	"image/heic-sequence": ["heics"],
	"image/heif": ["heif"],
	"image/heif-sequence": ["heifs"],
	"image/hej2k": ["hej2"],
	"image/ief": ["ief"],
	"image/jaii": ["jaii"],
	"image/jais": ["jais"],
	"image/jls": ["jls"],
	"image/jp2": ["jp2", "jpg2"],
	"image/jpeg": [
		"jpg",
		"jpeg",
		"jpe"
	],
	"image/jph": ["jph"],
	"image/jphc": ["jhc"],
	"image/jpm": ["jpm", "jpgm"],
	"image/jpx": ["jpx", "jpf"],
	"image/jxl": ["jxl"],
	"image/jxr": ["jxr"],
	"image/jxra": ["jxra"],
	"image/jxrs": ["jxrs"],
	"image/jxs": ["jxs"],
	"image/jxsc": ["jxsc"],
	"image/jxsi": ["jxsi"],
	"image/jxss": ["jxss"],
	"image/ktx": ["ktx"],
	"image/ktx2": ["ktx2"],
	"image/pjpeg": ["jfif"],
	"image/png": ["png"],
	"image/sgi": ["sgi"],
	"image/svg+xml": ["svg", "svgz"],
	"image/t38": ["t38"],
	"image/tiff": ["tif", "tiff"],
	"image/tiff-fx": ["tfx"],
	"image/webp": ["webp"],
	"image/wmf": ["wmf"],
	"message/disposition-notification": ["disposition-notification"],
	"message/global": ["u8msg"],
	"message/global-delivery-status": ["u8dsn"],
	"message/global-disposition-notification": ["u8mdn"],
	"message/global-headers": ["u8hdr"],
	"message/rfc822": [
		"eml",
		"mime",
		"mht",
		"mhtml"
	],
	"model/3mf": ["3mf"],
	"model/gltf+json": ["gltf"],
	"model/gltf-binary": ["glb"],
	"model/iges": ["igs", "iges"],
	"model/jt": ["jt"],
	"model/mesh": [
		"msh",
		"mesh",
		"silo"
	],
	"model/mtl": ["mtl"],
	"model/obj": ["obj"],
	"model/prc": ["prc"],
	"model/step": [
		"step",
		"stp",
		"stpnc",
		"p21",
		"210"
	],
	"model/step+xml": ["stpx"],
	"model/step+zip": ["stpz"],
	"model/step-xml+zip": ["stpxz"],
	"model/stl": ["stl"],
	"model/u3d": ["u3d"],
	"model/vrml": ["wrl", "vrml"],
	"model/x3d+binary": ["*x3db", "x3dbz"],
	"model/x3d+fastinfoset": ["x3db"],
	"model/x3d+vrml": ["*x3dv", "x3dvz"],
	"model/x3d+xml": ["x3d", "x3dz"],
	"model/x3d-vrml": ["x3dv"],
	"text/cache-manifest": ["appcache", "manifest"],
	"text/calendar": ["ics", "ifb"],
	"text/coffeescript": ["coffee", "litcoffee"],
	"text/css": ["css"],
	"text/csv": ["csv"],
	"text/html": [
		"html",
		"htm",
		"shtml"
	],
	"text/jade": ["jade"],
	"text/javascript": ["js", "mjs"],
	"text/jsx": ["jsx"],
	"text/less": ["less"],
	"text/markdown": ["md", "markdown"],
	"text/mathml": ["mml"],
	"text/mdx": ["mdx"],
	"text/n3": ["n3"],
	"text/plain": [
		"txt",
		"text",
		"conf",
		"def",
		"list",
		"log",
		"in",
		"ini"
	],
	"text/richtext": ["rtx"],
	"text/rtf": ["*rtf"],
	"text/sgml": ["sgml", "sgm"],
	"text/shex": ["shex"],
	"text/slim": ["slim", "slm"],
	"text/spdx": ["spdx"],
	"text/stylus": ["stylus", "styl"],
	"text/tab-separated-values": ["tsv"],
	"text/troff": [
		"t",
		"tr",
		"roff",
		"man",
		"me",
		"ms"
	],
	"text/turtle": ["ttl"],
	"text/uri-list": [
		"uri",
		"uris",
		"urls"
	],
	"text/vcard": ["vcard"],
	"text/vtt": ["vtt"],
	"text/wgsl": ["wgsl"],
	"text/xml": ["*xml"],
	"text/yaml": ["yaml", "yml"],
	"video/3gpp": ["3gp", "3gpp"],
	"video/3gpp2": ["3g2"],
	"video/h261": ["h261"],
	"video/h263": ["h263"],
	"video/h264": ["h264"],
	"video/iso.segment": ["m4s"],
	"video/jpeg": ["jpgv"],
	"video/jpm": ["*jpm", "*jpgm"],
	"video/mj2": ["mj2", "mjp2"],
	"video/mp2t": [
		"ts",
		"m2t",
		"m2ts",
		"mts"
	],
	"video/mp4": [
		"mp4",
		"mp4v",
		"mpg4"
	],
	"video/mpeg": [
		"mpeg",
		"mpg",
		"mpe",
		"m1v",
		"m2v"
	],
	"video/ogg": ["ogv"],
	"video/quicktime": ["qt", "mov"],
	"video/webm": ["webm"]
};
Object.freeze(types);
// ../../node_modules/.pnpm/mime@4.1.2/node_modules/mime/dist/src/Mime.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
	if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
	if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
	return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _Mime_extensionToType;
var _Mime_typeToExtension;
var _Mime_typeToExtensions;
var Mime = class {
	constructor(...args) {
		_Mime_extensionToType.set(this, new Map());
		_Mime_typeToExtension.set(this, new Map());
		_Mime_typeToExtensions.set(this, new Map());
		for (const arg of args) this.define(arg);
	}
	define(typeMap, force = false) {
		for (let [type, extensions] of Object.entries(typeMap)) {
			type = type.toLowerCase();
			extensions = extensions.map((ext) => ext.toLowerCase());
			let allExtensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
			if (!allExtensions) {
				allExtensions = new Set();
				__classPrivateFieldGet(this, _Mime_typeToExtensions, "f").set(type, allExtensions);
			}
			let first = true;
			for (let extension of extensions) {
				const starred = extension.startsWith("*");
				extension = starred ? extension.slice(1) : extension;
				allExtensions.add(extension);
				if (first) __classPrivateFieldGet(this, _Mime_typeToExtension, "f").set(type, extension);
				first = false;
				if (starred) continue;
				const currentType = __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(extension);
				if (currentType && currentType != type && !force) throw new Error(`"${type} -> ${extension}" conflicts with "${currentType} -> ${extension}". Pass \`force=true\` to override this definition.`);
				__classPrivateFieldGet(this, _Mime_extensionToType, "f").set(extension, type);
			}
		}
		return this;
	}
	getType(path) {
		if (typeof path !== "string") return null;
		const last = path.replace(/^.*[/\\]/s, "").toLowerCase();
		const ext = last.replace(/^.*\./s, "").toLowerCase();
		const hasPath = last.length < path.length;
		if (!(ext.length < last.length - 1) && hasPath) return null;
		return __classPrivateFieldGet(this, _Mime_extensionToType, "f").get(ext) ?? null;
	}
	getExtension(type) {
		if (typeof type !== "string") return null;
		type = type?.split?.(";")[0];
		return (type && __classPrivateFieldGet(this, _Mime_typeToExtension, "f").get(type.trim().toLowerCase())) ?? null;
	}
	getAllExtensions(type) {
		if (typeof type !== "string") return null;
		type = type.split(";")[0].trim().toLowerCase();
		const extensions = __classPrivateFieldGet(this, _Mime_typeToExtensions, "f").get(type);
		return extensions ? new Set(extensions) : null;
	}
	_freeze() {
		this.define = () => {
			throw new Error("define() not allowed for built-in Mime objects. See https://github.com/broofa/mime/blob/main/README.md#custom-mime-instances");
		};
		Object.freeze(this);
		return this;
	}
	_getTestState() {
		return {
			types: __classPrivateFieldGet(this, _Mime_extensionToType, "f"),
			extensions: __classPrivateFieldGet(this, _Mime_typeToExtension, "f")
		};
	}
};
_Mime_extensionToType = new WeakMap(), _Mime_typeToExtension = new WeakMap(), _Mime_typeToExtensions = new WeakMap();
// ../../node_modules/.pnpm/mime@4.1.2/node_modules/mime/dist/src/index.js
var src_default = new Mime(types, types$1)._freeze();
// ../../packages/core/dist/resources/mime.js
const MAGIC = [
	[[
		137,
		80,
		78,
		71
	], "image/png"],
	[[
		255,
		216,
		255
	], "image/jpeg"],
	[[
		71,
		73,
		70,
		56
	], "image/gif"],
	[[
		37,
		80,
		68,
		70
	], "application/pdf"],
	[[
		80,
		75,
		3,
		4
	], "application/zip"],
	[[31, 139], "application/gzip"],
	[[
		82,
		73,
		70,
		70
	], "image/webp"],
	[[
		73,
		68,
		51
	], "audio/mpeg"],
	[[
		79,
		103,
		103,
		83
	], "audio/ogg"]
];
function sniffBytes(bytes) {
	return MAGIC.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1];
}
function sniffText(text) {
	const trimmed = text.trimStart();
	if (/^[[{]/.test(trimmed)) try {
		JSON.parse(text);
		return "application/json";
	} catch {}
	if (/^<svg[\s>]/i.test(trimmed) || /^<\?xml/i.test(trimmed) && /<svg[\s>]/i.test(trimmed)) return "image/svg+xml";
	if (/^<!doctype html|^<html[\s>]/i.test(trimmed)) return "text/html";
	if (/^<\?xml/i.test(trimmed)) return "application/xml";
	if (/^(#{1,6} |[-*] |\d+\. )/m.test(text) && /\n/.test(text)) return "text/markdown";
	return "text/plain";
}
function detectMimeType(hints) {
	for (const candidate of [hints.uri, hints.name]) {
		if (!candidate) continue;
		const path = candidate.replace(/[?#].*$/, "");
		const type = /\.[A-Za-z0-9]+$/.test(path) ? src_default.getType(path) : null;
		if (type) return type;
	}
	if (hints.blob) return sniffBytes(hints.blob) ?? "application/octet-stream";
	if (hints.text != null) return sniffText(hints.text);
}
// ../../packages/core/dist/services/resource-service.js
function toResource(row) {
	return {
		id: row.id,
		uri: row.uri,
		uriTemplate: row.uri_template,
		name: row.name,
		description: row.description,
		mimeType: row.mime_type,
		size: row.size,
		text: row.text,
		blob: row.blob,
		gatewayId: row.gateway_id,
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		version: row.version,
		updatedAt: row.updated_at
	};
}
function contentColumns(content, hints) {
	const bytes = content.blob === null ? null : Buffer.from(content.blob, "base64");
	const size = bytes ? bytes.length : content.text === null ? null : Buffer.byteLength(content.text);
	const detected = detectMimeType({
		name: hints.name,
		uri: hints.uri,
		text: content.text,
		blob: bytes
	});
	return {
		text: content.text,
		blob: content.blob,
		size,
		mime_type: hints.mimeType ?? detected ?? null
	};
}
function createResourceService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("resources").selectAll().where("id", "=", id).executeTakeFirst(), "resource", id);
	}
	return {
		async list(query, viewer, templates = false) {
			const page = await listOwnedRows(db, dialect, "resources", query, viewer, (qb) => qb.where(sql.ref(templates ? "uri_template" : "uri"), "is not", null));
			return {
				items: page.items.map(toResource),
				nextCursor: page.nextCursor
			};
		},
		getRow,
		async get(id, viewer = { all: true }) {
			const row = await getRow(id);
			if (!canView(viewer, row)) throw notFound("resource", id);
			return toResource(row);
		},
		async create(input, actor) {
			if (input.gatewayId) {
				if (!await db.selectFrom("gateways").select("id").where("id", "=", input.gatewayId).executeTakeFirst()) throw notFound("gateway", input.gatewayId);
			}
			const uri = input.uri ?? null;
			const row = {
				id: newId(),
				uri,
				uri_template: input.uriTemplate ?? null,
				name: input.name,
				description: input.description ?? null,
				...contentColumns({
					text: input.content ?? null,
					blob: input.blob ?? null
				}, {
					name: input.name,
					uri,
					mimeType: input.mimeType
				}),
				gateway_id: input.gatewayId ?? null,
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			const key = uri ?? row.uri_template ?? "";
			await guardUnique(dialect, {
				kind: "resource",
				field: "uri",
				value: key
			}, () => db.insertInto("resources").values(row).execute());
			context.events.emit([{
				entity: "resource",
				id: row.id,
				op: "created"
			}]);
			return toResource(row);
		},
		async update(id, input) {
			const before = await getRow(id);
			const contentChanged = input.content !== void 0 || input.blob !== void 0;
			const name = input.name ?? before.name;
			const uri = input.uri === void 0 ? before.uri : input.uri;
			const changes = {
				...input.uri !== void 0 && { uri: input.uri },
				...input.uriTemplate !== void 0 && { uri_template: input.uriTemplate },
				...input.name !== void 0 && { name: input.name },
				...input.description !== void 0 && { description: input.description },
				...input.mimeType !== void 0 && { mime_type: input.mimeType },
				...contentChanged && contentColumns({
					text: input.content ?? null,
					blob: input.blob ?? null
				}, {
					name,
					uri,
					mimeType: input.mimeType
				}),
				...ownedColumnsForUpdate(input)
			};
			await guardUnique(dialect, {
				kind: "resource",
				field: "uri",
				value: uri ?? ""
			}, async () => updateVersioned(db, "resources", id, changes, {
				kind: "resource",
				version: input.version
			}));
			context.events.emit([{
				entity: "resource",
				id,
				op: "updated"
			}]);
			return toResource(await getRow(id));
		},
		async setEnabled(id, enabled) {
			await setRowEnabled(context, "resources", "resource", id, enabled);
			return toResource(await getRow(id));
		},
		remove: (id) => removeMember(context, "resources", "resource", id)
	};
}
// ../../packages/core/dist/services/tool-service.js
const DEFAULT_INPUT_SCHEMA = {
	type: "object",
	properties: {}
};
function toolAuth(row, context) {
	return row.auth_sealed ? JSON.parse(context.sealer.open(row.auth_sealed)) : { type: "none" };
}
function toTool(row, context) {
	return {
		id: row.id,
		name: row.name,
		originalName: row.original_name,
		displayName: row.display_name,
		description: row.description,
		integrationType: row.integration_type,
		requestType: row.request_type,
		url: row.url,
		gatewayId: row.gateway_id,
		grpcServiceId: row.grpc_service_id,
		a2aAgentId: row.a2a_agent_id,
		headers: fromJson(row.headers, {}),
		auth: maskAuth(toolAuth(row, context)),
		inputSchema: fromJson(row.input_schema, DEFAULT_INPUT_SCHEMA),
		outputSchema: fromJson(row.output_schema, null),
		annotations: fromJson(row.annotations, {}),
		integrationConfig: fromJson(row.integration_config, {}),
		timeoutMs: row.timeout_ms,
		rateLimit: fromJson(row.rate_limit, null),
		maxConcurrency: row.max_concurrency,
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		version: row.version,
		updatedAt: row.updated_at
	};
}
function createToolService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("tools").selectAll().where("id", "=", id).executeTakeFirst(), "tool", id);
	}
	return {
		async list(query, viewer) {
			const page = await listOwnedRows(db, dialect, "tools", query, viewer);
			return {
				items: page.items.map((row) => toTool(row, context)),
				nextCursor: page.nextCursor
			};
		},
		getRow,
		async get(id, viewer = { all: true }) {
			const row = await getRow(id);
			if (!canView(viewer, row)) throw notFound("tool", id);
			return toTool(row, context);
		},
		async create(input, actor) {
			await checkRegistration(context, "tool", null, input, actor);
			await checkOutbound(context, input.url, input.auth);
			const name = await exposedMemberName(context, input.name, input.gatewayId);
			const row = {
				a2a_agent_id: null,
				id: newId(),
				name,
				original_name: input.name,
				display_name: input.displayName ?? null,
				description: input.description ?? null,
				integration_type: input.integrationType ?? (input.gatewayId ? "MCP" : "REST"),
				request_type: input.requestType ?? ((input.integrationType ?? "REST") === "REST" ? "POST" : null),
				url: input.url ?? null,
				gateway_id: input.gatewayId ?? null,
				grpc_service_id: null,
				headers: toJson(input.headers ?? {}),
				auth_sealed: input.auth && input.auth.type !== "none" ? context.sealer.seal(JSON.stringify(input.auth)) : null,
				input_schema: toJson(input.inputSchema ?? DEFAULT_INPUT_SCHEMA),
				output_schema: input.outputSchema ? toJson(input.outputSchema) : null,
				annotations: toJson(input.annotations ?? {}),
				integration_config: toJson(input.integrationConfig ?? {}),
				timeout_ms: input.timeoutMs ?? null,
				rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
				max_concurrency: input.maxConcurrency ?? null,
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			await guardUnique(dialect, {
				kind: "tool",
				field: "name",
				value: name
			}, () => db.insertInto("tools").values(row).execute());
			context.events.emit([{
				entity: "tool",
				id: row.id,
				op: "created"
			}]);
			return toTool(row, context);
		},
		async update(id, input, actor) {
			await checkRegistration(context, "tool", id, input, actor);
			await checkOutbound(context, input.url, input.auth);
			const before = await getRow(id);
			const gatewayId = input.gatewayId === void 0 ? before.gateway_id : input.gatewayId;
			validated(ToolIntegrationSchema, {
				integrationType: input.integrationType ?? before.integration_type,
				url: input.url === void 0 ? before.url : input.url,
				gatewayId,
				inputSchema: input.inputSchema ?? fromJson(before.input_schema, DEFAULT_INPUT_SCHEMA),
				integrationConfig: input.integrationConfig ?? fromJson(before.integration_config, {}),
				grpcServiceId: before.grpc_service_id
			});
			if (gatewayId && gatewayId !== before.gateway_id) await exposedMemberName(context, before.original_name, gatewayId);
			const local = !gatewayId && !before.grpc_service_id;
			const changes = {
				...input.name !== void 0 && {
					name: input.name,
					...local && { original_name: input.name }
				},
				...input.displayName !== void 0 && { display_name: input.displayName },
				...input.description !== void 0 && { description: input.description },
				...input.integrationType !== void 0 && { integration_type: input.integrationType },
				...input.requestType !== void 0 && { request_type: input.requestType },
				...input.url !== void 0 && { url: input.url },
				...input.gatewayId !== void 0 && { gateway_id: input.gatewayId },
				...input.headers !== void 0 && { headers: toJson(input.headers) },
				...input.auth !== void 0 && { auth_sealed: input.auth.type === "none" ? null : context.sealer.seal(JSON.stringify(input.auth)) },
				...input.inputSchema !== void 0 && { input_schema: toJson(input.inputSchema) },
				...input.outputSchema !== void 0 && { output_schema: input.outputSchema ? toJson(input.outputSchema) : null },
				...input.annotations !== void 0 && { annotations: toJson(input.annotations) },
				...input.integrationConfig !== void 0 && { integration_config: toJson(input.integrationConfig) },
				...input.timeoutMs !== void 0 && { timeout_ms: input.timeoutMs },
				...input.rateLimit !== void 0 && { rate_limit: input.rateLimit ? toJson(input.rateLimit) : null },
				...input.maxConcurrency !== void 0 && { max_concurrency: input.maxConcurrency },
				...ownedColumnsForUpdate(input)
			};
			await guardUnique(dialect, {
				kind: "tool",
				field: "name",
				value: input.name ?? before.name
			}, async () => updateVersioned(db, "tools", id, changes, {
				kind: "tool",
				version: input.version
			}));
			context.events.emit([{
				entity: "tool",
				id,
				op: "updated"
			}]);
			return toTool(await getRow(id), context);
		},
		async setEnabled(id, enabled) {
			await setRowEnabled(context, "tools", "tool", id, enabled);
			return toTool(await getRow(id), context);
		},
		remove: (id) => removeMember(context, "tools", "tool", id)
	};
}
// ../../packages/core/dist/services/grpc-connection.js
function grpcConnection(row, context) {
	const open = (sealed, empty) => sealed ? JSON.parse(context.sealer.open(sealed)) : empty;
	return {
		target: row.target,
		tls: open(row.tls_sealed, null),
		metadata: open(row.metadata_sealed, {}),
		timeoutMs: row.timeout_ms
	};
}
function toGrpcService(row, context) {
	const { tls, metadata } = grpcConnection(row, context);
	return {
		id: row.id,
		name: row.name,
		slug: row.slug,
		description: row.description,
		target: row.target,
		tlsEnabled: tls !== null,
		tls: tls && {
			ca: Boolean(tls.ca),
			clientCertificate: Boolean(tls.cert),
			serverName: tls.serverName ?? null
		},
		metadataKeys: Object.keys(metadata),
		passthroughHeaders: fromJson(row.passthrough_headers, []),
		timeoutMs: row.timeout_ms,
		services: fromJson(row.services, []),
		status: row.status,
		statusReason: row.status_reason,
		lastReflectedAt: row.last_reflected_at,
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		version: row.version,
		updatedAt: row.updated_at
	};
}
const tlsOf = (input) => input.tls ?? (input.tlsEnabled ? {} : null);
const metadataOf = (input) => input.metadata === void 0 && input.grpcMetadata === void 0 ? void 0 : {
	...input.grpcMetadata,
	...input.metadata
};
// ../../packages/core/dist/catalog/catalog-source.js
function freeze(value) {
	if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
	Object.freeze(value);
	for (const child of Object.values(value)) freeze(child);
	return value;
}
function mapGateway(row, context) {
	const { envKeys, ...gateway } = toGateway(row, context);
	return freeze({
		...gateway,
		auth: gatewayAuth(row, context),
		env: gatewayEnv(row, context)
	});
}
function mapGrpcService(row, context) {
	return freeze({
		id: row.id,
		name: row.name,
		...grpcConnection(row, context),
		passthroughHeaders: fromJson(row.passthrough_headers, []),
		services: fromJson(row.services, []),
		descriptorSet: row.descriptor_set,
		updatedAt: row.updated_at
	});
}
function mapAgent(row, context) {
	const { toolId, toolName, ...agent } = toA2aAgent(row, context, void 0);
	return freeze({
		...agent,
		auth: a2aAgentAuth(row, context)
	});
}
function mapTool(row, context) {
	return freeze({
		...toTool(row, context),
		auth: toolAuth(row, context)
	});
}
function mapServer(row, members) {
	return freeze({
		id: row.id,
		name: row.name,
		description: row.description,
		instructions: row.instructions,
		icons: fromJson(row.icons, []),
		nameStrategy: row.name_strategy,
		rateLimit: fromJson(row.rate_limit, null),
		oauth: fromJson(row.oauth, null),
		a2aAgents: fromJson(row.a2a_agents, []),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		members: [...members].sort((a, b) => a.position - b.position)
	});
}
function put(map, id, value) {
	if (value === void 0) map.delete(id);
	else map.set(id, value);
}
async function loadCatalogSource(context) {
	const { db } = context.store;
	const [gateways, grpcServices, tools, resources, prompts, servers, members, agents] = await Promise.all([
		db.selectFrom("gateways").selectAll().where("enabled", "=", 1).execute(),
		db.selectFrom("grpc_services").selectAll().where("enabled", "=", 1).execute(),
		db.selectFrom("tools").selectAll().where("enabled", "=", 1).execute(),
		db.selectFrom("resources").selectAll().where("enabled", "=", 1).execute(),
		db.selectFrom("prompts").selectAll().where("enabled", "=", 1).execute(),
		db.selectFrom("servers").selectAll().where("enabled", "=", 1).execute(),
		db.selectFrom("server_members").selectAll().execute(),
		db.selectFrom("a2a_agents").selectAll().where("enabled", "=", 1).execute()
	]);
	return {
		gateways: new Map(gateways.map((row) => [row.id, mapGateway(row, context)])),
		grpcServices: new Map(grpcServices.map((row) => [row.id, mapGrpcService(row, context)])),
		tools: new Map(tools.map((row) => [row.id, mapTool(row, context)])),
		resources: new Map(resources.map((row) => [row.id, freeze(toResource(row))])),
		prompts: new Map(prompts.map((row) => [row.id, freeze(toPrompt(row))])),
		servers: new Map(servers.map((row) => [row.id, mapServer(row, members.filter((m) => m.server_id === row.id))])),
		a2aAgents: new Map(agents.map((row) => [row.id, mapAgent(row, context)]))
	};
}
async function applyChanges(context, source, changes) {
	const { db } = context.store;
	const ids = (entity) => [...new Set(changes.filter((c) => c.entity === entity).map((c) => c.id))];
	const enabled = (row) => row && row.enabled === 1 ? row : void 0;
	for (const id of ids("gateway")) {
		const row = enabled(await db.selectFrom("gateways").selectAll().where("id", "=", id).executeTakeFirst());
		put(source.gateways, id, row && mapGateway(row, context));
		for (const map of [
			source.tools,
			source.resources,
			source.prompts
		]) for (const [memberId, member] of map) if (member.gatewayId === id) map.delete(memberId);
		const [tools, resources, prompts] = await Promise.all([
			db.selectFrom("tools").selectAll().where("gateway_id", "=", id).where("enabled", "=", 1).execute(),
			db.selectFrom("resources").selectAll().where("gateway_id", "=", id).where("enabled", "=", 1).execute(),
			db.selectFrom("prompts").selectAll().where("gateway_id", "=", id).where("enabled", "=", 1).execute()
		]);
		for (const t of tools) source.tools.set(t.id, mapTool(t, context));
		for (const r of resources) source.resources.set(r.id, freeze(toResource(r)));
		for (const p of prompts) source.prompts.set(p.id, freeze(toPrompt(p)));
	}
	for (const id of ids("grpc")) {
		const row = enabled(await db.selectFrom("grpc_services").selectAll().where("id", "=", id).executeTakeFirst());
		put(source.grpcServices, id, row && mapGrpcService(row, context));
		for (const [toolId, tool] of source.tools) if (tool.grpcServiceId === id) source.tools.delete(toolId);
		const tools = await db.selectFrom("tools").selectAll().where("grpc_service_id", "=", id).where("enabled", "=", 1).execute();
		for (const t of tools) source.tools.set(t.id, mapTool(t, context));
	}
	for (const id of ids("tool")) {
		const row = enabled(await db.selectFrom("tools").selectAll().where("id", "=", id).executeTakeFirst());
		put(source.tools, id, row && mapTool(row, context));
	}
	for (const id of ids("resource")) {
		const row = enabled(await db.selectFrom("resources").selectAll().where("id", "=", id).executeTakeFirst());
		put(source.resources, id, row && freeze(toResource(row)));
	}
	for (const id of ids("prompt")) {
		const row = enabled(await db.selectFrom("prompts").selectAll().where("id", "=", id).executeTakeFirst());
		put(source.prompts, id, row && freeze(toPrompt(row)));
	}
	for (const id of ids("a2a")) {
		const row = enabled(await db.selectFrom("a2a_agents").selectAll().where("id", "=", id).executeTakeFirst());
		put(source.a2aAgents, id, row && mapAgent(row, context));
	}
	for (const id of ids("server")) {
		const row = enabled(await db.selectFrom("servers").selectAll().where("id", "=", id).executeTakeFirst());
		const members = row ? await db.selectFrom("server_members").selectAll().where("server_id", "=", id).execute() : [];
		put(source.servers, id, row && mapServer(row, members));
	}
}
// ../../packages/core/dist/services/server-members.js
function defaultMemberName(strategy, entity) {
	return strategy === "original" && entity.originalName ? entity.originalName : entity.name;
}
function resolveMembers(members, kind, pool, strategy) {
	return [...members].filter((m) => m.kind === kind).sort((a, b) => a.position - b.position).flatMap((m) => {
		const entity = pool.get(m.member_id);
		if (!entity) return [];
		return [{
			name: m.custom_name ?? defaultMemberName(strategy, entity),
			description: m.custom_description ?? entity.description,
			entity
		}];
	});
}
// ../../packages/core/dist/catalog/derive-catalog.js
const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function deriveCatalog(source, version) {
	const live = (entity) => entity.gatewayId === null || source.gateways.has(entity.gatewayId);
	const tools = [...source.tools.values()].filter((t) => live(t) && (t.grpcServiceId === null || source.grpcServices.has(t.grpcServiceId)) && (t.a2aAgentId === null || source.a2aAgents.has(t.a2aAgentId))).sort(byName);
	const resources = [...source.resources.values()].filter(live).sort(byName);
	const prompts = [...source.prompts.values()].filter(live).sort(byName);
	const toolPool = new Map(tools.map((t) => [t.id, t]));
	const resourcePool = new Map(resources.map((r) => [r.id, r]));
	const promptPool = new Map(prompts.map((p) => [p.id, p]));
	const agentTools = new Map(tools.flatMap((t) => t.a2aAgentId ? [[t.a2aAgentId, t]] : []));
	const servers = new Map();
	for (const { members, ...server } of [...source.servers.values()].sort(byName)) {
		const serverTools = [...resolveMembers(members, "tool", toolPool, server.nameStrategy), ...associatedAgentTools(server.a2aAgents, members, source, agentTools)];
		const serverPrompts = resolveMembers(members, "prompt", promptPool, server.nameStrategy);
		servers.set(server.id, Object.freeze({
			...server,
			tools: serverTools,
			toolsByName: new Map(serverTools.map((m) => [m.name, m])),
			resources: resolveMembers(members, "resource", resourcePool, server.nameStrategy),
			prompts: serverPrompts,
			promptsByName: new Map(serverPrompts.map((m) => [m.name, m]))
		}));
	}
	return Object.freeze({
		version,
		builtAt: new Date().toISOString(),
		gateways: new Map(source.gateways),
		grpcServices: new Map(source.grpcServices),
		tools: toolPool,
		toolsByName: new Map(tools.map((t) => [t.name, t])),
		resources: resourcePool,
		resourcesByUri: new Map(resources.flatMap((r) => r.uri ? [[r.uri, r]] : [])),
		prompts: promptPool,
		promptsByName: new Map(prompts.map((p) => [p.name, p])),
		servers,
		a2aAgents: new Map(source.a2aAgents)
	});
}
function associatedAgentTools(keys, members, source, agentTools) {
	if (keys.length === 0) return [];
	const wanted = new Set(keys);
	const memberIds = new Set(members.filter((m) => m.kind === "tool").map((m) => m.member_id));
	return [...source.a2aAgents.values()].flatMap((agent) => {
		const tool = agentTools.get(agent.id);
		if (!tool || memberIds.has(tool.id)) return [];
		if (!wanted.has(agent.id) && !wanted.has(agent.name) && !wanted.has(agent.slug)) return [];
		return [{
			name: tool.name,
			description: tool.description,
			entity: tool
		}];
	});
}
// ../../packages/core/dist/catalog/catalog-holder.js
async function createCatalogHolder(context, options = {}) {
	const observe = options.observeUpdate ?? ((run) => run());
	let source = await loadCatalogSource(context);
	let catalog = deriveCatalog(source, 1);
	let stale = false;
	let pending = [];
	const current = () => {
		if (stale) {
			catalog = deriveCatalog(source, catalog.version + 1);
			stale = false;
		}
		return catalog;
	};
	let running;
	let reload = false;
	const update = () => {
		running ??= observe(async () => {
			try {
				while (pending.length > 0 || reload) {
					const batch = pending;
					pending = [];
					if (reload) {
						source = await loadCatalogSource(context);
						reload = false;
					} else try {
						await applyChanges(context, source, batch);
					} catch (error) {
						options.onError?.(error);
						source = await loadCatalogSource(context);
					}
					stale = true;
				}
			} catch (error) {
				options.onError?.(error);
			} finally {
				running = void 0;
			}
		});
		return running;
	};
	const unsubscribe = context.events.subscribe((changes) => {
		pending.push(...changes);
		update();
	});
	return {
		current,
		settled: async () => {
			await running;
			return current();
		},
		resync: async () => {
			reload = true;
			await update();
			if (reload) throw new GatewayError("UNAVAILABLE", "the catalog could not be read from the store");
			return current();
		},
		close: async () => {
			unsubscribe();
			await running;
		}
	};
}
// ../../packages/core/dist/services/grpc-tools-sync.js
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
async function syncGrpcTools(trx, service, specs, separator) {
	const delta = {
		added: [],
		updated: [],
		removed: []
	};
	const existing = await trx.selectFrom("tools").selectAll().where("grpc_service_id", "=", service.id).execute();
	const byName = new Map(existing.map((row) => [row.original_name, row]));
	const now = nowIso();
	for (const spec of specs) {
		const row = byName.get(spec.name);
		byName.delete(spec.name);
		if (row) {
			const before = {
				d: row.description,
				i: fromJson(row.input_schema, {}),
				o: fromJson(row.output_schema, null),
				c: fromJson(row.integration_config, {})
			};
			if (same(before, {
				d: spec.description,
				i: spec.inputSchema,
				o: spec.outputSchema,
				c: spec.method
			})) continue;
			await trx.updateTable("tools").set({
				description: spec.description,
				input_schema: toJson(spec.inputSchema),
				output_schema: toJson(spec.outputSchema),
				integration_config: toJson(spec.method),
				updated_at: now
			}).where("id", "=", row.id).execute();
			delta.updated.push(spec.name);
			continue;
		}
		const name = `${service.slug}${separator}${spec.name}`;
		const problem = toolNameProblem(name);
		if (problem) throw invalidField("name", `of the tool for ${spec.name}: '${name}' ${problem}`);
		if (await trx.selectFrom("tools").select("id").where("name", "=", name).executeTakeFirst()) throw conflict("tool", "name", name);
		const tool = {
			id: newId(),
			name,
			original_name: spec.name,
			display_name: null,
			description: spec.description,
			integration_type: "GRPC",
			request_type: null,
			url: null,
			gateway_id: null,
			grpc_service_id: service.id,
			a2a_agent_id: null,
			headers: toJson({}),
			auth_sealed: null,
			input_schema: toJson(spec.inputSchema),
			output_schema: toJson(spec.outputSchema),
			annotations: toJson({}),
			integration_config: toJson(spec.method),
			timeout_ms: null,
			rate_limit: null,
			max_concurrency: null,
			tags: toJson([]),
			enabled: 1,
			owner: service.owner,
			team: service.team,
			visibility: service.visibility,
			created_at: now,
			updated_at: now,
			version: 1
		};
		await trx.insertInto("tools").values(tool).execute();
		delta.added.push(spec.name);
	}
	for (const row of byName.values()) {
		await trx.deleteFrom("server_members").where("kind", "=", "tool").where("member_id", "=", row.id).execute();
		await trx.deleteFrom("tools").where("id", "=", row.id).execute();
		delta.removed.push(row.original_name);
	}
	return delta;
}
// ../../packages/core/dist/services/grpc-service.js
function createGrpcService(context, discover) {
	const { db, dialect } = context.store;
	const seal = (value) => context.sealer.seal(JSON.stringify(value));
	async function getRow(id) {
		return found(await db.selectFrom("grpc_services").selectAll().where("id", "=", id).executeTakeFirst(), "gRPC service", id);
	}
	async function discoverWith(connection) {
		if (!discover) throw new GatewayError("UNAVAILABLE", "gRPC discovery is not configured in this process");
		await checkOutbound(context, `http://${connection.target}`);
		return discover(connection);
	}
	async function refreshRow(row, connection) {
		let discovered;
		try {
			discovered = await discoverWith(connection);
		} catch (error) {
			await db.updateTable("grpc_services").set({
				status: "unreachable",
				status_reason: error instanceof Error ? error.message : String(error)
			}).where("id", "=", row.id).execute();
			context.events.emit([{
				entity: "grpc",
				id: row.id,
				op: "updated"
			}]);
			throw error;
		}
		const tools = await inTransaction(db, async (trx) => {
			const now = nowIso();
			await trx.updateTable("grpc_services").set({
				services: toJson(discovered.services),
				descriptor_set: discovered.descriptorSet,
				status: "active",
				status_reason: null,
				last_reflected_at: now,
				updated_at: now
			}).where("id", "=", row.id).execute();
			return syncGrpcTools(trx, row, discovered.tools, context.separator);
		});
		context.events.emit([{
			entity: "grpc",
			id: row.id,
			op: "updated"
		}]);
		return {
			services: discovered.services,
			tools
		};
	}
	return {
		async list(query, viewer) {
			const page = await listOwnedRows(db, dialect, "grpc_services", query, viewer);
			return {
				items: page.items.map((row) => toGrpcService(row, context)),
				nextCursor: page.nextCursor
			};
		},
		getRow,
		async get(id, viewer = { all: true }) {
			const row = await getRow(id);
			if (!canView(viewer, row)) throw notFound("gRPC service", id);
			return toGrpcService(row, context);
		},
		async create(input, actor) {
			const slug = slugify(input.name);
			const clash = await db.selectFrom("grpc_services").select("name").where((eb) => eb.or([eb("name", "=", input.name), eb("slug", "=", slug)])).executeTakeFirst();
			if (clash) throw conflict("gRPC service", "name", clash.name);
			const tls = tlsOf(input);
			const metadata = metadataOf(input) ?? {};
			const discovered = await discoverWith({
				target: input.target,
				tls,
				metadata,
				timeoutMs: input.timeoutMs ?? null
			});
			const now = nowIso();
			const row = {
				id: newId(),
				name: input.name,
				slug,
				description: input.description ?? null,
				target: input.target,
				tls_sealed: tls ? seal(tls) : null,
				metadata_sealed: Object.keys(metadata).length > 0 ? seal(metadata) : null,
				passthrough_headers: toJson(input.passthroughHeaders ?? []),
				timeout_ms: input.timeoutMs ?? null,
				services: toJson(discovered.services),
				descriptor_set: discovered.descriptorSet,
				status: "active",
				status_reason: null,
				last_reflected_at: now,
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			await guardUnique(dialect, {
				kind: "gRPC service",
				field: "name",
				value: row.name
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("grpc_services").values(row).execute();
				await syncGrpcTools(trx, row, discovered.tools, context.separator);
			}));
			context.events.emit([{
				entity: "grpc",
				id: row.id,
				op: "created"
			}]);
			return toGrpcService(row, context);
		},
		async update(id, input) {
			const before = await getRow(id);
			const old = grpcConnection(before, context);
			const metadata = metadataOf(input);
			const connection = {
				target: input.target ?? old.target,
				tls: input.tls !== void 0 || input.tlsEnabled !== void 0 ? tlsOf(input) : old.tls,
				metadata: metadata ?? old.metadata,
				timeoutMs: input.timeoutMs === void 0 ? old.timeoutMs : input.timeoutMs
			};
			const discovered = input.target !== void 0 || input.tls !== void 0 || input.tlsEnabled !== void 0 || metadata !== void 0 ? await discoverWith(connection) : void 0;
			const slug = input.name === void 0 ? before.slug : slugify(input.name);
			const changes = {
				...input.name !== void 0 && {
					name: input.name,
					slug
				},
				...input.description !== void 0 && { description: input.description },
				target: connection.target,
				tls_sealed: connection.tls ? seal(connection.tls) : null,
				metadata_sealed: Object.keys(connection.metadata).length > 0 ? seal(connection.metadata) : null,
				timeout_ms: connection.timeoutMs,
				...input.passthroughHeaders !== void 0 && { passthrough_headers: toJson(input.passthroughHeaders) },
				...discovered && {
					services: toJson(discovered.services),
					descriptor_set: discovered.descriptorSet,
					status: "active",
					status_reason: null,
					last_reflected_at: nowIso()
				},
				...ownedColumnsForUpdate(input)
			};
			await guardUnique(dialect, {
				kind: "gRPC service",
				field: "name",
				value: input.name ?? before.name
			}, () => inTransaction(db, async (trx) => {
				await updateVersioned(trx, "grpc_services", id, changes, {
					kind: "gRPC service",
					version: input.version
				});
				if (slug !== before.slug) await renamePrefixedTools(trx, {
					column: "grpc_service_id",
					id
				}, {
					from: before.slug,
					to: slug
				}, context.separator);
				if (discovered) await syncGrpcTools(trx, {
					...before,
					slug
				}, discovered.tools, context.separator);
			}));
			context.events.emit([{
				entity: "grpc",
				id,
				op: "updated"
			}]);
			return toGrpcService(await getRow(id), context);
		},
		async tools(id) {
			return (await db.selectFrom("tools").selectAll().where("grpc_service_id", "=", id).orderBy("original_name").execute()).map((row) => toTool(row, context));
		},
		async restore(id, input, actor) {
			const now = nowIso();
			const row = {
				id: id ?? newId(),
				name: input.name,
				slug: slugify(input.name),
				description: input.description,
				target: input.target,
				tls_sealed: input.tls ? seal(input.tls) : null,
				metadata_sealed: Object.keys(input.metadata).length > 0 ? seal(input.metadata) : null,
				passthrough_headers: toJson(input.passthroughHeaders),
				timeout_ms: input.timeoutMs,
				services: toJson(input.services),
				descriptor_set: input.descriptorSet,
				status: "active",
				status_reason: null,
				last_reflected_at: null,
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			await guardUnique(dialect, {
				kind: "gRPC service",
				field: "name",
				value: row.name
			}, async () => {
				if (id === void 0) await db.insertInto("grpc_services").values(row).execute();
				else {
					const { id: _, created_at: __, owner: ___, ...changes } = {
						...row,
						updated_at: now
					};
					await db.updateTable("grpc_services").set(changes).where("id", "=", id).execute();
				}
				await syncGrpcTools(db, row, input.tools, context.separator);
			});
			context.events.emit([{
				entity: "grpc",
				id: row.id,
				op: id === void 0 ? "created" : "updated"
			}]);
			return row.id;
		},
		async refresh(id) {
			const row = await getRow(id);
			return refreshRow(row, grpcConnection(row, context));
		},
		async setEnabled(id, enabled) {
			await setRowEnabled(context, "grpc_services", "grpc", id, enabled);
			return toGrpcService(await getRow(id), context);
		},
		async remove(id) {
			await getRow(id);
			await inTransaction(db, async (trx) => {
				const tools = trx.selectFrom("tools").select("id").where("grpc_service_id", "=", id);
				await trx.deleteFrom("server_members").where("kind", "=", "tool").where("member_id", "in", tools).execute();
				await trx.deleteFrom("tools").where("grpc_service_id", "=", id).execute();
				await trx.deleteFrom("grpc_services").where("id", "=", id).execute();
			});
			context.events.emit([{
				entity: "grpc",
				id,
				op: "deleted"
			}]);
		}
	};
}
// ../../packages/core/dist/services/oauth-token-service.js
function createOAuthTokenService(context) {
	const { db } = context.store;
	const { sealer } = context;
	const openTokens = (row) => ({
		gatewayId: row.gateway_id,
		user: row.user_email,
		tokens: JSON.parse(sealer.open(row.tokens_sealed)),
		expiresAt: row.expires_at,
		scopes: row.scopes,
		updatedAt: row.updated_at
	});
	return {
		async get(gatewayId, user) {
			const row = await db.selectFrom("oauth_tokens").selectAll().where("gateway_id", "=", gatewayId).where("user_email", "=", user).executeTakeFirst();
			return row && openTokens(row);
		},
		async latest(gatewayId) {
			const row = await db.selectFrom("oauth_tokens").selectAll().where("gateway_id", "=", gatewayId).orderBy("updated_at", "desc").executeTakeFirst();
			return row && openTokens(row);
		},
		async list(gatewayId) {
			return (await db.selectFrom("oauth_tokens").selectAll().where("gateway_id", "=", gatewayId).execute()).map(openTokens);
		},
		async save(gatewayId, user, tokens, details) {
			const row = {
				gateway_id: gatewayId,
				user_email: user,
				tokens_sealed: sealer.seal(JSON.stringify(tokens)),
				expires_at: details.expiresAt,
				scopes: details.scopes,
				updated_at: nowIso()
			};
			await db.insertInto("oauth_tokens").values(row).onConflict((oc) => oc.columns(["gateway_id", "user_email"]).doUpdateSet({
				tokens_sealed: row.tokens_sealed,
				expires_at: row.expires_at,
				scopes: row.scopes,
				updated_at: row.updated_at
			})).execute();
		},
		async forget(gatewayId, user) {
			let query = db.deleteFrom("oauth_tokens").where("gateway_id", "=", gatewayId);
			if (user !== void 0) query = query.where("user_email", "=", user);
			return (await query.executeTakeFirst()).numDeletedRows > 0n;
		},
		async begin(pending) {
			await db.deleteFrom("oauth_pending").where("expires_at", "<", nowIso()).execute();
			const row = {
				state: pending.state,
				gateway_id: pending.gatewayId,
				user_email: pending.user,
				verifier_sealed: sealer.seal(pending.codeVerifier),
				redirect_uri: pending.redirectUri,
				redirect_after: pending.redirectAfter,
				expires_at: pending.expiresAt
			};
			await db.insertInto("oauth_pending").values(row).execute();
		},
		async take(state) {
			const row = await db.selectFrom("oauth_pending").selectAll().where("state", "=", state).executeTakeFirst();
			if (!row) return void 0;
			if ((await db.deleteFrom("oauth_pending").where("state", "=", state).executeTakeFirst()).numDeletedRows === 0n) return void 0;
			return {
				state: row.state,
				gatewayId: row.gateway_id,
				user: row.user_email,
				codeVerifier: sealer.open(row.verifier_sealed),
				redirectUri: row.redirect_uri,
				redirectAfter: row.redirect_after,
				expiresAt: row.expires_at
			};
		},
		async client(gatewayId) {
			const row = await db.selectFrom("oauth_clients").selectAll().where("gateway_id", "=", gatewayId).executeTakeFirst();
			return {
				...row?.client_sealed && { client: JSON.parse(sealer.open(row.client_sealed)) },
				...row?.discovery_sealed && { discovery: JSON.parse(sealer.open(row.discovery_sealed)) }
			};
		},
		async saveClient(gatewayId, part) {
			const sealed = (value) => sealer.seal(JSON.stringify(value));
			const columns = "client" in part ? { client_sealed: sealed(part.client) } : { discovery_sealed: sealed(part.discovery) };
			await db.insertInto("oauth_clients").values({
				gateway_id: gatewayId,
				client_sealed: null,
				discovery_sealed: null,
				...columns,
				updated_at: nowIso()
			}).onConflict((oc) => oc.column("gateway_id").doUpdateSet({
				...columns,
				updated_at: nowIso()
			})).execute();
		}
	};
}
// ../../packages/core/dist/services/root-service.js
function toRoot(row) {
	return {
		id: row.id,
		uri: row.uri,
		name: row.name,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}
function createRootService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("roots").selectAll().where("id", "=", id).executeTakeFirst(), "root", id);
	}
	return {
		async list() {
			return (await db.selectFrom("roots").selectAll().orderBy("uri").execute()).map(toRoot);
		},
		get: async (id) => toRoot(await getRow(id)),
		async create(input) {
			const now = nowIso();
			const row = {
				id: newId(),
				uri: input.uri,
				name: input.name ?? null,
				created_at: now,
				updated_at: now
			};
			await guardUnique(dialect, {
				kind: "root",
				field: "uri",
				value: row.uri
			}, () => db.insertInto("roots").values(row).execute());
			context.events.emit([{
				entity: "root",
				id: row.id,
				op: "created"
			}]);
			return toRoot(row);
		},
		async update(id, input) {
			const before = await getRow(id);
			const changes = {
				...input.uri !== void 0 && { uri: input.uri },
				...input.name !== void 0 && { name: input.name },
				updated_at: nowIso()
			};
			await guardUnique(dialect, {
				kind: "root",
				field: "uri",
				value: input.uri ?? before.uri
			}, () => db.updateTable("roots").set(changes).where("id", "=", id).execute());
			context.events.emit([{
				entity: "root",
				id,
				op: "updated"
			}]);
			return toRoot(await getRow(id));
		},
		async remove(id) {
			await getRow(id);
			await db.deleteFrom("roots").where("id", "=", id).execute();
			context.events.emit([{
				entity: "root",
				id,
				op: "deleted"
			}]);
		}
	};
}
// ../../packages/core/dist/services/server-service.js
const MEMBER_ROWS_PER_INSERT = 1e3;
const MEMBER_FIELDS = [
	[
		"tool",
		"associatedTools",
		"tools"
	],
	[
		"resource",
		"associatedResources",
		"resources"
	],
	[
		"prompt",
		"associatedPrompts",
		"prompts"
	]
];
function toMember$1(ref) {
	return typeof ref === "string" ? {
		id: ref,
		name: null,
		description: null
	} : {
		id: ref.id,
		name: ref.name ?? null,
		description: ref.description ?? null
	};
}
function toServer(row, members) {
	const of = (kind) => members.filter((m) => m.kind === kind).sort((a, b) => a.position - b.position);
	const overrides = (kind) => of(kind).filter((m) => m.custom_name !== null || m.custom_description !== null).map((m) => ({
		id: m.member_id,
		name: m.custom_name,
		description: m.custom_description
	}));
	return {
		id: row.id,
		name: row.name,
		description: row.description,
		instructions: row.instructions,
		icon: row.icon,
		icons: fromJson(row.icons, []),
		associatedTools: of("tool").map((m) => m.member_id),
		associatedResources: of("resource").map((m) => m.member_id),
		associatedPrompts: of("prompt").map((m) => m.member_id),
		associatedA2aAgents: fromJson(row.a2a_agents, []),
		toolOverrides: overrides("tool"),
		resourceOverrides: overrides("resource"),
		promptOverrides: overrides("prompt"),
		nameStrategy: row.name_strategy,
		rateLimit: fromJson(row.rate_limit, null),
		oauth: fromJson(row.oauth, null),
		tags: fromJson(row.tags, []),
		enabled: fromFlag(row.enabled),
		owner: row.owner,
		team: row.team,
		visibility: row.visibility,
		createdAt: row.created_at,
		version: row.version,
		updatedAt: row.updated_at
	};
}
function createServerService(context) {
	const { db, dialect } = context.store;
	async function getRow(id) {
		return found(await db.selectFrom("servers").selectAll().where("id", "=", id).executeTakeFirst(), "server", id);
	}
	async function memberRows(serverIds) {
		if (serverIds.length === 0) return [];
		return db.selectFrom("server_members").selectAll().where("server_id", "in", [...serverIds]).execute();
	}
	async function planMembers(serverId, strategy, given, existing) {
		const rows = [];
		const missing = [];
		for (const [kind, field, table] of MEMBER_FIELDS) {
			const refs = given[kind];
			const members = refs ? refs.map(toMember$1) : existing.filter((m) => m.kind === kind).sort((a, b) => a.position - b.position).map((m) => ({
				id: m.member_id,
				name: m.custom_name,
				description: m.custom_description
			}));
			const seen = new Set();
			const unique = members.filter((m) => !seen.has(m.id) && seen.add(m.id));
			if (unique.length === 0) continue;
			const ids = unique.map((m) => m.id);
			const found = await db.selectFrom(table).select([
				"id",
				"name",
				kind === "resource" ? "name as original_name" : "original_name"
			]).where("id", "in", ids).execute().then((list) => new Map(list.map((r) => [r.id, r])));
			unique.forEach((member, index) => {
				if (!found.has(member.id)) missing.push({
					path: `${field}.${index}`,
					message: `no ${kind} with id '${member.id}'`
				});
			});
			if (kind !== "resource") {
				const names = new Map();
				for (const member of unique) {
					const target = found.get(member.id);
					if (!target) continue;
					const exposed = member.name ?? (strategy === "original" ? target.original_name : target.name);
					names.set(exposed, [...names.get(exposed) ?? [], member.id]);
				}
				const clashes = [...names].filter(([, idsWithName]) => idsWithName.length > 1).map(([name]) => name);
				if (clashes.length > 0) throw new GatewayError("CONFLICT", `${kind} names collide in this server: ${clashes.join(", ")}; rename members or use nameStrategy 'prefixed'`);
			}
			unique.forEach((member, position) => rows.push({
				server_id: serverId,
				kind,
				member_id: member.id,
				custom_name: member.name,
				custom_description: member.description,
				position
			}));
		}
		if (missing.length > 0) {
			const summary = missing.map((m) => `${m.path}: ${m.message}`).join("; ");
			throw new GatewayError("VALIDATION_FAILED", `unknown members: ${summary}`, { issues: missing });
		}
		return rows;
	}
	async function writeMembers(trx, serverId, rows) {
		await trx.deleteFrom("server_members").where("server_id", "=", serverId).execute();
		for (let start = 0; start < rows.length; start += MEMBER_ROWS_PER_INSERT) {
			const batch = rows.slice(start, start + MEMBER_ROWS_PER_INSERT);
			await trx.insertInto("server_members").values(batch).execute();
		}
	}
	function givenMembers(input) {
		return {
			...input.associatedTools && { tool: input.associatedTools },
			...input.associatedResources && { resource: input.associatedResources },
			...input.associatedPrompts && { prompt: input.associatedPrompts }
		};
	}
	async function exposed(id, viewer, kind, table, toEntity) {
		const server = await get(id, viewer);
		const members = await memberRows([id]);
		const ids = members.filter((m) => m.kind === kind).map((m) => m.member_id);
		const rows = await db.selectFrom(table).selectAll().where("id", "in", ["", ...ids]).execute();
		return resolveMembers(members, kind, new Map(rows.map((row) => [row.id, toEntity(row)])), server.nameStrategy).map(({ name, description, entity }) => ({
			...entity,
			name,
			description
		}));
	}
	async function get(id, viewer = { all: true }) {
		const row = await getRow(id);
		if (!canView(viewer, row)) throw notFound("server", id);
		return toServer(row, await memberRows([id]));
	}
	return {
		async list(query, viewer) {
			const page = await listOwnedRows(db, dialect, "servers", query, viewer);
			const members = await memberRows(page.items.map((s) => s.id));
			return {
				items: page.items.map((row) => toServer(row, members.filter((m) => m.server_id === row.id))),
				nextCursor: page.nextCursor
			};
		},
		get,
		async create(input, actor) {
			await checkRegistration(context, "server", null, input, actor);
			const row = {
				id: newId(),
				name: input.name,
				description: input.description ?? null,
				instructions: input.instructions ?? null,
				icon: input.icon ?? null,
				icons: toJson(input.icons ?? []),
				name_strategy: input.nameStrategy ?? "prefixed",
				a2a_agents: toJson(input.associatedA2aAgents ?? []),
				rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
				oauth: input.oauth ? toJson(input.oauth) : null,
				enabled: 1,
				...ownedColumnsForCreate(input, actor)
			};
			const members = await planMembers(row.id, row.name_strategy, givenMembers(input), []);
			await guardUnique(dialect, {
				kind: "server",
				field: "name",
				value: row.name
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("servers").values(row).execute();
				await writeMembers(trx, row.id, members);
			}));
			context.events.emit([{
				entity: "server",
				id: row.id,
				op: "created"
			}]);
			return toServer(row, members);
		},
		async update(id, input, actor) {
			await checkRegistration(context, "server", id, input, actor);
			const before = await getRow(id);
			const members = await planMembers(id, input.nameStrategy ?? before.name_strategy, givenMembers(input), await memberRows([id]));
			const changes = {
				...input.name !== void 0 && { name: input.name },
				...input.description !== void 0 && { description: input.description },
				...input.instructions !== void 0 && { instructions: input.instructions },
				...input.icon !== void 0 && { icon: input.icon },
				...input.icons !== void 0 && { icons: toJson(input.icons) },
				...input.nameStrategy !== void 0 && { name_strategy: input.nameStrategy },
				...input.associatedA2aAgents !== void 0 && { a2a_agents: toJson(input.associatedA2aAgents) },
				...input.rateLimit !== void 0 && { rate_limit: input.rateLimit ? toJson(input.rateLimit) : null },
				...input.oauth !== void 0 && { oauth: input.oauth ? toJson(input.oauth) : null },
				...ownedColumnsForUpdate(input)
			};
			await guardUnique(dialect, {
				kind: "server",
				field: "name",
				value: input.name ?? before.name
			}, () => inTransaction(db, async (trx) => {
				await updateVersioned(trx, "servers", id, changes, {
					kind: "server",
					version: input.version
				});
				await writeMembers(trx, id, members);
			}));
			context.events.emit([{
				entity: "server",
				id,
				op: "updated"
			}]);
			return get(id);
		},
		async setEnabled(id, enabled) {
			await setRowEnabled(context, "servers", "server", id, enabled);
			return get(id);
		},
		async remove(id) {
			await getRow(id);
			await db.deleteFrom("servers").where("id", "=", id).execute();
			context.events.emit([{
				entity: "server",
				id,
				op: "deleted"
			}]);
		},
		async tools(id, viewer = { all: true }) {
			const members = await exposed(id, viewer, "tool", "tools", (row) => toTool(row, context));
			const keys = fromJson((await getRow(id)).a2a_agents, []);
			if (keys.length === 0) return members;
			const agentTools = await db.selectFrom("tools").innerJoin("a2a_agents", "a2a_agents.id", "tools.a2a_agent_id").selectAll("tools").where((eb) => eb.or([
				eb("a2a_agents.id", "in", keys),
				eb("a2a_agents.name", "in", keys),
				eb("a2a_agents.slug", "in", keys)
			])).orderBy("a2a_agents.name").execute();
			const ids = new Set(members.map((tool) => tool.id));
			return [...members, ...agentTools.filter((row) => !ids.has(row.id)).map((row) => toTool(row, context))];
		},
		resources: (id, viewer = { all: true }) => exposed(id, viewer, "resource", "resources", (row) => toResource(row)),
		prompts: (id, viewer = { all: true }) => exposed(id, viewer, "prompt", "prompts", (row) => toPrompt(row))
	};
}
// ../../packages/core/dist/services/tag-service.js
const TAGGED = [
	[
		"gateways",
		"gateway",
		"gateways"
	],
	[
		"tools",
		"tool",
		"tools"
	],
	[
		"resources",
		"resource",
		"resources"
	],
	[
		"prompts",
		"prompt",
		"prompts"
	],
	[
		"servers",
		"server",
		"servers"
	]
];
function createTagService(context) {
	const { db, dialect } = context.store;
	async function taggedRows(tag) {
		return (await Promise.all(TAGGED.map(async ([table, kind, statKey]) => {
			let qb = db.selectFrom(table).select([
				"id",
				"name",
				"tags",
				"owner",
				"team",
				"visibility"
			]);
			if (tag !== void 0) qb = qb.where((eb) => dialect.jsonArrayContains(eb.ref("tags"), tag));
			return (await qb.orderBy("name").execute()).map((row) => ({
				...row,
				table,
				kind,
				statKey,
				tags: fromJson(row.tags, [])
			}));
		}))).flat();
	}
	async function retag(tag, change) {
		const rows = await taggedRows(tag);
		if (rows.length === 0) throw notFound("tag", tag);
		await inTransaction(db, async (trx) => {
			for (const row of rows) await trx.updateTable(row.table).set({
				tags: toJson([...new Set(change(row.tags))]),
				updated_at: nowIso()
			}).where("id", "=", row.id).execute();
		});
		context.events.emit(rows.map((row) => ({
			entity: row.kind,
			id: row.id,
			op: "updated"
		})));
		return rows.length;
	}
	return {
		async list(viewer, kinds) {
			const stats = new Map();
			for (const row of await taggedRows()) {
				if (kinds && !kinds.includes(row.statKey) && !kinds.includes(row.kind)) continue;
				if (!canView(viewer, row)) continue;
				for (const tag of row.tags) {
					const entry = stats.get(tag) ?? {
						gateways: 0,
						tools: 0,
						resources: 0,
						prompts: 0,
						servers: 0,
						total: 0
					};
					entry[row.statKey] += 1;
					entry.total += 1;
					stats.set(tag, entry);
				}
			}
			return [...stats].sort(([a], [b]) => a.localeCompare(b)).map(([name, s]) => ({
				name,
				stats: s
			}));
		},
		async entities(tag, viewer) {
			const rows = (await taggedRows(tag.toLowerCase())).filter((row) => canView(viewer, row));
			if (rows.length === 0) throw notFound("tag", tag);
			return rows.map((row) => ({
				kind: row.kind,
				id: row.id,
				name: row.name
			}));
		},
		async rename(tag, to) {
			const [next] = validated(TagsSchema, [to]);
			const from = tag.toLowerCase();
			return retag(from, (tags) => tags.map((t) => t === from ? next : t));
		},
		async remove(tag) {
			const from = tag.toLowerCase();
			return retag(from, (tags) => tags.filter((t) => t !== from));
		}
	};
}
// ../../packages/core/dist/services/team-service.js
const OWNED_TABLES = [
	"gateways",
	"grpc_services",
	"tools",
	"resources",
	"prompts",
	"servers",
	"a2a_agents"
];
function toTeam(row) {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		description: row.description,
		isPersonal: fromFlag(row.personal),
		createdBy: row.created_by,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		version: row.version
	};
}
function toMember(row) {
	return {
		teamId: row.team_id,
		email: row.email,
		role: row.role,
		joinedAt: row.joined_at
	};
}
function createTeamService(context) {
	const { db, dialect } = context.store;
	const changed = (id, op) => context.events.emit([{
		entity: "team",
		id,
		op
	}]);
	const getRow = async (id) => found(await db.selectFrom("teams").selectAll().where("id", "=", id).executeTakeFirst(), "team", id);
	async function memberRow(teamId, email) {
		return found(await db.selectFrom("team_members").selectAll().where("team_id", "=", teamId).where("email", "=", email.toLowerCase()).executeTakeFirst(), "team member", `${email} in team ${teamId}`);
	}
	async function assertOtherOwner(teamId, email) {
		if ((await db.selectFrom("team_members").select("email").where("team_id", "=", teamId).where("role", "=", "owner").execute()).every((o) => o.email === email)) throw new GatewayError("CONFLICT", `${email} is the last owner of team ${teamId}`);
	}
	return {
		async list(email) {
			let qb = db.selectFrom("teams").selectAll("teams");
			if (email !== void 0) qb = qb.innerJoin("team_members", "team_members.team_id", "teams.id").where("team_members.email", "=", email.toLowerCase());
			return (await qb.orderBy("teams.name").orderBy("teams.id").execute()).map(toTeam);
		},
		get: async (id) => toTeam(await getRow(id)),
		async create(input, actor) {
			const now = nowIso();
			const row = {
				id: newId(),
				slug: input.slug ?? slugify(input.name),
				name: input.name,
				description: input.description ?? null,
				personal: 0,
				created_by: actor.email,
				created_at: now,
				updated_at: now,
				version: 1
			};
			await guardUnique(dialect, {
				kind: "team",
				field: "slug",
				value: row.slug
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("teams").values(row).execute();
				if (actor.email !== null) await trx.insertInto("team_members").values({
					team_id: row.id,
					email: actor.email,
					role: "owner",
					joined_at: now
				}).execute();
			}));
			changed(row.id, "created");
			return toTeam(row);
		},
		async update(id, input) {
			const before = await getRow(id);
			const changes = definedOnly({
				name: input.name,
				slug: input.slug,
				description: input.description
			});
			await guardUnique(dialect, {
				kind: "team",
				field: "slug",
				value: input.slug ?? ""
			}, async () => assertVersion(await db.updateTable("teams").set({
				...changes,
				updated_at: nowIso(),
				version: nextVersion
			}).where("id", "=", before.id).where("version", ...versionIs(input.version)).executeTakeFirst(), "team", id, input.version));
			changed(id, "updated");
			return toTeam(await getRow(id));
		},
		async remove(id) {
			const team = await getRow(id);
			const held = [];
			for (const table of OWNED_TABLES) {
				const { n } = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).where("team", "=", id).executeTakeFirstOrThrow();
				if (Number(n) > 0) held.push(`${Number(n)} ${table.replace("_", " ")}`);
			}
			if (held.length > 0) throw new GatewayError("CONFLICT", `team '${team.name}' still owns ${held.join(", ")}; move or delete them first`);
			await db.deleteFrom("teams").where("id", "=", id).execute();
			changed(id, "deleted");
		},
		async members(id) {
			await getRow(id);
			return (await db.selectFrom("team_members").selectAll().where("team_id", "=", id).orderBy("email").execute()).map(toMember);
		},
		async addMember(id, input) {
			await getRow(id);
			const user = await db.selectFrom("users").select("email").where("email", "=", input.email).executeTakeFirst();
			if (!user) throw notFound("user", input.email);
			const row = {
				team_id: id,
				email: user.email,
				role: input.role,
				joined_at: nowIso()
			};
			await guardUnique(dialect, {
				kind: "team member",
				field: "email",
				value: row.email
			}, () => db.insertInto("team_members").values(row).execute());
			changed(id, "updated");
			return toMember(row);
		},
		async setMemberRole(id, email, role) {
			const row = await memberRow(id, email);
			if (role !== "owner" && row.role === "owner") await assertOtherOwner(id, row.email);
			await db.updateTable("team_members").set({ role }).where("team_id", "=", id).where("email", "=", row.email).execute();
			changed(id, "updated");
			return toMember({
				...row,
				role
			});
		},
		async removeMember(id, email) {
			const row = await memberRow(id, email);
			if (row.role === "owner") await assertOtherOwner(id, row.email);
			await db.deleteFrom("team_members").where("team_id", "=", id).where("email", "=", row.email).execute();
			changed(id, "updated");
		}
	};
}
// ../../packages/core/dist/services/session-service.js
function createSessionService(context) {
	const { db } = context.store;
	return {
		async revoke(jti, expiresAt) {
			await db.deleteFrom("revoked_sessions").where("expires_at", "<", nowIso()).execute();
			await db.insertInto("revoked_sessions").values({
				jti,
				expires_at: expiresAt
			}).onConflict((oc) => oc.column("jti").doNothing()).execute();
			context.events.emit([{
				entity: "session",
				id: jti,
				op: "deleted"
			}]);
		},
		async isRevoked(jti) {
			return await db.selectFrom("revoked_sessions").select("jti").where("jti", "=", jti).executeTakeFirst() !== void 0;
		}
	};
}
// ../../packages/core/dist/services/token-service.js
function toApiToken(row) {
	return {
		id: row.id,
		jti: row.jti,
		name: row.name,
		ownerEmail: row.owner_email,
		scope: fromJson(row.scope, {}),
		rateLimit: fromJson(row.rate_limit, null),
		expiresAt: row.expires_at,
		createdAt: row.created_at,
		lastUsedAt: row.last_used_at,
		usageCount: Number(row.usage_count),
		revokedAt: row.revoked_at
	};
}
function createTokenService(context) {
	const { db, dialect } = context.store;
	return {
		async create(input) {
			const row = {
				id: newId(),
				jti: newId(),
				token_hash: input.tokenHash,
				name: input.name,
				owner_email: input.ownerEmail.toLowerCase(),
				scope: toJson(input.scope),
				expires_at: input.expiresAt,
				created_at: nowIso(),
				last_used_at: null,
				usage_count: 0,
				revoked_at: null,
				rate_limit: input.rateLimit ? toJson(input.rateLimit) : null
			};
			await guardUnique(dialect, {
				kind: "token",
				field: "name",
				value: row.name
			}, () => db.insertInto("api_tokens").values(row).execute());
			context.events.emit([{
				entity: "token",
				id: row.id,
				op: "created"
			}]);
			return toApiToken(row);
		},
		async list(ownerEmail) {
			let query = db.selectFrom("api_tokens").selectAll();
			if (ownerEmail !== void 0) query = query.where("owner_email", "=", ownerEmail.toLowerCase());
			return (await query.orderBy("created_at", "desc").orderBy("id").execute()).map(toApiToken);
		},
		async get(id) {
			return toApiToken(found(await db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst(), "token", id));
		},
		async findByHash(tokenHash) {
			const row = await db.selectFrom("api_tokens").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
			return row && toApiToken(row);
		},
		async revoke(id) {
			const token = await this.get(id);
			await db.updateTable("api_tokens").set({ revoked_at: nowIso() }).where("jti", "=", token.jti).where("revoked_at", "is", null).execute();
			context.events.emit([{
				entity: "token",
				id: token.id,
				op: "updated"
			}]);
			return this.get(id);
		},
		async recordUsage(uses) {
			if (uses.length === 0) return;
			await db.transaction().execute(async (tx) => {
				for (const use of uses) await tx.updateTable("api_tokens").set((eb) => ({
					usage_count: eb("usage_count", "+", use.count),
					last_used_at: use.lastUsedAt
				})).where("id", "=", use.id).execute();
			});
		}
	};
}
// ../../packages/core/dist/services/user-service.js
const DEFAULT_LOCKOUT = {
	maxAttempts: 5,
	durationMs: 9e5
};
function toUser(row) {
	return {
		email: row.email,
		fullName: row.full_name,
		isAdmin: fromFlag(row.is_admin),
		isActive: fromFlag(row.is_active),
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		version: row.version
	};
}
function defaultAssignment(email, now) {
	return {
		id: assignmentId(email, DEFAULT_ROLE, null),
		email,
		role: DEFAULT_ROLE,
		team_id: null,
		granted_by: null,
		created_at: now
	};
}
function createUserService(context, hasher, lockout = DEFAULT_LOCKOUT) {
	const { db, dialect } = context.store;
	async function recordFailure(email) {
		const now = Date.now();
		const windowStart = new Date(now - lockout.durationMs).toISOString();
		const counted = await db.updateTable("users").set((eb) => ({
			failed_logins: eb.case().when("last_failed_login_at", ">", windowStart).then(eb("failed_logins", "+", 1)).else(1).end(),
			last_failed_login_at: new Date(now).toISOString()
		})).where("email", "=", email).returning("failed_logins").executeTakeFirst();
		if (!counted || Number(counted.failed_logins) < lockout.maxAttempts) return;
		await db.updateTable("users").set({
			failed_logins: 0,
			last_failed_login_at: null,
			locked_until: new Date(now + lockout.durationMs).toISOString()
		}).where("email", "=", email).execute();
	}
	function assertUnlocked(row) {
		const until = row.locked_until === null ? 0 : Date.parse(row.locked_until);
		const seconds = Math.ceil((until - Date.now()) / 1e3);
		if (seconds <= 0) return;
		throw new GatewayError("RATE_LIMITED", `account locked after ${lockout.maxAttempts} failed logins; try again in ${seconds} s`, { headers: { "Retry-After": String(seconds) } });
	}
	async function getRow(email) {
		const key = email.toLowerCase();
		return found(await db.selectFrom("users").selectAll().where("email", "=", key).executeTakeFirst(), "user", key);
	}
	return {
		async list() {
			return (await db.selectFrom("users").selectAll().orderBy("email").execute()).map(toUser);
		},
		get: async (email) => toUser(await getRow(email)),
		async create(input) {
			const now = nowIso();
			const row = {
				email: input.email,
				password_hash: await hasher.hash(input.password),
				full_name: input.fullName ?? null,
				is_admin: toFlag(input.isAdmin ?? false),
				is_active: 1,
				created_at: now,
				updated_at: now,
				version: 1,
				failed_logins: 0,
				last_failed_login_at: null,
				locked_until: null
			};
			await guardUnique(dialect, {
				kind: "user",
				field: "email",
				value: row.email
			}, () => inTransaction(db, async (trx) => {
				await trx.insertInto("users").values(row).execute();
				if (row.is_admin === 0) await trx.insertInto("role_assignments").values(defaultAssignment(row.email, now)).execute();
			}));
			context.events.emit([{
				entity: "user",
				id: row.email,
				op: "created"
			}]);
			return toUser(row);
		},
		async update(email, input) {
			const before = await getRow(email);
			const changes = {
				...input.password !== void 0 && { password_hash: await hasher.hash(input.password) },
				...input.fullName !== void 0 && { full_name: input.fullName },
				...input.isAdmin !== void 0 && { is_admin: toFlag(input.isAdmin) },
				...input.isActive !== void 0 && { is_active: toFlag(input.isActive) },
				updated_at: nowIso()
			};
			await inTransaction(db, async (trx) => {
				assertVersion(await trx.updateTable("users").set({
					...changes,
					version: nextVersion
				}).where("email", "=", before.email).where("version", ...versionIs(input.version)).executeTakeFirst(), "user", before.email, input.version);
				if (input.isAdmin === false && fromFlag(before.is_admin)) await trx.insertInto("role_assignments").values(defaultAssignment(before.email, changes.updated_at)).onConflict((oc) => oc.column("id").doNothing()).execute();
			});
			context.events.emit([{
				entity: "user",
				id: before.email,
				op: "updated"
			}]);
			return toUser(await getRow(before.email));
		},
		async remove(email) {
			const row = await getRow(email);
			await db.deleteFrom("users").where("email", "=", row.email).execute();
			context.events.emit([{
				entity: "user",
				id: row.email,
				op: "deleted"
			}]);
		},
		async authenticate(email, password) {
			const row = await db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
			if (!row || !fromFlag(row.is_active)) return void 0;
			assertUnlocked(row);
			if (!await hasher.verify(password, row.password_hash)) {
				await recordFailure(row.email);
				return;
			}
			if (Number(row.failed_logins) > 0 || row.locked_until !== null) await db.updateTable("users").set({
				failed_logins: 0,
				last_failed_login_at: null,
				locked_until: null
			}).where("email", "=", row.email).execute();
			return toUser(row);
		},
		async changePassword(email, current, next) {
			const row = await getRow(email);
			if (!await hasher.verify(current, row.password_hash)) throw new GatewayError("UNAUTHENTICATED", "the current password is wrong");
			await db.updateTable("users").set({
				password_hash: await hasher.hash(next),
				updated_at: nowIso()
			}).where("email", "=", row.email).execute();
			context.events.emit([{
				entity: "user",
				id: row.email,
				op: "updated"
			}]);
		},
		async ensureAdmin(input) {
			const existing = await db.selectFrom("users").selectAll().where("email", "=", input.email.toLowerCase()).executeTakeFirst();
			if (existing) return toUser(existing);
			return this.create({
				email: input.email.toLowerCase(),
				password: input.password,
				fullName: input.fullName,
				isAdmin: true
			});
		}
	};
}
// ../../packages/core/dist/registry.js
function createServices(context, passwords, discoverGrpc, lockout) {
	return {
		gateways: createGatewayService(context),
		grpc: createGrpcService(context, discoverGrpc),
		tools: createToolService(context),
		resources: createResourceService(context),
		prompts: createPromptService(context),
		servers: createServerService(context),
		roots: createRootService(context),
		tags: createTagService(context),
		users: createUserService(context, passwords, lockout),
		tokens: createTokenService(context),
		sessions: createSessionService(context),
		a2a: createA2aService(context),
		oauth: createOAuthTokenService(context),
		teams: createTeamService(context),
		roles: createRoleService(context)
	};
}
async function createRegistry(options) {
	const context = {
		store: options.store,
		sealer: options.sealer,
		events: options.events ?? createChangeBus(),
		separator: options.separator ?? "-",
		...options.urlPolicy && { urlPolicy: options.urlPolicy },
		...options.onRegistration && { onRegistration: options.onRegistration }
	};
	const catalog = await createCatalogHolder(context, {
		...options.onCatalogError && { onError: options.onCatalogError },
		...options.observeCatalogUpdate && { observeUpdate: options.observeCatalogUpdate }
	});
	return {
		...createServices(context, options.passwords, options.discoverGrpc, options.lockout),
		context,
		passwords: options.passwords,
		catalog,
		close: () => catalog.close()
	};
}
// ../../packages/core/dist/transfer/document.js
const EXPORT_FORMAT = "switchyard-export/1";
const owned = {
	tags: TagsSchema.default([]),
	visibility: VisibilitySchema.default("public"),
	team: string().nullable().default(null),
	enabled: boolean().default(true)
};
const sealed = string().nullable().default(null);
const ExportedGatewaySchema = object({
	name: string().min(1).max(255),
	description: string().nullable().default(null),
	url: string().nullable().default(null),
	transport: GatewayTransportSchema,
	command: string().nullable().default(null),
	args: array(string()).default([]),
	envSealed: sealed,
	cwd: string().nullable().default(null),
	authSealed: sealed,
	oauthSealed: sealed,
	passthroughHeaders: array(string()).default([]),
	...owned
});
const ExportedGrpcServiceSchema = object({
	name: string().min(1).max(255),
	description: string().nullable().default(null),
	target: string().min(1),
	tlsSealed: sealed,
	metadataSealed: sealed,
	passthroughHeaders: array(string()).default([]),
	timeoutMs: number$1().int().nullable().default(null),
	services: array(string()).default([]),
	descriptorSet: string(),
	...owned
});
const ExportedToolSchema = object({
	name: ToolNameSchema,
	originalName: ToolNameSchema,
	gatewayName: string().nullable().default(null),
	grpcServiceName: string().nullable().default(null),
	displayName: string().nullable().default(null),
	description: string().nullable().default(null),
	integrationType: IntegrationTypeSchema,
	requestType: string().nullable().default(null),
	url: string().nullable().default(null),
	headers: HeadersSchema.default({}),
	authSealed: sealed,
	inputSchema: JsonSchemaObjectSchema.default({
		type: "object",
		properties: {}
	}),
	outputSchema: JsonSchemaObjectSchema.nullable().default(null),
	annotations: record(string(), unknown()).default({}),
	integrationConfig: record(string(), unknown()).default({}),
	timeoutMs: number$1().int().nullable().default(null),
	rateLimit: RateLimitSchema.nullable().default(null),
	maxConcurrency: MaxConcurrencySchema.nullable().default(null),
	...owned
});
const ExportedResourceSchema = object({
	uri: string().nullable().default(null),
	uriTemplate: string().nullable().default(null),
	name: string().min(1),
	description: string().nullable().default(null),
	mimeType: string().nullable().default(null),
	text: string().nullable().default(null),
	blob: string().nullable().default(null),
	gatewayName: string().nullable().default(null),
	...owned
});
const ExportedPromptSchema = object({
	name: ToolNameSchema,
	originalName: ToolNameSchema,
	gatewayName: string().nullable().default(null),
	description: string().nullable().default(null),
	template: string(),
	arguments: array(PromptArgumentSchema).default([]),
	...owned
});
const ExportedMemberSchema = object({
	ref: string().min(1),
	name: string().nullable().default(null),
	description: string().nullable().default(null)
});
const ExportedServerSchema = object({
	name: string().min(1).max(255),
	description: string().nullable().default(null),
	instructions: string().nullable().default(null),
	icon: string().nullable().default(null),
	icons: array(IconSchema).default([]),
	nameStrategy: NameStrategySchema.default("prefixed"),
	rateLimit: RateLimitSchema.nullable().default(null),
	oauth: ServerOAuthSchema.nullable().default(null),
	a2aAgents: array(string()).default([]),
	tools: array(ExportedMemberSchema).default([]),
	resources: array(ExportedMemberSchema).default([]),
	prompts: array(ExportedMemberSchema).default([]),
	...owned
});
const ExportedRootSchema = object({
	uri: string().min(1),
	name: string().nullable().default(null)
});
const ExportDocumentSchema = object({
	format: literal(EXPORT_FORMAT, `format must be '${EXPORT_FORMAT}'`),
	exportedAt: string(),
	exportedBy: string().nullable().default(null),
	entities: object({
		gateways: array(ExportedGatewaySchema).default([]),
		grpcServices: array(ExportedGrpcServiceSchema).default([]),
		tools: array(ExportedToolSchema).default([]),
		resources: array(ExportedResourceSchema).default([]),
		prompts: array(ExportedPromptSchema).default([]),
		servers: array(ExportedServerSchema).default([]),
		roots: array(ExportedRootSchema).default([])
	})
});
const EXPORT_KINDS = [
	"gateways",
	"grpcServices",
	"tools",
	"resources",
	"prompts",
	"servers",
	"roots"
];
// ../../packages/core/dist/transfer/oauth-transfer.js
async function exportOAuth(context) {
	const { db } = context.store;
	const { sealer } = context;
	const [tokens, clients] = await Promise.all([db.selectFrom("oauth_tokens").selectAll().orderBy("user_email").execute(), db.selectFrom("oauth_clients").selectAll().execute()]);
	const open = (value) => value === null ? void 0 : JSON.parse(sealer.open(value));
	return (gatewayId) => {
		const client = clients.find((c) => c.gateway_id === gatewayId);
		const transfer = {
			tokens: tokens.filter((t) => t.gateway_id === gatewayId).map((t) => ({
				user: t.user_email,
				tokens: open(t.tokens_sealed),
				expiresAt: t.expires_at,
				scopes: t.scopes
			})),
			...client?.client_sealed && { client: open(client.client_sealed) },
			...client?.discovery_sealed && { discovery: open(client.discovery_sealed) }
		};
		if (transfer.tokens.length === 0 && !client) return null;
		return sealer.seal(JSON.stringify(transfer));
	};
}
async function importOAuth(services, gatewayId, transfer) {
	for (const { user, tokens, expiresAt, scopes } of transfer.tokens) await services.oauth.save(gatewayId, user, tokens, {
		expiresAt,
		scopes
	});
	if (transfer.client !== void 0) await services.oauth.saveClient(gatewayId, { client: transfer.client });
	if (transfer.discovery !== void 0) await services.oauth.saveClient(gatewayId, { discovery: transfer.discovery });
}
// ../../packages/core/dist/rest/url-policy.js
function ruleOf(text) {
	const pattern = text.trim().toLowerCase();
	if (pattern.includes("/")) {
		const [range, bits] = import_ipaddr.default.parseCIDR(pattern);
		return {
			text: pattern,
			matches: (host) => {
				if (!import_ipaddr.default.isValid(host)) return false;
				const address = import_ipaddr.default.process(host);
				return address.kind() === range.kind() && address.match(range, bits);
			}
		};
	}
	if (pattern.startsWith("*.")) {
		const suffix = pattern.slice(1);
		return {
			text: pattern,
			matches: (host) => host.endsWith(suffix)
		};
	}
	return {
		text: pattern,
		matches: (host) => host === pattern
	};
}
const PRIVATE = new Set([
	"private",
	"loopback",
	"linkLocal",
	"uniqueLocal",
	"carrierGradeNat",
	"unspecified",
	"reserved"
]);
function createUrlPolicy(options = {}) {
	const allow = (options.allow ?? []).map(ruleOf);
	const deny = (options.deny ?? []).map(ruleOf);
	const refuse = (what, why) => {
		throw new GatewayError("FORBIDDEN_URL", `outbound ${what} is denied by ${why}`);
	};
	const decide = (what, host) => {
		const denied = deny.find((rule) => rule.matches(host));
		if (denied) refuse(what, `the deny rule '${denied.text}'`);
		if (allow.length > 0 && !allow.some((rule) => rule.matches(host))) refuse(what, `the allow list (${allow.map((rule) => rule.text).join(", ")})`);
		if (options.denyPrivate) {
			if (host === "localhost" || host.endsWith(".localhost")) {
				if (!options.allowLoopback) refuse(what, "denyPrivate (localhost)");
			} else if (isIP(host) !== 0) {
				const range = import_ipaddr.default.process(host).range();
				const spared = range === "loopback" && options.allowLoopback;
				if (PRIVATE.has(range) && !spared) refuse(what, `denyPrivate (${host} is ${range})`);
			}
		}
	};
	return {
		check(url) {
			const parsed = typeof url === "string" ? new URL(url) : url;
			const host = parsed.hostname.replace(/^\[|\]$/g, "").toLowerCase();
			decide(`URL ${parsed.origin}`, host);
		},
		checkAddress(host, address) {
			decide(`address ${address} of ${host}`, address.toLowerCase());
		}
	};
}
// dist/cluster/change-relay.js
const CHANGES_CHANNEL = "switchyard_changes";
const MAX_PAYLOAD_BYTES = 7e3;
function batches(changes) {
	const out = [[]];
	let size = 0;
	for (const change of changes) {
		const bytes = Buffer.byteLength(JSON.stringify(change)) + 1;
		if (size + bytes > MAX_PAYLOAD_BYTES && out.at(-1).length > 0) {
			out.push([]);
			size = 0;
		}
		out.at(-1).push(change);
		size += bytes;
	}
	return out;
}
async function createChangeRelay(options) {
	const { sql, events, onError } = options;
	const origin = randomUUID();
	let inbound = false;
	let listened = false;
	const listening = await sql.listen(CHANGES_CHANNEL, (payload) => {
		try {
			const sent = JSON.parse(payload);
			if (sent.origin === origin) return;
			inbound = true;
			try {
				events.emit(sent.changes);
			} finally {
				inbound = false;
			}
		} catch (error) {
			onError(error);
		}
	}, () => {
		if (listened) options.onResync().catch(onError);
		listened = true;
	});
	const sending = new Set();
	const unsubscribe = events.subscribe((changes) => {
		if (inbound) return;
		for (const batch of batches(changes)) {
			const sent = sql.notify(CHANGES_CHANNEL, JSON.stringify({
				origin,
				changes: batch
			})).catch(onError).finally(() => sending.delete(sent));
			sending.add(sent);
		}
	});
	return { async close() {
		unsubscribe();
		await Promise.allSettled(sending);
		await listening.unlisten().catch(() => void 0);
	} };
}
// dist/cluster/leader-lock.js
const JOBS_LOCK_KEY = 1398229570;
async function createLeaderLock(options) {
	const { sql } = options;
	let leading = false;
	let closed = false;
	const set = (value) => {
		if (value === leading) return;
		leading = value;
		options.onChange?.(value);
	};
	const take = () => sql`select pg_try_advisory_lock(${JOBS_LOCK_KEY}) as held`;
	const holds = () => sql`select exists (select 1 from pg_locks where locktype = 'advisory'
      and objid = ${JOBS_LOCK_KEY} and pid = pg_backend_pid() and granted) as held`;
	const attempt = async () => {
		try {
			const [row] = await (leading ? holds() : take());
			if (!closed) set(row?.held === true);
		} catch (error) {
			set(false);
			options.onError?.(error);
		}
	};
	let running = attempt();
	await running;
	const timer = setInterval(() => {
		running = running.then(attempt);
	}, options.intervalMs ?? 2e3).unref();
	return {
		leading: () => leading,
		async close() {
			closed = true;
			clearInterval(timer);
			await running;
			set(false);
			await sql`select pg_advisory_unlock_all()`.catch(() => void 0);
		}
	};
}
// dist/cluster/cluster.js
const SINGLE_NODE = {
	leading: () => true,
	on: () => void 0,
	close: () => Promise.resolve()
};
const NO_JOBS = Promise.resolve({
	leading: () => false,
	close: () => Promise.resolve()
});
async function joinCluster(options) {
	const { databaseUrl, logger } = options;
	if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) return SINGLE_NODE;
	const { default: postgres } = await import("./src-BvkBpaY8.js");
	const sql = postgres(databaseUrl, {
		max: 1,
		idle_timeout: 0,
		max_lifetime: null,
		connect_timeout: 5,
		backoff: reconnectBackoff,
		onnotice: () => void 0
	});
	let closed = false;
	const listeners = {
		lead: [],
		resync: []
	};
	const tell = (event) => {
		for (const listener of listeners[event]) listener();
	};
	let retry;
	const resync = async () => {
		clearTimeout(retry);
		try {
			await options.resync();
			tell("resync");
			logger.info("reloaded the catalog after the cluster connection came back");
		} catch (error) {
			logger.warn({ err: error }, "reloading the catalog failed; trying again in 1 s");
			if (!closed) retry = setTimeout(() => void resync(), 1e3).unref();
		}
	};
	const lock = await (options.jobs === false ? NO_JOBS : createLeaderLock({
		sql,
		onChange: (leading) => {
			logger.info(leading ? "this replica now runs the periodic jobs" : "this replica stopped running the periodic jobs");
			if (leading) tell("lead");
		},
		onError: (error) => logger.debug({ err: error }, "checking the periodic-jobs lock failed")
	}));
	try {
		const relay = await createChangeRelay({
			sql,
			events: options.events,
			onResync: resync,
			onError: (error) => logger.warn({ err: error }, "sharing a change with other replicas failed")
		});
		return {
			leading: () => lock.leading(),
			on: (event, listener) => listeners[event].push(listener),
			async close() {
				closed = true;
				clearTimeout(retry);
				await relay.close();
				await lock.close();
				await sql.end({ timeout: 2 });
			}
		};
	} catch (error) {
		await lock.close();
		await sql.end({ timeout: 2 });
		throw error;
	}
}
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-helpers.js
var require_err_helpers = __commonJSMin(((exports, module) => {
	const isErrorLike = (err) => {
		return err && typeof err.message === "string";
	};
	const getErrorCause = (err) => {
		if (!err) return;
		const cause = err.cause;
		if (typeof cause === "function") {
			const causeResult = err.cause();
			return isErrorLike(causeResult) ? causeResult : void 0;
		} else return isErrorLike(cause) ? cause : void 0;
	};
	const _stackWithCauses = (err, seen) => {
		if (!isErrorLike(err)) return "";
		const stack = err.stack || "";
		if (seen.has(err)) return stack + "\ncauses have become circular...";
		const cause = getErrorCause(err);
		if (cause) {
			seen.add(err);
			return stack + "\ncaused by: " + _stackWithCauses(cause, seen);
		} else return stack;
	};
	const stackWithCauses = (err) => _stackWithCauses(err, new Set());
	const _messageWithCauses = (err, seen, skip) => {
		if (!isErrorLike(err)) return "";
		const message = skip ? "" : err.message || "";
		if (seen.has(err)) return message + ": ...";
		const cause = getErrorCause(err);
		if (cause) {
			seen.add(err);
			const skipIfVErrorStyleCause = typeof err.cause === "function";
			return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause, seen, skipIfVErrorStyleCause);
		} else return message;
	};
	const messageWithCauses = (err) => _messageWithCauses(err, new Set());
	module.exports = {
		isErrorLike,
		getErrorCause,
		stackWithCauses,
		messageWithCauses
	};
}));
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-proto.js
var require_err_proto = __commonJSMin(((exports, module) => {
	const seen = Symbol("circular-ref-tag");
	const rawSymbol = Symbol("pino-raw-err-ref");
	const pinoErrProto = Object.create({}, {
		type: {
			enumerable: true,
			writable: true,
			value: void 0
		},
		message: {
			enumerable: true,
			writable: true,
			value: void 0
		},
		stack: {
			enumerable: true,
			writable: true,
			value: void 0
		},
		aggregateErrors: {
			enumerable: true,
			writable: true,
			value: void 0
		},
		raw: {
			enumerable: false,
			get: function() {
				return this[rawSymbol];
			},
			set: function(val) {
				this[rawSymbol] = val;
			}
		}
	});
	Object.defineProperty(pinoErrProto, rawSymbol, {
		writable: true,
		value: {}
	});
	module.exports = {
		pinoErrProto,
		pinoErrorSymbols: {
			seen,
			rawSymbol
		}
	};
}));
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err.js
var require_err = __commonJSMin(((exports, module) => {
	module.exports = errSerializer;
	const { messageWithCauses, stackWithCauses, isErrorLike } = require_err_helpers();
	const { pinoErrProto, pinoErrorSymbols } = require_err_proto();
	const { seen } = pinoErrorSymbols;
	const { toString } = Object.prototype;
	function errSerializer(err) {
		if (!isErrorLike(err)) return err;
		err[seen] = void 0;
		const _err = Object.create(pinoErrProto);
		_err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
		_err.message = messageWithCauses(err);
		_err.stack = stackWithCauses(err);
		if (Array.isArray(err.errors)) _err.aggregateErrors = err.errors.map((err) => errSerializer(err));
		for (const key in err) if (_err[key] === void 0) {
			const val = err[key];
			if (isErrorLike(val)) {
				if (key !== "cause" && !Object.prototype.hasOwnProperty.call(val, seen)) _err[key] = errSerializer(val);
			} else _err[key] = val;
		}
		delete err[seen];
		_err.raw = err;
		return _err;
	}
}));
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-with-cause.js
var require_err_with_cause = __commonJSMin(((exports, module) => {
	module.exports = errWithCauseSerializer;
	const { isErrorLike } = require_err_helpers();
	const { pinoErrProto, pinoErrorSymbols } = require_err_proto();
	const { seen } = pinoErrorSymbols;
	const { toString } = Object.prototype;
	function errWithCauseSerializer(err) {
		if (!isErrorLike(err)) return err;
		err[seen] = void 0;
		const _err = Object.create(pinoErrProto);
		_err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
		_err.message = err.message;
		_err.stack = err.stack;
		if (Array.isArray(err.errors)) _err.aggregateErrors = err.errors.map((err) => errWithCauseSerializer(err));
		if (isErrorLike(err.cause) && !Object.prototype.hasOwnProperty.call(err.cause, seen)) _err.cause = errWithCauseSerializer(err.cause);
		for (const key in err) if (_err[key] === void 0) {
			const val = err[key];
			if (isErrorLike(val)) {
				if (!Object.prototype.hasOwnProperty.call(val, seen)) _err[key] = errWithCauseSerializer(val);
			} else _err[key] = val;
		}
		delete err[seen];
		_err.raw = err;
		return _err;
	}
}));
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/req.js
var require_req = __commonJSMin(((exports, module) => {
	module.exports = {
		mapHttpRequest,
		reqSerializer
	};
	const rawSymbol = Symbol("pino-raw-req-ref");
	const pinoReqProto = Object.create({}, {
		id: {
			enumerable: true,
			writable: true,
			value: ""
		},
		method: {
			enumerable: true,
			writable: true,
			value: ""
		},
		url: {
			enumerable: true,
			writable: true,
			value: ""
		},
		query: {
			enumerable: true,
			writable: true,
			value: ""
		},
		params: {
			enumerable: true,
			writable: true,
			value: ""
		},
		headers: {
			enumerable: true,
			writable: true,
			value: {}
		},
		remoteAddress: {
			enumerable: true,
			writable: true,
			value: ""
		},
		remotePort: {
			enumerable: true,
			writable: true,
			value: ""
		},
		raw: {
			enumerable: false,
			get: function() {
				return this[rawSymbol];
			},
			set: function(val) {
				this[rawSymbol] = val;
			}
		}
	});
	Object.defineProperty(pinoReqProto, rawSymbol, {
		writable: true,
		value: {}
	});
	function reqSerializer(req) {
		const connection = req.info || req.socket;
		const _req = Object.create(pinoReqProto);
		_req.id = typeof req.id === "function" ? req.id() : req.id || (req.info ? req.info.id : void 0);
		_req.method = req.method;
		if (req.originalUrl) _req.url = req.originalUrl;
		else {
			const path = req.path;
			_req.url = typeof path === "string" ? path : req.url ? req.url.path || req.url : void 0;
		}
		if (req.query) _req.query = req.query;
		if (req.params) _req.params = req.params;
		_req.headers = req.headers;
		_req.remoteAddress = connection && connection.remoteAddress;
		_req.remotePort = connection && connection.remotePort;
		_req.raw = req.raw || req;
		return _req;
	}
	function mapHttpRequest(req) {
		return { req: reqSerializer(req) };
	}
}));
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/res.js
var require_res = __commonJSMin(((exports, module) => {
	module.exports = {
		mapHttpResponse,
		resSerializer
	};
	const rawSymbol = Symbol("pino-raw-res-ref");
	const pinoResProto = Object.create({}, {
		statusCode: {
			enumerable: true,
			writable: true,
			value: 0
		},
		headers: {
			enumerable: true,
			writable: true,
			value: ""
		},
		raw: {
			enumerable: false,
			get: function() {
				return this[rawSymbol];
			},
			set: function(val) {
				this[rawSymbol] = val;
			}
		}
	});
	Object.defineProperty(pinoResProto, rawSymbol, {
		writable: true,
		value: {}
	});
	function resSerializer(res) {
		const _res = Object.create(pinoResProto);
		_res.statusCode = res.headersSent ? res.statusCode : null;
		_res.headers = res.getHeaders ? res.getHeaders() : res._headers;
		_res.raw = res;
		return _res;
	}
	function mapHttpResponse(res) {
		return { res: resSerializer(res) };
	}
}));
// ../../node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/index.js
var require_pino_std_serializers = __commonJSMin(((exports, module) => {
	const errSerializer = require_err();
	const errWithCauseSerializer = require_err_with_cause();
	const reqSerializers = require_req();
	const resSerializers = require_res();
	module.exports = {
		err: errSerializer,
		errWithCause: errWithCauseSerializer,
		mapHttpRequest: reqSerializers.mapHttpRequest,
		mapHttpResponse: resSerializers.mapHttpResponse,
		req: reqSerializers.reqSerializer,
		res: resSerializers.resSerializer,
		wrapErrorSerializer: function wrapErrorSerializer(customSerializer) {
			if (customSerializer === errSerializer) return customSerializer;
			return function wrapErrSerializer(err) {
				return customSerializer(errSerializer(err));
			};
		},
		wrapRequestSerializer: function wrapRequestSerializer(customSerializer) {
			if (customSerializer === reqSerializers.reqSerializer) return customSerializer;
			return function wrappedReqSerializer(req) {
				return customSerializer(reqSerializers.reqSerializer(req));
			};
		},
		wrapResponseSerializer: function wrapResponseSerializer(customSerializer) {
			if (customSerializer === resSerializers.resSerializer) return customSerializer;
			return function wrappedResSerializer(res) {
				return customSerializer(resSerializers.resSerializer(res));
			};
		}
	};
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/caller.js
var require_caller = __commonJSMin(((exports, module) => {
	const util = __require("node:util");
	const getCallSites = util.getCallSites ?? util.getCallSite;
	function noOpPrepareStackTrace(_, stack) {
		return stack;
	}
	module.exports = function getCallers() {
		if (getCallSites) return getCallSites().slice(2).map((callSite) => callSite.scriptName);
		const originalPrepare = Error.prepareStackTrace;
		Error.prepareStackTrace = noOpPrepareStackTrace;
		const stack = new Error().stack;
		Error.prepareStackTrace = originalPrepare;
		if (!Array.isArray(stack)) return;
		const entries = stack.slice(2);
		const fileNames = [];
		for (const entry of entries) {
			if (!entry) continue;
			fileNames.push(entry.getFileName());
		}
		return fileNames;
	};
}));
// ../../node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js
var require_redact = __commonJSMin(((exports, module) => {
	function deepClone(obj) {
		if (obj === null || typeof obj !== "object") return obj;
		if (obj instanceof Date) return new Date(obj.getTime());
		if (obj instanceof Array) {
			const cloned = [];
			for (let i = 0; i < obj.length; i++) cloned[i] = deepClone(obj[i]);
			return cloned;
		}
		if (typeof obj === "object") {
			const cloned = Object.create(Object.getPrototypeOf(obj));
			for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) cloned[key] = deepClone(obj[key]);
			return cloned;
		}
		return obj;
	}
	function parsePath(path) {
		const parts = [];
		let current = "";
		let inBrackets = false;
		let inQuotes = false;
		let quoteChar = "";
		for (let i = 0; i < path.length; i++) {
			const char = path[i];
			if (!inBrackets && char === ".") {
				if (current) {
					parts.push(current);
					current = "";
				}
			} else if (char === "[") {
				if (current) {
					parts.push(current);
					current = "";
				}
				inBrackets = true;
			} else if (char === "]" && inBrackets) {
				parts.push(current);
				current = "";
				inBrackets = false;
				inQuotes = false;
			} else if ((char === "\"" || char === "'") && inBrackets) {
				if (!inQuotes) {
					inQuotes = true;
					quoteChar = char;
				} else if (char === quoteChar) {
					inQuotes = false;
					quoteChar = "";
				} else current += char;
			} else current += char;
		}
		if (current) parts.push(current);
		return parts;
	}
	function setValue(obj, parts, value) {
		let current = obj;
		for (let i = 0; i < parts.length - 1; i++) {
			const key = parts[i];
			if (typeof current !== "object" || current === null || !(key in current)) return false;
			if (typeof current[key] !== "object" || current[key] === null) return false;
			current = current[key];
		}
		const lastKey = parts[parts.length - 1];
		if (lastKey === "*") {
			if (Array.isArray(current)) for (let i = 0; i < current.length; i++) current[i] = value;
			else if (typeof current === "object" && current !== null) {
				for (const key in current) if (Object.prototype.hasOwnProperty.call(current, key)) current[key] = value;
			}
		} else if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) current[lastKey] = value;
		return true;
	}
	function removeKey(obj, parts) {
		let current = obj;
		for (let i = 0; i < parts.length - 1; i++) {
			const key = parts[i];
			if (typeof current !== "object" || current === null || !(key in current)) return false;
			if (typeof current[key] !== "object" || current[key] === null) return false;
			current = current[key];
		}
		const lastKey = parts[parts.length - 1];
		if (lastKey === "*") {
			if (Array.isArray(current)) for (let i = 0; i < current.length; i++) current[i] = void 0;
			else if (typeof current === "object" && current !== null) {
				for (const key in current) if (Object.prototype.hasOwnProperty.call(current, key)) delete current[key];
			}
		} else if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) delete current[lastKey];
		return true;
	}
	const PATH_NOT_FOUND = Symbol("PATH_NOT_FOUND");
	function getValueIfExists(obj, parts) {
		let current = obj;
		for (const part of parts) {
			if (current === null || current === void 0) return PATH_NOT_FOUND;
			if (typeof current !== "object" || current === null) return PATH_NOT_FOUND;
			if (!(part in current)) return PATH_NOT_FOUND;
			current = current[part];
		}
		return current;
	}
	function getValue(obj, parts) {
		let current = obj;
		for (const part of parts) {
			if (current === null || current === void 0) return;
			if (typeof current !== "object" || current === null) return;
			current = current[part];
		}
		return current;
	}
	function redactPaths(obj, paths, censor, remove = false) {
		for (const path of paths) {
			const parts = parsePath(path);
			if (parts.includes("*")) redactWildcardPath(obj, parts, censor, path, remove);
			else if (remove) removeKey(obj, parts);
			else {
				const value = getValueIfExists(obj, parts);
				if (value === PATH_NOT_FOUND) continue;
				setValue(obj, parts, typeof censor === "function" ? censor(value, parts) : censor);
			}
		}
	}
	function redactWildcardPath(obj, parts, censor, originalPath, remove = false) {
		const wildcardIndex = parts.indexOf("*");
		if (wildcardIndex === parts.length - 1) {
			const parentParts = parts.slice(0, -1);
			let current = obj;
			for (const part of parentParts) {
				if (current === null || current === void 0) return;
				if (typeof current !== "object" || current === null) return;
				current = current[part];
			}
			if (Array.isArray(current)) {
				if (remove) for (let i = 0; i < current.length; i++) current[i] = void 0;
				else for (let i = 0; i < current.length; i++) {
					const indexPath = [...parentParts, i.toString()];
					const actualCensor = typeof censor === "function" ? censor(current[i], indexPath) : censor;
					current[i] = actualCensor;
				}
			} else if (typeof current === "object" && current !== null) {
				if (remove) {
					const keysToDelete = [];
					for (const key in current) if (Object.prototype.hasOwnProperty.call(current, key)) keysToDelete.push(key);
					for (const key of keysToDelete) delete current[key];
				} else for (const key in current) {
					const keyPath = [...parentParts, key];
					const actualCensor = typeof censor === "function" ? censor(current[key], keyPath) : censor;
					current[key] = actualCensor;
				}
			}
		} else redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
	}
	function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = false) {
		const beforeWildcard = parts.slice(0, wildcardIndex);
		const afterWildcard = parts.slice(wildcardIndex + 1);
		const pathArray = [];
		function traverse(current, pathLength) {
			if (pathLength === beforeWildcard.length) {
				if (Array.isArray(current)) for (let i = 0; i < current.length; i++) {
					pathArray[pathLength] = i.toString();
					traverse(current[i], pathLength + 1);
				}
				else if (typeof current === "object" && current !== null) for (const key in current) {
					pathArray[pathLength] = key;
					traverse(current[key], pathLength + 1);
				}
			} else if (pathLength < beforeWildcard.length) {
				const nextKey = beforeWildcard[pathLength];
				if (current && typeof current === "object" && current !== null && nextKey in current) {
					pathArray[pathLength] = nextKey;
					traverse(current[nextKey], pathLength + 1);
				}
			} else if (afterWildcard.includes("*")) redactWildcardPath(current, afterWildcard, typeof censor === "function" ? (value, path) => {
				return censor(value, [...pathArray.slice(0, pathLength), ...path]);
			} : censor, originalPath, remove);
			else if (remove) removeKey(current, afterWildcard);
			else {
				const actualCensor = typeof censor === "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
				setValue(current, afterWildcard, actualCensor);
			}
		}
		if (beforeWildcard.length === 0) traverse(obj, 0);
		else {
			let current = obj;
			for (let i = 0; i < beforeWildcard.length; i++) {
				const part = beforeWildcard[i];
				if (current === null || current === void 0) return;
				if (typeof current !== "object" || current === null) return;
				current = current[part];
				pathArray[i] = part;
			}
			if (current !== null && current !== void 0) traverse(current, beforeWildcard.length);
		}
	}
	function buildPathStructure(pathsToClone) {
		if (pathsToClone.length === 0) return null;
		const pathStructure = new Map();
		for (const path of pathsToClone) {
			const parts = parsePath(path);
			let current = pathStructure;
			for (let i = 0; i < parts.length; i++) {
				const part = parts[i];
				if (!current.has(part)) current.set(part, new Map());
				current = current.get(part);
			}
		}
		return pathStructure;
	}
	function selectiveClone(obj, pathStructure) {
		if (!pathStructure) return obj;
		function cloneSelectively(source, pathMap, depth = 0) {
			if (!pathMap || pathMap.size === 0) return source;
			if (source === null || typeof source !== "object") return source;
			if (source instanceof Date) return new Date(source.getTime());
			if (Array.isArray(source)) {
				const cloned = [];
				for (let i = 0; i < source.length; i++) {
					const indexStr = i.toString();
					if (pathMap.has(indexStr) || pathMap.has("*")) cloned[i] = cloneSelectively(source[i], pathMap.get(indexStr) || pathMap.get("*"));
					else cloned[i] = source[i];
				}
				return cloned;
			}
			const cloned = Object.create(Object.getPrototypeOf(source));
			for (const key in source) if (Object.prototype.hasOwnProperty.call(source, key)) {
				if (pathMap.has(key) || pathMap.has("*")) cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*"));
				else cloned[key] = source[key];
			}
			return cloned;
		}
		return cloneSelectively(obj, pathStructure);
	}
	function validatePath(path) {
		if (typeof path !== "string") throw new Error("Paths must be (non-empty) strings");
		if (path === "") throw new Error("Invalid redaction path ()");
		if (path.includes("..")) throw new Error(`Invalid redaction path (${path})`);
		if (path.includes(",")) throw new Error(`Invalid redaction path (${path})`);
		let bracketCount = 0;
		let inQuotes = false;
		let quoteChar = "";
		for (let i = 0; i < path.length; i++) {
			const char = path[i];
			if ((char === "\"" || char === "'") && bracketCount > 0) {
				if (!inQuotes) {
					inQuotes = true;
					quoteChar = char;
				} else if (char === quoteChar) {
					inQuotes = false;
					quoteChar = "";
				}
			} else if (char === "[" && !inQuotes) bracketCount++;
			else if (char === "]" && !inQuotes) {
				bracketCount--;
				if (bracketCount < 0) throw new Error(`Invalid redaction path (${path})`);
			}
		}
		if (bracketCount !== 0) throw new Error(`Invalid redaction path (${path})`);
	}
	function validatePaths(paths) {
		if (!Array.isArray(paths)) throw new TypeError("paths must be an array");
		for (const path of paths) validatePath(path);
	}
	function slowRedact(options = {}) {
		const { paths = [], censor = "[REDACTED]", serialize = JSON.stringify, strict = true, remove = false } = options;
		validatePaths(paths);
		const pathStructure = buildPathStructure(paths);
		return function redact(obj) {
			if (strict && (obj === null || typeof obj !== "object")) {
				if (obj === null || obj === void 0) return serialize ? serialize(obj) : obj;
				if (typeof obj !== "object") return serialize ? serialize(obj) : obj;
			}
			const cloned = selectiveClone(obj, pathStructure);
			const original = obj;
			let actualCensor = censor;
			if (typeof censor === "function") actualCensor = censor;
			redactPaths(cloned, paths, actualCensor, remove);
			if (serialize === false) {
				cloned.restore = function() {
					return deepClone(original);
				};
				return cloned;
			}
			if (typeof serialize === "function") return serialize(cloned);
			return JSON.stringify(cloned);
		};
	}
	module.exports = slowRedact;
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/symbols.js
var require_symbols = __commonJSMin(((exports, module) => {
	const setLevelSym = Symbol("pino.setLevel");
	const getLevelSym = Symbol("pino.getLevel");
	const levelValSym = Symbol("pino.levelVal");
	const levelCompSym = Symbol("pino.levelComp");
	const useLevelLabelsSym = Symbol("pino.useLevelLabels");
	const useOnlyCustomLevelsSym = Symbol("pino.useOnlyCustomLevels");
	const mixinSym = Symbol("pino.mixin");
	const lsCacheSym = Symbol("pino.lsCache");
	const chindingsSym = Symbol("pino.chindings");
	const asJsonSym = Symbol("pino.asJson");
	const writeSym = Symbol("pino.write");
	const redactFmtSym = Symbol("pino.redactFmt");
	const timeSym = Symbol("pino.time");
	const timeSliceIndexSym = Symbol("pino.timeSliceIndex");
	const streamSym = Symbol("pino.stream");
	const stringifySym = Symbol("pino.stringify");
	const stringifySafeSym = Symbol("pino.stringifySafe");
	const stringifiersSym = Symbol("pino.stringifiers");
	const endSym = Symbol("pino.end");
	const formatOptsSym = Symbol("pino.formatOpts");
	const messageKeySym = Symbol("pino.messageKey");
	const errorKeySym = Symbol("pino.errorKey");
	const nestedKeySym = Symbol("pino.nestedKey");
	const nestedKeyStrSym = Symbol("pino.nestedKeyStr");
	const mixinMergeStrategySym = Symbol("pino.mixinMergeStrategy");
	const msgPrefixSym = Symbol("pino.msgPrefix");
	const wildcardFirstSym = Symbol("pino.wildcardFirst");
	const serializersSym = Symbol.for("pino.serializers");
	const formattersSym = Symbol.for("pino.formatters");
	const hooksSym = Symbol.for("pino.hooks");
	module.exports = {
		setLevelSym,
		getLevelSym,
		levelValSym,
		levelCompSym,
		useLevelLabelsSym,
		mixinSym,
		lsCacheSym,
		chindingsSym,
		asJsonSym,
		writeSym,
		serializersSym,
		redactFmtSym,
		timeSym,
		timeSliceIndexSym,
		streamSym,
		stringifySym,
		stringifySafeSym,
		stringifiersSym,
		endSym,
		formatOptsSym,
		messageKeySym,
		errorKeySym,
		nestedKeySym,
		wildcardFirstSym,
		needsMetadataGsym: Symbol.for("pino.metadata"),
		useOnlyCustomLevelsSym,
		formattersSym,
		hooksSym,
		nestedKeyStrSym,
		mixinMergeStrategySym,
		msgPrefixSym,
		transportUsesMultistreamSym: Symbol.for("pino.transport.usesMultistream")
	};
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/redaction.js
var require_redaction = __commonJSMin(((exports, module) => {
	const Redact = require_redact();
	const { redactFmtSym, wildcardFirstSym } = require_symbols();
	const rx = /[^.[\]]+|\[([^[\]]*?)\]/g;
	const CENSOR = "[Redacted]";
	const strict = false;
	function redaction(opts, serialize) {
		const { paths, censor, remove } = handle(opts);
		const shape = paths.reduce((o, str) => {
			rx.lastIndex = 0;
			const first = rx.exec(str);
			const next = rx.exec(str);
			let ns = first[1] !== void 0 ? first[1].replace(/^(?:"|'|`)(.*)(?:"|'|`)$/, "$1") : first[0];
			if (ns === "*") ns = wildcardFirstSym;
			if (next === null) {
				o[ns] = null;
				return o;
			}
			if (o[ns] === null) return o;
			const { index } = next;
			const nextPath = `${str.substr(index, str.length - 1)}`;
			o[ns] = o[ns] || [];
			if (ns !== wildcardFirstSym && o[ns].length === 0) o[ns].push(...o[wildcardFirstSym] || []);
			if (ns === wildcardFirstSym) Object.keys(o).forEach(function(k) {
				if (o[k]) o[k].push(nextPath);
			});
			o[ns].push(nextPath);
			return o;
		}, Object.create(null));
		const result = Object.assign(Object.create(null), { [redactFmtSym]: Redact({
			paths,
			censor,
			serialize,
			strict,
			remove
		}) });
		const topCensor = (...args) => {
			return typeof censor === "function" ? serialize(censor(...args)) : serialize(censor);
		};
		return [...Object.keys(shape), ...Object.getOwnPropertySymbols(shape)].reduce((o, k) => {
			if (shape[k] === null) o[k] = (value) => topCensor(value, [k]);
			else {
				const wrappedCensor = typeof censor === "function" ? (value, path) => {
					return censor(value, [k, ...path]);
				} : censor;
				o[k] = Redact({
					paths: shape[k],
					censor: wrappedCensor,
					serialize,
					strict,
					remove
				});
			}
			return o;
		}, result);
	}
	function handle(opts) {
		if (Array.isArray(opts)) {
			opts = {
				paths: opts,
				censor: CENSOR
			};
			return opts;
		}
		let { paths, censor = CENSOR, remove } = opts;
		if (Array.isArray(paths) === false) throw Error("pino \u2013 redact must contain an array of strings");
		if (remove === true) censor = void 0;
		return {
			paths,
			censor,
			remove
		};
	}
	module.exports = redaction;
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/time.js
var require_time = __commonJSMin(((exports, module) => {
	const nullTime = () => "";
	const epochTime = () => `,"time":${Date.now()}`;
	const unixTime = () => `,"time":${Math.round(Date.now() / 1e3)}`;
	const isoTime = () => `,"time":"${new Date(Date.now()).toISOString()}"`;
	const NS_PER_MS = 1000000n;
	const NS_PER_SEC = 1000000000n;
	const startWallTimeNs = BigInt(Date.now()) * NS_PER_MS;
	const startHrTime = process.hrtime.bigint();
	const isoTimeNano = () => {
		const elapsedNs = process.hrtime.bigint() - startHrTime;
		const currentTimeNs = startWallTimeNs + elapsedNs;
		const secondsSinceEpoch = currentTimeNs / NS_PER_SEC;
		const nanosWithinSecond = currentTimeNs % NS_PER_SEC;
		const msSinceEpoch = Number(secondsSinceEpoch * 1000n + nanosWithinSecond / 1000000n);
		const date = new Date(msSinceEpoch);
		return `,"time":"${date.getUTCFullYear()}-${(date.getUTCMonth() + 1).toString().padStart(2, "0")}-${date.getUTCDate().toString().padStart(2, "0")}T${date.getUTCHours().toString().padStart(2, "0")}:${date.getUTCMinutes().toString().padStart(2, "0")}:${date.getUTCSeconds().toString().padStart(2, "0")}.${nanosWithinSecond.toString().padStart(9, "0")}Z"`;
	};
	module.exports = {
		nullTime,
		epochTime,
		unixTime,
		isoTime,
		isoTimeNano
	};
}));
// ../../node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJSMin(((exports, module) => {
	function tryStringify(o) {
		try {
			return JSON.stringify(o);
		} catch (e) {
			return "\"[Circular]\"";
		}
	}
	module.exports = format;
	function format(f, args, opts) {
		var ss = opts && opts.stringify || tryStringify;
		var offset = 1;
		if (typeof f === "object" && f !== null) {
			var len = args.length + offset;
			if (len === 1) return f;
			var objects = new Array(len);
			objects[0] = ss(f);
			for (var index = 1; index < len; index++) objects[index] = ss(args[index]);
			return objects.join(" ");
		}
		if (typeof f !== "string") return f;
		var argLen = args.length;
		if (argLen === 0) return f;
		var str = "";
		var a = 1 - offset;
		var lastPos = -1;
		var flen = f && f.length || 0;
		for (var i = 0; i < flen;) {
			if (f.charCodeAt(i) === 37 && i + 1 < flen) {
				lastPos = lastPos > -1 ? lastPos : 0;
				switch (f.charCodeAt(i + 1)) {
					case 100:
					case 102:
						if (a >= argLen) break;
						if (args[a] == null) break;
						if (lastPos < i) str += f.slice(lastPos, i);
						str += Number(args[a]);
						lastPos = i + 2;
						i++;
						break;
					case 105:
						if (a >= argLen) break;
						if (args[a] == null) break;
						if (lastPos < i) str += f.slice(lastPos, i);
						str += Math.floor(Number(args[a]));
						lastPos = i + 2;
						i++;
						break;
					case 79:
					case 111:
					case 106:
						if (a >= argLen) break;
						if (args[a] === void 0) break;
						if (lastPos < i) str += f.slice(lastPos, i);
						var type = typeof args[a];
						if (type === "string") {
							str += "'" + args[a] + "'";
							lastPos = i + 2;
							i++;
							break;
						}
						if (type === "function") {
							str += args[a].name || "<anonymous>";
							lastPos = i + 2;
							i++;
							break;
						}
						str += ss(args[a]);
						lastPos = i + 2;
						i++;
						break;
					case 115:
						if (a >= argLen) break;
						if (lastPos < i) str += f.slice(lastPos, i);
						str += String(args[a]);
						lastPos = i + 2;
						i++;
						break;
					case 37:
						if (lastPos < i) str += f.slice(lastPos, i);
						str += "%";
						lastPos = i + 2;
						i++;
						a--;
				}
				++a;
			}
			++i;
		}
		if (lastPos === -1) return f;
		else if (lastPos < flen) str += f.slice(lastPos);
		return str;
	}
}));
// ../../node_modules/.pnpm/atomic-sleep@1.0.0/node_modules/atomic-sleep/index.js
var require_atomic_sleep = __commonJSMin(((exports, module) => {
	if (typeof SharedArrayBuffer !== "undefined" && typeof Atomics !== "undefined") {
		const nil = new Int32Array(new SharedArrayBuffer(4));
		function sleep(ms) {
			if ((ms > 0 && ms < Infinity) === false) {
				if (typeof ms !== "number" && typeof ms !== "bigint") throw TypeError("sleep: ms must be a number");
				throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
			}
			Atomics.wait(nil, 0, 0, Number(ms));
		}
		module.exports = sleep;
	} else {
		function sleep(ms) {
			if ((ms > 0 && ms < Infinity) === false) {
				if (typeof ms !== "number" && typeof ms !== "bigint") throw TypeError("sleep: ms must be a number");
				throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
			}
			const target = Date.now() + Number(ms);
			while (target > Date.now());
		}
		module.exports = sleep;
	}
}));
// ../../node_modules/.pnpm/sonic-boom@4.2.1/node_modules/sonic-boom/index.js
var require_sonic_boom = __commonJSMin(((exports, module) => {
	const fs = __require("fs");
	const EventEmitter = __require("events");
	const inherits = __require("util").inherits;
	const path = __require("path");
	const sleep = require_atomic_sleep();
	const assert = __require("assert");
	const BUSY_WRITE_TIMEOUT = 100;
	const kEmptyBuffer = Buffer.allocUnsafe(0);
	const MAX_WRITE = 16384;
	const kContentModeBuffer = "buffer";
	const kContentModeUtf8 = "utf8";
	const [major, minor] = (process.versions.node || "0.0").split(".").map(Number);
	const kCopyBuffer = major >= 22 && minor >= 7;
	function openFile(file, sonic) {
		sonic._opening = true;
		sonic._writing = true;
		sonic._asyncDrainScheduled = false;
		function fileOpened(err, fd) {
			if (err) {
				sonic._reopening = false;
				sonic._writing = false;
				sonic._opening = false;
				if (sonic.sync) process.nextTick(() => {
					if (sonic.listenerCount("error") > 0) sonic.emit("error", err);
				});
				else sonic.emit("error", err);
				return;
			}
			const reopening = sonic._reopening;
			sonic.fd = fd;
			sonic.file = file;
			sonic._reopening = false;
			sonic._opening = false;
			sonic._writing = false;
			if (sonic.sync) process.nextTick(() => sonic.emit("ready"));
			else sonic.emit("ready");
			if (sonic.destroyed) return;
			if (!sonic._writing && sonic._len > sonic.minLength || sonic._flushPending) sonic._actualWrite();
			else if (reopening) process.nextTick(() => sonic.emit("drain"));
		}
		const flags = sonic.append ? "a" : "w";
		const mode = sonic.mode;
		if (sonic.sync) try {
			if (sonic.mkdir) fs.mkdirSync(path.dirname(file), { recursive: true });
			fileOpened(null, fs.openSync(file, flags, mode));
		} catch (err) {
			fileOpened(err);
			throw err;
		}
		else if (sonic.mkdir) fs.mkdir(path.dirname(file), { recursive: true }, (err) => {
			if (err) return fileOpened(err);
			fs.open(file, flags, mode, fileOpened);
		});
		else fs.open(file, flags, mode, fileOpened);
	}
	function SonicBoom(opts) {
		if (!(this instanceof SonicBoom)) return new SonicBoom(opts);
		let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir, retryEAGAIN, fsync, contentMode, mode } = opts || {};
		fd = fd || dest;
		this._len = 0;
		this.fd = -1;
		this._bufs = [];
		this._lens = [];
		this._writing = false;
		this._ending = false;
		this._reopening = false;
		this._asyncDrainScheduled = false;
		this._flushPending = false;
		this._hwm = Math.max(minLength || 0, 16387);
		this.file = null;
		this.destroyed = false;
		this.minLength = minLength || 0;
		this.maxLength = maxLength || 0;
		this.maxWrite = maxWrite || MAX_WRITE;
		this._periodicFlush = periodicFlush || 0;
		this._periodicFlushTimer = void 0;
		this.sync = sync || false;
		this.writable = true;
		this._fsync = fsync || false;
		this.append = append || false;
		this.mode = mode;
		this.retryEAGAIN = retryEAGAIN || (() => true);
		this.mkdir = mkdir || false;
		let fsWriteSync;
		let fsWrite;
		if (contentMode === kContentModeBuffer) {
			this._writingBuf = kEmptyBuffer;
			this.write = writeBuffer;
			this.flush = flushBuffer;
			this.flushSync = flushBufferSync;
			this._actualWrite = actualWriteBuffer;
			fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf);
			fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
		} else if (contentMode === void 0 || contentMode === kContentModeUtf8) {
			this._writingBuf = "";
			this.write = write;
			this.flush = flush;
			this.flushSync = flushSync;
			this._actualWrite = actualWrite;
			fsWriteSync = () => {
				if (Buffer.isBuffer(this._writingBuf)) return fs.writeSync(this.fd, this._writingBuf);
				return fs.writeSync(this.fd, this._writingBuf, "utf8");
			};
			fsWrite = () => {
				if (Buffer.isBuffer(this._writingBuf)) return fs.write(this.fd, this._writingBuf, this.release);
				return fs.write(this.fd, this._writingBuf, "utf8", this.release);
			};
		} else throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
		if (typeof fd === "number") {
			this.fd = fd;
			process.nextTick(() => this.emit("ready"));
		} else if (typeof fd === "string") openFile(fd, this);
		else throw new Error("SonicBoom supports only file descriptors and files");
		if (this.minLength >= this.maxWrite) throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
		this.release = (err, n) => {
			if (err) {
				if ((err.code === "EAGAIN" || err.code === "EBUSY") && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length)) {
					if (this.sync) try {
						sleep(BUSY_WRITE_TIMEOUT);
						this.release(void 0, 0);
					} catch (err) {
						this.release(err);
					}
					else setTimeout(fsWrite, BUSY_WRITE_TIMEOUT);
				} else {
					this._writing = false;
					this.emit("error", err);
				}
				return;
			}
			this.emit("write", n);
			const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
			this._len = releasedBufObj.len;
			this._writingBuf = releasedBufObj.writingBuf;
			if (this._writingBuf.length) {
				if (!this.sync) {
					fsWrite();
					return;
				}
				try {
					do {
						const n = fsWriteSync();
						const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
						this._len = releasedBufObj.len;
						this._writingBuf = releasedBufObj.writingBuf;
					} while (this._writingBuf.length);
				} catch (err) {
					this.release(err);
					return;
				}
			}
			if (this._fsync) fs.fsyncSync(this.fd);
			const len = this._len;
			if (this._reopening) {
				this._writing = false;
				this._reopening = false;
				this.reopen();
			} else if (len > this.minLength) this._actualWrite();
			else if (this._ending) {
				if (len > 0) this._actualWrite();
				else {
					this._writing = false;
					actualClose(this);
				}
			} else {
				this._writing = false;
				if (this.sync) {
					if (!this._asyncDrainScheduled) {
						this._asyncDrainScheduled = true;
						process.nextTick(emitDrain, this);
					}
				} else this.emit("drain");
			}
		};
		this.on("newListener", function(name) {
			if (name === "drain") this._asyncDrainScheduled = false;
		});
		if (this._periodicFlush !== 0) {
			this._periodicFlushTimer = setInterval(() => this.flush(null), this._periodicFlush);
			this._periodicFlushTimer.unref();
		}
	}
	function releaseWritingBuf(writingBuf, len, n) {
		if (typeof writingBuf === "string") writingBuf = Buffer.from(writingBuf);
		len = Math.max(len - n, 0);
		writingBuf = writingBuf.subarray(n);
		return {
			writingBuf,
			len
		};
	}
	function emitDrain(sonic) {
		if (!(sonic.listenerCount("drain") > 0)) return;
		sonic._asyncDrainScheduled = false;
		sonic.emit("drain");
	}
	inherits(SonicBoom, EventEmitter);
	function mergeBuf(bufs, len) {
		if (bufs.length === 0) return kEmptyBuffer;
		if (bufs.length === 1) return bufs[0];
		return Buffer.concat(bufs, len);
	}
	function write(data) {
		if (this.destroyed) throw new Error("SonicBoom destroyed");
		data = "" + data;
		const dataLen = Buffer.byteLength(data);
		const len = this._len + dataLen;
		const bufs = this._bufs;
		if (this.maxLength && len > this.maxLength) {
			this.emit("drop", data);
			return this._len < this._hwm;
		}
		if (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite) bufs.push(data);
		else bufs[bufs.length - 1] += data;
		this._len = len;
		if (!this._writing && this._len >= this.minLength) this._actualWrite();
		return this._len < this._hwm;
	}
	function writeBuffer(data) {
		if (this.destroyed) throw new Error("SonicBoom destroyed");
		const len = this._len + data.length;
		const bufs = this._bufs;
		const lens = this._lens;
		if (this.maxLength && len > this.maxLength) {
			this.emit("drop", data);
			return this._len < this._hwm;
		}
		if (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite) {
			bufs.push([data]);
			lens.push(data.length);
		} else {
			bufs[bufs.length - 1].push(data);
			lens[lens.length - 1] += data.length;
		}
		this._len = len;
		if (!this._writing && this._len >= this.minLength) this._actualWrite();
		return this._len < this._hwm;
	}
	function callFlushCallbackOnDrain(cb) {
		this._flushPending = true;
		const onDrain = () => {
			if (!this._fsync) try {
				fs.fsync(this.fd, (err) => {
					this._flushPending = false;
					cb(err);
				});
			} catch (err) {
				cb(err);
			}
			else {
				this._flushPending = false;
				cb();
			}
			this.off("error", onError);
		};
		const onError = (err) => {
			this._flushPending = false;
			cb(err);
			this.off("drain", onDrain);
		};
		this.once("drain", onDrain);
		this.once("error", onError);
	}
	function flush(cb) {
		if (cb != null && typeof cb !== "function") throw new Error("flush cb must be a function");
		if (this.destroyed) {
			const error = new Error("SonicBoom destroyed");
			if (cb) {
				cb(error);
				return;
			}
			throw error;
		}
		if (this.minLength <= 0) {
			cb?.();
			return;
		}
		if (cb) callFlushCallbackOnDrain.call(this, cb);
		if (this._writing) return;
		if (this._bufs.length === 0) this._bufs.push("");
		this._actualWrite();
	}
	function flushBuffer(cb) {
		if (cb != null && typeof cb !== "function") throw new Error("flush cb must be a function");
		if (this.destroyed) {
			const error = new Error("SonicBoom destroyed");
			if (cb) {
				cb(error);
				return;
			}
			throw error;
		}
		if (this.minLength <= 0) {
			cb?.();
			return;
		}
		if (cb) callFlushCallbackOnDrain.call(this, cb);
		if (this._writing) return;
		if (this._bufs.length === 0) {
			this._bufs.push([]);
			this._lens.push(0);
		}
		this._actualWrite();
	}
	SonicBoom.prototype.reopen = function(file) {
		if (this.destroyed) throw new Error("SonicBoom destroyed");
		if (this._opening) {
			this.once("ready", () => {
				this.reopen(file);
			});
			return;
		}
		if (this._ending) return;
		if (!this.file) throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
		if (file) this.file = file;
		this._reopening = true;
		if (this._writing) return;
		const fd = this.fd;
		this.once("ready", () => {
			if (fd !== this.fd) fs.close(fd, (err) => {
				if (err) return this.emit("error", err);
			});
		});
		openFile(this.file, this);
	};
	SonicBoom.prototype.end = function() {
		if (this.destroyed) throw new Error("SonicBoom destroyed");
		if (this._opening) {
			this.once("ready", () => {
				this.end();
			});
			return;
		}
		if (this._ending) return;
		this._ending = true;
		if (this._writing) return;
		if (this._len > 0 && this.fd >= 0) this._actualWrite();
		else actualClose(this);
	};
	function flushSync() {
		if (this.destroyed) throw new Error("SonicBoom destroyed");
		if (this.fd < 0) throw new Error("sonic boom is not ready yet");
		if (!this._writing && this._writingBuf.length > 0) {
			this._bufs.unshift(this._writingBuf);
			this._writingBuf = "";
		}
		let buf = "";
		while (this._bufs.length || buf.length) {
			if (buf.length <= 0) buf = this._bufs[0];
			try {
				const n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
				const releasedBufObj = releaseWritingBuf(buf, this._len, n);
				buf = releasedBufObj.writingBuf;
				this._len = releasedBufObj.len;
				if (buf.length <= 0) this._bufs.shift();
			} catch (err) {
				if ((err.code === "EAGAIN" || err.code === "EBUSY") && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) throw err;
				sleep(BUSY_WRITE_TIMEOUT);
			}
		}
		try {
			fs.fsyncSync(this.fd);
		} catch {}
	}
	function flushBufferSync() {
		if (this.destroyed) throw new Error("SonicBoom destroyed");
		if (this.fd < 0) throw new Error("sonic boom is not ready yet");
		if (!this._writing && this._writingBuf.length > 0) {
			this._bufs.unshift([this._writingBuf]);
			this._writingBuf = kEmptyBuffer;
		}
		let buf = kEmptyBuffer;
		while (this._bufs.length || buf.length) {
			if (buf.length <= 0) buf = mergeBuf(this._bufs[0], this._lens[0]);
			try {
				const n = fs.writeSync(this.fd, buf);
				buf = buf.subarray(n);
				this._len = Math.max(this._len - n, 0);
				if (buf.length <= 0) {
					this._bufs.shift();
					this._lens.shift();
				}
			} catch (err) {
				if ((err.code === "EAGAIN" || err.code === "EBUSY") && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) throw err;
				sleep(BUSY_WRITE_TIMEOUT);
			}
		}
	}
	SonicBoom.prototype.destroy = function() {
		if (this.destroyed) return;
		actualClose(this);
	};
	function actualWrite() {
		const release = this.release;
		this._writing = true;
		this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "";
		if (this.sync) try {
			release(null, Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8"));
		} catch (err) {
			release(err);
		}
		else fs.write(this.fd, this._writingBuf, release);
	}
	function actualWriteBuffer() {
		const release = this.release;
		this._writing = true;
		this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift());
		if (this.sync) try {
			release(null, fs.writeSync(this.fd, this._writingBuf));
		} catch (err) {
			release(err);
		}
		else {
			if (kCopyBuffer) this._writingBuf = Buffer.from(this._writingBuf);
			fs.write(this.fd, this._writingBuf, release);
		}
	}
	function actualClose(sonic) {
		if (sonic.fd === -1) {
			sonic.once("ready", actualClose.bind(null, sonic));
			return;
		}
		if (sonic._periodicFlushTimer !== void 0) clearInterval(sonic._periodicFlushTimer);
		sonic.destroyed = true;
		sonic._bufs = [];
		sonic._lens = [];
		assert(typeof sonic.fd === "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
		try {
			fs.fsync(sonic.fd, closeWrapped);
		} catch {}
		function closeWrapped() {
			if (sonic.fd !== 1 && sonic.fd !== 2) fs.close(sonic.fd, done);
			else done();
		}
		function done(err) {
			if (err) {
				sonic.emit("error", err);
				return;
			}
			if (sonic._ending && !sonic._writing) sonic.emit("finish");
			sonic.emit("close");
		}
	}
	SonicBoom.SonicBoom = SonicBoom;
	SonicBoom.default = SonicBoom;
	module.exports = SonicBoom;
}));
// ../../node_modules/.pnpm/on-exit-leak-free@2.1.2/node_modules/on-exit-leak-free/index.js
var require_on_exit_leak_free = __commonJSMin(((exports, module) => {
	const refs = {
		exit: [],
		beforeExit: []
	};
	const functions = {
		exit: onExit,
		beforeExit: onBeforeExit
	};
	let registry;
	function ensureRegistry() {
		if (registry === void 0) registry = new FinalizationRegistry(clear);
	}
	function install(event) {
		if (refs[event].length > 0) return;
		process.on(event, functions[event]);
	}
	function uninstall(event) {
		if (refs[event].length > 0) return;
		process.removeListener(event, functions[event]);
		if (refs.exit.length === 0 && refs.beforeExit.length === 0) registry = void 0;
	}
	function onExit() {
		callRefs("exit");
	}
	function onBeforeExit() {
		callRefs("beforeExit");
	}
	function callRefs(event) {
		for (const ref of refs[event]) {
			const obj = ref.deref();
			const fn = ref.fn;
			if (obj !== void 0) fn(obj, event);
		}
		refs[event] = [];
	}
	function clear(ref) {
		for (const event of ["exit", "beforeExit"]) {
			const index = refs[event].indexOf(ref);
			refs[event].splice(index, index + 1);
			uninstall(event);
		}
	}
	function _register(event, obj, fn) {
		if (obj === void 0) throw new Error("the object can't be undefined");
		install(event);
		const ref = new WeakRef(obj);
		ref.fn = fn;
		ensureRegistry();
		registry.register(obj, ref);
		refs[event].push(ref);
	}
	function register(obj, fn) {
		_register("exit", obj, fn);
	}
	function registerBeforeExit(obj, fn) {
		_register("beforeExit", obj, fn);
	}
	function unregister(obj) {
		if (registry === void 0) return;
		registry.unregister(obj);
		for (const event of ["exit", "beforeExit"]) {
			refs[event] = refs[event].filter((ref) => {
				const _obj = ref.deref();
				return _obj && _obj !== obj;
			});
			uninstall(event);
		}
	}
	module.exports = {
		register,
		registerBeforeExit,
		unregister
	};
}));
// ../../node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/package.json
var require_package = __commonJSMin(((exports, module) => {
	module.exports = {
		"name": "thread-stream",
		"version": "4.2.1",
		"description": "A streaming way to send data to a Node.js Worker Thread",
		"main": "index.js",
		"types": "index.d.ts",
		"engines": { "node": ">=20" },
		"dependencies": { "real-require": "^1.0.0" },
		"devDependencies": {
			"@types/node": "^26.1.1",
			"@yao-pkg/pkg": "^6.0.0",
			"borp": "^1.0.0",
			"desm": "^1.3.0",
			"eslint": "^9.39.1",
			"fastbench": "^1.0.1",
			"neostandard": "^0.13.0",
			"pino-elasticsearch": "^9.0.0",
			"sonic-boom": "^5.0.0",
			"ts-node": "^10.8.0",
			"tsd": "^0.33.0",
			"typescript": "~5.7.3"
		},
		"scripts": {
			"build": "tsc --noEmit",
			"lint": "eslint",
			"test": "npm run lint && npm run build && npm run test:types && npm run transpile && borp --expose-gc --pattern \"test/*.test.{js,mjs}\"",
			"test:ci": "npm run lint && npm run test:types && npm run transpile && borp --expose-gc --pattern \"test/*.test.{js,mjs}\"",
			"test:types": "tsd",
			"test:yarn": "npm run transpile && borp --expose-gc --pattern \"test/*.test.js\"",
			"transpile": "sh ./test/ts/transpile.sh"
		},
		"tsd": { "directory": "test/types" },
		"repository": {
			"type": "git",
			"url": "git+https://github.com/mcollina/thread-stream.git"
		},
		"keywords": [
			"worker",
			"thread",
			"threads",
			"stream"
		],
		"author": "Matteo Collina <hello@matteocollina.com>",
		"license": "MIT",
		"bugs": { "url": "https://github.com/mcollina/thread-stream/issues" },
		"homepage": "https://github.com/mcollina/thread-stream#readme"
	};
}));
// ../../node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/wait.js
var require_wait = __commonJSMin(((exports, module) => {
	const WAIT_MS = 1e4;
	function wait(state, index, expected, timeout, done) {
		const max = timeout === Infinity ? Infinity : Date.now() + timeout;
		const check = (previous) => {
			const current = Atomics.load(state, index);
			if (current >= expected) {
				done(null, "ok");
				return;
			}
			if (previous !== void 0 && current !== previous) {
				done(null, "not-equal");
				return;
			}
			if (max !== Infinity && Date.now() > max) {
				done(null, "timed-out");
				return;
			}
			const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
			const result = Atomics.waitAsync(state, index, current, remaining);
			if (result.async) result.value.then((res) => {
				if (res === "ok") {
					done(null, Atomics.load(state, index) >= expected ? "ok" : "not-equal");
					return;
				}
				check(current);
			});
			else setImmediate(done, null, "not-equal");
		};
		check();
	}
	function waitDiff(state, index, expected, timeout, done) {
		const max = timeout === Infinity ? Infinity : Date.now() + timeout;
		const check = () => {
			if (Atomics.load(state, index) !== expected) {
				done(null, "ok");
				return;
			}
			if (max !== Infinity && Date.now() > max) {
				done(null, "timed-out");
				return;
			}
			const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
			const result = Atomics.waitAsync(state, index, expected, remaining);
			if (result.async) result.value.then((res) => {
				if (res === "ok") {
					done(null, "ok");
					return;
				}
				check();
			});
			else setImmediate(check);
		};
		check();
	}
	module.exports = {
		wait,
		waitDiff
	};
}));
// ../../node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/indexes.js
var require_indexes = __commonJSMin(((exports, module) => {
	module.exports = {
		WRITE_INDEX: 4,
		READ_INDEX: 8,
		SEQ_INDEX: 2
	};
}));
// ../../node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/index.js
var require_thread_stream = __commonJSMin(((exports, module) => {
	const { version } = require_package();
	const { EventEmitter } = __require("events");
	const { Worker } = __require("worker_threads");
	const { join } = __require("path");
	const { pathToFileURL } = __require("url");
	const { wait } = require_wait();
	const { WRITE_INDEX, READ_INDEX, SEQ_INDEX } = require_indexes();
	const buffer = __require("buffer");
	const assert = __require("assert");
	const kImpl = Symbol("kImpl");
	const MAX_STRING = buffer.constants.MAX_STRING_LENGTH;
	function noop() {}
	function updateState(stream, fn) {
		Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
		fn();
		Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
		Atomics.notify(stream[kImpl].state, SEQ_INDEX);
	}
	function resetIndexes(stream) {
		updateState(stream, () => {
			Atomics.store(stream[kImpl].state, READ_INDEX, 0);
			Atomics.store(stream[kImpl].state, WRITE_INDEX, 0);
		});
		Atomics.notify(stream[kImpl].state, READ_INDEX);
	}
	var FakeWeakRef = class {
		constructor(value) {
			this._value = value;
		}
		deref() {
			return this._value;
		}
	};
	var FakeFinalizationRegistry = class {
		register() {}
		unregister() {}
	};
	const FinalizationRegistry = process.env.NODE_V8_COVERAGE ? FakeFinalizationRegistry : global.FinalizationRegistry || FakeFinalizationRegistry;
	const WeakRef = process.env.NODE_V8_COVERAGE ? FakeWeakRef : global.WeakRef || FakeWeakRef;
	const registry = new FinalizationRegistry((worker) => {
		if (worker.exited) return;
		worker.terminate();
	});
	function createWorker(stream, opts) {
		const { filename, workerData } = opts;
		const toExecute = ("__bundlerPathsOverrides" in globalThis ? globalThis.__bundlerPathsOverrides : {})["thread-stream-worker"] || join(__dirname, "lib", "worker.js");
		const worker = new Worker(toExecute, {
			...opts.workerOpts,
			name: opts.workerOpts?.name || "thread-stream",
			trackUnmanagedFds: false,
			workerData: {
				filename: filename.indexOf("file://") === 0 ? filename : pathToFileURL(filename).href,
				dataBuf: stream[kImpl].dataBuf,
				stateBuf: stream[kImpl].stateBuf,
				workerData: {
					$context: { threadStreamVersion: version },
					...workerData
				}
			}
		});
		worker.stream = new FakeWeakRef(stream);
		worker.on("message", onWorkerMessage);
		worker.on("exit", onWorkerExit);
		registry.register(stream, worker);
		return worker;
	}
	function drain(stream) {
		assert(!stream[kImpl].sync);
		if (stream[kImpl].needDrain) {
			stream[kImpl].needDrain = false;
			stream.emit("drain");
		}
	}
	function nextFlush(stream) {
		while (true) {
			const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
			if (stream.destroyed || writeIndex < 0) return;
			const leftover = stream[kImpl].data.length - writeIndex;
			if (leftover > 0) {
				if (stream[kImpl].bufLen === 0) {
					stream[kImpl].flushing = false;
					if (stream[kImpl].ending) end(stream);
					else if (stream[kImpl].needDrain) process.nextTick(drain, stream);
					return;
				}
				write(stream, leftover, noop);
				continue;
			}
			if (leftover === 0) {
				if (writeIndex === 0 && stream[kImpl].bufLen === 0) return;
				waitForRead(stream, () => {
					if (stream.destroyed) return;
					resetIndexes(stream);
					nextFlush(stream);
				});
				return;
			}
			destroy(stream, new Error("overwritten"));
			return;
		}
	}
	function onWorkerMessage(msg) {
		const stream = this.stream.deref();
		if (stream === void 0) {
			this.exited = true;
			this.terminate();
			return;
		}
		if (msg?.code == null) return;
		switch (msg.code) {
			case "READY":
				if (!stream[kImpl].ending) this.stream = new WeakRef(stream);
				waitForRead(stream, () => {
					stream[kImpl].ready = true;
					stream.emit("ready");
				});
				break;
			case "ERROR":
				destroy(stream, msg.err);
				break;
			case "EVENT":
				if (Array.isArray(msg.args)) stream.emit(msg.name, ...msg.args);
				else stream.emit(msg.name, msg.args);
				break;
			case "FLUSHED": {
				if (msg.context !== "thread-stream") {
					destroy(stream, new Error("this should not happen: " + msg.code));
					break;
				}
				const cb = stream[kImpl].flushCallbacks.get(msg.id);
				if (cb) {
					stream[kImpl].flushCallbacks.delete(msg.id);
					process.nextTick(cb);
				}
				break;
			}
			case "WARNING":
				process.emitWarning(msg.err);
				break;
			default: destroy(stream, new Error("this should not happen: " + msg.code));
		}
	}
	function onWorkerExit(code) {
		const stream = this.stream.deref();
		if (stream === void 0) return;
		registry.unregister(stream);
		stream.worker.exited = true;
		stream.worker.off("exit", onWorkerExit);
		destroy(stream, code !== 0 ? new Error("the worker thread exited") : null);
	}
	var ThreadStream = class extends EventEmitter {
		constructor(opts = {}) {
			super();
			if (opts.bufferSize < 4) throw new Error("bufferSize must at least fit a 4-byte utf-8 char");
			this[kImpl] = {};
			this[kImpl].stateBuf = new SharedArrayBuffer(128);
			this[kImpl].state = new Int32Array(this[kImpl].stateBuf);
			this[kImpl].dataBuf = new SharedArrayBuffer(opts.bufferSize || 4194304);
			this[kImpl].data = Buffer.from(this[kImpl].dataBuf);
			this[kImpl].sync = opts.sync || false;
			this[kImpl].ending = false;
			this[kImpl].ended = false;
			this[kImpl].needDrain = false;
			this[kImpl].destroyed = false;
			this[kImpl].flushing = false;
			this[kImpl].ready = false;
			this[kImpl].finished = false;
			this[kImpl].errored = null;
			this[kImpl].closed = false;
			this[kImpl].buf = [];
			this[kImpl].bufHead = 0;
			this[kImpl].bufLen = 0;
			this[kImpl].flushCallbacks = new Map();
			this[kImpl].nextFlushId = 0;
			this[kImpl].flushRetainCount = 0;
			this[kImpl].userRef = true;
			this.worker = createWorker(this, opts);
			this.on("message", (message, transferList) => {
				this.worker.postMessage(message, transferList);
			});
		}
		write(data) {
			const dataBuf = Buffer.isBuffer(data) ? data : Buffer.from(data);
			if (this[kImpl].destroyed) {
				error(this, new Error("the worker has exited"));
				return false;
			}
			if (this[kImpl].ending) {
				error(this, new Error("the worker is ending"));
				return false;
			}
			if (this[kImpl].flushing && this[kImpl].bufLen + dataBuf.length >= MAX_STRING) try {
				writeSync(this);
				this[kImpl].flushing = true;
			} catch (err) {
				destroy(this, err);
				return false;
			}
			this[kImpl].buf.push(dataBuf);
			this[kImpl].bufLen += dataBuf.length;
			if (this[kImpl].sync) try {
				writeSync(this);
				return true;
			} catch (err) {
				destroy(this, err);
				return false;
			}
			if (!this[kImpl].flushing) {
				this[kImpl].flushing = true;
				setImmediate(nextFlush, this);
			}
			this[kImpl].needDrain = this[kImpl].data.length - this[kImpl].bufLen - Atomics.load(this[kImpl].state, WRITE_INDEX) <= 0;
			return !this[kImpl].needDrain;
		}
		end() {
			if (this[kImpl].destroyed) return;
			this[kImpl].ending = true;
			this.worker.stream = new FakeWeakRef(this);
			end(this);
		}
		flush(cb) {
			const userCb = typeof cb === "function" ? cb : null;
			cb = userCb || noop;
			if (userCb) retainWorkerForPendingFlush(this);
			let finished = false;
			const done = (err) => {
				if (finished) return;
				finished = true;
				if (userCb) releaseWorkerForPendingFlush(this);
				cb(err);
			};
			flushBuffer(this, (err) => {
				if (err) {
					process.nextTick(done, err);
					return;
				}
				requestWorkerFlush(this, done);
			});
		}
		flushSync() {
			if (this[kImpl].destroyed) return;
			writeSync(this);
			flushSync(this);
		}
		unref() {
			this[kImpl].userRef = false;
			if (this[kImpl].flushRetainCount === 0) this.worker.unref();
		}
		ref() {
			this[kImpl].userRef = true;
			this.worker.ref();
		}
		get ready() {
			return this[kImpl].ready;
		}
		get destroyed() {
			return this[kImpl].destroyed;
		}
		get closed() {
			return this[kImpl].closed;
		}
		get writable() {
			return !this[kImpl].destroyed && !this[kImpl].ending;
		}
		get writableEnded() {
			return this[kImpl].ending;
		}
		get writableFinished() {
			return this[kImpl].finished;
		}
		get writableNeedDrain() {
			return this[kImpl].needDrain;
		}
		get writableObjectMode() {
			return false;
		}
		get writableErrored() {
			return this[kImpl].errored;
		}
	};
	function flushBuffer(stream, cb) {
		if (stream[kImpl].destroyed) {
			process.nextTick(cb, new Error("the worker has exited"));
			return;
		}
		if (!stream[kImpl].sync && (stream[kImpl].flushing || stream[kImpl].bufLen > 0)) {
			setImmediate(flushBuffer, stream, cb);
			return;
		}
		waitForRead(stream, cb);
	}
	function waitForRead(stream, cb) {
		const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
		wait(stream[kImpl].state, READ_INDEX, writeIndex, Infinity, (err, res) => {
			if (err) {
				destroy(stream, err);
				cb(err);
				return;
			}
			if (res !== "ok") {
				waitForRead(stream, cb);
				return;
			}
			cb();
		});
	}
	function retainWorkerForPendingFlush(stream) {
		if (stream[kImpl].flushRetainCount === 0) stream.worker.ref();
		stream[kImpl].flushRetainCount++;
	}
	function releaseWorkerForPendingFlush(stream) {
		if (stream[kImpl].flushRetainCount === 0) return;
		stream[kImpl].flushRetainCount--;
		if (stream[kImpl].flushRetainCount === 0 && !stream[kImpl].userRef) stream.worker.unref();
	}
	function requestWorkerFlush(stream, cb) {
		if (stream[kImpl].destroyed) {
			process.nextTick(cb, new Error("the worker has exited"));
			return;
		}
		if (!stream[kImpl].ready) {
			const onReady = () => {
				cleanup();
				requestWorkerFlush(stream, cb);
			};
			const onClose = () => {
				cleanup();
				process.nextTick(cb, new Error("the worker has exited"));
			};
			const cleanup = () => {
				stream.off("ready", onReady);
				stream.off("close", onClose);
			};
			stream.once("ready", onReady);
			stream.once("close", onClose);
			return;
		}
		const id = ++stream[kImpl].nextFlushId;
		stream[kImpl].flushCallbacks.set(id, cb);
		try {
			stream.worker.postMessage({
				code: "FLUSH",
				context: "thread-stream",
				id
			});
		} catch (err) {
			stream[kImpl].flushCallbacks.delete(id);
			destroy(stream, err);
			process.nextTick(cb, err);
		}
	}
	function failPendingFlushCallbacks(stream, err) {
		const callbacks = stream[kImpl].flushCallbacks;
		if (callbacks.size === 0) return;
		const flushErr = err || new Error("the worker has exited");
		for (const cb of callbacks.values()) process.nextTick(cb, flushErr);
		callbacks.clear();
	}
	function error(stream, err) {
		setImmediate(() => {
			stream.emit("error", err);
		});
	}
	function destroy(stream, err) {
		if (stream[kImpl].destroyed) return;
		stream[kImpl].destroyed = true;
		failPendingFlushCallbacks(stream, err);
		if (err) {
			stream[kImpl].errored = err;
			error(stream, err);
		}
		if (!stream.worker.exited) stream.worker.terminate().catch(() => {}).then(() => {
			stream[kImpl].closed = true;
			stream.emit("close");
		});
		else setImmediate(() => {
			stream[kImpl].closed = true;
			stream.emit("close");
		});
	}
	function write(stream, maxBytes, cb) {
		let offset = Atomics.load(stream[kImpl].state, WRITE_INDEX);
		let remaining = maxBytes;
		while (remaining > 0 && stream[kImpl].bufLen !== 0) {
			const head = stream[kImpl].bufHead;
			const buf = stream[kImpl].buf[head];
			if (buf.length <= remaining) {
				buf.copy(stream[kImpl].data, offset);
				offset += buf.length;
				remaining -= buf.length;
				stream[kImpl].bufLen -= buf.length;
				stream[kImpl].bufHead = head + 1;
				if (stream[kImpl].bufHead === stream[kImpl].buf.length) {
					stream[kImpl].buf.length = 0;
					stream[kImpl].bufHead = 0;
				} else if (stream[kImpl].bufHead >= 1024 && stream[kImpl].bufHead * 2 >= stream[kImpl].buf.length) {
					stream[kImpl].buf.splice(0, stream[kImpl].bufHead);
					stream[kImpl].bufHead = 0;
				}
				continue;
			}
			buf.copy(stream[kImpl].data, offset, 0, remaining);
			stream[kImpl].buf[head] = buf.subarray(remaining);
			stream[kImpl].bufLen -= remaining;
			offset += remaining;
			remaining = 0;
		}
		updateState(stream, () => {
			Atomics.store(stream[kImpl].state, WRITE_INDEX, offset);
		});
		cb();
		return true;
	}
	function end(stream) {
		if (stream[kImpl].ended || !stream[kImpl].ending || stream[kImpl].flushing) return;
		stream[kImpl].ended = true;
		try {
			stream.flushSync();
			let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
			updateState(stream, () => {
				Atomics.store(stream[kImpl].state, WRITE_INDEX, -1);
			});
			let spins = 0;
			while (readIndex !== -1) {
				Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
				readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
				if (readIndex === -2) {
					destroy(stream, new Error("end() failed"));
					return;
				}
				if (++spins === 10) {
					destroy(stream, new Error("end() took too long (10s)"));
					return;
				}
			}
			process.nextTick(() => {
				stream[kImpl].finished = true;
				stream.emit("finish");
			});
		} catch (err) {
			destroy(stream, err);
		}
	}
	function writeSync(stream) {
		const cb = () => {
			if (stream[kImpl].ending) end(stream);
			else if (stream[kImpl].needDrain) process.nextTick(drain, stream);
		};
		stream[kImpl].flushing = false;
		while (stream[kImpl].bufLen !== 0) {
			const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
			if (writeIndex < 0) throw new Error("_writeSync failed");
			const leftover = stream[kImpl].data.length - writeIndex;
			if (leftover === 0) {
				flushSync(stream);
				resetIndexes(stream);
				continue;
			} else if (leftover < 0) throw new Error("overwritten");
			write(stream, leftover, cb);
		}
	}
	function flushSync(stream) {
		if (stream[kImpl].flushing) throw new Error("unable to flush while flushing");
		const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
		let spins = 0;
		while (true) {
			const readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
			if (readIndex === -2) throw Error("_flushSync failed");
			if (readIndex !== writeIndex) Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
			else break;
			if (++spins === 10) throw new Error("_flushSync took too long (10s)");
		}
	}
	module.exports = ThreadStream;
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/transport.js
var require_transport = __commonJSMin(((exports, module) => {
	const { createRequire } = __require("module");
	const { existsSync } = __require("node:fs");
	const getCallers = require_caller();
	const { join, isAbsolute, sep } = __require("node:path");
	const { fileURLToPath } = __require("node:url");
	const sleep = require_atomic_sleep();
	const onExit = require_on_exit_leak_free();
	const ThreadStream = require_thread_stream();
	const { transportUsesMultistreamSym } = require_symbols();
	function setupOnExit(stream) {
		onExit.register(stream, autoEnd);
		onExit.registerBeforeExit(stream, flush);
		stream.on("close", function() {
			onExit.unregister(stream);
		});
	}
	function hasPreloadFlags() {
		const execArgv = process.execArgv;
		for (let i = 0; i < execArgv.length; i++) {
			const arg = execArgv[i];
			if (arg === "--import" || arg === "--require" || arg === "-r") return true;
			if (arg.startsWith("--import=") || arg.startsWith("--require=") || arg.startsWith("-r=")) return true;
		}
		return false;
	}
	function sanitizeNodeOptions(nodeOptions) {
		const tokens = nodeOptions.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g);
		if (!tokens) return nodeOptions;
		const sanitized = [];
		let changed = false;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (token === "--require" || token === "-r" || token === "--import") {
				const next = tokens[i + 1];
				if (next && shouldDropPreload(next)) {
					changed = true;
					i++;
					continue;
				}
				sanitized.push(token);
				if (next) {
					sanitized.push(next);
					i++;
				}
				continue;
			}
			if (token.startsWith("--require=") || token.startsWith("-r=") || token.startsWith("--import=")) {
				if (shouldDropPreload(token.slice(token.indexOf("=") + 1))) {
					changed = true;
					continue;
				}
			}
			sanitized.push(token);
		}
		return changed ? sanitized.join(" ") : nodeOptions;
	}
	function shouldDropPreload(value) {
		const unquoted = stripQuotes(value);
		if (!unquoted) return false;
		let path = unquoted;
		if (path.startsWith("file://")) try {
			path = fileURLToPath(path);
		} catch {
			return false;
		}
		return isAbsolute(path) && !existsSync(path);
	}
	function stripQuotes(value) {
		const first = value[0];
		const last = value[value.length - 1];
		if (first === "\"" && last === "\"" || first === "'" && last === "'") return value.slice(1, -1);
		return value;
	}
	function buildStream(filename, workerData, workerOpts, sync, name) {
		if (!workerOpts.execArgv && hasPreloadFlags() && __require.main === void 0) workerOpts = {
			...workerOpts,
			execArgv: []
		};
		if (!workerOpts.env && process.env.NODE_OPTIONS) {
			const nodeOptions = sanitizeNodeOptions(process.env.NODE_OPTIONS);
			if (nodeOptions !== process.env.NODE_OPTIONS) workerOpts = {
				...workerOpts,
				env: {
					...process.env,
					NODE_OPTIONS: nodeOptions
				}
			};
		}
		workerOpts = {
			...workerOpts,
			name
		};
		const stream = new ThreadStream({
			filename,
			workerData,
			workerOpts,
			sync
		});
		stream.on("ready", onReady);
		stream.on("close", function() {
			process.removeListener("exit", onExit);
		});
		process.on("exit", onExit);
		function onReady() {
			process.removeListener("exit", onExit);
			stream.unref();
			if (workerOpts.autoEnd !== false) setupOnExit(stream);
		}
		function onExit() {
			if (stream.closed) return;
			stream.flushSync();
			sleep(100);
			stream.end();
		}
		return stream;
	}
	function autoEnd(stream) {
		stream.ref();
		stream.flushSync();
		stream.end();
		stream.once("close", function() {
			stream.unref();
		});
	}
	function flush(stream) {
		stream.flushSync();
	}
	function transport(fullOptions) {
		const { pipeline, targets, levels, dedupe, worker = {}, caller = getCallers(), sync = false } = fullOptions;
		const options = { ...fullOptions.options };
		let usesMultistream = false;
		const callers = typeof caller === "string" ? [caller] : caller;
		const bundlerOverrides = typeof globalThis === "object" && Object.prototype.hasOwnProperty.call(globalThis, "__bundlerPathsOverrides") && globalThis.__bundlerPathsOverrides && typeof globalThis.__bundlerPathsOverrides === "object" ? globalThis.__bundlerPathsOverrides : Object.create(null);
		let target = fullOptions.target;
		if (target && targets) throw new Error("only one of target or targets can be specified");
		if (targets) {
			target = bundlerOverrides["pino-worker"] || join(__dirname, "worker.js");
			options.targets = targets.filter((dest) => dest.target).map((dest) => {
				return {
					...dest,
					target: fixTarget(dest.target)
				};
			});
			options.pipelines = targets.filter((dest) => dest.pipeline).map((dest) => {
				return dest.pipeline.map((t) => {
					return {
						...t,
						level: dest.level,
						target: fixTarget(t.target)
					};
				});
			});
			const targetsHaveLevel = options.targets.some((t) => t.level != null);
			const pipelinesHaveLevel = options.pipelines.some((p) => p.some((t) => t.level != null));
			usesMultistream = options.targets.length + options.pipelines.length > 1 || targetsHaveLevel || pipelinesHaveLevel;
		} else if (pipeline) {
			target = bundlerOverrides["pino-worker"] || join(__dirname, "worker.js");
			options.pipelines = [pipeline.map((dest) => {
				return {
					...dest,
					target: fixTarget(dest.target)
				};
			})];
		}
		if (levels) options.levels = levels;
		if (dedupe) options.dedupe = dedupe;
		options.pinoWillSendConfig = true;
		const name = targets || pipeline ? "pino.transport" : target;
		const stream = buildStream(fixTarget(target), options, worker, sync, name);
		if (usesMultistream) stream[transportUsesMultistreamSym] = true;
		return stream;
		function fixTarget(origin) {
			origin = bundlerOverrides[origin] || origin;
			if (isAbsolute(origin) || origin.indexOf("file://") === 0) return origin;
			if (origin === "pino/file") return join(__dirname, "..", "file.js");
			let fixTarget;
			for (const filePath of callers) try {
				const context = filePath === "node:repl" ? process.cwd() + sep : filePath;
				fixTarget = createRequire(context).resolve(origin);
				break;
			} catch (err) {
				continue;
			}
			if (!fixTarget) throw new Error(`unable to determine transport target for "${origin}"`);
			return fixTarget;
		}
	}
	module.exports = transport;
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/tools.js
var require_tools = __commonJSMin(((exports, module) => {
	const diagChan = __require("node:diagnostics_channel");
	const format = require_quick_format_unescaped();
	const { mapHttpRequest, mapHttpResponse } = require_pino_std_serializers();
	const SonicBoom = require_sonic_boom();
	const onExit = require_on_exit_leak_free();
	const { lsCacheSym, chindingsSym, writeSym, serializersSym, formatOptsSym, endSym, stringifiersSym, stringifySym, stringifySafeSym, wildcardFirstSym, nestedKeySym, formattersSym, messageKeySym, errorKeySym, nestedKeyStrSym, msgPrefixSym } = require_symbols();
	const { isMainThread } = __require("worker_threads");
	const transport = require_transport();
	const [nodeMajor] = process.versions.node.split(".").map((v) => Number(v));
	const asJsonChan = diagChan.tracingChannel("pino_asJson");
	const asString = nodeMajor >= 25 ? (str) => JSON.stringify(str) : _asString;
	function noop() {}
	function genLog(level, hook) {
		if (!hook) return LOG;
		return function hookWrappedLog(...args) {
			hook.call(this, args, LOG, level);
		};
		function LOG(o, ...n) {
			if (typeof o === "object") {
				let msg = o;
				if (o !== null) {
					if (o.method && o.headers && o.socket) o = mapHttpRequest(o);
					else if (typeof o.setHeader === "function") o = mapHttpResponse(o);
				}
				let formatParams;
				if (msg === null && n.length === 0) formatParams = [null];
				else {
					msg = n.shift();
					formatParams = n;
				}
				if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) msg = this[msgPrefixSym] + msg;
				this[writeSym](o, format(msg, formatParams, this[formatOptsSym]), level);
			} else {
				let msg = o === void 0 ? n.shift() : o;
				if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) msg = this[msgPrefixSym] + msg;
				this[writeSym](null, format(msg, n, this[formatOptsSym]), level);
			}
		}
	}
	function _asString(str) {
		let result = "";
		let last = 0;
		let found = false;
		let point = 255;
		const l = str.length;
		if (l > 100) return JSON.stringify(str);
		for (var i = 0; i < l && point >= 32; i++) {
			point = str.charCodeAt(i);
			if (point === 34 || point === 92) {
				result += str.slice(last, i) + "\\";
				last = i;
				found = true;
			}
		}
		if (!found) result = str;
		else result += str.slice(last);
		return point < 32 ? JSON.stringify(str) : "\"" + result + "\"";
	}
	function asJson(obj, msg, num, time) {
		if (asJsonChan.hasSubscribers === false) return _asJson.call(this, obj, msg, num, time);
		const store = {
			instance: this,
			arguments
		};
		return asJsonChan.traceSync(_asJson, store, this, obj, msg, num, time);
	}
	function _asJson(obj, msg, num, time) {
		const stringify = this[stringifySym];
		const stringifySafe = this[stringifySafeSym];
		const stringifiers = this[stringifiersSym];
		const end = this[endSym];
		const chindings = this[chindingsSym];
		const serializers = this[serializersSym];
		const formatters = this[formattersSym];
		const messageKey = this[messageKeySym];
		const errorKey = this[errorKeySym];
		let data = this[lsCacheSym][num] + time;
		data = data + chindings;
		let value;
		if (formatters.log) obj = formatters.log(obj);
		const wildcardStringifier = stringifiers[wildcardFirstSym];
		let propStr = "";
		for (const key in obj) {
			value = obj[key];
			if (Object.prototype.hasOwnProperty.call(obj, key) && value !== void 0) {
				if (serializers[key]) value = serializers[key](value);
				else if (key === errorKey && serializers.err) value = serializers.err(value);
				const stringifier = stringifiers[key] || wildcardStringifier;
				switch (typeof value) {
					case "undefined":
					case "function": continue;
					case "number": if (Number.isFinite(value) === false) value = null;
					case "boolean":
						if (stringifier) value = stringifier(value);
						break;
					case "string":
						value = (stringifier || asString)(value);
						break;
					default: value = (stringifier || stringify)(value, stringifySafe);
				}
				if (value === void 0) continue;
				const strKey = asString(key);
				propStr += "," + strKey + ":" + value;
			}
		}
		let msgStr = "";
		if (msg !== void 0) {
			value = serializers[messageKey] ? serializers[messageKey](msg) : msg;
			const stringifier = stringifiers[messageKey] || wildcardStringifier;
			switch (typeof value) {
				case "function": break;
				case "number": if (Number.isFinite(value) === false) value = null;
				case "boolean":
					if (stringifier) value = stringifier(value);
					msgStr = ",\"" + messageKey + "\":" + value;
					break;
				case "string":
					value = (stringifier || asString)(value);
					msgStr = ",\"" + messageKey + "\":" + value;
					break;
				default:
					value = (stringifier || stringify)(value, stringifySafe);
					msgStr = ",\"" + messageKey + "\":" + value;
			}
		}
		if (this[nestedKeySym] && propStr) return data + this[nestedKeyStrSym] + propStr.slice(1) + "}" + msgStr + end;
		else return data + propStr + msgStr + end;
	}
	function asChindings(instance, bindings) {
		let value;
		let data = instance[chindingsSym];
		const stringify = instance[stringifySym];
		const stringifySafe = instance[stringifySafeSym];
		const stringifiers = instance[stringifiersSym];
		const wildcardStringifier = stringifiers[wildcardFirstSym];
		const serializers = instance[serializersSym];
		const formatter = instance[formattersSym].bindings;
		bindings = formatter(bindings);
		for (const key in bindings) {
			value = bindings[key];
			if (((key.length < 5 || key !== "level" && key !== "serializers" && key !== "formatters" && key !== "customLevels") && bindings.hasOwnProperty(key) && value !== void 0) === true) {
				value = serializers[key] ? serializers[key](value) : value;
				value = (stringifiers[key] || wildcardStringifier || stringify)(value, stringifySafe);
				if (value === void 0) continue;
				data += "," + asString(key) + ":" + value;
			}
		}
		return data;
	}
	function hasBeenTampered(stream) {
		return stream.write !== stream.constructor.prototype.write;
	}
	function buildSafeSonicBoom(opts) {
		const stream = new SonicBoom(opts);
		stream.on("error", filterBrokenPipe);
		if (!opts.sync && isMainThread) {
			onExit.register(stream, autoEnd);
			stream.on("close", function() {
				onExit.unregister(stream);
			});
		}
		return stream;
		function filterBrokenPipe(err) {
			if (err.code === "EPIPE") {
				stream.write = noop;
				stream.end = noop;
				stream.flushSync = noop;
				stream.destroy = noop;
				return;
			}
			stream.removeListener("error", filterBrokenPipe);
			stream.emit("error", err);
		}
	}
	function autoEnd(stream, eventName) {
		if (stream.destroyed) return;
		if (eventName === "beforeExit") {
			stream.flush();
			stream.on("drain", function() {
				stream.end();
			});
		} else stream.flushSync();
	}
	function createArgsNormalizer(defaultOptions) {
		return function normalizeArgs(instance, caller, opts = {}, stream) {
			if (typeof opts === "string") {
				stream = buildSafeSonicBoom({ dest: opts });
				opts = {};
			} else if (typeof stream === "string") {
				if (opts && opts.transport) throw Error("only one of option.transport or stream can be specified");
				stream = buildSafeSonicBoom({ dest: stream });
			} else if (opts instanceof SonicBoom || opts.writable || opts._writableState) {
				stream = opts;
				opts = {};
			} else if (opts.transport) {
				if (opts.transport instanceof SonicBoom || opts.transport.writable || opts.transport._writableState) throw Error("option.transport do not allow stream, please pass to option directly. e.g. pino(transport)");
				if (opts.transport.targets && opts.transport.targets.length && opts.formatters && typeof opts.formatters.level === "function") throw Error("option.transport.targets do not allow custom level formatters");
				let customLevels;
				if (opts.customLevels) customLevels = opts.useOnlyCustomLevels ? opts.customLevels : Object.assign({}, opts.levels, opts.customLevels);
				stream = transport({
					caller,
					...opts.transport,
					levels: customLevels
				});
			}
			opts = Object.assign({}, defaultOptions, opts);
			opts.serializers = Object.assign(Object.create(null), defaultOptions.serializers, opts.serializers);
			opts.formatters = Object.assign({}, defaultOptions.formatters, opts.formatters);
			if (opts.prettyPrint) throw new Error("prettyPrint option is no longer supported, see the pino-pretty package (https://github.com/pinojs/pino-pretty)");
			const { enabled, onChild } = opts;
			if (enabled === false) opts.level = "silent";
			if (!onChild) opts.onChild = noop;
			if (!stream) {
				if (!hasBeenTampered(process.stdout)) stream = buildSafeSonicBoom({ fd: process.stdout.fd || 1 });
				else stream = process.stdout;
			}
			return {
				opts,
				stream
			};
		};
	}
	function stringify(obj, stringifySafeFn) {
		try {
			return JSON.stringify(obj);
		} catch (_) {
			try {
				return (stringifySafeFn || this[stringifySafeSym])(obj);
			} catch (_) {
				return "\"[unable to serialize, circular reference is too complex to analyze]\"";
			}
		}
	}
	function buildFormatters(level, bindings, log) {
		return {
			level,
			bindings,
			log
		};
	}
	function normalizeDestFileDescriptor(destination) {
		const fd = Number(destination);
		if (typeof destination === "string" && Number.isFinite(fd)) return fd;
		if (destination === void 0) return 1;
		return destination;
	}
	module.exports = {
		noop,
		buildSafeSonicBoom,
		asChindings,
		asJson,
		genLog,
		createArgsNormalizer,
		stringify,
		buildFormatters,
		normalizeDestFileDescriptor
	};
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/constants.js
var require_constants = __commonJSMin(((exports, module) => {
	module.exports = {
		DEFAULT_LEVELS: {
			trace: 10,
			debug: 20,
			info: 30,
			warn: 40,
			error: 50,
			fatal: 60
		},
		SORTING_ORDER: {
			ASC: "ASC",
			DESC: "DESC"
		}
	};
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/levels.js
var require_levels = __commonJSMin(((exports, module) => {
	const { lsCacheSym, levelValSym, useOnlyCustomLevelsSym, streamSym, formattersSym, hooksSym, levelCompSym } = require_symbols();
	const { noop, genLog } = require_tools();
	const { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
	const levelMethods = {
		fatal: (hook) => {
			const logFatal = genLog(DEFAULT_LEVELS.fatal, hook);
			return function(...args) {
				const stream = this[streamSym];
				logFatal.call(this, ...args);
				if (typeof stream.flushSync === "function") try {
					stream.flushSync();
				} catch (e) {}
			};
		},
		error: (hook) => genLog(DEFAULT_LEVELS.error, hook),
		warn: (hook) => genLog(DEFAULT_LEVELS.warn, hook),
		info: (hook) => genLog(DEFAULT_LEVELS.info, hook),
		debug: (hook) => genLog(DEFAULT_LEVELS.debug, hook),
		trace: (hook) => genLog(DEFAULT_LEVELS.trace, hook)
	};
	const nums = Object.keys(DEFAULT_LEVELS).reduce((o, k) => {
		o[DEFAULT_LEVELS[k]] = k;
		return o;
	}, {});
	const initialLsCache = Object.keys(nums).reduce((o, k) => {
		o[k] = "{\"level\":" + Number(k);
		return o;
	}, {});
	function genLsCache(instance) {
		const formatter = instance[formattersSym].level;
		const { labels } = instance.levels;
		const cache = {};
		for (const label in labels) {
			const level = formatter(labels[label], Number(label));
			cache[label] = JSON.stringify(level).slice(0, -1);
		}
		instance[lsCacheSym] = cache;
		return instance;
	}
	function isStandardLevel(level, useOnlyCustomLevels) {
		if (useOnlyCustomLevels) return false;
		switch (level) {
			case "fatal":
			case "error":
			case "warn":
			case "info":
			case "debug":
			case "trace": return true;
			default: return false;
		}
	}
	function setLevel(level) {
		const { labels, values } = this.levels;
		if (typeof level === "number") {
			if (labels[level] === void 0) throw Error("unknown level value" + level);
			level = labels[level];
		}
		if (values[level] === void 0) throw Error("unknown level " + level);
		const preLevelVal = this[levelValSym];
		const levelVal = this[levelValSym] = values[level];
		const useOnlyCustomLevelsVal = this[useOnlyCustomLevelsSym];
		const levelComparison = this[levelCompSym];
		const hook = this[hooksSym].logMethod;
		for (const key in values) {
			if (levelComparison(values[key], levelVal) === false) {
				this[key] = noop;
				continue;
			}
			this[key] = isStandardLevel(key, useOnlyCustomLevelsVal) ? levelMethods[key](hook) : genLog(values[key], hook);
		}
		this.emit("level-change", level, levelVal, labels[preLevelVal], preLevelVal, this);
	}
	function getLevel(level) {
		const { levels, levelVal } = this;
		return levels && levels.labels ? levels.labels[levelVal] : "";
	}
	function isLevelEnabled(logLevel) {
		const { values } = this.levels;
		const logLevelVal = values[logLevel];
		return logLevelVal !== void 0 && this[levelCompSym](logLevelVal, this[levelValSym]);
	}
	function compareLevel(direction, current, expected) {
		if (direction === SORTING_ORDER.DESC) return current <= expected;
		return current >= expected;
	}
	function genLevelComparison(levelComparison) {
		if (typeof levelComparison === "string") return compareLevel.bind(null, levelComparison);
		return levelComparison;
	}
	function mappings(customLevels = null, useOnlyCustomLevels = false) {
		const customNums = customLevels ? Object.keys(customLevels).reduce((o, k) => {
			o[customLevels[k]] = k;
			return o;
		}, {}) : null;
		return {
			labels: Object.assign(Object.create(Object.prototype, { Infinity: { value: "silent" } }), useOnlyCustomLevels ? null : nums, customNums),
			values: Object.assign(Object.create(Object.prototype, { silent: { value: Infinity } }), useOnlyCustomLevels ? null : DEFAULT_LEVELS, customLevels)
		};
	}
	function assertDefaultLevelFound(defaultLevel, customLevels, useOnlyCustomLevels) {
		if (typeof defaultLevel === "number") {
			if (![].concat(Object.keys(customLevels || {}).map((key) => customLevels[key]), useOnlyCustomLevels ? [] : Object.keys(nums).map((level) => +level), Infinity).includes(defaultLevel)) throw Error(`default level:${defaultLevel} must be included in custom levels`);
			return;
		}
		if (!(defaultLevel in Object.assign(Object.create(Object.prototype, { silent: { value: Infinity } }), useOnlyCustomLevels ? null : DEFAULT_LEVELS, customLevels))) throw Error(`default level:${defaultLevel} must be included in custom levels`);
	}
	function assertNoLevelCollisions(levels, customLevels) {
		const { labels, values } = levels;
		for (const k in customLevels) {
			if (k in values) throw Error("levels cannot be overridden");
			if (customLevels[k] in labels) throw Error("pre-existing level values cannot be used for new levels");
		}
	}
	function assertLevelComparison(levelComparison) {
		if (typeof levelComparison === "function") return;
		if (typeof levelComparison === "string" && Object.values(SORTING_ORDER).includes(levelComparison)) return;
		throw new Error("Levels comparison should be one of \"ASC\", \"DESC\" or \"function\" type");
	}
	module.exports = {
		initialLsCache,
		genLsCache,
		levelMethods,
		getLevel,
		setLevel,
		isLevelEnabled,
		mappings,
		assertNoLevelCollisions,
		assertDefaultLevelFound,
		genLevelComparison,
		assertLevelComparison
	};
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/meta.js
var require_meta = __commonJSMin(((exports, module) => {
	module.exports = { version: "10.4.0" };
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/proto.js
var require_proto = __commonJSMin(((exports, module) => {
	const { EventEmitter } = __require("node:events");
	const { lsCacheSym, levelValSym, setLevelSym, getLevelSym, chindingsSym, mixinSym, asJsonSym, writeSym, mixinMergeStrategySym, timeSym, timeSliceIndexSym, streamSym, serializersSym, formattersSym, errorKeySym, messageKeySym, useOnlyCustomLevelsSym, needsMetadataGsym, redactFmtSym, stringifySym, formatOptsSym, stringifiersSym, msgPrefixSym, hooksSym } = require_symbols();
	const { getLevel, setLevel, isLevelEnabled, mappings, initialLsCache, genLsCache, assertNoLevelCollisions } = require_levels();
	const { asChindings, asJson, buildFormatters, stringify, noop } = require_tools();
	const { version } = require_meta();
	const redaction = require_redaction();
	const prototype = {
		constructor: class Pino {},
		child,
		bindings,
		setBindings,
		flush,
		isLevelEnabled,
		version,
		get level() {
			return this[getLevelSym]();
		},
		set level(lvl) {
			this[setLevelSym](lvl);
		},
		get levelVal() {
			return this[levelValSym];
		},
		set levelVal(n) {
			throw Error("levelVal is read-only");
		},
		get msgPrefix() {
			return this[msgPrefixSym];
		},
		get [Symbol.toStringTag]() {
			return "Pino";
		},
		[lsCacheSym]: initialLsCache,
		[writeSym]: write,
		[asJsonSym]: asJson,
		[getLevelSym]: getLevel,
		[setLevelSym]: setLevel
	};
	Object.setPrototypeOf(prototype, EventEmitter.prototype);
	module.exports = function() {
		return Object.create(prototype);
	};
	const resetChildingsFormatter = (bindings) => bindings;
	function child(bindings, options) {
		if (!bindings) throw Error("missing bindings for child Pino");
		const serializers = this[serializersSym];
		const formatters = this[formattersSym];
		const instance = Object.create(this);
		if (options == null) {
			if (instance[formattersSym].bindings !== resetChildingsFormatter) instance[formattersSym] = buildFormatters(formatters.level, resetChildingsFormatter, formatters.log);
			instance[chindingsSym] = asChindings(instance, bindings);
			if (this.onChild !== noop) this.onChild(instance);
			return instance;
		}
		if (options.hasOwnProperty("serializers") === true) {
			instance[serializersSym] = Object.create(null);
			for (const k in serializers) instance[serializersSym][k] = serializers[k];
			const parentSymbols = Object.getOwnPropertySymbols(serializers);
			for (var i = 0; i < parentSymbols.length; i++) {
				const ks = parentSymbols[i];
				instance[serializersSym][ks] = serializers[ks];
			}
			for (const bk in options.serializers) instance[serializersSym][bk] = options.serializers[bk];
			const bindingsSymbols = Object.getOwnPropertySymbols(options.serializers);
			for (var bi = 0; bi < bindingsSymbols.length; bi++) {
				const bks = bindingsSymbols[bi];
				instance[serializersSym][bks] = options.serializers[bks];
			}
		} else instance[serializersSym] = serializers;
		if (options.hasOwnProperty("formatters")) {
			const { level, bindings: chindings, log } = options.formatters;
			instance[formattersSym] = buildFormatters(level || formatters.level, chindings || resetChildingsFormatter, log || formatters.log);
		} else instance[formattersSym] = buildFormatters(formatters.level, resetChildingsFormatter, formatters.log);
		if (options.hasOwnProperty("customLevels") === true) {
			assertNoLevelCollisions(this.levels, options.customLevels);
			instance.levels = mappings(options.customLevels, instance[useOnlyCustomLevelsSym]);
			genLsCache(instance);
		}
		if (typeof options.redact === "object" && options.redact !== null || Array.isArray(options.redact)) {
			instance.redact = options.redact;
			const stringifiers = redaction(instance.redact, stringify);
			const formatOpts = { stringify: stringifiers[redactFmtSym] };
			instance[stringifySym] = stringify;
			instance[stringifiersSym] = stringifiers;
			instance[formatOptsSym] = formatOpts;
		}
		if (typeof options.msgPrefix === "string") instance[msgPrefixSym] = (this[msgPrefixSym] || "") + options.msgPrefix;
		instance[chindingsSym] = asChindings(instance, bindings);
		if (options.level !== void 0 && options.level !== this.level || options.hasOwnProperty("customLevels")) {
			const childLevel = options.level || this.level;
			instance[setLevelSym](childLevel);
		}
		this.onChild(instance);
		return instance;
	}
	function bindings() {
		const chindingsJson = `{${this[chindingsSym].substr(1)}}`;
		const bindingsFromJson = JSON.parse(chindingsJson);
		delete bindingsFromJson.pid;
		delete bindingsFromJson.hostname;
		return bindingsFromJson;
	}
	function setBindings(newBindings) {
		const chindings = asChindings(this, newBindings);
		this[chindingsSym] = chindings;
	}
	function defaultMixinMergeStrategy(mergeObject, mixinObject) {
		return Object.assign(mixinObject, mergeObject);
	}
	function write(_obj, msg, num) {
		const t = this[timeSym]();
		const mixin = this[mixinSym];
		const errorKey = this[errorKeySym];
		const messageKey = this[messageKeySym];
		const mixinMergeStrategy = this[mixinMergeStrategySym] || defaultMixinMergeStrategy;
		let obj;
		const streamWriteHook = this[hooksSym].streamWrite;
		if (_obj === void 0 || _obj === null) obj = {};
		else if (_obj instanceof Error) {
			obj = { [errorKey]: _obj };
			if (msg === void 0) msg = _obj.message;
		} else {
			obj = _obj;
			if (msg === void 0 && _obj[messageKey] === void 0 && _obj[errorKey]) msg = _obj[errorKey].message;
		}
		if (mixin) obj = mixinMergeStrategy(obj, mixin(obj, num, this));
		const s = this[asJsonSym](obj, msg, num, t);
		const stream = this[streamSym];
		if (stream[needsMetadataGsym] === true) {
			stream.lastLevel = num;
			stream.lastObj = obj;
			stream.lastMsg = msg;
			stream.lastTime = t.slice(this[timeSliceIndexSym]);
			stream.lastLogger = this;
		}
		stream.write(streamWriteHook ? streamWriteHook(s) : s);
	}
	function flush(cb) {
		if (cb != null && typeof cb !== "function") throw Error("callback must be a function");
		const stream = this[streamSym];
		if (typeof stream.flush === "function") stream.flush(cb || noop);
		else if (cb) cb();
	}
}));
// ../../node_modules/.pnpm/safe-stable-stringify@2.5.0/node_modules/safe-stable-stringify/index.js
var require_safe_stable_stringify = __commonJSMin(((exports, module) => {
	const { hasOwnProperty } = Object.prototype;
	const stringify = configure();
	stringify.configure = configure;
	stringify.stringify = stringify;
	stringify.default = stringify;
	exports.stringify = stringify;
	exports.configure = configure;
	module.exports = stringify;
	const strEscapeSequencesRegExp = /[\u0000-\u001f\u0022\u005c\ud800-\udfff]/;
	function strEscape(str) {
		if (str.length < 5e3 && !strEscapeSequencesRegExp.test(str)) return `"${str}"`;
		return JSON.stringify(str);
	}
	function sort(array, comparator) {
		if (array.length > 200 || comparator) return array.sort(comparator);
		for (let i = 1; i < array.length; i++) {
			const currentValue = array[i];
			let position = i;
			while (position !== 0 && array[position - 1] > currentValue) {
				array[position] = array[position - 1];
				position--;
			}
			array[position] = currentValue;
		}
		return array;
	}
	const typedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(new Int8Array())), Symbol.toStringTag).get;
	function isTypedArrayWithEntries(value) {
		return typedArrayPrototypeGetSymbolToStringTag.call(value) !== void 0 && value.length !== 0;
	}
	function stringifyTypedArray(array, separator, maximumBreadth) {
		if (array.length < maximumBreadth) maximumBreadth = array.length;
		const whitespace = separator === "," ? "" : " ";
		let res = `"0":${whitespace}${array[0]}`;
		for (let i = 1; i < maximumBreadth; i++) res += `${separator}"${i}":${whitespace}${array[i]}`;
		return res;
	}
	function getCircularValueOption(options) {
		if (hasOwnProperty.call(options, "circularValue")) {
			const circularValue = options.circularValue;
			if (typeof circularValue === "string") return `"${circularValue}"`;
			if (circularValue == null) return circularValue;
			if (circularValue === Error || circularValue === TypeError) return { toString() {
				throw new TypeError("Converting circular structure to JSON");
			} };
			throw new TypeError("The \"circularValue\" argument must be of type string or the value null or undefined");
		}
		return "\"[Circular]\"";
	}
	function getDeterministicOption(options) {
		let value;
		if (hasOwnProperty.call(options, "deterministic")) {
			value = options.deterministic;
			if (typeof value !== "boolean" && typeof value !== "function") throw new TypeError("The \"deterministic\" argument must be of type boolean or comparator function");
		}
		return value === void 0 ? true : value;
	}
	function getBooleanOption(options, key) {
		let value;
		if (hasOwnProperty.call(options, key)) {
			value = options[key];
			if (typeof value !== "boolean") throw new TypeError(`The "${key}" argument must be of type boolean`);
		}
		return value === void 0 ? true : value;
	}
	function getPositiveIntegerOption(options, key) {
		let value;
		if (hasOwnProperty.call(options, key)) {
			value = options[key];
			if (typeof value !== "number") throw new TypeError(`The "${key}" argument must be of type number`);
			if (!Number.isInteger(value)) throw new TypeError(`The "${key}" argument must be an integer`);
			if (value < 1) throw new RangeError(`The "${key}" argument must be >= 1`);
		}
		return value === void 0 ? Infinity : value;
	}
	function getItemCount(number) {
		if (number === 1) return "1 item";
		return `${number} items`;
	}
	function getUniqueReplacerSet(replacerArray) {
		const replacerSet = new Set();
		for (const value of replacerArray) if (typeof value === "string" || typeof value === "number") replacerSet.add(String(value));
		return replacerSet;
	}
	function getStrictOption(options) {
		if (hasOwnProperty.call(options, "strict")) {
			const value = options.strict;
			if (typeof value !== "boolean") throw new TypeError("The \"strict\" argument must be of type boolean");
			if (value) return (value) => {
				let message = `Object can not safely be stringified. Received type ${typeof value}`;
				if (typeof value !== "function") message += ` (${value.toString()})`;
				throw new Error(message);
			};
		}
	}
	function configure(options) {
		options = { ...options };
		const fail = getStrictOption(options);
		if (fail) {
			if (options.bigint === void 0) options.bigint = false;
			if (!("circularValue" in options)) options.circularValue = Error;
		}
		const circularValue = getCircularValueOption(options);
		const bigint = getBooleanOption(options, "bigint");
		const deterministic = getDeterministicOption(options);
		const comparator = typeof deterministic === "function" ? deterministic : void 0;
		const maximumDepth = getPositiveIntegerOption(options, "maximumDepth");
		const maximumBreadth = getPositiveIntegerOption(options, "maximumBreadth");
		function stringifyFnReplacer(key, parent, stack, replacer, spacer, indentation) {
			let value = parent[key];
			if (typeof value === "object" && value !== null && typeof value.toJSON === "function") value = value.toJSON(key);
			value = replacer.call(parent, key, value);
			switch (typeof value) {
				case "string": return strEscape(value);
				case "object": {
					if (value === null) return "null";
					if (stack.indexOf(value) !== -1) return circularValue;
					let res = "";
					let join = ",";
					const originalIndentation = indentation;
					if (Array.isArray(value)) {
						if (value.length === 0) return "[]";
						if (maximumDepth < stack.length + 1) return "\"[Array]\"";
						stack.push(value);
						if (spacer !== "") {
							indentation += spacer;
							res += `\n${indentation}`;
							join = `,\n${indentation}`;
						}
						const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
						let i = 0;
						for (; i < maximumValuesToStringify - 1; i++) {
							const tmp = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
							res += tmp !== void 0 ? tmp : "null";
							res += join;
						}
						const tmp = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
						res += tmp !== void 0 ? tmp : "null";
						if (value.length - 1 > maximumBreadth) {
							const removedKeys = value.length - maximumBreadth - 1;
							res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
						}
						if (spacer !== "") res += `\n${originalIndentation}`;
						stack.pop();
						return `[${res}]`;
					}
					let keys = Object.keys(value);
					const keyLength = keys.length;
					if (keyLength === 0) return "{}";
					if (maximumDepth < stack.length + 1) return "\"[Object]\"";
					let whitespace = "";
					let separator = "";
					if (spacer !== "") {
						indentation += spacer;
						join = `,\n${indentation}`;
						whitespace = " ";
					}
					const maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
					if (deterministic && !isTypedArrayWithEntries(value)) keys = sort(keys, comparator);
					stack.push(value);
					for (let i = 0; i < maximumPropertiesToStringify; i++) {
						const key = keys[i];
						const tmp = stringifyFnReplacer(key, value, stack, replacer, spacer, indentation);
						if (tmp !== void 0) {
							res += `${separator}${strEscape(key)}:${whitespace}${tmp}`;
							separator = join;
						}
					}
					if (keyLength > maximumBreadth) {
						const removedKeys = keyLength - maximumBreadth;
						res += `${separator}"...":${whitespace}"${getItemCount(removedKeys)} not stringified"`;
						separator = join;
					}
					if (spacer !== "" && separator.length > 1) res = `\n${indentation}${res}\n${originalIndentation}`;
					stack.pop();
					return `{${res}}`;
				}
				case "number": return isFinite(value) ? String(value) : fail ? fail(value) : "null";
				case "boolean": return value === true ? "true" : "false";
				case "undefined": return;
				case "bigint": if (bigint) return String(value);
				default: return fail ? fail(value) : void 0;
			}
		}
		function stringifyArrayReplacer(key, value, stack, replacer, spacer, indentation) {
			if (typeof value === "object" && value !== null && typeof value.toJSON === "function") value = value.toJSON(key);
			switch (typeof value) {
				case "string": return strEscape(value);
				case "object": {
					if (value === null) return "null";
					if (stack.indexOf(value) !== -1) return circularValue;
					const originalIndentation = indentation;
					let res = "";
					let join = ",";
					if (Array.isArray(value)) {
						if (value.length === 0) return "[]";
						if (maximumDepth < stack.length + 1) return "\"[Array]\"";
						stack.push(value);
						if (spacer !== "") {
							indentation += spacer;
							res += `\n${indentation}`;
							join = `,\n${indentation}`;
						}
						const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
						let i = 0;
						for (; i < maximumValuesToStringify - 1; i++) {
							const tmp = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
							res += tmp !== void 0 ? tmp : "null";
							res += join;
						}
						const tmp = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
						res += tmp !== void 0 ? tmp : "null";
						if (value.length - 1 > maximumBreadth) {
							const removedKeys = value.length - maximumBreadth - 1;
							res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
						}
						if (spacer !== "") res += `\n${originalIndentation}`;
						stack.pop();
						return `[${res}]`;
					}
					stack.push(value);
					let whitespace = "";
					if (spacer !== "") {
						indentation += spacer;
						join = `,\n${indentation}`;
						whitespace = " ";
					}
					let separator = "";
					for (const key of replacer) {
						const tmp = stringifyArrayReplacer(key, value[key], stack, replacer, spacer, indentation);
						if (tmp !== void 0) {
							res += `${separator}${strEscape(key)}:${whitespace}${tmp}`;
							separator = join;
						}
					}
					if (spacer !== "" && separator.length > 1) res = `\n${indentation}${res}\n${originalIndentation}`;
					stack.pop();
					return `{${res}}`;
				}
				case "number": return isFinite(value) ? String(value) : fail ? fail(value) : "null";
				case "boolean": return value === true ? "true" : "false";
				case "undefined": return;
				case "bigint": if (bigint) return String(value);
				default: return fail ? fail(value) : void 0;
			}
		}
		function stringifyIndent(key, value, stack, spacer, indentation) {
			switch (typeof value) {
				case "string": return strEscape(value);
				case "object": {
					if (value === null) return "null";
					if (typeof value.toJSON === "function") {
						value = value.toJSON(key);
						if (typeof value !== "object") return stringifyIndent(key, value, stack, spacer, indentation);
						if (value === null) return "null";
					}
					if (stack.indexOf(value) !== -1) return circularValue;
					const originalIndentation = indentation;
					if (Array.isArray(value)) {
						if (value.length === 0) return "[]";
						if (maximumDepth < stack.length + 1) return "\"[Array]\"";
						stack.push(value);
						indentation += spacer;
						let res = `\n${indentation}`;
						const join = `,\n${indentation}`;
						const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
						let i = 0;
						for (; i < maximumValuesToStringify - 1; i++) {
							const tmp = stringifyIndent(String(i), value[i], stack, spacer, indentation);
							res += tmp !== void 0 ? tmp : "null";
							res += join;
						}
						const tmp = stringifyIndent(String(i), value[i], stack, spacer, indentation);
						res += tmp !== void 0 ? tmp : "null";
						if (value.length - 1 > maximumBreadth) {
							const removedKeys = value.length - maximumBreadth - 1;
							res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
						}
						res += `\n${originalIndentation}`;
						stack.pop();
						return `[${res}]`;
					}
					let keys = Object.keys(value);
					const keyLength = keys.length;
					if (keyLength === 0) return "{}";
					if (maximumDepth < stack.length + 1) return "\"[Object]\"";
					indentation += spacer;
					const join = `,\n${indentation}`;
					let res = "";
					let separator = "";
					let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
					if (isTypedArrayWithEntries(value)) {
						res += stringifyTypedArray(value, join, maximumBreadth);
						keys = keys.slice(value.length);
						maximumPropertiesToStringify -= value.length;
						separator = join;
					}
					if (deterministic) keys = sort(keys, comparator);
					stack.push(value);
					for (let i = 0; i < maximumPropertiesToStringify; i++) {
						const key = keys[i];
						const tmp = stringifyIndent(key, value[key], stack, spacer, indentation);
						if (tmp !== void 0) {
							res += `${separator}${strEscape(key)}: ${tmp}`;
							separator = join;
						}
					}
					if (keyLength > maximumBreadth) {
						const removedKeys = keyLength - maximumBreadth;
						res += `${separator}"...": "${getItemCount(removedKeys)} not stringified"`;
						separator = join;
					}
					if (separator !== "") res = `\n${indentation}${res}\n${originalIndentation}`;
					stack.pop();
					return `{${res}}`;
				}
				case "number": return isFinite(value) ? String(value) : fail ? fail(value) : "null";
				case "boolean": return value === true ? "true" : "false";
				case "undefined": return;
				case "bigint": if (bigint) return String(value);
				default: return fail ? fail(value) : void 0;
			}
		}
		function stringifySimple(key, value, stack) {
			switch (typeof value) {
				case "string": return strEscape(value);
				case "object": {
					if (value === null) return "null";
					if (typeof value.toJSON === "function") {
						value = value.toJSON(key);
						if (typeof value !== "object") return stringifySimple(key, value, stack);
						if (value === null) return "null";
					}
					if (stack.indexOf(value) !== -1) return circularValue;
					let res = "";
					const hasLength = value.length !== void 0;
					if (hasLength && Array.isArray(value)) {
						if (value.length === 0) return "[]";
						if (maximumDepth < stack.length + 1) return "\"[Array]\"";
						stack.push(value);
						const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
						let i = 0;
						for (; i < maximumValuesToStringify - 1; i++) {
							const tmp = stringifySimple(String(i), value[i], stack);
							res += tmp !== void 0 ? tmp : "null";
							res += ",";
						}
						const tmp = stringifySimple(String(i), value[i], stack);
						res += tmp !== void 0 ? tmp : "null";
						if (value.length - 1 > maximumBreadth) {
							const removedKeys = value.length - maximumBreadth - 1;
							res += `,"... ${getItemCount(removedKeys)} not stringified"`;
						}
						stack.pop();
						return `[${res}]`;
					}
					let keys = Object.keys(value);
					const keyLength = keys.length;
					if (keyLength === 0) return "{}";
					if (maximumDepth < stack.length + 1) return "\"[Object]\"";
					let separator = "";
					let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
					if (hasLength && isTypedArrayWithEntries(value)) {
						res += stringifyTypedArray(value, ",", maximumBreadth);
						keys = keys.slice(value.length);
						maximumPropertiesToStringify -= value.length;
						separator = ",";
					}
					if (deterministic) keys = sort(keys, comparator);
					stack.push(value);
					for (let i = 0; i < maximumPropertiesToStringify; i++) {
						const key = keys[i];
						const tmp = stringifySimple(key, value[key], stack);
						if (tmp !== void 0) {
							res += `${separator}${strEscape(key)}:${tmp}`;
							separator = ",";
						}
					}
					if (keyLength > maximumBreadth) {
						const removedKeys = keyLength - maximumBreadth;
						res += `${separator}"...":"${getItemCount(removedKeys)} not stringified"`;
					}
					stack.pop();
					return `{${res}}`;
				}
				case "number": return isFinite(value) ? String(value) : fail ? fail(value) : "null";
				case "boolean": return value === true ? "true" : "false";
				case "undefined": return;
				case "bigint": if (bigint) return String(value);
				default: return fail ? fail(value) : void 0;
			}
		}
		function stringify(value, replacer, space) {
			if (arguments.length > 1) {
				let spacer = "";
				if (typeof space === "number") spacer = " ".repeat(Math.min(space, 10));
				else if (typeof space === "string") spacer = space.slice(0, 10);
				if (replacer != null) {
					if (typeof replacer === "function") return stringifyFnReplacer("", { "": value }, [], replacer, spacer, "");
					if (Array.isArray(replacer)) return stringifyArrayReplacer("", value, [], getUniqueReplacerSet(replacer), spacer, "");
				}
				if (spacer.length !== 0) return stringifyIndent("", value, [], spacer, "");
			}
			return stringifySimple("", value, []);
		}
		return stringify;
	}
}));
// ../../node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/multistream.js
var require_multistream = __commonJSMin(((exports, module) => {
	const metadata = Symbol.for("pino.metadata");
	const { DEFAULT_LEVELS } = require_constants();
	const DEFAULT_INFO_LEVEL = DEFAULT_LEVELS.info;
	function multistream(streamsArray, opts) {
		streamsArray = streamsArray || [];
		opts = opts || { dedupe: false };
		const streamLevels = Object.create(DEFAULT_LEVELS);
		streamLevels.silent = Infinity;
		if (opts.levels && typeof opts.levels === "object") Object.keys(opts.levels).forEach((i) => {
			streamLevels[i] = opts.levels[i];
		});
		const res = {
			write,
			add,
			remove,
			emit,
			flushSync,
			end,
			minLevel: 0,
			lastId: 0,
			streams: [],
			clone,
			[metadata]: true,
			streamLevels
		};
		if (Array.isArray(streamsArray)) streamsArray.forEach(add, res);
		else add.call(res, streamsArray);
		streamsArray = null;
		return res;
		function write(data) {
			let dest;
			const level = typeof this.lastLevel === "string" ? (this.streamLevels || streamLevels)[this.lastLevel] : this.lastLevel;
			const { streams } = this;
			let recordedLevel = 0;
			let stream;
			for (let i = initLoopVar(streams.length, opts.dedupe); checkLoopVar(i, streams.length, opts.dedupe); i = adjustLoopVar(i, opts.dedupe)) {
				dest = streams[i];
				if (dest.level <= level) {
					if (recordedLevel !== 0 && recordedLevel !== dest.level) break;
					stream = dest.stream;
					if (stream[metadata]) {
						const { lastTime, lastMsg, lastObj, lastLogger } = this;
						stream.lastLevel = level;
						stream.lastTime = lastTime;
						stream.lastMsg = lastMsg;
						stream.lastObj = lastObj;
						stream.lastLogger = lastLogger;
					}
					stream.write(data);
					if (opts.dedupe) recordedLevel = dest.level;
				} else if (!opts.dedupe) break;
			}
		}
		function emit(...args) {
			for (const { stream } of this.streams) if (typeof stream.emit === "function") stream.emit(...args);
		}
		function flushSync() {
			for (const { stream } of this.streams) if (typeof stream.flushSync === "function") stream.flushSync();
		}
		function add(dest) {
			if (!dest) return this;
			const isStream = typeof dest.write === "function" || dest.stream;
			const stream_ = dest.write ? dest : dest.stream;
			if (!isStream) throw Error("stream object needs to implement either StreamEntry or DestinationStream interface");
			const { streams, streamLevels } = this;
			let level;
			if (typeof dest.levelVal === "number") level = dest.levelVal;
			else if (typeof dest.level === "string") level = streamLevels[dest.level];
			else if (typeof dest.level === "number") level = dest.level;
			else level = DEFAULT_INFO_LEVEL;
			const dest_ = {
				stream: stream_,
				level,
				levelVal: void 0,
				id: ++res.lastId
			};
			streams.unshift(dest_);
			streams.sort(compareByLevel);
			this.minLevel = streams[0].level;
			return this;
		}
		function remove(id) {
			const { streams } = this;
			const index = streams.findIndex((s) => s.id === id);
			if (index >= 0) {
				streams.splice(index, 1);
				streams.sort(compareByLevel);
				this.minLevel = streams.length > 0 ? streams[0].level : -1;
			}
			return this;
		}
		function end() {
			for (const { stream } of this.streams) {
				if (typeof stream.flushSync === "function") stream.flushSync();
				stream.end();
			}
		}
		function clone(level) {
			const streams = new Array(this.streams.length);
			for (let i = 0; i < streams.length; i++) streams[i] = {
				level,
				stream: this.streams[i].stream
			};
			return {
				write,
				add,
				remove,
				emit,
				flushSync,
				end,
				minLevel: level,
				streams,
				clone,
				[metadata]: true,
				streamLevels
			};
		}
	}
	function compareByLevel(a, b) {
		return a.level - b.level;
	}
	function initLoopVar(length, dedupe) {
		return dedupe ? length - 1 : 0;
	}
	function adjustLoopVar(i, dedupe) {
		return dedupe ? i - 1 : i + 1;
	}
	function checkLoopVar(i, length, dedupe) {
		return dedupe ? i >= 0 : i < length;
	}
	module.exports = multistream;
}));
// dist/logs/scrub.js
var import_pino = __commonJSMin(((exports, module) => {
	const os = __require("node:os");
	const stdSerializers = require_pino_std_serializers();
	const caller = require_caller();
	const redaction = require_redaction();
	const time = require_time();
	const proto = require_proto();
	const symbols = require_symbols();
	const { configure } = require_safe_stable_stringify();
	const { assertDefaultLevelFound, mappings, genLsCache, genLevelComparison, assertLevelComparison } = require_levels();
	const { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
	const { createArgsNormalizer, asChindings, buildSafeSonicBoom, buildFormatters, stringify, normalizeDestFileDescriptor, noop } = require_tools();
	const { version } = require_meta();
	const { chindingsSym, redactFmtSym, serializersSym, timeSym, timeSliceIndexSym, streamSym, stringifySym, stringifySafeSym, stringifiersSym, setLevelSym, endSym, formatOptsSym, messageKeySym, errorKeySym, nestedKeySym, mixinSym, levelCompSym, useOnlyCustomLevelsSym, formattersSym, hooksSym, nestedKeyStrSym, mixinMergeStrategySym, msgPrefixSym, transportUsesMultistreamSym } = symbols;
	const { epochTime, nullTime } = time;
	const { pid } = process;
	const hostname = os.hostname();
	const defaultErrorSerializer = stdSerializers.err;
	const normalize = createArgsNormalizer({
		level: "info",
		levelComparison: SORTING_ORDER.ASC,
		levels: DEFAULT_LEVELS,
		messageKey: "msg",
		errorKey: "err",
		nestedKey: null,
		enabled: true,
		base: {
			pid,
			hostname
		},
		serializers: Object.assign(Object.create(null), { err: defaultErrorSerializer }),
		formatters: Object.assign(Object.create(null), {
			bindings(bindings) {
				return bindings;
			},
			level(label, number) {
				return { level: number };
			}
		}),
		hooks: {
			logMethod: void 0,
			streamWrite: void 0
		},
		timestamp: epochTime,
		name: void 0,
		redact: null,
		customLevels: null,
		useOnlyCustomLevels: false,
		depthLimit: 5,
		edgeLimit: 100
	});
	const serializers = Object.assign(Object.create(null), stdSerializers);
	function pino(...args) {
		const instance = {};
		const { opts, stream } = normalize(instance, caller(), ...args);
		if (opts.level && typeof opts.level === "string" && DEFAULT_LEVELS[opts.level.toLowerCase()] !== void 0) opts.level = opts.level.toLowerCase();
		const { redact, crlf, serializers, timestamp, messageKey, errorKey, nestedKey, base, name, level, customLevels, levelComparison, mixin, mixinMergeStrategy, useOnlyCustomLevels, formatters, hooks, depthLimit, edgeLimit, onChild, msgPrefix } = opts;
		const stringifySafe = configure({
			maximumDepth: depthLimit,
			maximumBreadth: edgeLimit
		});
		const allFormatters = buildFormatters(formatters.level, formatters.bindings, formatters.log);
		const stringifyFn = stringify.bind({ [stringifySafeSym]: stringifySafe });
		const stringifiers = redact ? Object.assign(Object.create(null), redaction(redact, stringifyFn)) : Object.create(null);
		const formatOpts = redact ? { stringify: stringifiers[redactFmtSym] } : { stringify: stringifyFn };
		const end = "}" + (crlf ? "\r\n" : "\n");
		const coreChindings = asChindings.bind(null, {
			[chindingsSym]: "",
			[serializersSym]: serializers,
			[stringifiersSym]: stringifiers,
			[stringifySym]: stringify,
			[stringifySafeSym]: stringifySafe,
			[formattersSym]: allFormatters
		});
		let chindings = "";
		if (base !== null) {
			if (name === void 0) chindings = coreChindings(base);
			else chindings = coreChindings(Object.assign({}, base, { name }));
		}
		const time = timestamp instanceof Function ? timestamp : timestamp ? epochTime : nullTime;
		const timeSliceIndex = time().indexOf(":") + 1;
		if (useOnlyCustomLevels && !customLevels) throw Error("customLevels is required if useOnlyCustomLevels is set true");
		if (mixin && typeof mixin !== "function") throw Error(`Unknown mixin type "${typeof mixin}" - expected "function"`);
		if (msgPrefix && typeof msgPrefix !== "string") throw Error(`Unknown msgPrefix type "${typeof msgPrefix}" - expected "string"`);
		assertDefaultLevelFound(level, customLevels, useOnlyCustomLevels);
		const levels = mappings(customLevels, useOnlyCustomLevels);
		if (stream && stream[transportUsesMultistreamSym] === true) {
			let sampleLabel = typeof level === "string" ? level : void 0;
			if (!sampleLabel || levels[sampleLabel] === void 0) sampleLabel = Object.keys(levels)[0];
			const sampleNumber = levels[sampleLabel];
			let ok = false;
			try {
				const formatted = formatters.level(sampleLabel, sampleNumber);
				ok = formatted && typeof formatted === "object" && formatted.level === sampleNumber;
			} catch {
				ok = false;
			}
			if (!ok) process.emitWarning("custom formatters.level detected with multiple transport targets/pipelines; ensure logs include a numeric \"level\" field or they may be dropped", { code: "PINO_TRANSPORT_MULTI_TARGETS_LEVEL_FORMATTER" });
		}
		if (typeof stream.emit === "function") stream.emit("message", {
			code: "PINO_CONFIG",
			config: {
				levels,
				messageKey,
				errorKey
			}
		});
		assertLevelComparison(levelComparison);
		const levelCompFunc = genLevelComparison(levelComparison);
		Object.assign(instance, {
			levels,
			[levelCompSym]: levelCompFunc,
			[useOnlyCustomLevelsSym]: useOnlyCustomLevels,
			[streamSym]: stream,
			[timeSym]: time,
			[timeSliceIndexSym]: timeSliceIndex,
			[stringifySym]: stringify,
			[stringifySafeSym]: stringifySafe,
			[stringifiersSym]: stringifiers,
			[endSym]: end,
			[formatOptsSym]: formatOpts,
			[messageKeySym]: messageKey,
			[errorKeySym]: errorKey,
			[nestedKeySym]: nestedKey,
			[nestedKeyStrSym]: nestedKey ? `,${JSON.stringify(nestedKey)}:{` : "",
			[serializersSym]: serializers,
			[mixinSym]: mixin,
			[mixinMergeStrategySym]: mixinMergeStrategy,
			[chindingsSym]: chindings,
			[formattersSym]: allFormatters,
			[hooksSym]: hooks,
			silent: noop,
			onChild,
			[msgPrefixSym]: msgPrefix
		});
		Object.setPrototypeOf(instance, proto());
		genLsCache(instance);
		instance[setLevelSym](level);
		return instance;
	}
	module.exports = pino;
	module.exports.destination = (dest = process.stdout.fd) => {
		if (typeof dest === "object") {
			dest.dest = normalizeDestFileDescriptor(dest.dest || process.stdout.fd);
			return buildSafeSonicBoom(dest);
		} else return buildSafeSonicBoom({
			dest: normalizeDestFileDescriptor(dest),
			minLength: 0
		});
	};
	module.exports.transport = require_transport();
	module.exports.multistream = require_multistream();
	module.exports.levels = mappings();
	module.exports.stdSerializers = serializers;
	module.exports.stdTimeFunctions = Object.assign({}, time);
	module.exports.symbols = symbols;
	module.exports.version = version;
	module.exports.default = pino;
	module.exports.pino = pino;
}))();
const PATTERNS = [
	[/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 *****"],
	[/(\/\/)[^/\s:@"]+:[^/\s@"]+@/g, "$1*****@"],
	[/\b([\w-]*(?:password|passwd|secret|token|api[_-]?key)[\w-]*)=([^&\s"]+)/gi, "$1=*****"],
	[/("[\w-]*(?:password|passwd|secret|token|api[_-]?key|authorization|cookie)[\w-]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, "$1\"*****\""]
];
function scrubSecrets(line) {
	let out = line;
	for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
	return out;
}
// dist/logger.js
const redactPaths = [
	"password",
	"secret",
	"authorization",
	"cookie",
	"token"
].flatMap((key) => [
	key,
	`*.${key}`,
	`headers.${key}`,
	`*.headers.${key}`
]);
function createLogger(options) {
	const out = options.destination ?? import_pino.pino.destination({
		dest: 2,
		sync: false
	});
	const { ring } = options;
	return (0, import_pino.pino)({
		level: options.level,
		formatters: { level: (label) => ({ level: label }) },
		redact: {
			paths: redactPaths,
			censor: "*****"
		},
		hooks: { streamWrite(line) {
			const scrubbed = scrubSecrets(line);
			ring?.push(scrubbed);
			return scrubbed;
		} }
	}, options.pretty ? prettyDestination(out) : out);
}
function prettyDestination(out) {
	return { write: (line) => out.write(prettyLine(line)) };
}
function prettyLine(line) {
	let record;
	try {
		record = JSON.parse(line);
	} catch {
		return line;
	}
	const { time, level, msg, err, ...fields } = record;
	delete fields["pid"];
	delete fields["hostname"];
	const parts = [
		typeof time === "number" ? new Date(time).toISOString().slice(11, 23) : "--:--:--",
		(typeof level === "string" ? level : "log").toUpperCase().padEnd(5),
		typeof msg === "string" ? msg : ""
	];
	for (const [key, value] of Object.entries(fields)) parts.push(`${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
	const stack = errorStack(err);
	return `${parts.filter((part) => part !== "").join(" ")}${stack ? `\n${stack}` : ""}\n`;
}
function errorStack(err) {
	if (typeof err !== "object" || err === null) return void 0;
	const { stack, message } = err;
	if (typeof stack === "string") return stack;
	return typeof message === "string" ? message : void 0;
}
// dist/grpc/load-bridge.js
let loading;
function loadGrpcBridge() {
	return loading ??= import("@switchyard/grpc-bridge");
}
// dist/grpc/grpc-errors.js
const CODES = {
	BAD_OPTION: "BAD_REQUEST",
	UNREACHABLE: "UPSTREAM_ERROR",
	TIMEOUT: "UPSTREAM_TIMEOUT",
	NO_REFLECTION: "UPSTREAM_ERROR",
	BAD_DESCRIPTOR: "UPSTREAM_ERROR",
	UNKNOWN_METHOD: "NOT_FOUND",
	INVALID_ARGUMENTS: "VALIDATION_FAILED"
};
async function fromBridgeError(error) {
	const { GrpcBridgeError } = await loadGrpcBridge();
	if (!(error instanceof GrpcBridgeError)) return error;
	return new GatewayError(CODES[error.code], error.message, { cause: error });
}
// dist/grpc/pinned-target.js
const HOST_PORT = /^(?:dns:\/\/\/)?(\[[^\]]+\]|[^\s/:]+):(\d+)$/;
async function pinnedTarget(options, policy) {
	const match = HOST_PORT.exec(options.target);
	if (!policy || !match) return options;
	const [, host = "", port = ""] = match;
	policy.check(`http://${host}:${port}`);
	const bare = host.replace(/^\[|\]$/g, "");
	if (isIP(bare) !== 0) return options;
	const addresses = await promises.lookup(bare, { all: true }).catch(() => []);
	for (const { address } of addresses) policy.checkAddress(bare, address);
	const v4 = addresses.filter((entry) => entry.family === 4).map((entry) => entry.address);
	const family = v4.length > 0 ? "ipv4" : "ipv6";
	const chosen = v4.length > 0 ? v4 : addresses.map((entry) => `[${entry.address}]`);
	if (chosen.length === 0) return options;
	return {
		...options,
		target: `${family}:${chosen.map((address) => `${address}:${port}`).join(",")}`,
		authority: `${host}:${port}`
	};
}
// dist/grpc/grpc-discoverer.js
function targetOptions(connection) {
	const { tls } = connection;
	return {
		target: connection.target,
		...tls && { tls: {
			...tls.ca && { ca: tls.ca },
			...tls.cert && { cert: tls.cert },
			...tls.key && { key: tls.key },
			...tls.serverName && { serverName: tls.serverName }
		} },
		metadata: connection.metadata
	};
}
function createGrpcDiscoverer(options = {}) {
	return async (connection) => {
		const [{ discover }, target] = await Promise.all([loadGrpcBridge(), pinnedTarget(targetOptions(connection), options.urlPolicy)]);
		try {
			const found = await discover({
				...target,
				timeoutMs: connection.timeoutMs ?? options.timeoutMs ?? 1e4
			});
			return {
				services: found.services,
				descriptorSet: Buffer.from(found.descriptorSet).toString("base64"),
				tools: found.tools.map((tool) => ({
					name: tool.name,
					description: tool.description,
					inputSchema: tool.inputSchema,
					outputSchema: tool.outputSchema,
					method: tool.method
				}))
			};
		} catch (error) {
			throw await fromBridgeError(error);
		}
	};
}
// dist/open-registry.js
function urlPolicyOf(config) {
	return createUrlPolicy({
		...config.outboundAllow && { allow: config.outboundAllow },
		...config.outboundDeny && { deny: config.outboundDeny },
		denyPrivate: config.outboundDenyPrivate,
		allowLoopback: config.nodeEnv !== "production"
	});
}
async function openRegistry(config, options = {}) {
	const { logger, onRegistration, onQuery, observeCatalogUpdate } = options;
	const store = await openStore({
		url: config.databaseUrl,
		dataDir: config.dataDir,
		...onQuery && { onQuery }
	});
	try {
		const urlPolicy = urlPolicyOf(config);
		const registry = await createRegistry({
			store,
			sealer: createSecretSealer({ secret: config.authEncryptionSecret }),
			passwords: {
				hash: hashPassword,
				verify: verifyPassword
			},
			separator: config.toolNameSeparator,
			urlPolicy,
			discoverGrpc: createGrpcDiscoverer({ urlPolicy }),
			lockout: {
				maxAttempts: config.maxFailedLoginAttempts,
				durationMs: config.accountLockoutDurationMinutes * 6e4
			},
			...onRegistration && { onRegistration },
			...observeCatalogUpdate && { observeCatalogUpdate },
			...logger && { onCatalogError: (error) => logger.error({ err: error }, "catalog rebuild failed; keeping the previous snapshot") }
		});
		return {
			store,
			registry,
			close: async () => {
				await registry.close();
				await store.close();
			}
		};
	} catch (error) {
		await store.close();
		throw error;
	}
}
export { PermissionSchema as A, pathParameters as B, ListQuerySchema as C, encodeCursor as D, decodeCursor as E, PromptUpdateSchema as F, HttpUrlSchema as G, GatewayUpdateSchema as H, RequestTypeSchema as I, ToolAuthSchema as J, OwnershipInputSchema as K, ToolCreateSchema as L, addressInRanges as M, PromptCreateSchema as N, ServerCreateSchema as O, PromptRenderSchema as P, ToolUpdateSchema as R, BooleanParamSchema as S, canView as T, DisplayNameSchema as U, GatewayCreateSchema as V, ExpectedVersionSchema as W, toolNameProblem as X, UpstreamAuthSchema as Y, newId as Z, gatewayAuth as _, fromBridgeError as a, fromJson as b, joinCluster as c, EXPORT_FORMAT as d, EXPORT_KINDS as f, renderTemplate as g, toolAuth as h, pinnedTarget as i, TokenCreateSchema as j, ServerUpdateSchema as k, exportOAuth as l, createServices as m, urlPolicyOf as n, loadGrpcBridge as o, ExportDocumentSchema as p, TagsSchema as q, targetOptions as r, createLogger as s, openRegistry as t, importOAuth as u, inTransaction as v, PAGE_SIZE as w, validated as x, fromFlag as y, RestConfigSchema as z };
