import { AsyncLocalStorage } from 'node:async_hooks'
import {
  createTraceState,
  isSpanContextValid,
  ROOT_CONTEXT,
  trace,
  type Attributes,
  type Context,
  type Span,
  type SpanContext,
  type SpanKind,
} from '@opentelemetry/api'
import { createOtlpExporter } from './otlp-export.js'
import { micros, RecordedSpan } from './span-recorder.js'

/** Where spans go and how the service names itself. */
export interface TracingOptions {
  /** The OTLP/HTTP base URL; spans are posted (as JSON) to `{endpoint}/v1/traces`. */
  endpoint: string
  serviceName: string
  serviceVersion: string
  /** Sent with every export (collector credentials). */
  headers?: Record<string, string>
  /** Told when spans are dropped (a failed export, a full queue); at most once a minute. */
  warn?: (message: string, fields: Record<string, unknown>) => void
}

/** Spans for the gateway, with their own async context (nothing is registered globally). */
export interface Tracing {
  /**
   * Starts a span under `parent`, or under the span active in this async context; at `startTime`
   * (on the `performance.now()` clock) when it began earlier. The span keeps `attributes` (a fresh
   * object) and adds to it.
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

/**
 * Records spans itself (see RecordedSpan: plain fields, pooled random ids, one clock) and exports
 * them over OTLP/HTTP JSON in batches, off the request path; the async context is an
 * AsyncLocalStorage holding the active span. Spans under an unsampled `traceparent`
 * record nothing but pass the context on.
 */
export function createTracing(options: TracingOptions): Tracing {
  const exporter = createOtlpExporter({
    url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces`,
    serviceName: options.serviceName,
    serviceVersion: options.serviceVersion,
    warn: options.warn ?? (() => undefined),
    ...(options.headers && { headers: options.headers }),
  })
  const ended = (span: RecordedSpan) => exporter.add(span)
  // The active span itself, not a Context: a Context is made only when asked for.
  const spans = new AsyncLocalStorage<Span>()
  return {
    start(name, kind, attributes, parent, startTime) {
      const parentSpan = parent ? trace.getSpanContext(parent) : spans.getStore()?.spanContext()
      const valid = parentSpan && isSpanContextValid(parentSpan) ? parentSpan : undefined
      return new RecordedSpan(name, kind, attributes, valid, micros(startTime), ended)
    },
    active() {
      const span = spans.getStore()
      return span ? trace.setSpan(ROOT_CONTEXT, span) : ROOT_CONTEXT
    },
    with: (span, fn) => spans.run(span, fn),
    extract(carrier) {
      if (carrier === undefined) return undefined
      const spanContext = parseTraceparent(valueOf(carrier, 'traceparent'))
      if (!spanContext) return undefined
      const traceState = valueOf(carrier, 'tracestate')
      if (traceState) spanContext.traceState = createTraceState(traceState)
      return trace.setSpanContext(ROOT_CONTEXT, spanContext)
    },
    inject() {
      const spanContext = spans.getStore()?.spanContext()
      if (!spanContext || !isSpanContextValid(spanContext)) return undefined
      const { traceId, spanId, traceFlags, traceState } = spanContext
      const traceparent = `00-${traceId}-${spanId}-${(traceFlags & 0xff).toString(16).padStart(2, '0')}`
      const state = traceState?.serialize()
      return state ? { traceparent, tracestate: state } : { traceparent }
    },
    flush: () => exporter.flush(),
    async close() {
      await exporter.close()
      spans.disable()
    },
  }
}

function valueOf(carrier: Headers | Record<string, unknown>, key: string): string | undefined {
  const value = carrier instanceof Headers ? carrier.get(key) : carrier[key]
  return typeof value === 'string' ? value : undefined
}

/** W3C trace context, version 00 exactly, later versions by their first four fields. */
const TRACEPARENT =
  /^\s?((?!ff)[\da-f]{2})-((?![0]{32})[\da-f]{32})-((?![0]{16})[\da-f]{16})-([\da-f]{2})(-.*)?\s?$/

/** A caller's `traceparent`, as a remote span context; undefined when absent or malformed. */
function parseTraceparent(value: string | undefined): SpanContext | undefined {
  const match = value === undefined ? null : TRACEPARENT.exec(value)
  if (!match || (match[1] === '00' && match[5] !== undefined)) return undefined
  return {
    traceId: match[2] as string,
    spanId: match[3] as string,
    traceFlags: parseInt(match[4] as string, 16),
    isRemote: true,
  }
}
