import type { Principal } from '@switchyard/auth'
import type { Context, Hono } from 'hono'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import { remoteAddressOf } from '../http/remote-address.js'
import type { GatewayHonoEnv } from '../http/route.js'
import type { McpService } from './mcp-service.js'

type Serve = (request: Request, principal: Principal) => Promise<Response>

/** Mounts the MCP endpoints: streamable HTTP, legacy SSE and `/rpc` (WebSocket upgrades are the server's). */
export function mountMcpRoutes(
  app: Hono<GatewayHonoEnv>,
  mcp: McpService,
  auth: GatewayAuth,
): void {
  const mount = (methods: string[], paths: string[], serve: Serve) => {
    const handler = async (c: Context<GatewayHonoEnv>) => {
      const principal = await auth.authenticate(c.req.header('authorization'), remoteAddressOf(c))
      c.set('principal', principal)
      auth.assertServerAccess(principal, c.req.param('id'))
      return serve(c.req.raw, principal)
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
  mount(['POST'], ['/rpc'], mcp.rpc)
}
