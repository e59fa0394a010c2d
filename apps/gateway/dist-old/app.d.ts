import type { AuditLog, PluginHost, Registry, Store } from '@switchyard/core';
import { Hono } from 'hono';
import type { AuditQueue } from './audit/audit-queue.js';
import type { GatewayAuth } from './auth/gateway-auth.js';
import type { GatewayConfig } from './config/env-schema.js';
import { type GatewayHonoEnv, type Route } from './http/route.js';
import type { PrincipalLimit } from './limits/principal-limit.js';
import type { Logger } from './logger.js';
import type { McpService } from './mcp/mcp-service.js';
import type { Telemetry } from './telemetry/telemetry.js';
/** What the HTTP app is made of. */
export interface AppOptions {
    config: GatewayConfig;
    store: Store;
    registry: Registry;
    auth: GatewayAuth;
    logger: Logger;
    version: string;
    mcp: McpService;
    /** The audit table (`GET /audit`) and the queue that writes it. */
    audit: {
        log: AuditLog;
        queue: AuditQueue;
    };
    /** The per-principal budget each authenticated REST request spends, when configured. */
    principalLimit?: PrincipalLimit;
    /** Plugin hooks of the REST prompt render and resource content endpoints. */
    plugins?: PluginHost | undefined;
    /** Metrics and the log ring (their routes), and the per-request span and sample. */
    telemetry: Telemetry;
    /** Whether Redis answers, when the gateway uses one (`/ready`). */
    redisReady?: (() => Promise<boolean>) | undefined;
    startedAt?: Date;
}
/** The gateway's Hono app: REST API (also under /v1), OpenAPI document and API reference. */
export declare function createApp(options: AppOptions): {
    app: Hono<GatewayHonoEnv>;
    routes: Route[];
};
//# sourceMappingURL=app.d.ts.map