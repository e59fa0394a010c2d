import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/** The tables whose rows gained a `version` (prompts have had one since 0001). */
export const VERSIONED_TABLES = [
  'gateways',
  'tools',
  'resources',
  'servers',
  'a2a_agents',
  'grpc_services',
  'users',
  'teams',
  'roles',
] as const

/** A `version` on every mutable registry entity, bumped by each update (optimistic concurrency). */
export function versionsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const table of VERSIONED_TABLES)
        await db.schema
          .alterTable(table)
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .execute()
    },
  }
}
