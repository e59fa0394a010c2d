/**
 * W3C trace context (https://www.w3.org/TR/trace-context/) as it travels: the `traceparent` and
 * `tracestate` values of the span a request runs in. A tracing layer sets it; the transports carry
 * it upstream as these `_meta` keys (MCP's own carrier) and, where a request is an HTTP POST of its
 * own, as these headers too.
 */
export interface TraceContext {
  traceparent: string
  tracestate?: string
}
