import type { Span } from '@opentelemetry/api';
import type { TraceContext } from '@switchyard/transports';
import type { Tracing } from './tracing.js';
/**
 * Runs `call` with `carrier` (a request context or request options) carrying the trace context that
 * continues `span`, for the calls it makes; then ends the span with the outcome: a tool's error
 * result or a failure marks it failed, a failure with a JSON-RPC code also records that code.
 */
export declare function inSpan<C extends {
    traceContext?: TraceContext;
}, T extends Record<string, unknown>>(tracing: Tracing, span: Span, carrier: C, call: (carrier: C) => Promise<T>): Promise<T>;
//# sourceMappingURL=in-span.d.ts.map