import { bodyLimit } from 'hono/body-limit';
/**
 * Hono's bodyLimit without its cost on the common case: a body of declared length is checked from
 * the header alone (reading `request.body` would build a web stream per request); only a chunked
 * body is streamed and counted.
 */
export function limitBody(maxBytes, tooLarge) {
    const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
    return async (c, next) => {
        if (c.req.method === 'GET' || c.req.method === 'HEAD')
            return next();
        const length = c.req.header('content-length');
        if (length === undefined || c.req.header('transfer-encoding') !== undefined) {
            return streamed(c, next);
        }
        if (Number(length) > maxBytes)
            tooLarge();
        return next();
    };
}
//# sourceMappingURL=body-limit.js.map