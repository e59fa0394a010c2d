import type { Principal } from '@switchyard/auth'
import type { Context, Hono } from 'hono'
import { insufficientScope } from '../auth/external-scope.js'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import type { ServerOAuthGuard } from '../auth/server-oauth.js'
import { credentialsOf } from '../auth/session-cookie.js'
import { remoteAddressOf } from '../http/remote-address.js'
import type { GatewayHonoEnv } from '../http/route.js'
import type { McpService } from './mcp-service.js'

/** The MCP endpoints' paths (each also under /v1). */
const PATHS = {
  streamable: ['/mcp', '/servers/:id/mcp'],
  sseStream: ['/sse', '/servers/:id/sse'],
  sseMessage: ['/message', '/servers/:id/message'],
  rpc: ['/rpc'],
}
const MCP_PATH = new RegExp(
  `^(?:/v1)?(?:${Object.values(PATHS)
    .flat()
    .map((path) => path.replace(/:\w+/g, '[^/]+'))
    .join('|')})$`,
)

/** Whether a request path is an MCP endpoint's. */
export const isMcpPath = (path: string): boolean => MCP_PATH.test(path)

/** `serverId`: the route's virtual server (null on the catalog-wide paths). */
type Serve = (request: Request, principal: Principal, serverId: string | null) => Promise<Response>

/**
 * Mounts the MCP endpoints: streamable HTTP, legacy SSE and `/rpc` (WebSocket upgrades are the
 * server's). A virtual server marked for OAuth also takes its issuer's access tokens.
 */
export function mountMcpRoutes(
  app: Hono<GatewayHonoEnv>,
  mcp: McpService,
  auth: GatewayAuth,
  oauth: ServerOAuthGuard,
): void {
  /** `cookie`: the admin UI's session cookie is accepted too (POST only, so CSRF-checked). */
  const mount = (methods: string[], paths: string[], serve: Serve, cookie = false) => {
    const handler = async (c: Context<GatewayHonoEnv>) => {
      const serverId = c.req.param('id')
      const guarded =
        serverId === undefined ? undefined : oauth.protectedServer(serverId, c.req.raw)
      const trace = c.get('requestTrace')
      const credentials = cookie ? credentialsOf(c) : c.req.header('authorization')
      const principal = await (guarded ?? auth).authenticate(
        credentials,
        remoteAddressOf(c),
        trace?.lookup,
      )
      c.set('principal', principal)
      c.set('credentials', credentials)
      if (guarded && principal.kind === 'external') {
        const denied = await insufficientScope(c.req.raw, principal, guarded)
        if (denied) return denied
      } else auth.assertServerAccess(principal, serverId)
      trace?.attach(c.req.raw)
      return serve(c.req.raw, principal, serverId ?? null)
    }
    app.on(
      methods,
      paths.flatMap((path) => [path, `/v1${path}`]),
      handler,
    )
  }
  mount(['GET', 'POST', 'DELETE'], PATHS.streamable, mcp.streamable)
  mount(['GET'], PATHS.sseStream, mcp.sseStream)
  mount(['POST'], PATHS.sseMessage, mcp.sseMessage)
  mount(['POST'], PATHS.rpc, mcp.rpc, true)
}
