import { type Attributes, type Span, type SpanContext, type SpanKind } from '@opentelemetry/api';
import type { TraceContext } from '@switchyard/transports';
import type { OtlpProtocol } from '../config/env-vars.js';
import { type Sampler } from './sampler.js';
/** Where spans go and how the service names itself. */
export interface TracingOptions {
    /** The OTLP/HTTP base URL; spans are posted to `{endpoint}/v1/traces`. */
    endpoint: string;
    /** How they are encoded; protobuf unless told. */
    protocol?: OtlpProtocol;
    serviceName: string;
    serviceVersion: string;
    /** Sent with every export (collector credentials). */
    headers?: Record<string, string>;
    /** Told when spans are dropped (a failed export, a full queue); at most once a minute. */
    warn?: (message: string, fields: Record<string, unknown>) => void;
    /** Which traces are recorded; the parent's decision, or every trace starting here, unless told. */
    sampler?: Sampler;
}
/**
 * Spans for the gateway. A span's parent is given (a caller's trace context, the span of the request
 * a call is made for) or, failing that, the span active in this async context (see `with`).
 */
export interface Tracing {
    /**
     * Starts a span under `parent` (as `extract` or `attached` give it: valid, not checked again),
     * or under the span active in this async context; at `startTime` (on the `performance.now()`
     * clock) when it began earlier. The span keeps `attributes` (a fresh object) and adds to it.
     */
    start(name: string, kind: SpanKind, attributes: Attributes, parent?: SpanContext, startTime?: number): Span;
    /**
     * Runs `fn` with `span` active in its async context, for code that cannot be handed a parent (the
     * store's statements under a REST request). The context store is switched on only while such runs
     * are under way: on Node 20 it taxes every promise of the process.
     */
    with<T>(span: Span, fn: () => T): T;
    /**
     * Trace context from W3C `traceparent` / `tracestate` in headers, an MCP `_meta` or a
     * TraceContext; `remote` unless it was made in this process. Undefined if none.
     */
    extract(carrier: Headers | Record<string, unknown> | TraceContext | undefined, remote?: boolean): SpanContext | undefined;
    /** `traceparent` (and `tracestate`) that continue `span`, or the span active here; undefined without one. */
    inject(span?: Span): TraceContext | undefined;
    /** Notes `span` as the HTTP request's (by its headers), for the MCP span inside it to continue. */
    attach(headers: Headers, span: Span): void;
    /** The span attached to an HTTP request's headers. */
    attached(headers: Headers | undefined): SpanContext | undefined;
    /** Exports the spans that are waiting. */
    flush(): Promise<void>;
    /** Flushes and stops exporting. */
    close(): Promise<void>;
}
/**
 * Records spans itself (see RecordedSpan: plain fields, pooled random ids, one clock) and exports
 * them over OTLP/HTTP (protobuf or JSON) in batches, off the request path. Spans of a trace the
 * sampler leaves out record nothing but pass the context on.
 */
export declare function createTracing(options: TracingOptions): Tracing;
//# sourceMappingURL=tracing.d.ts.map