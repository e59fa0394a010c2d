import type { Principal } from '@switchyard/auth'
import type { Context, Hono } from 'hono'
import { insufficientScope } from '../auth/external-scope.js'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import type { ServerOAuthGuard } from '../auth/server-oauth.js'
import { credentialsOf } from '../auth/session-cookie.js'
import { remoteAddressOf } from '../http/remote-address.js'
import type { GatewayHonoEnv } from '../http/route.js'
import type { McpService } from './mcp-service.js'

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
      const principal = await (guarded ?? auth).authenticate(
        cookie ? credentialsOf(c) : c.req.header('authorization'),
        remoteAddressOf(c),
      )
      c.set('principal', principal)
      if (guarded && principal.kind === 'external') {
        const denied = await insufficientScope(c.req.raw, principal, guarded)
        if (denied) return denied
      } else auth.assertServerAccess(principal, serverId)
      return serve(c.req.raw, principal, serverId ?? null)
    }
    app.on(
      methods,
      paths.flatMap((path) => [path, `/v1${path}`]),
      handler,
    )
  }
  mount(['GET', 'POST', 'DELETE'], ['/mcp', '/servers/:id/mcp'], mcp.streamable)
  mount(['GET'], ['/sse', '/servers/:id/sse'], mcp.sseStream)
  mount(['POST'], ['/message', '/servers/:id/message'], mcp.sseMessage)
  mount(['POST'], ['/rpc'], mcp.rpc, true)
}
