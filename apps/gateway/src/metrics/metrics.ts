import type { CallSample } from './call-sample.js'
import { EntityStats, type EntityMetrics } from './entity-stats.js'
import { createPrometheusMetrics, type PrometheusGauges } from './prometheus.js'
import { createSampleQueue } from './sample-queue.js'
import { createTimeSeries, type Series, type SeriesKind } from './timeseries.js'

/** `GET /metrics`: per tool, virtual server and upstream. */
export interface MetricsReport {
  tools: EntityMetrics[]
  servers: EntityMetrics[]
  upstreams: EntityMetrics[]
  /** Samples dropped because the queue was full (the figures above miss them). */
  droppedSamples: number
}

/** Where the request path records calls and where the metrics routes read them. */
export interface Metrics {
  /** Queues a finished call; never blocks, never throws. */
  record(sample: CallSample): void
  report(): MetricsReport
  /** The Prometheus text exposition and its content type. */
  prometheus(): Promise<{ body: string; contentType: string }>
  /** `GET /metrics/timeseries`: the last hour per minute, of one entity or a whole kind. */
  timeseries(kind: SeriesKind, name: string | null, buckets?: number): Series
  close(): void
}

/** Options for createMetrics. */
export interface MetricsOptions {
  gauges: Omit<PrometheusGauges, 'droppedSamples'>
  /** How often queued samples are folded in; default 1,000 ms. */
  intervalMs?: number
}

/** Metrics fed through a bounded queue, so that recording costs the request path one array push. */
export function createMetrics(options: MetricsOptions): Metrics {
  const stats = { tool: new EntityStats(), mcp: new EntityStats(), upstream: new EntityStats() }
  const prometheus = createPrometheusMetrics({
    ...options.gauges,
    droppedSamples: () => queue.dropped,
  })
  const series = createTimeSeries()
  const queue = createSampleQueue({
    ...(options.intervalMs !== undefined && { intervalMs: options.intervalMs }),
    consume(batch) {
      prometheus.observe(batch)
      series.add(batch)
      for (const s of batch) {
        if (s.kind === 'http' || s.kind === 'refused') continue
        // A server's figures count its MCP requests of every method.
        stats[s.kind].add(s.name, s.seconds * 1000, s.error !== undefined, s.at, s.id)
      }
    },
  })
  return {
    record: (sample) => queue.push(sample),
    report() {
      queue.drain()
      return {
        tools: stats.tool.list(),
        servers: stats.mcp.list(),
        upstreams: stats.upstream.list(),
        droppedSamples: queue.dropped,
      }
    },
    async prometheus() {
      queue.drain()
      return { body: await prometheus.scrape(), contentType: prometheus.contentType }
    },
    timeseries(kind, name, buckets) {
      queue.drain()
      return series.read(kind, name, buckets)
    },
    close: () => queue.close(),
  }
}
