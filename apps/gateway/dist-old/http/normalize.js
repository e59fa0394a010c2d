/** Keys whose object values are ours to camelize too (never user data such as JSON Schemas). */
const NESTED_KEYS = new Set(['rateLimit', 'auth', 'scope', 'oauth']);
/** Keys holding lists of our own objects. */
const NESTED_LISTS = new Set([
    'associatedTools',
    'associatedResources',
    'associatedPrompts',
    'arguments',
]);
/** `snake_case` -> `camelCase`; camelCase passes through. */
export function camelCase(key) {
    return key.replace(/_([a-z0-9])/g, (_, ch) => ch.toUpperCase());
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function camelizeKeys(value) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [camelCase(key), v]));
}
/** ContextForge's flat credential fields (`auth_type`, `auth_username`, ...) as one `auth` object. */
function foldAuthFields(body) {
    const { authType, authUsername, authPassword, authToken, authHeaderKey, authHeaderValue, authHeaders, ...rest } = body;
    if (authType === undefined || rest.auth !== undefined)
        return body;
    const type = typeof authType === 'string' ? authType.toLowerCase() : authType;
    if (type === 'basic')
        return { ...rest, auth: { type, username: authUsername, password: authPassword } };
    if (type === 'bearer')
        return { ...rest, auth: { type, token: authToken } };
    if (type === 'authheaders' || type === 'headers') {
        const list = Array.isArray(authHeaders)
            ? authHeaders
            : [];
        const pairs = list.length > 0 ? list.map((h) => [h.key, h.value]) : [[authHeaderKey, authHeaderValue]];
        return {
            ...rest,
            auth: { type: 'headers', headers: Object.fromEntries(pairs) },
        };
    }
    return { ...rest, auth: { type: type === '' || type === null ? 'none' : type } };
}
/**
 * Brings a request body to the one shape our schemas read: ContextForge's wrapped form
 * (`{"tool": {...}}`) unwrapped, snake_case keys camelized, flat credential fields folded.
 */
export function normalizeBody(body, wrapKey) {
    if (!isObject(body))
        return body;
    let value = body;
    const keys = Object.keys(value);
    if (wrapKey && keys.length === 1 && keys[0] === wrapKey && isObject(value[wrapKey])) {
        value = value[wrapKey];
    }
    const camel = camelizeKeys(value);
    for (const key of Object.keys(camel)) {
        const v = camel[key];
        if (NESTED_KEYS.has(key) && isObject(v))
            camel[key] = camelizeKeys(v);
        if (NESTED_LISTS.has(key) && Array.isArray(v)) {
            camel[key] = v.map((item) => (isObject(item) ? camelizeKeys(item) : item));
        }
    }
    return foldAuthFields(camel);
}
/** Query parameters with camelCase keys. */
export function normalizeQuery(query) {
    return Object.fromEntries(Object.entries(query).map(([key, v]) => [camelCase(key), v]));
}
//# sourceMappingURL=normalize.js.map