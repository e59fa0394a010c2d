import { SpanKind } from '@opentelemetry/api';
import { wrapSession, } from '@switchyard/transports';
import { ATTR, errorTypeOf, spanName, withTarget, targetOf, TOOL_ERROR } from './mcp-semconv.js';
import { endWith } from './fail-span.js';
import { inSpan } from './in-span.js';
/**
 * Wraps the pool's connect: each upstream request is recorded (per upstream) and, with tracing, sent
 * in a CLIENT span under the request it is made for, whose context the transport carries upstream
 * (`_meta.traceparent`, and the `traceparent` header where the request is a POST of its own).
 */
export function observeUpstreams(connect, metrics, tracing) {
    const sessions = new Set();
    return {
        async connect(options, gateway) {
            const session = await connect(options);
            const entry = { name: gateway.name, session };
            sessions.add(entry);
            return observedSession(session, gateway, metrics, tracing, () => sessions.delete(entry));
        },
        *open() {
            const counts = new Map();
            for (const entry of sessions) {
                if (entry.session.closed)
                    sessions.delete(entry);
                else
                    counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
            }
            yield* counts;
        },
    };
}
function observedSession(session, gateway, metrics, tracing, onClose) {
    const record = (method, started, error) => metrics.record({
        kind: 'upstream',
        method,
        name: gateway.name,
        id: gateway.id,
        seconds: (performance.now() - started) / 1000,
        at: Date.now(),
        error,
    });
    const base = upstreamAttributes(gateway);
    const request = async (method, params, options) => {
        const started = performance.now();
        try {
            const result = await session.request(method, params, options);
            record(method, started, result.isError === true ? TOOL_ERROR : undefined);
            return result;
        }
        catch (error) {
            record(method, started, errorTypeOf(error));
            throw error;
        }
    };
    const close = () => {
        onClose();
        return session.close();
    };
    if (!tracing)
        return wrapSession(session, { request, close });
    // a list's pages and a ping are not requests of this wrapper: one span around each
    const spanned = (method, call) => endWith(tracing.start(spanName(method, ''), SpanKind.CLIENT, Object.assign({}, base, { [ATTR.mcpMethodName]: method })), call());
    return wrapSession(session, {
        request: (method, params, options) => traced(tracing, base, method, params, options, request),
        listAll: (kind) => spanned(LIST_METHODS[kind], () => session.listAll(kind)),
        ping: () => spanned('ping', () => session.ping()),
        close,
    });
}
/** The MCP method of each list a session pages through. */
const LIST_METHODS = {
    tools: 'tools/list',
    resources: 'resources/list',
    resourceTemplates: 'resources/templates/list',
    prompts: 'prompts/list',
};
function traced(tracing, base, method, params, options, request) {
    const span = tracing.start(spanName(method, targetOf(method, params)), SpanKind.CLIENT, 
    // Object.assign, not a spread: on Node 20 a key added to a spread's copy costs a microsecond
    withTarget(Object.assign({}, base, { [ATTR.mcpMethodName]: method }), method, params), tracing.extract(options?.traceContext, false));
    return inSpan(tracing, span, options ?? {}, (traced) => request(method, params, traced));
}
/** What every span to this upstream carries. */
function upstreamAttributes(gateway) {
    const attributes = {
        [ATTR.jsonrpcProtocolVersion]: '2.0',
        [ATTR.switchyardUpstreamId]: gateway.id,
        [ATTR.switchyardUpstreamName]: gateway.name,
        [ATTR.networkTransport]: gateway.transport === 'stdio' ? 'pipe' : 'tcp',
    };
    if (gateway.url === null || !URL.canParse(gateway.url))
        return attributes;
    const { hostname, port, protocol } = new URL(gateway.url);
    attributes[ATTR.serverAddress] = hostname;
    attributes[ATTR.serverPort] = Number(port || (protocol === 'https:' ? 443 : 80));
    return attributes;
}
//# sourceMappingURL=observe-upstream.js.map