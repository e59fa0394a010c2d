import type { MiddlewareHandler } from 'hono';
/**
 * Hono's bodyLimit without its cost on the common case: a body of declared length is checked from
 * the header alone (reading `request.body` would build a web stream per request); only a chunked
 * body is streamed and counted.
 */
export declare function limitBody(maxBytes: number, tooLarge: () => never): MiddlewareHandler;
//# sourceMappingURL=body-limit.d.ts.map