import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'

/**
 * Per-entity call figures kept across restarts: each replica adds what it recorded since it last
 * did (see the metrics history service), so `/metrics` counts from the store's first call (or
 * the last reset, each of which `metrics_resets` numbers).
 */
export function metricsHistoryMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('metrics_history')
        .addColumn('list', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('tally', jsonType, (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('metrics_history_pk', ['list', 'name'])
        .execute()
      await db.schema
        .createTable('metrics_resets')
        .addColumn('generation', 'integer', (c) => c.primaryKey())
        .addColumn('list', 'text')
        .addColumn('name', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
