import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'

/** API tokens (stored as hashes), revoked session JWTs, and failed-login lockout on users. */
export function tokensMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('jti', 'text', (c) => c.notNull().unique())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner_email', 'text', (c) =>
          c.notNull().references('users.email').onDelete('cascade'),
        )
        .addColumn('scope', jsonType, (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('usage_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('revoked_at', 'text')
        .addUniqueConstraint('api_tokens_owner_name_unique', ['owner_email', 'name'])
        .execute()
      await db.schema
        .createTable('revoked_sessions')
        .addColumn('jti', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
      for (const [column, type] of [
        ['failed_logins', 'integer'],
        ['last_failed_login_at', 'text'],
        ['locked_until', 'text'],
      ] as const) {
        await db.schema
          .alterTable('users')
          .addColumn(column, type, (c) =>
            column === 'failed_logins' ? c.notNull().defaultTo(0) : c,
          )
          .execute()
      }
    },
  }
}
