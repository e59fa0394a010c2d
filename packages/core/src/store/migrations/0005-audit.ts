import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/** The audit log: administrative changes and denied requests, newest looked up by time. */
export function auditMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('principal', 'text')
        .addColumn('token_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity_kind', 'text')
        .addColumn('entity_id', 'text')
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('client_address', 'text')
        .addColumn('request_id', 'text')
        .execute()
      await db.schema
        .createIndex('audit_log_at_idx')
        .on('audit_log')
        .columns(['at', 'id'])
        .execute()
    },
  }
}
