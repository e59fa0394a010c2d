import type { Hono } from 'hono'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import type { GatewayHonoEnv } from '../http/route.js'
import type { McpService } from './mcp-service.js'

const MCP_PATHS = ['/mcp', '/servers/:id/mcp'].flatMap((path) => [path, `/v1${path}`])

/** Mounts the streamable HTTP MCP endpoints: a virtual server's, and the whole visible catalog's. */
export function mountMcpRoutes(
  app: Hono<GatewayHonoEnv>,
  mcp: McpService,
  auth: GatewayAuth,
): void {
  app.on(['GET', 'POST', 'DELETE'], MCP_PATHS, async (c) => {
    const principal = await auth.authenticate(c.req.header('authorization'))
    return mcp.handle(c.req.raw, principal)
  })
}
