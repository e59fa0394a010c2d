import type { Principal } from '@switchyard/auth'
import { GatewayError } from '@switchyard/core'

/** Path heads whose routes are administration: they need `admin.<head>` (or `admin.*`). */
const ADMIN_HEADS = new Set(['users', 'export', 'import', 'metrics', 'audit', 'rbac', 'teams'])
/** Path heads every token may use, whatever its permissions (ops probes and its own identity). */
const FREE_HEADS = new Set(['', 'health', 'ready', 'version', 'auth', 'openapi.json', 'docs'])

/**
 * The permission a token needs for a REST route, from its method and path template:
 * `GET /tools` -> `tools.read`, `POST /gateways` -> `gateways.write`, `POST /prompts/:id` ->
 * `prompts.execute`, `POST /a2a/:name/invoke` -> `a2a.execute`, `/users` -> `admin.users`;
 * undefined for routes any token may use.
 */
export function permissionFor(method: string, path: string): string | undefined {
  const [head = '', ...rest] = path
    .replace(/^\/v1(?=\/)/, '')
    .split('/')
    .slice(1)
  if (FREE_HEADS.has(head)) return undefined
  if (ADMIN_HEADS.has(head)) return `admin.${head}`
  const read = method.toUpperCase() === 'GET'
  if (head === 'servers' && rest[1] === 'a2a') return read ? 'servers.read' : 'tools.execute'
  if (head === 'prompts' && rest.length === 1 && !read) return 'prompts.execute'
  if (!read && (rest.at(-1) === 'invoke' || rest.at(-1) === 'jsonrpc')) return `${head}.execute`
  return `${head}.${read ? 'read' : 'write'}`
}

/** Whether granted permissions (with `x.*` and `*` wildcards) include the required one. */
export function permits(granted: readonly string[], required: string): boolean {
  const [area] = required.split('.')
  return granted.some((p) => p === '*' || p === required || p === `${area}.*`)
}

/** Throws 403 when a token's permissions do not cover the REST route. */
export function assertRoutePermission(principal: Principal, method: string, path: string): void {
  if (principal.scopes === undefined) return
  const required = permissionFor(method, path)
  if (required === undefined || permits(principal.scopes, required)) return
  throw new GatewayError(
    'FORBIDDEN',
    `token ${principal.tokenId ?? ''} lacks the permission '${required}' for ${method.toUpperCase()} ${path} (it has: ${principal.scopes.join(', ')})`,
  )
}

/** Throws 403 when a token scoped to servers reaches another server (or the whole catalog). */
export function assertServerScope(principal: Principal, serverId: string | undefined): void {
  const allowed = principal.serverIds
  if (allowed === undefined || (serverId !== undefined && allowed.includes(serverId))) return
  const where = serverId === undefined ? 'the whole-catalog endpoints' : `server '${serverId}'`
  throw new GatewayError(
    'FORBIDDEN',
    `token ${principal.tokenId ?? ''} is scoped to the servers ${allowed.join(', ')} and may not reach ${where}`,
  )
}

/** Throws 403 when a token may not use this MCP endpoint: `tools.execute`, then its server scope. */
export function assertMcpScope(principal: Principal, serverId: string | undefined): void {
  if (principal.scopes !== undefined && !permits(principal.scopes, 'tools.execute'))
    throw new GatewayError(
      'FORBIDDEN',
      `token ${principal.tokenId ?? ''} lacks the permission 'tools.execute' for MCP endpoints`,
    )
  assertServerScope(principal, serverId)
}
