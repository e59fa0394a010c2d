import { SpanStatusCode } from '@opentelemetry/api';
import { ATTR, errorTypeOf } from './mcp-semconv.js';
/** Marks a span failed with the error's type and message. */
export function failSpan(span, error, type = errorTypeOf(error)) {
    span.setAttribute(ATTR.errorType, type);
    span.setStatus({
        code: SpanStatusCode.ERROR,
        message: error instanceof Error ? error.message : String(error),
    });
}
/** Ends `span` when `work` settles, failed when it rejects; settles as `work` does. */
export function endWith(span, work) {
    return work.then((result) => {
        span.end();
        return result;
    }, (error) => {
        failSpan(span, error);
        span.end();
        throw error;
    });
}
//# sourceMappingURL=fail-span.js.map