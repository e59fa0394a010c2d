import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * Prompt revisions keep the prompt's `title`, with `title_recorded` 1. Revisions made before have no
 * record of it (0), but those of each prompt's current version: that one is the prompt as it stands.
 */
export function promptRevisionTitlesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('prompt_revisions').addColumn('title', 'text').execute()
      await db.schema
        .alterTable('prompt_revisions')
        .addColumn('title_recorded', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
      await sql`update prompt_revisions
        set title = (select prompts.title from prompts where prompts.id = prompt_revisions.prompt_id),
          title_recorded = 1
        where exists (
          select 1 from prompts
          where prompts.id = prompt_revisions.prompt_id and prompts.version = prompt_revisions.version
        )`.execute(db)
    },
  }
}
