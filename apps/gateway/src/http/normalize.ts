/** Keys whose object values are ours to camelize too (never user data such as JSON Schemas). */
const NESTED_KEYS = new Set(['rateLimit', 'auth', 'scope', 'oauth'])
/** Keys holding lists of our own objects. */
const NESTED_LISTS = new Set([
  'associatedTools',
  'associatedResources',
  'associatedPrompts',
  'arguments',
])

/** `snake_case` -> `camelCase`; camelCase passes through. */
export function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase())
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function camelizeKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [camelCase(key), v]))
}

/** ContextForge's flat credential fields (`auth_type`, `auth_username`, ...) as one `auth` object. */
function foldAuthFields(body: Record<string, unknown>): Record<string, unknown> {
  const {
    authType,
    authUsername,
    authPassword,
    authToken,
    authHeaderKey,
    authHeaderValue,
    authHeaders,
    ...rest
  } = body
  if (authType === undefined || rest.auth !== undefined) return body
  const type = typeof authType === 'string' ? authType.toLowerCase() : authType
  if (type === 'basic')
    return { ...rest, auth: { type, username: authUsername, password: authPassword } }
  if (type === 'bearer') return { ...rest, auth: { type, token: authToken } }
  if (type === 'authheaders' || type === 'headers') {
    const list = Array.isArray(authHeaders)
      ? (authHeaders as { key?: unknown; value?: unknown }[])
      : []
    const pairs: unknown[][] =
      list.length > 0 ? list.map((h) => [h.key, h.value]) : [[authHeaderKey, authHeaderValue]]
    return {
      ...rest,
      auth: { type: 'headers', headers: Object.fromEntries(pairs as [string, unknown][]) },
    }
  }
  return { ...rest, auth: { type: type === '' || type === null ? 'none' : type } }
}

/** ContextForge's `team_id` of an entity as our `team` (a `team` given wins). */
function foldTeamId(body: Record<string, unknown>): Record<string, unknown> {
  const { teamId, ...rest } = body
  return teamId === undefined || rest.team !== undefined ? body : { ...rest, team: teamId }
}

/**
 * Brings a request body to the one shape our schemas read: ContextForge's wrapped form
 * (`{"tool": {...}}`) unwrapped, snake_case keys camelized, flat credential fields folded, and on
 * entity bodies (those with a `wrapKey`) `team_id` read as `team`.
 */
export function normalizeBody(body: unknown, wrapKey?: string): unknown {
  if (!isObject(body)) return body
  let value = body
  const keys = Object.keys(value)
  if (wrapKey && keys.length === 1 && keys[0] === wrapKey && isObject(value[wrapKey])) {
    value = value[wrapKey]
  }
  const camel = camelizeKeys(value)
  for (const key of Object.keys(camel)) {
    const v = camel[key]
    if (NESTED_KEYS.has(key) && isObject(v)) camel[key] = camelizeKeys(v)
    if (NESTED_LISTS.has(key) && Array.isArray(v)) {
      camel[key] = v.map((item: unknown) => (isObject(item) ? camelizeKeys(item) : item))
    }
  }
  const folded = foldAuthFields(camel)
  return wrapKey ? foldTeamId(folded) : folded
}

/** Query parameters with camelCase keys. */
export function normalizeQuery(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([key, v]) => [camelCase(key), v]))
}
