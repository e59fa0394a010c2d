import type { CallSample } from './call-sample.js'
import { LatencyHistogram, LatencyScale, round, type HistogramTally } from './latency-histogram.js'

/** The kinds a time series is kept for: tool calls, upstream requests, virtual servers' MCP requests. */
export type SeriesKind = 'tool' | 'upstream' | 'server'

/** One bucket of a series: calls, failures and latency percentiles (ms, estimated) in that interval. */
export interface SeriesPoint {
  /** The start of the bucket. */
  at: string
  calls: number
  failures: number
  errorRate: number
  p50Ms: number | null
  p95Ms: number | null
  p99Ms: number | null
}

/** `GET /metrics/timeseries`: one entity's (or a whole kind's) buckets, oldest first, empty ones included. */
export interface Series {
  kind: SeriesKind
  /** The entity, or null for the total of the kind. */
  name: string | null
  bucketSeconds: number
  points: SeriesPoint[]
}

/** Bounded per-interval history of calls, kept in memory: a ring of buckets, each a few cells. */
export interface TimeSeries {
  add(batch: readonly CallSample[]): void
  /** The last `buckets` buckets (at most the kept number) of an entity, or of the kind's total. */
  read(kind: SeriesKind, name: string | null, buckets?: number): Series
  /** The indices of the last `buckets` buckets of the window, oldest first. */
  indices(buckets?: number): number[]
  /**
   * For other replicas: the cells of the buckets that took calls since the last call (of every
   * bucket in the window with `all`), and the oldest bucket still in the window.
   */
  changed(all: boolean): { oldest: number; cells: SeriesCell[] }
  /** The cells of one entity (or, with `name` null, of the kind's total) in the window. */
  cellsOf(kind: SeriesKind, name: string | null): SeriesCell[]
  /** Adds a cell of another replica (one outside the window is left out). */
  merge(cell: SeriesCell): void
}

/** One entity's calls (or, with `name` null, its kind's) in one bucket, as replicas share them. */
export interface SeriesCell {
  index: number
  kind: SeriesKind
  name: string | null
  tally: HistogramTally
}

/** Options for createTimeSeries. */
export interface TimeSeriesOptions {
  /** Default 60,000 ms (one minute). */
  bucketMs?: number
  /** How many buckets are kept; default 60 (an hour of minutes). */
  buckets?: number
  /** Entities kept per bucket and kind beyond which calls count in the total only; default 1,000. */
  maxEntities?: number
  now?: () => number
}

// Latency bins grow by half each: 0.5 ms ... about 64 s in 30 bins (estimates within a bin's width).
const SCALE = new LatencyScale(0.5, 1.5, 30)

interface Bucket {
  index: number
  totals: Record<SeriesKind, LatencyHistogram>
  entities: Record<SeriesKind, Map<string, LatencyHistogram>>
  /** Took calls since `changed` was last asked. */
  changed: boolean
}

const KINDS: readonly SeriesKind[] = ['tool', 'upstream', 'server']

const KIND_OF: Partial<Record<CallSample['kind'], SeriesKind>> = {
  tool: 'tool',
  upstream: 'upstream',
  mcp: 'server',
}

const emptyBucket = (index: number): Bucket => ({
  index,
  changed: false,
  totals: {
    tool: new LatencyHistogram(SCALE),
    upstream: new LatencyHistogram(SCALE),
    server: new LatencyHistogram(SCALE),
  },
  entities: { tool: new Map(), upstream: new Map(), server: new Map() },
})

/** A per-minute (by default) history of the last hour, fed with the metrics queue's batches. */
export function createTimeSeries(options: TimeSeriesOptions = {}): TimeSeries {
  const bucketMs = options.bucketMs ?? 60_000
  const kept = options.buckets ?? 60
  const maxEntities = options.maxEntities ?? 1000
  const now = options.now ?? Date.now
  const ring: (Bucket | undefined)[] = new Array<Bucket | undefined>(kept)

  const bucketAt = (index: number): Bucket => {
    const slot = index % kept
    let bucket = ring[slot]
    if (bucket?.index !== index) ring[slot] = bucket = emptyBucket(index)
    return bucket
  }

  /** Whether a bucket is in the window that ends with the bucket `current` (of now). */
  const inWindow = (index: number, current = Math.floor(now() / bucketMs)) =>
    index > current - kept && index <= current
  const indices = (buckets = kept) => {
    const current = Math.floor(now() / bucketMs)
    const count = Math.min(Math.max(1, buckets), kept)
    return Array.from({ length: count }, (_, i) => current - count + 1 + i)
  }
  /** An entity's cell (or, with `name` null, the kind's total) in the bucket of `index`, if any. */
  const cellAt = (index: number, kind: SeriesKind, name: string | null) => {
    const bucket = ring[index % kept]
    if (bucket?.index !== index) return undefined
    return name === null ? bucket.totals[kind] : bucket.entities[kind].get(name)
  }
  /** The entity's cell of a bucket; none past maxEntities (its calls count in the total only). */
  const cellOf = (bucket: Bucket, kind: SeriesKind, name: string) => {
    const cells = bucket.entities[kind]
    let cell = cells.get(name)
    if (!cell && cells.size < maxEntities) cells.set(name, (cell = new LatencyHistogram(SCALE)))
    return cell
  }

  return {
    add(batch) {
      const current = Math.floor(now() / bucketMs)
      for (const sample of batch) {
        const kind = KIND_OF[sample.kind]
        const index = Math.floor(sample.at / bucketMs)
        if (!kind || !inWindow(index, current)) continue
        const bucket = bucketAt(index)
        bucket.changed = true
        const ms = sample.seconds * 1000
        const failed = sample.error !== undefined
        bucket.totals[kind].add(ms, failed)
        cellOf(bucket, kind, sample.name)?.add(ms, failed)
      }
    },
    indices,
    changed(all) {
      const current = Math.floor(now() / bucketMs)
      const cells: SeriesCell[] = []
      for (const bucket of ring) {
        if (!bucket || !(all || bucket.changed) || !inWindow(bucket.index, current)) continue
        bucket.changed = false
        for (const kind of KINDS) {
          const total = bucket.totals[kind]
          if (total.calls === 0) continue
          cells.push({ index: bucket.index, kind, name: null, tally: total.tally() })
          for (const [name, cell] of bucket.entities[kind])
            cells.push({ index: bucket.index, kind, name, tally: cell.tally() })
        }
      }
      return { oldest: current - kept + 1, cells }
    },
    cellsOf(kind, name) {
      return indices().flatMap((index) => {
        const cell = cellAt(index, kind, name)
        return cell && cell.calls > 0 ? [{ index, kind, name, tally: cell.tally() }] : []
      })
    },
    merge({ index, kind, name, tally }) {
      if (!inWindow(index)) return
      const bucket = bucketAt(index)
      if (name === null) bucket.totals[kind].merge(tally)
      else cellOf(bucket, kind, name)?.merge(tally)
    },
    read(kind, name, buckets) {
      const points = indices(buckets).map((index): SeriesPoint => {
        const cell = cellAt(index, kind, name)
        const calls = cell?.calls ?? 0
        const failures = cell?.failures ?? 0
        return {
          at: new Date(index * bucketMs).toISOString(),
          calls,
          failures,
          errorRate: calls === 0 ? 0 : round(failures / calls),
          p50Ms: cell?.quantile(0.5) ?? null,
          p95Ms: cell?.quantile(0.95) ?? null,
          p99Ms: cell?.quantile(0.99) ?? null,
        }
      })
      return { kind, name, bucketSeconds: bucketMs / 1000, points }
    },
  }
}
