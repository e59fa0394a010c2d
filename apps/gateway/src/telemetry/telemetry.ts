import type { Catalog, CatalogGateway, StoreQueryHook, ToolInvoker } from '@switchyard/core'
import type { McpBackend, UpstreamOptions, UpstreamSession } from '@switchyard/transports'
import type { OtlpProtocol, TraceSamplerName } from '../config/otel-env-vars.js'
import { LogRing } from '../logs/log-ring.js'
import { createMetrics, type Metrics } from '../metrics/metrics.js'
import { errorTypeOf } from './mcp-semconv.js'
import { observeBackend } from './observe-backend.js'
import { observeInvoker } from './observe-invokers.js'
import { inTaskSpan, observeJobs, type JobObserver, type TaskRunner } from './observe-jobs.js'
import { observeStore } from './observe-store.js'
import { observeUpstreams } from './observe-upstream.js'
import type { Tracing } from './tracing.js'

type Connect = (options: UpstreamOptions) => Promise<UpstreamSession>

/** What telemetry is configured from. */
export interface TelemetryOptions {
  /** False leaves the request path un-instrumented: no spans, no recorded calls. */
  enabled: boolean
  /** The OTLP/HTTP traces URL; without it there are no spans (and no cost for them). */
  otlpTracesUrl?: string
  otlpHeaders?: Record<string, string>
  /** How spans are encoded (OTEL_EXPORTER_OTLP_PROTOCOL); protobuf unless told. */
  otlpProtocol?: OtlpProtocol
  /** Whether exports are gzip-compressed (OTEL_EXPORTER_OTLP_COMPRESSION=gzip). */
  otlpGzip?: boolean
  /** How long one export may take (OTEL_EXPORTER_OTLP_TIMEOUT); 10 s unless told. */
  otlpTimeoutMs?: number
  /** Which traces are recorded (OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG); parentbased_always_on unless told. */
  sampler?: { name: TraceSamplerName; ratio: number }
  /** Told when spans are dropped (export failed, queue full), at most once a minute. */
  warn?: (message: string, fields: Record<string, unknown>) => void
  /** `service.name` (OTEL_SERVICE_NAME); else the resource's, else `switchyard`. */
  serviceName?: string
  /** Resource attributes (OTEL_RESOURCE_ATTRIBUTES). */
  resourceAttributes?: Record<string, string>
  version: string
  /** The live catalog, for upstream health. */
  catalog: () => Catalog
  /** The ring the logger writes to; a fresh (empty) one when not given. */
  logs?: LogRing
}

/** Spans, metrics and the log ring, with the thin wrappers the request path is built with. */
export interface Telemetry {
  /** False when OTEL_ENABLE_OBSERVABILITY=false: nothing is recorded. */
  enabled: boolean
  metrics: Metrics
  /** Undefined unless OTLP export is configured. */
  tracing: Tracing | undefined
  logs: LogRing
  /** The store's statement hook (a span per statement); undefined without tracing, so none is installed. */
  storeQueries: StoreQueryHook | undefined
  /** The pool's connect, recording (and tracing) every upstream request. */
  connect(
    connect: Connect,
  ): (options: UpstreamOptions, gateway: CatalogGateway) => Promise<UpstreamSession>
  /** A virtual server's backend, recording (and tracing) every MCP request. */
  backend(backend: McpBackend, serverId: string | null): McpBackend
  /** Records an MCP request a token's or principal's limit refused; undefined when disabled. */
  refused: ((method: string, error: unknown) => void) | undefined
  /** A REST, gRPC or A2A invoker, recording (and tracing) every invocation. */
  invoker(type: string, invoke: ToolInvoker): ToolInvoker
  /** Runs federation's jobs in spans; undefined without tracing. */
  jobs: JobObserver | undefined
  /** Runs a background task of the gateway's own in a span of that name (just runs it without tracing). */
  task: TaskRunner
  /** Exports the spans that are waiting. */
  flush(): Promise<void>
  close(): Promise<void>
}

/**
 * Builds telemetry; when disabled, every wrapper hands back what it was given. The span recorder
 * and its OTLP exporter are loaded only when spans are exported.
 */
export async function createTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  const tracing =
    options.enabled && options.otlpTracesUrl !== undefined
      ? await startTracing(options, options.otlpTracesUrl)
      : undefined
  let open: () => Iterable<[string, number]> = () => []
  const metrics = createMetrics({
    gauges: {
      *upstreamUp() {
        for (const gateway of options.catalog().gateways.values())
          yield [gateway.name, gateway.status === 'active' ? 1 : 0]
      },
      poolSessions: () => open(),
    },
  })
  return {
    enabled: options.enabled,
    metrics,
    tracing,
    logs: options.logs ?? new LogRing(),
    storeQueries: tracing && observeStore(tracing),
    connect(connect) {
      if (!options.enabled) return connect
      const observed = observeUpstreams(connect, metrics, tracing)
      open = observed.open
      return observed.connect
    },
    backend(backend, serverId) {
      if (!options.enabled) return backend
      const catalog = options.catalog()
      const server = serverId === null ? undefined : catalog.servers.get(serverId)
      const tools = new Set(server ? server.tools.map((m) => m.name) : catalog.toolsByName.keys())
      return observeBackend(backend, serverId, tools, metrics, tracing)
    },
    refused: options.enabled
      ? (method, error) =>
          metrics.record({
            kind: 'refused',
            method,
            name: '',
            seconds: 0,
            at: Date.now(),
            error: errorTypeOf(error),
          })
      : undefined,
    invoker: (type, invoke) =>
      options.enabled ? observeInvoker(type, invoke, metrics, tracing) : invoke,
    jobs: tracing && observeJobs(tracing),
    task: (name, run) => (tracing ? inTaskSpan(tracing, name, {}, run) : run()),
    flush: () => tracing?.flush() ?? Promise.resolve(),
    async close() {
      metrics.close()
      await tracing?.close()
    },
  }
}

/** The span recorder and its exporter, loaded only now. */
async function startTracing(options: TelemetryOptions, url: string): Promise<Tracing> {
  const [{ createTracing }, { createSampler }] = await Promise.all([
    import('./tracing.js'),
    import('./sampler.js'),
  ])
  const given = options.resourceAttributes ?? {}
  return createTracing({
    url,
    // the gateway's version unless the operator says otherwise; OTEL_SERVICE_NAME before all
    resource: {
      'service.version': options.version,
      ...given,
      'service.name': options.serviceName ?? given['service.name'] ?? 'switchyard',
    },
    serviceVersion: options.version,
    ...(options.otlpHeaders && { headers: options.otlpHeaders }),
    ...(options.otlpProtocol && { protocol: options.otlpProtocol }),
    ...(options.otlpGzip && { gzip: true }),
    ...(options.otlpTimeoutMs !== undefined && { timeoutMs: options.otlpTimeoutMs }),
    ...(options.warn && { warn: options.warn }),
    ...(options.sampler && { sampler: createSampler(options.sampler.name, options.sampler.ratio) }),
  })
}
