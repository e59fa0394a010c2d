import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'
import { owned } from './owned-columns.js'

/** A2A agents, and the link from an agent's tool to its agent. */
export function a2aMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await owned(
        db.schema
          .createTable('a2a_agents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('slug', 'text', (c) => c.notNull().unique())
          .addColumn('description', 'text')
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('endpoint_url', 'text', (c) => c.notNull())
          .addColumn('protocol_binding', 'text', (c) => c.notNull())
          .addColumn('protocol_version', 'text', (c) => c.notNull())
          .addColumn('streaming', 'integer', (c) => c.notNull())
          .addColumn('card', jsonType, (c) => c.notNull())
          .addColumn('auth_sealed', 'text')
          .addColumn('last_seen_at', 'text'),
        jsonType,
      ).execute()
      await db.schema
        .alterTable('tools')
        .addColumn('a2a_agent_id', 'text', (c) => c.references('a2a_agents.id').onDelete('cascade'))
        .execute()
      await db.schema
        .createIndex('tools_a2a_agent_idx')
        .on('tools')
        .column('a2a_agent_id')
        .execute()
    },
  }
}
