import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'

/** Tools, resources and prompts keep an upstream's MCP fields the gateway does not model. */
export function memberExtrasMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const table of ['tools', 'resources', 'prompts']) {
        await db.schema.alterTable(table).addColumn('mcp_extras', jsonType).execute()
      }
    },
  }
}
