import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * Each upstream's state changes (its status, or `disabled`), numbered per upstream, so that every
 * replica answers the same history and it outlives restarts. Upstreams there before start with their
 * state at the time of the migration.
 */
export function gatewayTransitionsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('gateway_transitions')
        .addColumn('gateway_id', 'text', (c) =>
          c.notNull().references('gateways.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addPrimaryKeyConstraint('gateway_transitions_pk', ['gateway_id', 'seq'])
        .execute()
      await sql`insert into gateway_transitions (gateway_id, seq, at, status, reason)
        select id, 1, ${new Date().toISOString()},
          case when enabled = 1 then status else 'disabled' end,
          case when enabled = 1 then status_reason end
        from gateways`.execute(db)
    },
  }
}
