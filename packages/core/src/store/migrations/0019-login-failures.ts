import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * Failed logins of e-mails that have no account, counted in the store as an account's are in
 * `users`, so that every replica locks such an e-mail as it locks an account (kept in each
 * process's memory before, a cluster told which accounts exist by which e-mails locked).
 */
export function loginFailuresMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('login_failures')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('failed_logins', 'integer', (c) => c.notNull())
        .addColumn('last_failed_login_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute()
      await db.schema
        .createIndex('login_failures_last_failed')
        .on('login_failures')
        .column('last_failed_login_at')
        .execute()
    },
  }
}
