// ../../packages/core/dist/errors.js
const errorMappings = {
	BAD_REQUEST: {
		status: 400,
		jsonRpc: -32600
	},
	MALFORMED_JSON: {
		status: 400,
		jsonRpc: -32700
	},
	VALIDATION_FAILED: {
		status: 422,
		jsonRpc: -32602
	},
	INVALID_DOCUMENT: {
		status: 422,
		jsonRpc: -32602
	},
	UNAUTHENTICATED: {
		status: 401,
		jsonRpc: -32001
	},
	FORBIDDEN: {
		status: 403,
		jsonRpc: -32003
	},
	FORBIDDEN_URL: {
		status: 403,
		jsonRpc: -32003
	},
	NOT_FOUND: {
		status: 404,
		jsonRpc: -32002
	},
	CONFLICT: {
		status: 409,
		jsonRpc: -32004
	},
	VERSION_CONFLICT: {
		status: 409,
		jsonRpc: -32004
	},
	PAYLOAD_TOO_LARGE: {
		status: 413,
		jsonRpc: -32600
	},
	RATE_LIMITED: {
		status: 429,
		jsonRpc: -32029
	},
	TEMPLATE_ERROR: {
		status: 422,
		jsonRpc: -32602
	},
	UPSTREAM_ERROR: {
		status: 502,
		jsonRpc: -32010
	},
	UPSTREAM_TIMEOUT: {
		status: 504,
		jsonRpc: -32011
	},
	UPSTREAM_AUTH_REQUIRED: {
		status: 403,
		jsonRpc: -32013
	},
	UNAVAILABLE: {
		status: 503,
		jsonRpc: -32012
	},
	PLUGIN_BLOCKED: {
		status: 403,
		jsonRpc: -32015
	},
	PLUGIN_FAILED: {
		status: 502,
		jsonRpc: -32016
	},
	INTERNAL: {
		status: 500,
		jsonRpc: -32603
	}
};
var GatewayError = class extends Error {
	name = "GatewayError";
	code;
	issues;
	problems;
	headers;
	constructor(code, message, options = {}) {
		super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
		this.code = code;
		this.issues = options.issues ?? [];
		this.problems = options.problems ?? [];
		this.headers = options.headers ?? {};
	}
	get mapping() {
		return errorMappings[this.code];
	}
};
function notFound(kind, key) {
	return new GatewayError("NOT_FOUND", `${kind} '${key}' not found`);
}
function conflict(kind, field, value) {
	return new GatewayError("CONFLICT", `${kind} with ${field} '${value}' already exists`);
}
function isGatewayError(value) {
	return value instanceof GatewayError || value instanceof Error && value.name === "GatewayError";
}
export { notFound as a, isGatewayError as i, conflict as n, errorMappings as r, GatewayError as t };
