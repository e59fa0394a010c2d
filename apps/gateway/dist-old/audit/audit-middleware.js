import { auditEntry } from './audit-entry.js';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The peer address of a request served by @hono/node-server (none in `app.request`). */
export function clientAddressOf(incoming) {
    return incoming?.socket.remoteAddress ?? null;
}
async function jsonOf(response) {
    if (!response.headers.get('content-type')?.includes('application/json'))
        return undefined;
    try {
        const value = await response.clone().json();
        return typeof value === 'object' && value !== null
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Why a 401 or 403 was answered: a REST error's `detail` or a JSON-RPC error's `message`. */
async function reasonOf(response) {
    const body = await jsonOf(response);
    const error = body?.error;
    const reason = body?.detail ?? error?.message;
    return typeof reason === 'string' ? reason : undefined;
}
function requestOf(c) {
    const matched = c.get('matched');
    return {
        method: c.req.method,
        path: c.req.path,
        routePath: matched?.route.path,
        param: (name) => matched?.params[name],
        principal: c.get('principal'),
        clientAddress: clientAddressOf(c.env?.incoming),
        requestId: c.req.header('x-request-id'),
    };
}
/**
 * Records every denied request (401, 403) and every successful change through a REST route
 * (any method but GET, unless the route says `audit: false`). Bodies are never recorded.
 */
export function auditRequests(queue) {
    return async (c, next) => {
        await next();
        const { status } = c.res;
        if (status === 401 || status === 403) {
            queue.record(auditEntry(requestOf(c), 'denied', status, { reason: await reasonOf(c.res) }));
            return;
        }
        const matched = c.get('matched');
        if (status >= 300 || !matched || matched.route.audit === false || READS.has(c.req.method)) {
            return;
        }
        let createdId;
        if (c.req.method === 'POST' && Object.keys(matched.params).length === 0) {
            const body = await jsonOf(c.res);
            const id = body?.id ?? body?.email;
            if (typeof id === 'string')
                createdId = id;
        }
        queue.record(auditEntry(requestOf(c), 'success', status, { createdId }));
    };
}
//# sourceMappingURL=audit-middleware.js.map