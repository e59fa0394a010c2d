/** Registry entity areas: each has `<area>.read`, `<area>.write` and `<area>.execute`. */
export const REGISTRY_AREAS = [
  'tools',
  'resources',
  'prompts',
  'servers',
  'gateways',
  'a2a',
  'grpc',
  'roots',
  'tags',
] as const

/** Administration areas: each is guarded by `admin.<area>`, all of them by `admin.*`. */
const ADMIN_AREAS = [
  'users',
  'rbac',
  'tokens',
  'export',
  'import',
  'audit',
  'metrics',
  'logs',
  'roots',
  'tags',
  'processes',
  'identity',
] as const

/** Every permission the gateway checks; roles and scopes may also name `*`, `<area>.*` and `*.<action>`. */
const PERMISSIONS: readonly string[] = [
  ...REGISTRY_AREAS.flatMap((area) => ['read', 'write', 'execute'].map((a) => `${area}.${a}`)),
  'teams.read',
  'teams.write',
  'teams.manage',
  'tokens.read',
  'tokens.write',
  ...ADMIN_AREAS.map((area) => `admin.${area}`),
]

/** Whether a permission is one the gateway checks, or a wildcard that covers at least one. */
export function isKnownPermission(permission: string): boolean {
  return PERMISSIONS.some((known) => permits([permission], known))
}

/**
 * Whether granted permissions include the required one: exact, `*`, `<area>.*` (any action of
 * an area) or `*.<action>` (that action of every area).
 */
export function permits(granted: readonly string[], required: string): boolean {
  const dot = required.indexOf('.')
  const area = dot < 0 ? required : required.slice(0, dot)
  const action = dot < 0 ? '' : required.slice(dot + 1)
  return granted.some(
    (p) =>
      p === '*' || p === required || p === `${area}.*` || (action !== '' && p === `*.${action}`),
  )
}

/** Whether an action reads or runs (visibility is enough) rather than changes an entity. */
export function isChange(action: string): boolean {
  return !action.endsWith('.read') && !action.endsWith('.execute')
}
