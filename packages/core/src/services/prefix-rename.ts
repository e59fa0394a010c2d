import type { Kysely } from 'kysely'
import type { Database } from '../store/database.js'
import { nowIso } from './context.js'

/**
 * Re-prefixes the tools of a renamed upstream or gRPC service that still carry the old prefix;
 * custom names stay.
 */
export async function renamePrefixedTools(
  trx: Kysely<Database>,
  owner: { column: 'gateway_id' | 'grpc_service_id'; id: string },
  slugs: { from: string; to: string },
  separator: string,
): Promise<void> {
  const rows = await trx
    .selectFrom('tools')
    .select(['id', 'name', 'original_name'])
    .where(owner.column, '=', owner.id)
    .execute()
  for (const row of rows) {
    if (row.name !== `${slugs.from}${separator}${row.original_name}`) continue
    await trx
      .updateTable('tools')
      .set({ name: `${slugs.to}${separator}${row.original_name}`, updated_at: nowIso() })
      .where('id', '=', row.id)
      .execute()
  }
}
