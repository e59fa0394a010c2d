import {
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type Span,
  type TextMapGetter,
} from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base'

/** Where spans go and how the service names itself. */
export interface TracingOptions {
  /** The OTLP/HTTP base URL; spans are posted (as JSON) to `{endpoint}/v1/traces`. */
  endpoint: string
  serviceName: string
  serviceVersion: string
  /** Sent with every export (collector credentials). */
  headers?: Record<string, string>
}

/** Spans for the gateway, with their own async context (nothing is registered globally). */
export interface Tracing {
  /**
   * Starts a span under `parent`, or under the span active in this async context; at `startTime`
   * (on the `performance.now()` clock) when it began earlier.
   */
  start(
    name: string,
    kind: SpanKind,
    attributes: Attributes,
    parent?: Context,
    startTime?: number,
  ): Span
  /** The context active here (carrying the current span, if any). */
  active(): Context
  /** Runs `fn` with `span` active, so that spans and injected trace context below it are its children. */
  with<T>(span: Span, fn: () => T): T
  /** Trace context from W3C `traceparent` / `tracestate` in headers or an MCP `_meta`; undefined if none. */
  extract(carrier: Headers | Record<string, unknown> | undefined): Context | undefined
  /** `traceparent` (and `tracestate`) of the span active in this async context; undefined without one. */
  inject(): Record<string, string> | undefined
  /** Exports the spans that are waiting. */
  flush(): Promise<void>
  /** Flushes and stops exporting. */
  close(): Promise<void>
}

const getter: TextMapGetter<Headers | Record<string, unknown>> = {
  keys: (carrier) => (carrier instanceof Headers ? [...carrier.keys()] : Object.keys(carrier)),
  get(carrier, key) {
    const value = carrier instanceof Headers ? carrier.get(key) : carrier[key]
    return typeof value === 'string' ? value : undefined
  },
}

/** Exports spans over OTLP/HTTP in batches, off the request path. */
export function createTracing(options: TracingOptions): Tracing {
  const exporter = new OTLPTraceExporter({
    url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces`,
    ...(options.headers && { headers: options.headers }),
  })
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': options.serviceName,
      'service.version': options.serviceVersion,
    }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  })
  const tracer = provider.getTracer('switchyard', options.serviceVersion)
  const contexts = new AsyncLocalStorageContextManager().enable()
  const propagator = new W3CTraceContextPropagator()
  return {
    start: (name, kind, attributes, parent, startTime) =>
      tracer.startSpan(
        name,
        { kind, attributes, ...(startTime !== undefined && { startTime }) },
        parent ?? contexts.active(),
      ),
    active: () => contexts.active(),
    with: (span, fn) => contexts.with(trace.setSpan(contexts.active(), span), fn),
    extract(carrier) {
      if (carrier === undefined || getter.get(carrier, 'traceparent') === undefined)
        return undefined
      const extracted = propagator.extract(ROOT_CONTEXT, carrier, getter)
      return trace.getSpanContext(extracted) ? extracted : undefined
    },
    inject() {
      const active = contexts.active()
      if (!trace.getSpan(active)) return undefined
      const carrier: Record<string, string> = {}
      propagator.inject(active, carrier, defaultTextMapSetter)
      return carrier
    },
    flush: () => provider.forceFlush(),
    async close() {
      await provider.shutdown()
      contexts.disable()
    },
  }
}
