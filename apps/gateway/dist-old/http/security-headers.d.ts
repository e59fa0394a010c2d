import type { MiddlewareHandler } from 'hono';
/**
 * Adds nosniff, no-referrer, DENY framing and (unless a page set its own) a load-nothing
 * Content-Security-Policy to every answer: on node's response before the route runs, or in process
 * to the finished answer unless it is an MCP event stream (a stream would have to be copied).
 */
export declare function securityHeaders(): MiddlewareHandler;
//# sourceMappingURL=security-headers.d.ts.map