import { type Principal } from '@switchyard/auth';
import { type InflightRequests, type InputBridge, type PluginHost, type RateLimiter, type ServerBackendOptions, type Registry, type UpstreamPool } from '@switchyard/core';
import { type McpBackend } from '@switchyard/transports';
import type { AuditQueue } from '../audit/audit-queue.js';
import type { PrincipalLimit } from '../limits/principal-limit.js';
import type { DownstreamNotifier } from './notifications.js';
/** `/servers/{id}/<face>` (also under `/v1`) names a virtual server; any other MCP path the whole catalog. */
export declare function serverIdOf(request: Request): string | null;
/** The key every face uses for a request's sessions: the virtual server, or '*' for the whole catalog. */
export declare function scopeOf(request: Request): string;
/** Resolves the backend for a request whose principal the HTTP layer has authenticated. */
export interface BackendResolver {
    /**
     * Records who is behind a request (the route or upgrade handler calls this first) and, when the
     * route knows it, its virtual server (null: the whole catalog); without `serverId` the request's
     * path is read for it.
     */
    remember(request: Request, principal: Principal, serverId?: string | null): void;
    /** The backend; each of its requests spends the principal's budget unless `counted` is false. */
    resolve(request: Request, counted?: boolean): McpBackend;
}
/**
 * Builds backends once per catalog snapshot, server and viewer, so that the request path only looks
 * them up; a new snapshot starts afresh.
 */
export declare function createBackendResolver(options: {
    registry: Registry;
    pool: UpstreamPool;
    inflight: InflightRequests;
    inputBridge: InputBridge;
    invokers: ServerBackendOptions['invokers'];
    notifier: () => DownstreamNotifier;
    version: string;
    limiter: RateLimiter;
    principalLimit: PrincipalLimit | undefined;
    plugins?: PluginHost | undefined;
    /** Instruments a built backend (metrics, spans). */
    observe: (backend: McpBackend, serverId: string | null) => McpBackend;
    /** Where refusals inside JSON-RPC exchanges are audited. */
    audit?: AuditQueue | undefined;
}): BackendResolver;
//# sourceMappingURL=backend-resolver.d.ts.map