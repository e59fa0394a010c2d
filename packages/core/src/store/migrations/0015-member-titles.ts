import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/** Resources and prompts keep their MCP `title` (a display name), as tools keep theirs. */
export function memberTitlesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('resources').addColumn('title', 'text').execute()
      await db.schema.alterTable('prompts').addColumn('title', 'text').execute()
    },
  }
}
