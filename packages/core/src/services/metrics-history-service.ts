import type { Kysely } from 'kysely'
import type { Database } from '../store/database.js'
import { fromJson, toJson } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'
import { defaultMemberName } from './server-members.js'

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

/** Every tool, virtual server and upstream in the store, enabled or not: whose figures `/metrics` lists. */
export interface MetricsSubjects {
  /** Every name a tool is called by: its own, and those virtual servers expose it under. */
  toolNames: string[]
  /** Each REST, gRPC and A2A tool: what it calls, and where. */
  invokedTools: { name: string; integrationType: string; url: string | null }[]
  serverIds: string[]
  gatewayNames: string[]
}

/** Whether a reset's scope covers an entity of a list. */
export function inScope(scope: ForgetScope, list: string, name: string): boolean {
  return scope.list === undefined || (scope.list === list && (scope.name ?? name) === name)
}

/** The `id` of the `metrics` change that tells replicas of a reset (see ChangeBus). */
const resetId = ({ generation, list, name }: MetricsReset): string =>
  [generation, ...(list === undefined ? [] : [list]), ...(name === undefined ? [] : [name])].join(
    ':',
  )

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
      const reset = await db.transaction().execute(async (trx) => {
        await dialect.serializeOn(LOCK)?.execute(trx)
        let query = trx.deleteFrom('metrics_history')
        if (scope.list !== undefined) {
          query = query.where('list', '=', scope.list)
          if (scope.name !== undefined) query = query.where('name', '=', scope.name)
        }
        await query.execute()
        const { list, name } = scope
        const reset: MetricsReset = {
          generation: (await newest(trx)) + 1,
          ...(list !== undefined && { list, ...(name !== undefined && { name }) }),
        }
        await trx
          .insertInto('metrics_resets')
          .values({
            generation: reset.generation,
            list: reset.list ?? null,
            name: reset.name ?? null,
            at: nowIso(),
          })
          .execute()
        return reset
      })
      context.events.emit([{ entity: 'metrics', id: resetId(reset), op: 'deleted' }])
      return reset
    },

    /** The generation of the newest reset (0 before the first). */
    generation: () => newest(db),

    /** What exists to have figures (see MetricsSubjects): four reads of a few columns. */
    async subjects(): Promise<MetricsSubjects> {
      const [tools, members, servers, gateways] = await Promise.all([
        db.selectFrom('tools').select(['name', 'integration_type', 'url']).execute(),
        db
          .selectFrom('server_members')
          .innerJoin('servers', 'servers.id', 'server_members.server_id')
          .innerJoin('tools', 'tools.id', 'server_members.member_id')
          .where('server_members.kind', '=', 'tool')
          .select([
            'server_members.custom_name',
            'servers.name_strategy',
            'tools.name',
            'tools.original_name',
          ])
          .execute(),
        db.selectFrom('servers').select('id').execute(),
        db.selectFrom('gateways').select('name').execute(),
      ])
      const exposed = members.map(
        (m) =>
          m.custom_name ??
          defaultMemberName(m.name_strategy, { name: m.name, originalName: m.original_name }),
      )
      return {
        toolNames: [...tools.map((tool) => tool.name), ...exposed],
        invokedTools: tools
          .filter((tool) => tool.integration_type !== 'MCP')
          .map(({ name, integration_type, url }) => ({
            name,
            integrationType: integration_type,
            url,
          })),
        serverIds: servers.map((row) => row.id),
        gatewayNames: gateways.map((row) => row.name),
      }
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
     * `merge(kept, entry)`, a new one its entry's tally. Figures taken by a replica that knew of
     * the resets up to generation `seen` only are left out where a newer reset covers them (they
     * may count calls from before it); the newer resets are returned.
     */
    async add(
      entries: readonly HistoryEntry[],
      merge: (kept: unknown, entry: HistoryEntry) => unknown,
      seen: number,
    ): Promise<MetricsReset[]> {
      if (entries.length === 0) return []
      return db.transaction().execute(async (trx) => {
        await dialect.serializeOn(LOCK)?.execute(trx)
        const resets = (
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
