import { type Principal, type UpstreamOAuth } from '@switchyard/auth';
import { type Federation, type PluginHost, type RateLimiter, type Registry, type UpstreamPool } from '@switchyard/core';
import { type McpBackend, type WebSocketLike } from '@switchyard/transports';
import { type A2aInvoker } from '../a2a/a2a-invoker.js';
import type { PrincipalLimit } from '../limits/principal-limit.js';
import type { Logger } from '../logger.js';
import type { Telemetry } from '../telemetry/telemetry.js';
import type { AuditQueue } from '../audit/audit-queue.js';
import type { SessionRelay } from '../cluster/session-relay.js';
import { type InflightCalls } from './inflight-calls.js';
/**
 * Serves an MCP request of an authenticated principal; `serverId` is the virtual server the route
 * matched (null on the catalog-wide paths); without it the request's path is read for it.
 */
type Served = (request: Request, principal: Principal, serverId?: string | null) => Promise<Response>;
/** The MCP side of the gateway: pooled upstreams, federation, and every client face. */
export interface McpService {
    /** Streamable HTTP (both eras): `/mcp`, `/servers/{id}/mcp`. */
    streamable: Served;
    /** Legacy HTTP+SSE: the GET stream of `/sse`, `/servers/{id}/sse`. */
    sseStream: Served;
    /** Legacy HTTP+SSE: the POST of `/message`, `/servers/{id}/message`. */
    sseMessage: Served;
    /** One JSON-RPC request (or batch) over plain POST: `/rpc`. */
    rpc: Served;
    /** JSON-RPC over an upgraded WebSocket: `/ws`, `/servers/{id}/ws`. */
    websocket: (socket: WebSocketLike, request: Request, principal: Principal) => void;
    /** The backend a virtual server's MCP endpoint uses for this caller (the server's A2A face runs tools on it). */
    backendFor: (serverId: string, principal: Principal) => McpBackend;
    a2a: A2aInvoker;
    federation: Federation;
    pool: UpstreamPool;
    /** The upstream OAuth client (authorization code + PKCE) the pool's credentials come from. */
    oauth: UpstreamOAuth;
    /** The MCP requests under way, which a graceful shutdown waits for. */
    calls: InflightCalls;
    /**
     * The catalog was read again whole (a replica's cluster connection came back): federation catches
     * up, and clients hear of the lists that changed meanwhile.
     */
    resynced(): void;
    close(): Promise<void>;
}
/** What the MCP side is made from. */
export interface McpServiceOptions {
    registry: Registry;
    logger: Logger;
    version: string;
    maxBodyBytes: number;
    /** Seconds between pings of active upstreams; 0 for none. */
    healthCheckInterval: number;
    /** Origins allowed to call (DNS-rebinding protection); undefined allows any. */
    allowedOrigins: readonly string[] | undefined;
    /** Enforces tool and virtual-server rate limits. */
    limiter: RateLimiter;
    /** The per-principal budget each MCP request spends, when configured. */
    principalLimit: PrincipalLimit | undefined;
    /** Plugin hooks around every tool call, prompt render and resource read. */
    plugins?: PluginHost | undefined;
    /** Records (and traces) MCP requests, upstream requests and invocations. */
    telemetry: Telemetry;
    /** Audits requests refused inside JSON-RPC exchanges. */
    audit?: AuditQueue;
    /** Cluster mode: relays requests of legacy sessions other replicas own; closed with the service. */
    sessionRelay?: SessionRelay | undefined;
    /** Whether this replica runs upstream discovery, refreshes and health checks (see Federation). */
    leading?: () => boolean;
}
/** Wires the pool, federation, downstream notifications and the faces together. */
export declare function createMcpService(options: McpServiceOptions): McpService;
export {};
//# sourceMappingURL=mcp-service.d.ts.map