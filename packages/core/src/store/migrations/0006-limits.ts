import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/** A tool's concurrency cap: most calls in flight at once on one node. */
export function limitsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('tools').addColumn('max_concurrency', 'integer').execute()
    },
  }
}
