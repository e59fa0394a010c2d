import type { Owned, Principal } from '../principal.js'
import { authorize, type Authorization } from './authorize.js'

/** What MCP requests are decided on: calls, reads and renders, and the lists. */
export const MCP_PERMISSIONS = [
  'tools.execute',
  'tools.read',
  'resources.read',
  'prompts.execute',
  'prompts.read',
]

/**
 * Whether the principal may open the MCP endpoint of a virtual server (or of the whole catalog,
 * kind `catalog`): it sees the server, its token reaches it, and it holds one of MCP_PERMISSIONS
 * globally or in some team. Each call is then authorized for its own tool, resource or prompt.
 */
export function authorizeMcpEndpoint(principal: Principal, server: Owned): Authorization {
  let first: Authorization | undefined
  for (const permission of MCP_PERMISSIONS) {
    const decision = authorize(principal, permission, server, { anyTeam: true })
    if (decision.allowed || decision.hidden) return decision
    first ??= decision
  }
  return first as Authorization
}
