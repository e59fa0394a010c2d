import {
  resetOf,
  type HistoryEntry,
  type MetricsHistoryService,
  type Registry,
} from '@switchyard/core'
import { sumOf, type EntityTally } from './entity-stats.js'
import { ENTITY_LISTS, type ListedTally, type Metrics, type MetricsHistory } from './metrics.js'
import type { TaskRunner } from '../telemetry/observe-jobs.js'
import { EntityTallySchema } from './tally-schema.js'

/**
 * The store's metrics history as the metrics use it, each addition a `keep metrics` task and the
 * start's read of the resets a `read metrics resets` one. A kept figure that cannot be read
 * (written by another version, say) is told to `onError` and left out, and the next fold of its
 * entity writes over it.
 */
export function storeHistory(
  service: MetricsHistoryService,
  task: TaskRunner,
  onError: (error: unknown) => void,
): MetricsHistory {
  const tallyOf = ({ list, name }: HistoryEntry, tally: unknown): EntityTally | undefined => {
    const parsed = EntityTallySchema.safeParse(tally)
    if (parsed.success && parsed.data.name === name) return parsed.data
    onError(new Error(`the kept metrics of ${list} '${name}' are not usable`))
    return undefined
  }
  return {
    async read() {
      const kept: ListedTally[] = []
      for (const entry of await service.read()) {
        const list = ENTITY_LISTS.find((known) => known === entry.list)
        const tally = list && tallyOf(entry, entry.tally)
        if (list && tally) kept.push({ list, tally })
      }
      return kept
    },
    generation: () => task('read metrics resets', () => service.generation()),
    add: (tallies, seen) =>
      task('keep metrics', () =>
        service.add(
          tallies.map(({ list, tally }) => ({ list, name: tally.name, tally })),
          (kept, entry) => {
            const before = tallyOf(entry, kept)
            const added = entry.tally as EntityTally
            return before ? sumOf(before, added) : added
          },
          seen,
        ),
      ),
  }
}

/** What keepMetrics wires. */
export interface KeepMetricsOptions {
  metrics: Metrics
  registry: Registry
  /** How often figures move to the store (METRICS_HISTORY_INTERVAL); 0 keeps none there. */
  intervalMs: number
  task: TaskRunner
  warn: (message: string, error: unknown) => void
}

/**
 * Keeps the metrics' entity figures in the store (when `intervalMs` is not 0), and applies every
 * reset on any replica (a `metrics` change) to the live ones. `close` moves the last figures to
 * the store.
 */
export function keepMetrics(options: KeepMetricsOptions): { close(): Promise<void> } {
  const { metrics, registry, warn } = options
  if (options.intervalMs > 0) {
    const history = storeHistory(registry.metricsHistory, options.task, (error) =>
      warn('reading the kept metrics', error),
    )
    metrics.keepIn(history, options.intervalMs, (error) =>
      warn('keeping metrics in the store failed', error),
    )
  }
  const stop = registry.context.events.subscribe((changes) => {
    for (const change of changes)
      if (change.entity === 'metrics') void metrics.forget(resetOf(change.id))
  })
  return {
    async close() {
      stop()
      await metrics
        .fold()
        .catch((error: unknown) => warn('keeping metrics in the store failed', error))
    },
  }
}
