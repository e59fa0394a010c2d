import { LatencyHistogram, LatencyScale, round, type HistogramTally } from './latency-histogram.js'

/** Calls, failures, latency percentiles and last call of one tool, server or upstream. */
export interface EntityMetrics {
  name: string
  id?: string
  calls: number
  failures: number
  failureRate: number
  p50Ms: number | null
  p95Ms: number | null
  p99Ms: number | null
  avgMs: number | null
  lastCallAt: string | null
}

/** One entity's figures as replicas hand them to each other. */
export interface EntityTally extends HistogramTally {
  name: string
  id?: string | undefined
  totalMs: number
  /** The last call (ms since the epoch). */
  lastAt: number
}

// 10 µs to 10 minutes in bins 4% apart: percentiles within 4% above the true value.
const SCALE = new LatencyScale(0.01, 1.04, 458)

class Entry {
  totalMs = 0
  lastAt = 0
  /** Took calls since `changed` was last asked. */
  changed = false
  readonly latency = new LatencyHistogram(SCALE)
  constructor(readonly id: string | undefined) {}
}

/** Per-entity statistics since the process started, fed in batches from the sample queue. */
export class EntityStats {
  readonly #entries = new Map<string, Entry>()

  add(name: string, ms: number, failed: boolean, at: number, id?: string): void {
    const entry = this.#entry(name, id)
    entry.changed = true
    entry.latency.add(ms, failed)
    entry.totalMs += ms
    entry.lastAt = Math.max(entry.lastAt, at)
  }

  /** Adds another replica's figures of one entity. */
  merge(tally: EntityTally): void {
    const entry = this.#entry(tally.name, tally.id)
    entry.latency.merge(tally)
    entry.totalMs += tally.totalMs
    entry.lastAt = Math.max(entry.lastAt, tally.lastAt)
  }

  /** Drops one entity's figures. */
  forget(name: string): void {
    this.#entries.delete(name)
  }

  tallies(): EntityTally[] {
    return [...this.#entries.keys()].map((name) => this.#tally(name))
  }

  /** For other replicas: the entities that took calls since the last call (every one with `all`). */
  changed(all: boolean): EntityTally[] {
    const tallies: EntityTally[] = []
    for (const [name, entry] of this.#entries) {
      if (all || entry.changed) tallies.push(this.#tally(name))
      entry.changed = false
    }
    return tallies
  }

  #tally(name: string): EntityTally {
    const entry = this.#entries.get(name)!
    return {
      name,
      ...(entry.id !== undefined && { id: entry.id }),
      totalMs: entry.totalMs,
      lastAt: entry.lastAt,
      ...entry.latency.tally(),
    }
  }

  /** Every entity, busiest first. */
  list(): EntityMetrics[] {
    return [...this.#entries]
      .map(([name, entry]) => summarize(name, entry))
      .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name))
  }

  #entry(name: string, id: string | undefined): Entry {
    let entry = this.#entries.get(name)
    if (!entry) this.#entries.set(name, (entry = new Entry(id)))
    return entry
  }
}

function summarize(name: string, entry: Entry): EntityMetrics {
  const { calls, failures } = entry.latency
  return {
    name,
    ...(entry.id !== undefined && { id: entry.id }),
    calls,
    failures,
    failureRate: calls === 0 ? 0 : round(failures / calls),
    p50Ms: entry.latency.quantile(0.5),
    p95Ms: entry.latency.quantile(0.95),
    p99Ms: entry.latency.quantile(0.99),
    avgMs: calls === 0 ? null : round(entry.totalMs / calls),
    lastCallAt: entry.lastAt === 0 ? null : new Date(entry.lastAt).toISOString(),
  }
}

/** Two tallies of one entity, added up. */
export function sumOf(a: EntityTally, b: EntityTally): EntityTally {
  const stats = new EntityStats()
  stats.merge(a)
  stats.merge(b)
  return stats.tallies()[0]!
}
