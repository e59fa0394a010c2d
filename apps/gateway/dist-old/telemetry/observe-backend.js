import { SpanKind } from '@opentelemetry/api';
import { ATTR, errorTypeOf, spanName, withTarget, targetOf, TOOL_ERROR } from './mcp-semconv.js';
import { inSpan } from './in-span.js';
/** Methods recorded under their own name; any other is `_OTHER` (clients choose methods, labels stay few). */
const METHODS = new Set([
    'tools/list',
    'tools/call',
    'resources/list',
    'resources/templates/list',
    'resources/read',
    'resources/subscribe',
    'resources/unsubscribe',
    'prompts/list',
    'prompts/get',
    'completion/complete',
    'logging/setLevel',
]);
/**
 * Records every MCP request a backend serves (per server, and per tool for calls of the backend's
 * `tools`) and, with tracing, wraps it in a SERVER span that continues the caller's trace context.
 */
export function observeBackend(backend, serverId, tools, metrics, tracing) {
    const server = serverId ?? '*';
    const finish = (method, params, started, error) => {
        const at = Date.now();
        const seconds = (performance.now() - started) / 1000;
        const label = METHODS.has(method) ? method : '_OTHER';
        metrics.record({ kind: 'mcp', method: label, name: server, seconds, at, error });
        const tool = method === 'tools/call' ? targetOf(method, params) : '';
        if (tools.has(tool))
            metrics.record({ kind: 'tool', method, name: tool, seconds, at, error });
    };
    const served = async (method, params, context) => {
        const started = performance.now();
        try {
            const result = await backend.handle(method, params, context);
            finish(method, params, started, result.isError === true ? TOOL_ERROR : undefined);
            return result;
        }
        catch (error) {
            finish(method, params, started, errorTypeOf(error));
            throw error;
        }
    };
    if (!tracing)
        return { ...backend, handle: served };
    return {
        ...backend,
        async handle(method, params, context) {
            const attributes = {
                [ATTR.mcpMethodName]: method,
                [ATTR.mcpProtocolVersion]: context.protocolVersion,
                [ATTR.jsonrpcProtocolVersion]: '2.0',
                [ATTR.switchyardServerId]: server,
            };
            if (context.sessionId !== undefined)
                attributes[ATTR.mcpSessionId] = context.sessionId;
            if (context.requestId !== undefined)
                attributes[ATTR.jsonrpcRequestId] = String(context.requestId);
            const span = tracing.start(spanName(method, targetOf(method, params)), SpanKind.SERVER, withTarget(attributes, method, params), parentOf(tracing, context));
            return inSpan(tracing, span, context, (traced) => served(method, params, traced));
        },
    };
}
/**
 * The caller's trace context: from the request's `_meta` (MCP's own carrier, which wins), else the
 * span of the HTTP request that carried it (which took the `traceparent` header), else that
 * request's headers.
 */
function parentOf(tracing, context) {
    return (tracing.extract(context.meta) ??
        tracing.attached(context.httpHeaders) ??
        tracing.extract(context.httpHeaders));
}
//# sourceMappingURL=observe-backend.js.map