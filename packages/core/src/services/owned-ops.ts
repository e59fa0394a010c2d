import type { Kysely } from 'kysely'
import type { EntityKind } from '../events/change-bus.js'
import { notFound } from '../errors.js'
import type { Database } from '../store/database.js'
import { toFlag } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'
import type { OwnedTable } from './list-query.js'
import { forgettingDeparted } from './metrics-departures.js'
import { inTransaction } from './transaction.js'
import { nextVersion } from './versioned.js'

/**
 * Enables or disables one row of an owned table and announces the change; 404 when missing. The
 * row's version moves on, so that a write naming the version read before fails (409), except a
 * prompt's, whose version numbers its revisions (the state is not part of one).
 */
export async function setRowEnabled(
  context: ServiceContext,
  table: OwnedTable,
  kind: EntityKind,
  id: string,
  enabled: boolean,
  /** More writes that belong with this one, in its transaction. */
  also?: (trx: Kysely<Database>) => Promise<void>,
): Promise<void> {
  await inTransaction(context.store.db, async (db) => {
    const result = await db
      .updateTable(table as 'tools')
      .set({
        enabled: toFlag(enabled),
        updated_at: nowIso(),
        ...(table !== 'prompts' && { version: nextVersion }),
      })
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound(kind, id)
    await also?.(db)
  })
  context.events.emit([{ entity: kind, id, op: 'updated' }])
}

/** Deletes a tool, resource or prompt together with its virtual-server memberships. */
export async function removeMember(
  context: ServiceContext,
  table: 'tools' | 'resources' | 'prompts',
  kind: 'tool' | 'resource' | 'prompt',
  id: string,
): Promise<void> {
  const { result, changes } = await inTransaction(context.store.db, (trx) =>
    forgettingDeparted(trx, context.store.dialect, kind === 'tool' ? { toolIds: [id] } : {}, () =>
      deleteMember(trx, table, kind, id),
    ),
  )
  const { removed, servers } = result
  if (removed.numDeletedRows === 0n) throw notFound(kind, id)
  context.events.emit([
    { entity: kind, id, op: 'deleted' },
    ...servers.map((server) => ({ entity: 'server' as const, id: server, op: 'updated' as const })),
    ...changes,
  ])
}

/** The deletes of removeMember, in its transaction. */
async function deleteMember(
  trx: Kysely<Database>,
  table: 'tools' | 'resources' | 'prompts',
  kind: 'tool' | 'resource' | 'prompt',
  id: string,
) {
  // the servers it leaves change too: their versions move on, so an edit read before is stale
  const servers = await trx
    .selectFrom('server_members')
    .select('server_id')
    .where('kind', '=', kind)
    .where('member_id', '=', id)
    .execute()
    .then((rows) => [...new Set(rows.map((row) => row.server_id))])
  if (servers.length > 0) {
    await trx
      .updateTable('servers')
      .set({ version: nextVersion, updated_at: nowIso() })
      .where('id', 'in', servers)
      .execute()
  }
  await trx
    .deleteFrom('server_members')
    .where('kind', '=', kind)
    .where('member_id', '=', id)
    .execute()
  return { removed: await trx.deleteFrom(table).where('id', '=', id).executeTakeFirst(), servers }
}
