import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { GatewayHonoEnv } from '../http/route.js';
import type { AuditQueue } from './audit-queue.js';
/** The peer address of a request served by @hono/node-server (none in `app.request`). */
export declare function clientAddressOf(incoming: IncomingMessage | undefined): string | null;
/**
 * Records every denied request (401, 403) and every successful change through a REST route
 * (any method but GET, unless the route says `audit: false`). Bodies are never recorded.
 */
export declare function auditRequests(queue: AuditQueue): MiddlewareHandler<GatewayHonoEnv>;
//# sourceMappingURL=audit-middleware.d.ts.map