import { type Server as HttpServer } from 'node:http';
import type { AuditQueue } from '../audit/audit-queue.js';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import type { McpService } from './mcp-service.js';
/** What the upgrade checks besides credentials, and where it reports refusals. */
export interface WebSocketGuard {
    /** Origins allowed to open a socket (DNS-rebinding protection); undefined allows any. */
    allowedOrigins: readonly string[] | undefined;
    audit: AuditQueue;
}
/** Upgrades `/ws` and `/servers/{id}/ws` (also under /v1) to JSON-RPC over WebSocket, after authentication. */
export declare function attachWebSockets(server: HttpServer, mcp: McpService, auth: GatewayAuth, maxMessageBytes: number, guard: WebSocketGuard): () => void;
//# sourceMappingURL=websocket-upgrade.d.ts.map