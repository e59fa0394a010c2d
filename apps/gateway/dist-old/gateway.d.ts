import { type AuditLog, type Registry, type Store } from '@switchyard/core';
import type { Hono } from 'hono';
import { type AuditQueue } from './audit/audit-queue.js';
import { type GatewayAuth } from './auth/gateway-auth.js';
import type { GatewayConfig } from './config/env-schema.js';
import type { GatewayHonoEnv, Route } from './http/route.js';
import type { Logger } from './logger.js';
import type { LogRing } from './logs/log-ring.js';
import { type McpService } from './mcp/mcp-service.js';
import { type Telemetry } from './telemetry/telemetry.js';
/** A composed gateway: store, registry and HTTP app, not yet listening. */
export interface Gateway {
    app: Hono<GatewayHonoEnv>;
    /** Every REST operation the app serves (also under /v1). */
    routes: readonly Route[];
    store: Store;
    registry: Registry;
    /** Upstream pool, federation and the MCP faces. */
    mcp: McpService;
    /** Turns credentials into principals (also for WebSocket upgrades). */
    auth: GatewayAuth;
    /** The audit table and the queue that takes records off the request path. */
    audit: {
        log: AuditLog;
        queue: AuditQueue;
    };
    /** Spans, metrics and the log ring. */
    telemetry: Telemetry;
    /** Ends MCP sessions and upstreams, the rate limiter, stops the catalog and closes the store. */
    close(): Promise<void>;
}
/** ALLOWED_ORIGINS, or only loopback origins when the gateway listens on loopback (DNS-rebinding protection). */
export declare function allowedOrigins(config: GatewayConfig): readonly string[] | undefined;
/**
 * This replica's URL as the others reach it: CLUSTER_ADVERTISE_URL, else from HOST (this machine's
 * hostname when listening on every interface, as in a container) and PORT.
 */
export declare function advertiseUrl(config: GatewayConfig): string;
/** What a gateway is composed with besides its config and logger. */
export interface GatewayOptions {
    /** The ring the logger writes to, served at `/admin/logs/stream`. */
    logs?: LogRing;
}
/** Opens the store (migrating it), builds the registry, ensures the platform admin and composes the app. */
export declare function createGateway(config: GatewayConfig, logger: Logger, options?: GatewayOptions): Promise<Gateway>;
//# sourceMappingURL=gateway.d.ts.map