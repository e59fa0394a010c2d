import { presetHeaders } from './preset-headers.js';
/** For answers that are not pages (JSON): load nothing, be framed nowhere. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** Every answer's; a page's own Content-Security-Policy replaces the API one. */
const SECURITY_HEADERS = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': API_POLICY,
};
function setAll(headers) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        if (name !== 'Content-Security-Policy' || !headers.has(name))
            headers.set(name, value);
    }
}
function secure(c) {
    try {
        setAll(c.res.headers);
    }
    catch {
        // A response with immutable headers (one passed through from fetch): copy it once.
        c.res = new Response(c.res.body, c.res);
        setAll(c.res.headers);
    }
}
/**
 * Adds nosniff, no-referrer, DENY framing and (unless a page set its own) a load-nothing
 * Content-Security-Policy to every answer: on node's response before the route runs, or in process
 * to the finished answer unless it is an MCP event stream (a stream would have to be copied).
 */
export function securityHeaders() {
    return async (c, next) => {
        if (presetHeaders(c, SECURITY_HEADERS))
            return next();
        await next();
        if (!c.res.headers.get('content-type')?.startsWith('text/event-stream'))
            secure(c);
    };
}
//# sourceMappingURL=security-headers.js.map