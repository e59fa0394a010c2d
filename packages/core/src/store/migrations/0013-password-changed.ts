import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/** When each user's password last changed: session JWTs issued before it are no longer honoured. */
export function passwordChangedMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute()
    },
  }
}
