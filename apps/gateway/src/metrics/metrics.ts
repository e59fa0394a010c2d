import { inScope, type MetricsReset } from '@switchyard/core'
import type { CallSample } from './call-sample.js'
import { EntityStats, type EntityMetrics, type EntityTally } from './entity-stats.js'
import { createPrometheusMetrics, type PrometheusGauges } from './prometheus.js'
import { ResetMark } from './reset-mark.js'
import { createSampleQueue } from './sample-queue.js'
import { createTimeSeries, type Series, type SeriesCell, type SeriesKind } from './timeseries.js'

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

/** The lists of a report, each the figures of one kind of entity. */
export const ENTITY_LISTS = ['tools', 'servers', 'upstreams'] as const

/** One of ENTITY_LISTS. */
export type EntityList = (typeof ENTITY_LISTS)[number]

/** One entity's figures, as replicas share them. */
export interface ListedTally {
  list: EntityList
  tally: EntityTally
}

/** What a replica shares with the others: what changed since it last asked (see Metrics.changes). */
export interface MetricsChanges {
  droppedSamples: number
  entities: ListedTally[]
  cells: SeriesCell[]
  /** The oldest bucket of the series' window: cells of older ones can go. */
  oldest: number
}

/** Where a replica reads the other replicas' figures; see createMetricsShare. */
export interface MetricsPeers {
  /** Publishes this replica's entities anew, whole (after a fold took them away). */
  replace(): Promise<void>
  /** Each live other replica's entities; empty (never failing) when they cannot be read. */
  entities(): Promise<{ droppedSamples: number; entities: ListedTally[] }[]>
  /** The other replicas' cells of one entity's series (or a kind's, `name` null) in these buckets. */
  cells(kind: SeriesKind, name: string | null, indices: readonly number[]): Promise<SeriesCell[]>
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
  /** This replica's figures that changed since the last call (all of them with `all`). */
  changes(all: boolean): MetricsChanges
  /** From now on, reports and time series add up the figures of these other replicas too. */
  shareWith(peers: MetricsPeers): void
  /**
   * From now on, reports add up the figures kept in `history` too, and every `intervalMs` (and at
   * `fold`) this replica's entity figures move there.
   */
  keepIn(history: MetricsHistory, intervalMs: number, onError: (error: unknown) => void): void
  /** Moves this replica's entity figures into the history (none without one); on failure they stay. */
  fold(): Promise<void>
  /**
   * Applies a reset of the history to this replica's figures: drops those of every entity, of one
   * list, or of one entity of a list (a list this version does not know: none). A reset already
   * applied changes nothing.
   */
  forget(reset: MetricsReset): Promise<void>
  close(): void
}

/** Where entity figures outlive the process (the store): every replica's, added up. */
export interface MetricsHistory {
  read(): Promise<ListedTally[]>
  /** The newest reset's generation (0 before the first). */
  generation(): Promise<number>
  /**
   * Adds figures taken by a replica that had applied the resets up to generation `seen`, but
   * none that a newer reset covers; returns the newer resets.
   */
  add(tallies: ListedTally[], seen: number): Promise<MetricsReset[]>
}

/** Options for createMetrics. */
export interface MetricsOptions {
  gauges: Omit<PrometheusGauges, 'droppedSamples'>
  /** How often queued samples are folded in; default 1,000 ms. */
  intervalMs?: number
}

/** The list each kind of sample counts in: a server's figures count its MCP requests of every method. */
const LIST_OF = { tool: 'tools', mcp: 'servers', upstream: 'upstreams' } as const

const newLists = (): Record<EntityList, EntityStats> => ({
  tools: new EntityStats(),
  servers: new EntityStats(),
  upstreams: new EntityStats(),
})

/** Metrics fed through a bounded queue, so that recording costs the request path one array push. */
export function createMetrics(options: MetricsOptions): Metrics {
  let lists = newLists()
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
        lists[LIST_OF[s.kind]].add(s.name, s.seconds * 1000, s.error !== undefined, s.at, s.id)
      }
    },
  })
  let peers: MetricsPeers | undefined
  let history: MetricsHistory | undefined
  let folding: ReturnType<typeof setInterval> | undefined
  const resets = new ResetMark()
  /** Per fold under way, the resets applied since it took the figures. */
  const folds = new Set<MetricsReset[]>()
  /** Learns (once) which resets came before this replica's figures. */
  let resetsKnown: Promise<void> | undefined
  const knowResets = (kept: MetricsHistory) =>
    (resetsKnown ??= kept.generation().then(
      (generation) => resets.raise(generation),
      (error: unknown) => {
        resetsKnown = undefined
        throw error
      },
    ))
  const listed = (all: boolean): ListedTally[] =>
    ENTITY_LISTS.flatMap((list) => lists[list].changed(all).map((tally) => ({ list, tally })))
  const addTo = (sums: Record<EntityList, EntityStats>, tallies: readonly ListedTally[]) => {
    for (const { list, tally } of tallies) sums[list].merge(tally)
  }

  /** The peers' copy of this replica's entities, published anew (with Redis away, it lapses). */
  const republish = () => peers?.replace().catch(() => undefined)

  /**
   * Takes this replica's entities away (the peers' copy of them too, first: a report in between
   * may miss them, never count them twice) and adds them to the history; puts them back if that
   * fails, but for what a reset applied meanwhile forgot. The history leaves out what a reset
   * this replica had not applied yet covers, and names those resets, which then apply here too.
   */
  async function fold(): Promise<void> {
    if (history === undefined) return
    await knowResets(history)
    queue.drain()
    const taken = listed(true)
    if (taken.length === 0) return
    const seen = resets.through
    const applied: MetricsReset[] = []
    folds.add(applied)
    lists = newLists()
    try {
      await republish()
      const newer = await history.add(taken, seen)
      for (const reset of newer) await forget(reset)
      // every reset after `seen` is applied now, those pruned from the store too (see add)
      resets.raise(newer.at(-1)?.generation ?? seen)
    } catch (error) {
      addTo(
        lists,
        taken.filter(({ list, tally }) => !applied.some((r) => inScope(r, list, tally.name))),
      )
      await republish()
      throw error
    } finally {
      folds.delete(applied)
    }
  }

  async function forget(reset: MetricsReset): Promise<void> {
    if (!resets.apply(reset.generation)) return
    for (const applied of folds) applied.push(reset)
    queue.drain()
    const list = ENTITY_LISTS.find((known) => known === reset.list)
    if (reset.list === undefined) lists = newLists()
    else if (list === undefined) return
    else if (reset.name === undefined) lists[list] = new EntityStats()
    else lists[list].forget(reset.name)
    await republish()
  }

  return {
    record: (sample) => queue.push(sample),
    async report() {
      // the history before the peers: a fold between the two reads then misses a replica's
      // figures rather than counting them twice
      const kept = (await history?.read()) ?? []
      const others = (await peers?.entities()) ?? []
      queue.drain()
      let sums = lists
      if (others.length > 0 || kept.length > 0) {
        sums = newLists()
        for (const list of ENTITY_LISTS)
          for (const tally of lists[list].tallies()) sums[list].merge(tally)
        addTo(sums, kept)
        for (const other of others) addTo(sums, other.entities)
      }
      return {
        tools: sums.tools.list(),
        servers: sums.servers.list(),
        upstreams: sums.upstreams.list(),
        droppedSamples: others.reduce((n, other) => n + other.droppedSamples, queue.dropped),
        replicas: others.length + 1,
      }
    },
    async prometheus() {
      queue.drain()
      return { body: await prometheus.scrape(), contentType: prometheus.contentType }
    },
    async timeseries(kind, name, buckets) {
      const cells = (await peers?.cells(kind, name, series.indices(buckets))) ?? []
      queue.drain()
      if (cells.length === 0) return series.read(kind, name, buckets)
      const total = createTimeSeries()
      for (const cell of [...series.cellsOf(kind, name), ...cells]) total.merge(cell)
      return total.read(kind, name, buckets)
    },
    changes(all) {
      queue.drain()
      const entities = listed(all)
      const { oldest, cells } = series.changed(all)
      return { droppedSamples: queue.dropped, entities, cells, oldest }
    },
    shareWith(shared) {
      peers = shared
    },
    keepIn(kept, intervalMs, onError) {
      history = kept
      knowResets(kept).catch(onError)
      folding = setInterval(() => void fold().catch(onError), intervalMs)
      folding.unref()
    },
    fold,
    forget,
    close() {
      clearInterval(folding)
      queue.close()
    },
  }
}
