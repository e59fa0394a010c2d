import type { Context } from 'hono';
/**
 * Puts headers on a request's answer before the route runs, when @hono/node-server serves it: node
 * merges them with the answer's own headers (which win), so the answer's web `Headers` object is
 * never built for them. False in process (`app.request`), where there is no node response: the
 * caller then sets them on the finished answer.
 */
export declare function presetHeaders(c: Context, headers: Readonly<Record<string, string>>): boolean;
//# sourceMappingURL=preset-headers.d.ts.map