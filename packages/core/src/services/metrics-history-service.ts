import { fromJson, toJson } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'

/** One entity's figures in the history: opaque to the store, merged by the caller. */
export interface HistoryEntry {
  /** The list of `/metrics` it is in (`tools`, `servers`, `upstreams`). */
  list: string
  name: string
  tally: unknown
}

/** Which kept figures to forget: all (no list), a list's, or one entity's of a list (`name`). */
export interface ForgetScope {
  list?: string | undefined
  /** Counts only with a list. */
  name?: string | undefined
}

/** The `id` of the `metrics` change that says what was forgotten (see ChangeBus). */
const forgottenId = (scope: ForgetScope): string =>
  scope.list === undefined
    ? ''
    : scope.name === undefined
      ? scope.list
      : `${scope.list}:${scope.name}`

/** The scope a `metrics` change's `id` names. */
export function forgottenScope(id: string): ForgetScope {
  if (id === '') return {}
  const colon = id.indexOf(':')
  return colon < 0 ? { list: id } : { list: id.slice(0, colon), name: id.slice(colon + 1) }
}

/** Rows written (or names looked up) per statement, well under either dialect's limit on bound values. */
const BATCH = 200

/**
 * The per-entity call figures that outlive a process: replicas add what they recorded since they
 * last did, one replica at a time, and read the sum.
 */
export function createMetricsHistoryService(context: ServiceContext) {
  const { db, dialect } = context.store
  return {
    /**
     * Forgets kept figures (all, a list's or one entity's) and tells every replica (a `metrics`
     * change) to drop its live ones alike.
     */
    async forget(scope: ForgetScope): Promise<void> {
      let query = db.deleteFrom('metrics_history')
      if (scope.list !== undefined) {
        query = query.where('list', '=', scope.list)
        if (scope.name !== undefined) query = query.where('name', '=', scope.name)
      }
      await query.execute()
      context.events.emit([{ entity: 'metrics', id: forgottenId(scope), op: 'deleted' }])
    },

    /** Every entity's kept figures. */
    async read(): Promise<HistoryEntry[]> {
      const rows = await db
        .selectFrom('metrics_history')
        .select(['list', 'name', 'tally'])
        .execute()
      return rows.map((row) => ({ list: row.list, name: row.name, tally: fromJson(row.tally, {}) }))
    },

    /**
     * Adds figures to the kept ones in one transaction: an entity already kept gets
     * `merge(kept, entry)`, a new one its entry's tally.
     */
    async add(
      entries: readonly HistoryEntry[],
      merge: (kept: unknown, entry: HistoryEntry) => unknown,
    ): Promise<void> {
      if (entries.length === 0) return
      await db.transaction().execute(async (trx) => {
        const serialize = dialect.serializeOn('switchyard:metrics_history')
        if (serialize) await serialize.execute(trx)
        // only the rows of the entities added (a few a minute, of maybe thousands kept)
        const kept = new Map<string, unknown>()
        const names = [...new Set(entries.map((entry) => entry.name))]
        for (let i = 0; i < names.length; i += BATCH)
          for (const row of await trx
            .selectFrom('metrics_history')
            .select(['list', 'name', 'tally'])
            .where('name', 'in', names.slice(i, i + BATCH))
            .execute())
            kept.set(`${row.list}\n${row.name}`, fromJson(row.tally, {}))
        const at = nowIso()
        const rows = entries.map((entry) => {
          const before = kept.get(`${entry.list}\n${entry.name}`)
          const sum = before === undefined ? entry.tally : merge(before, entry)
          return { list: entry.list, name: entry.name, tally: toJson(sum), updated_at: at }
        })
        for (let i = 0; i < rows.length; i += BATCH)
          await trx
            .insertInto('metrics_history')
            .values(rows.slice(i, i + BATCH))
            .onConflict((conflict) =>
              conflict.columns(['list', 'name']).doUpdateSet((eb) => ({
                tally: eb.ref('excluded.tally'),
                updated_at: eb.ref('excluded.updated_at'),
              })),
            )
            .execute()
      })
    },
  }
}

/** The metrics history service. */
export type MetricsHistoryService = ReturnType<typeof createMetricsHistoryService>
