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

/** Latencies kept per entity for the percentiles: the most recent ones. */
const RESERVOIR = 1024

class Entry {
  calls = 0
  failures = 0
  totalMs = 0
  lastAt = 0
  readonly recent = new Float64Array(RESERVOIR)
  next = 0
  constructor(readonly id: string | undefined) {}
}

/** Per-entity statistics, fed in batches from the sample queue. */
export class EntityStats {
  readonly #entries = new Map<string, Entry>()

  add(name: string, ms: number, failed: boolean, at: number, id?: string): void {
    let entry = this.#entries.get(name)
    if (!entry) this.#entries.set(name, (entry = new Entry(id)))
    entry.calls++
    if (failed) entry.failures++
    entry.totalMs += ms
    entry.lastAt = Math.max(entry.lastAt, at)
    entry.recent[entry.next++ % RESERVOIR] = ms
  }

  /** Every entity, busiest first. */
  list(): EntityMetrics[] {
    return [...this.#entries]
      .map(([name, entry]) => summarize(name, entry))
      .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name))
  }
}

function summarize(name: string, entry: Entry): EntityMetrics {
  const kept = entry.recent.slice(0, Math.min(entry.next, RESERVOIR)).sort()
  const at = (q: number) =>
    kept.length === 0
      ? null
      : round(kept[Math.min(kept.length - 1, Math.ceil(q * kept.length) - 1)]!)
  return {
    name,
    ...(entry.id !== undefined && { id: entry.id }),
    calls: entry.calls,
    failures: entry.failures,
    failureRate: entry.calls === 0 ? 0 : round(entry.failures / entry.calls),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    avgMs: entry.calls === 0 ? null : round(entry.totalMs / entry.calls),
    lastCallAt: entry.lastAt === 0 ? null : new Date(entry.lastAt).toISOString(),
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000
