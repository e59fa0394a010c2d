import type { Kysely } from 'kysely'
import type { Database } from '../store/database.js'
import type { DialectSql } from '../store/dialect.js'

/**
 * Makes the transaction `trx` wait for any other that changes these teams' members, so that a
 * check of who owns a team and the write it guards run alone. Taken in id order, so that
 * transactions locking several teams never wait for each other in a circle.
 */
export async function serializeTeams(
  trx: Kysely<Database>,
  dialect: DialectSql,
  teamIds: readonly string[],
): Promise<void> {
  for (const id of [...new Set(teamIds)].sort())
    await dialect.serializeOn(`team:${id}`)?.execute(trx)
}
