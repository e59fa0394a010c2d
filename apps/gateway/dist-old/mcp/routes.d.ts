import type { Hono } from 'hono';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import type { ServerOAuthGuard } from '../auth/server-oauth.js';
import type { GatewayHonoEnv } from '../http/route.js';
import type { McpService } from './mcp-service.js';
/** Whether a request path is an MCP endpoint's. */
export declare const isMcpPath: (path: string) => boolean;
/**
 * Mounts the MCP endpoints: streamable HTTP, legacy SSE and `/rpc` (WebSocket upgrades are the
 * server's). A virtual server marked for OAuth also takes its issuer's access tokens.
 */
export declare function mountMcpRoutes(app: Hono<GatewayHonoEnv>, mcp: McpService, auth: GatewayAuth, oauth: ServerOAuthGuard): void;
//# sourceMappingURL=routes.d.ts.map