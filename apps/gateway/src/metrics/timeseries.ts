import type { CallSample } from './call-sample.js'

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
const BINS = 30
const FIRST_BOUND = 0.5
const GROWTH = 1.5
const bound = (bin: number) => FIRST_BOUND * GROWTH ** bin

function binOf(ms: number): number {
  if (ms <= FIRST_BOUND) return 0
  return Math.min(BINS - 1, Math.ceil(Math.log(ms / FIRST_BOUND) / Math.log(GROWTH)))
}

class Cell {
  calls = 0
  failures = 0
  maxMs = 0
  readonly bins = new Uint32Array(BINS)

  add(ms: number, failed: boolean): void {
    this.calls++
    if (failed) this.failures++
    this.maxMs = Math.max(this.maxMs, ms)
    this.bins[binOf(ms)]!++
  }

  /** The upper bound of the bin holding the q-th call, never above the slowest call seen. */
  quantile(q: number): number | null {
    if (this.calls === 0) return null
    const rank = Math.ceil(q * this.calls)
    let seen = 0
    for (let bin = 0; bin < BINS; bin++) {
      seen += this.bins[bin]!
      if (seen >= rank) return Math.round(Math.min(bound(bin), this.maxMs) * 1000) / 1000
    }
    return this.maxMs
  }
}

interface Bucket {
  index: number
  totals: Record<SeriesKind, Cell>
  entities: Record<SeriesKind, Map<string, Cell>>
}

const KIND_OF: Partial<Record<CallSample['kind'], SeriesKind>> = {
  tool: 'tool',
  upstream: 'upstream',
  mcp: 'server',
}

const emptyBucket = (index: number): Bucket => ({
  index,
  totals: { tool: new Cell(), upstream: new Cell(), server: new Cell() },
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

  return {
    add(batch) {
      const current = Math.floor(now() / bucketMs)
      for (const sample of batch) {
        const kind = KIND_OF[sample.kind]
        const index = Math.floor(sample.at / bucketMs)
        if (!kind || index <= current - kept || index > current) continue
        const bucket = bucketAt(index)
        const ms = sample.seconds * 1000
        const failed = sample.error !== undefined
        bucket.totals[kind].add(ms, failed)
        const cells = bucket.entities[kind]
        let cell = cells.get(sample.name)
        if (!cell && cells.size < maxEntities) cells.set(sample.name, (cell = new Cell()))
        cell?.add(ms, failed)
      }
    },
    read(kind, name, buckets = kept) {
      const current = Math.floor(now() / bucketMs)
      const count = Math.min(Math.max(1, buckets), kept)
      const points: SeriesPoint[] = []
      for (let index = current - count + 1; index <= current; index++) {
        const bucket = ring[index % kept]
        const cell =
          bucket?.index !== index
            ? undefined
            : name === null
              ? bucket.totals[kind]
              : bucket.entities[kind].get(name)
        const calls = cell?.calls ?? 0
        const failures = cell?.failures ?? 0
        points.push({
          at: new Date(index * bucketMs).toISOString(),
          calls,
          failures,
          errorRate: calls === 0 ? 0 : Math.round((failures / calls) * 1000) / 1000,
          p50Ms: cell?.quantile(0.5) ?? null,
          p95Ms: cell?.quantile(0.95) ?? null,
          p99Ms: cell?.quantile(0.99) ?? null,
        })
      }
      return { kind, name, bucketSeconds: bucketMs / 1000, points }
    },
  }
}
