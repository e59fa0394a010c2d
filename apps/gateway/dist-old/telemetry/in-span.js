import { failSpan } from './fail-span.js';
import { ATTR, errorTypeOf, TOOL_ERROR } from './mcp-semconv.js';
/**
 * Runs `call` with `carrier` (a request context or request options) carrying the trace context that
 * continues `span`, for the calls it makes; then ends the span with the outcome: a tool's error
 * result or a failure marks it failed, a failure with a JSON-RPC code also records that code.
 */
export async function inSpan(tracing, span, carrier, call) {
    try {
        const traceContext = tracing.inject(span);
        // Object.assign, not a spread: on Node 20 a key added to a spread's copy costs a microsecond
        const result = await call(traceContext ? Object.assign({}, carrier, { traceContext }) : carrier);
        if (result.isError === true)
            failSpan(span, TOOL_ERROR, TOOL_ERROR);
        return result;
    }
    catch (error) {
        const type = errorTypeOf(error);
        failSpan(span, error, type);
        if (/^-?\d+$/.test(type))
            span.setAttribute(ATTR.rpcResponseStatusCode, type);
        throw error;
    }
    finally {
        span.end();
    }
}
//# sourceMappingURL=in-span.js.map