import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'

/** A virtual server's OAuth 2.1 resource-server settings (null: gateway credentials only). */
export function serverOAuthMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('servers').addColumn('oauth', jsonType).execute()
    },
  }
}
