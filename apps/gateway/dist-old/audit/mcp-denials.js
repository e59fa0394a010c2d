import { isGatewayError } from '@switchyard/core';
import { McpFaceError } from '@switchyard/transports';
import { auditEntry } from './audit-entry.js';
/** The JSON-RPC code of FORBIDDEN and FORBIDDEN_URL in core's error table. */
const FORBIDDEN_RPC = -32003;
const isDenial = (error) => (error instanceof McpFaceError && error.code === FORBIDDEN_RPC) ||
    (isGatewayError(error) && error.mapping.jsonRpc === FORBIDDEN_RPC);
/**
 * Audits MCP requests refused inside a JSON-RPC exchange (HTTP 200 carrying a -32003 error: a
 * tool the principal may not call, an outbound URL the policy denies), which the HTTP audit
 * middleware cannot see; the entry names the method, its target and the reason.
 */
export function auditingDenials(backend, request, principal, queue) {
    return {
        ...backend,
        handle: (method, params, context) => backend.handle(method, params, context).catch((error) => {
            if (isDenial(error)) {
                const target = params?.name ?? params?.uri;
                const what = typeof target === 'string' ? `${method} '${target}'` : method;
                const requestId = request.headers.get('x-request-id') ?? undefined;
                const entry = auditEntry({
                    method: request.method,
                    path: new URL(request.url).pathname,
                    principal,
                    clientAddress: null,
                    requestId,
                }, 'denied', 403, { reason: `${what}: ${error.message}` });
                queue.record(entry);
            }
            throw error;
        }),
    };
}
//# sourceMappingURL=mcp-denials.js.map