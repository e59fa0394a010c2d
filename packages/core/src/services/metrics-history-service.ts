import type { Kysely } from 'kysely'
import type { Change } from '../events/change-bus.js'
import type { Database } from '../store/database.js'
import type { DialectSql } from '../store/dialect.js'
import { fromJson, toJson } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'
import { readSubjects } from './metrics-subjects.js'

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

/** A reset of the history: what it forgot, and its place among all resets (1, 2, ...). */
export interface MetricsReset extends ForgetScope {
  generation: number
}

/** Whether a reset's scope covers an entity of a list. */
export function inScope(scope: ForgetScope, list: string, name: string): boolean {
  return scope.list === undefined || (scope.list === list && (scope.name ?? name) === name)
}

/** The `metrics` change that tells replicas of a reset (see ChangeBus): its `id` names it. */
export const resetChange = ({ generation, list, name }: MetricsReset): Change => ({
  entity: 'metrics',
  id: [
    generation,
    ...(list === undefined ? [] : [list]),
    ...(name === undefined ? [] : [name]),
  ].join(':'),
  op: 'deleted',
})

/** The reset a `metrics` change's `id` tells of. */
export function resetOf(id: string): MetricsReset {
  const [generation = '', list, ...name] = id.split(':')
  return {
    generation: Number(generation),
    ...(list !== undefined && { list }),
    ...(name.length > 0 && { name: name.join(':') }),
  }
}

const LOCK = 'switchyard:metrics_history'

/** The generation of the newest reset (0 before the first). */
async function newest(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('metrics_resets')
    .select((eb) => eb.fn.max('generation').as('newest'))
    .executeTakeFirst()
  return Number(row?.newest ?? 0)
}

/** Rows written (or names looked up) per statement, well under either dialect's limit on bound values. */
const BATCH = 200

/**
 * How long a reset stays in `metrics_resets` (the newest one stays always, to number the next).
 * A reset is needed only until every replica has applied it: each learns of it at once (a
 * `metrics` change) or, having missed that, at its next addition of figures (every
 * METRICS_HISTORY_INTERVAL). A replica adding figures taken before a pruned reset it missed has
 * them all left out (see `add`): pruning may lose a lagging replica's figures, never bring back
 * forgotten ones.
 */
const RESETS_KEPT_MS = 7 * 24 * 60 * 60 * 1000

/**
 * In the caller's transaction: forgets the kept figures of each scope, numbers each a reset
 * after the newest (serialised with other resets and additions), and prunes resets past
 * RESETS_KEPT_MS. The caller announces each reset (resetChange) once the transaction committed.
 */
export async function recordResets(
  trx: Kysely<Database>,
  dialect: DialectSql,
  scopes: readonly ForgetScope[],
): Promise<MetricsReset[]> {
  if (scopes.length === 0) return []
  await dialect.serializeOn(LOCK)?.execute(trx)
  const at = nowIso()
  let generation = await newest(trx)
  const resets: MetricsReset[] = []
  for (const { list, name } of scopes) {
    let query = trx.deleteFrom('metrics_history')
    if (list !== undefined) {
      query = query.where('list', '=', list)
      if (name !== undefined) query = query.where('name', '=', name)
    }
    await query.execute()
    resets.push({
      generation: ++generation,
      ...(list !== undefined && { list, ...(name !== undefined && { name }) }),
    })
  }
  for (let i = 0; i < resets.length; i += BATCH)
    await trx
      .insertInto('metrics_resets')
      .values(
        resets.slice(i, i + BATCH).map((reset) => ({
          generation: reset.generation,
          list: reset.list ?? null,
          name: reset.name ?? null,
          at,
        })),
      )
      .execute()
  await trx
    .deleteFrom('metrics_resets')
    .where('at', '<', new Date(Date.now() - RESETS_KEPT_MS).toISOString())
    .where('generation', '<', generation)
    .execute()
  return resets
}

/**
 * The per-entity call figures that outlive a process: replicas add what they recorded since they
 * last did, one replica at a time, and read the sum.
 */
export function createMetricsHistoryService(context: ServiceContext) {
  const { db, dialect } = context.store
  return {
    /**
     * Forgets kept figures (all, a list's or one entity's), numbers the reset, and tells every
     * replica (a `metrics` change) to drop its live figures alike.
     */
    async forget(scope: ForgetScope): Promise<MetricsReset> {
      const [reset] = await db.transaction().execute((trx) => recordResets(trx, dialect, [scope]))
      context.events.emit([resetChange(reset!)])
      return reset!
    },

    /** The generation of the newest reset (0 before the first). */
    generation: () => newest(db),

    /** What exists to have figures (see MetricsSubjects). */
    subjects: () => readSubjects(db),

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
     * `merge(kept, entry)`, a new one its entry's tally. Figures taken by a replica that knew of
     * the resets up to generation `seen` only are left out where a newer reset covers them (they
     * may count calls from before it); the newer resets are returned. When a reset newer than
     * `seen` was pruned already, all of them are left out, and a reset of everything numbered as
     * the first one missing is returned in its place (the replica then drops its figures alike).
     */
    async add(
      entries: readonly HistoryEntry[],
      merge: (kept: unknown, entry: HistoryEntry) => unknown,
      seen: number,
    ): Promise<MetricsReset[]> {
      if (entries.length === 0) return []
      return db.transaction().execute(async (trx) => {
        await dialect.serializeOn(LOCK)?.execute(trx)
        const resets: MetricsReset[] = (
          await trx
            .selectFrom('metrics_resets')
            .select(['generation', 'list', 'name'])
            .where('generation', '>', seen)
            .orderBy('generation')
            .execute()
        ).map(({ generation, list, name }) => ({
          generation,
          ...(list !== null && { list }),
          ...(name !== null && { name }),
        }))
        // a generation missing after `seen` was pruned: what it forgot is not known any more
        const pruned = resets.findIndex((reset, i) => reset.generation !== seen + 1 + i)
        if (pruned !== -1) resets.splice(pruned, 0, { generation: seen + 1 + pruned })
        entries = entries.filter(
          (entry) => !resets.some((reset) => inScope(reset, entry.list, entry.name)),
        )
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
        return resets
      })
    },
  }
}

/** The metrics history service. */
export type MetricsHistoryService = ReturnType<typeof createMetricsHistoryService>
