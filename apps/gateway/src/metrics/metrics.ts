import type { CallSample } from './call-sample.js'
import { EntityStats, type EntityMetrics, type EntityTally } from './entity-stats.js'
import { createPrometheusMetrics, type PrometheusGauges } from './prometheus.js'
import { createSampleQueue } from './sample-queue.js'
import { createTimeSeries, type Series, type SeriesKind, type SeriesTally } from './timeseries.js'

/** `GET /metrics`: per tool, virtual server and upstream, over every live replica. */
export interface MetricsReport {
  tools: EntityMetrics[]
  servers: EntityMetrics[]
  upstreams: EntityMetrics[]
  /** Samples dropped because a queue was full (the figures above miss them). */
  droppedSamples: number
  /** How many replicas' figures the report adds up (1 on a single node). */
  replicas: number
}

/** One replica's figures as it hands them to the others; see createMetricsShare. */
export interface MetricsSnapshot {
  /** The snapshot's format: the snapshots of replicas that write another one are left out. */
  format: typeof SNAPSHOT_FORMAT
  tools: EntityTally[]
  servers: EntityTally[]
  upstreams: EntityTally[]
  series: SeriesTally
  droppedSamples: number
}

/** Where a replica finds the other replicas' latest snapshots. */
export interface MetricsPeers {
  /** The live other replicas' snapshots; empty (never failing) when they cannot be read. */
  others(): Promise<MetricsSnapshot[]>
}

/** Where the request path records calls and where the metrics routes read them. */
export interface Metrics {
  /** Queues a finished call; never blocks, never throws. */
  record(sample: CallSample): void
  report(): Promise<MetricsReport>
  /** The Prometheus text exposition (of this replica) and its content type. */
  prometheus(): Promise<{ body: string; contentType: string }>
  /** `GET /metrics/timeseries`: the last hour per minute, of one entity or a whole kind. */
  timeseries(kind: SeriesKind, name: string | null, buckets?: number): Promise<Series>
  /** This replica's figures so far. */
  snapshot(): MetricsSnapshot
  /** From now on, reports and time series add up the figures of these other replicas too. */
  shareWith(peers: MetricsPeers): void
  close(): void
}

/** Options for createMetrics. */
export interface MetricsOptions {
  gauges: Omit<PrometheusGauges, 'droppedSamples'>
  /** How often queued samples are folded in; default 1,000 ms. */
  intervalMs?: number
}

export const SNAPSHOT_FORMAT = 1

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
  let peers: MetricsPeers | undefined

  const snapshot = (): MetricsSnapshot => {
    queue.drain()
    return {
      format: SNAPSHOT_FORMAT,
      tools: stats.tool.tallies(),
      servers: stats.mcp.tallies(),
      upstreams: stats.upstream.tallies(),
      series: series.tally(),
      droppedSamples: queue.dropped,
    }
  }
  /** This replica's snapshot and the others', or none when there are no others. */
  const everyReplica = async (): Promise<MetricsSnapshot[] | undefined> => {
    const others = await peers?.others()
    return others?.length ? [snapshot(), ...others] : undefined
  }

  return {
    record: (sample) => queue.push(sample),
    async report() {
      const snapshots = await everyReplica()
      if (!snapshots) {
        queue.drain()
        return {
          tools: stats.tool.list(),
          servers: stats.mcp.list(),
          upstreams: stats.upstream.list(),
          droppedSamples: queue.dropped,
          replicas: 1,
        }
      }
      const sum = (pick: (s: MetricsSnapshot) => EntityTally[]) => {
        const total = new EntityStats()
        for (const s of snapshots) for (const tally of pick(s)) total.merge(tally)
        return total.list()
      }
      return {
        tools: sum((s) => s.tools),
        servers: sum((s) => s.servers),
        upstreams: sum((s) => s.upstreams),
        droppedSamples: snapshots.reduce((n, s) => n + s.droppedSamples, 0),
        replicas: snapshots.length,
      }
    },
    async prometheus() {
      queue.drain()
      return { body: await prometheus.scrape(), contentType: prometheus.contentType }
    },
    async timeseries(kind, name, buckets) {
      const snapshots = await everyReplica()
      if (!snapshots) {
        queue.drain()
        return series.read(kind, name, buckets)
      }
      const total = createTimeSeries()
      for (const s of snapshots) total.merge(s.series)
      return total.read(kind, name, buckets)
    },
    snapshot,
    shareWith(shared) {
      peers = shared
    },
    close: () => queue.close(),
  }
}
