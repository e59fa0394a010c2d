import { AsyncLocalStorage } from 'node:async_hooks'
import {
  createTraceState,
  type Attributes,
  type Span,
  type SpanContext,
  type SpanKind,
} from '@opentelemetry/api'
import type { TraceContext } from '@switchyard/transports'
import type { OtlpProtocol } from '../config/otel-env-vars.js'
import { createOtlpExporter } from './otlp-export.js'
import { jsonEncoding } from './otlp-json.js'
import { protobufEncoding } from './otlp-protobuf.js'
import { parentBasedAlwaysOn, type Sampler } from './sampler.js'
import { micros, RecordedSpan } from './span-recorder.js'

/** Where spans go and how the service names itself. */
export interface TracingOptions {
  /** The OTLP/HTTP traces URL spans are posted to (`{endpoint}/v1/traces`). */
  url: string
  /** How they are encoded; protobuf unless told. */
  protocol?: OtlpProtocol
  /** Whether exports are gzip-compressed. */
  gzip?: boolean
  /** How long one export may take; 10 s unless told. */
  timeoutMs?: number
  /** The resource every span belongs to: `service.name` and the rest. */
  resource: Attributes
  /** The gateway's version: of the instrumentation scope, and in the user agent. */
  serviceVersion: string
  /** Sent with every export (collector credentials). */
  headers?: Record<string, string>
  /** Told when spans are dropped (a failed export, a full queue); at most once a minute. */
  warn?: (message: string, fields: Record<string, unknown>) => void
  /** Which traces are recorded; the parent's decision, or every trace starting here, unless told. */
  sampler?: Sampler
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
  start(
    name: string,
    kind: SpanKind,
    attributes: Attributes,
    parent?: SpanContext,
    startTime?: number,
  ): Span
  /**
   * Runs `fn` with `span` active in its async context, for code that cannot be handed a parent (the
   * store's statements under a REST request). The context store is switched on only while such runs
   * are under way: on Node 20 it taxes every promise of the process.
   */
  with<T>(span: Span, fn: () => T): T
  /**
   * Trace context from W3C `traceparent` / `tracestate` in headers, an MCP `_meta` or a
   * TraceContext; `remote` unless it was made in this process. Undefined if none.
   */
  extract(
    carrier: Headers | Record<string, unknown> | TraceContext | undefined,
    remote?: boolean,
  ): SpanContext | undefined
  /** `traceparent` (and `tracestate`) that continue `span`, or the span active here; undefined without one. */
  inject(span?: Span): TraceContext | undefined
  /**
   * Whether a span under `parent` would be recorded. When not, a layer makes no span of its own
   * and hands `parent` on (see handOn): nothing is recorded of that trace here, and what the next
   * hop needs, the trace id and the not-sampled flag, is the same.
   */
  records(parent: SpanContext): boolean
  /** `traceparent` (and `tracestate`) that continue `parent` itself. */
  handOn(parent: SpanContext): TraceContext
  /** Notes `span` as the HTTP request's (by its headers), for the MCP span inside it to continue. */
  attach(headers: Headers, span: Span): void
  /** The span attached to an HTTP request's headers. */
  attached(headers: Headers | undefined): SpanContext | undefined
  /** Exports the spans that are waiting. */
  flush(): Promise<void>
  /** Flushes and stops exporting. */
  close(): Promise<void>
}

/**
 * Records spans itself (see RecordedSpan: plain fields, pooled random ids, one clock) and exports
 * them over OTLP/HTTP (protobuf or JSON) in batches, off the request path. Spans of a trace the
 * sampler leaves out record nothing but pass the context on.
 */
export function createTracing(options: TracingOptions): Tracing {
  const encode = options.protocol === 'http/json' ? jsonEncoding : protobufEncoding
  const exporter = createOtlpExporter({
    url: options.url,
    encoding: encode(options.resource, options.serviceVersion),
    serviceVersion: options.serviceVersion,
    warn: options.warn ?? (() => undefined),
    ...(options.headers && { headers: options.headers }),
    ...(options.gzip && { gzip: true }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  })
  const ended = (span: RecordedSpan) => exporter.add(span)
  const sample = options.sampler ?? parentBasedAlwaysOn
  const spans = new AsyncLocalStorage<Span>()
  let running = 0
  const settle = () => {
    if (--running === 0) spans.disable()
  }
  return {
    start(name, kind, attributes, parent, startTime) {
      // valid without checking: recorded here, or parsed by extract
      const parentSpan = parent ?? spans.getStore()?.spanContext()
      return new RecordedSpan(name, kind, attributes, parentSpan, micros(startTime), sample, ended)
    },
    with<T>(span: Span, fn: () => T): T {
      running++
      let result: T
      try {
        result = spans.run(span, fn)
      } catch (error) {
        settle()
        throw error
      }
      if (!isThenable(result)) {
        settle()
        return result
      }
      // kept on until the run's promise settles (a thenable becomes a promise)
      return Promise.resolve(result).finally(settle) as T
    },
    extract(carrier, remote = true) {
      if (carrier === undefined) return undefined
      if (carrier instanceof HandedContext) return carrier.spanContext
      const spanContext = parseTraceparent(valueOf(carrier, 'traceparent'), remote)
      if (!spanContext) return undefined
      const traceState = valueOf(carrier, 'tracestate')
      if (traceState) spanContext.traceState = createTraceState(traceState)
      return spanContext
    },
    inject(span = spans.getStore()) {
      return span && handOn(span.spanContext())
    },
    records: (parent) => sample(parent, parent.traceId),
    handOn,
    attach: (headers, span) => {
      ;(headers as CarryingHeaders)[HTTP_SPAN] = span
    },
    attached: (headers) => (headers as CarryingHeaders | undefined)?.[HTTP_SPAN]?.spanContext(),
    flush: () => exporter.flush(),
    async close() {
      await exporter.close()
      spans.disable()
    },
  }
}

function handOn(spanContext: SpanContext): TraceContext {
  const { traceId, spanId, traceFlags, traceState } = spanContext
  const traceparent = `00-${traceId}-${spanId}-${(traceFlags & 0xff).toString(16).padStart(2, '0')}`
  return new HandedContext(traceparent, traceState?.serialize(), spanContext)
}

/**
 * A trace context handed on by this process, taken back without parsing: its span context rides
 * in a private field, which copies of the context (`_meta`, headers) leave behind. (A WeakMap from
 * context to span costs a microsecond per short-lived key on Node 20; so does the one below.)
 */
class HandedContext implements TraceContext {
  declare tracestate?: string
  readonly #spanContext: SpanContext

  constructor(
    readonly traceparent: string,
    tracestate: string | undefined,
    spanContext: SpanContext,
  ) {
    if (tracestate) this.tracestate = tracestate
    this.#spanContext = spanContext
  }

  get spanContext(): SpanContext {
    return this.#spanContext
  }
}

/** Where an HTTP request's headers keep the request's span (see attach). */
const HTTP_SPAN = Symbol('switchyard.httpSpan')
type CarryingHeaders = Headers & { [HTTP_SPAN]?: Span }

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | undefined)?.then === 'function'

function valueOf(
  carrier: Headers | Record<string, unknown> | TraceContext,
  key: 'traceparent' | 'tracestate',
): string | undefined {
  const value = carrier instanceof Headers ? carrier.get(key) : carrier[key]
  return typeof value === 'string' ? value : undefined
}

/** W3C trace context, version 00 exactly, later versions by their first four fields. */
const TRACEPARENT =
  /^\s?((?!ff)[\da-f]{2})-((?![0]{32})[\da-f]{32})-((?![0]{16})[\da-f]{16})-([\da-f]{2})(-.*)?\s?$/

/** A `traceparent` as a span context; undefined when absent or malformed. */
function parseTraceparent(value: string | undefined, remote: boolean): SpanContext | undefined {
  const match = value === undefined ? null : TRACEPARENT.exec(value)
  if (!match || (match[1] === '00' && match[5] !== undefined)) return undefined
  return {
    traceId: match[2] as string,
    spanId: match[3] as string,
    traceFlags: parseInt(match[4] as string, 16),
    isRemote: remote,
  }
}
