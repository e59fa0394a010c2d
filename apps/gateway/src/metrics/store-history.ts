import type { HistoryEntry, MetricsHistoryService } from '@switchyard/core'
import { sumOf, type EntityTally } from './entity-stats.js'
import { ENTITY_LISTS, type ListedTally, type MetricsHistory } from './metrics.js'
import type { TaskRunner } from '../telemetry/observe-jobs.js'
import { EntityTallySchema } from './tally-schema.js'

/**
 * The store's metrics history as the metrics use it, each addition a `keep metrics` task. A kept
 * figure that cannot be read (written by another version, say) is told to `onError` and left
 * out, and the next fold of its entity writes over it.
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
    add: (tallies) =>
      task('keep metrics', () =>
        service.add(
          tallies.map(({ list, tally }) => ({ list, name: tally.name, tally })),
          (kept, entry) => {
            const before = tallyOf(entry, kept)
            const added = entry.tally as EntityTally
            return before ? sumOf(before, added) : added
          },
        ),
      ),
  }
}
