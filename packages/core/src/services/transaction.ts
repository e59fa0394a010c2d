import type { Kysely } from 'kysely'
import type { Database } from '../store/database.js'

/** Runs `work` in a transaction, or inside the caller's when `db` already is one (as during an import). */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}
