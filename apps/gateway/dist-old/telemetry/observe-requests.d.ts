import type { MiddlewareHandler } from 'hono';
import type { CredentialLookup } from '../auth/gateway-auth.js';
import type { GatewayHonoEnv } from '../http/route.js';
import type { Logger } from '../logger.js';
import type { Telemetry } from './telemetry.js';
/** How an MCP request's span reaches the code that serves it (it is not active in its async context). */
export interface RequestTrace {
    /**
     * Notes the span on the request the MCP face is given (see Tracing.attach): the one the route
     * ends with, as a middleware may have replaced it (a chunked body's counting stream).
     */
    attach(request: Request): void;
    /** Runs the store reads of a credential not yet cached under the span. */
    lookup: CredentialLookup;
}
/**
 * Per HTTP request: a request id (the caller's `X-Request-Id` when sane), a debug log line with it
 * and the trace id (both also in `c.var.logIds`, for the error log), a recorded sample per route
 * and, with tracing, a SERVER span that continues the caller's `traceparent`. An MCP request's span
 * is handed on by the route (`requestTrace`: to the MCP span by the request's headers, and active
 * only around the store reads of an uncached credential); any other's is active in its async
 * context, for the store statements it runs.
 */
export declare function observeRequests(logger: Logger, telemetry: Telemetry): MiddlewareHandler<GatewayHonoEnv>;
//# sourceMappingURL=observe-requests.d.ts.map