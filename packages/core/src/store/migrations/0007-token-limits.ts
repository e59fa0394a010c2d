import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'

/** An API token's own rate limit. */
export function tokenLimitsMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('api_tokens').addColumn('rate_limit', jsonType).execute()
    },
  }
}
