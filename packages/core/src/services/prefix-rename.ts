import type { Kysely } from 'kysely'
import type { Database } from '../store/database.js'
import { nowIso } from './context.js'

/**
 * Re-prefixes the tools of a renamed upstream or gRPC service that still carry the name made
 * with the old slug (`nameOf`); custom names stay.
 */
export async function renamePrefixedTools(
  trx: Kysely<Database>,
  owner: { column: 'gateway_id' | 'grpc_service_id'; id: string },
  slugs: { from: string; to: string },
  nameOf: (slug: string, originalName: string) => string,
): Promise<void> {
  const rows = await trx
    .selectFrom('tools')
    .select(['id', 'name', 'original_name'])
    .where(owner.column, '=', owner.id)
    .execute()
  for (const row of rows) {
    if (row.name !== nameOf(slugs.from, row.original_name)) continue
    await trx
      .updateTable('tools')
      .set({ name: nameOf(slugs.to, row.original_name), updated_at: nowIso() })
      .where('id', '=', row.id)
      .execute()
  }
}
