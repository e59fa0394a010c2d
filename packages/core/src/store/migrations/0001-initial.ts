import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'
import { owned } from './owned-columns.js'

type Db = Kysely<unknown>

/** The first schema: registry entities, prompt revisions, virtual server members, users. */
export function initialMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Db) {
      await owned(
        db.schema
          .createTable('gateways')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('slug', 'text', (c) => c.notNull().unique())
          .addColumn('description', 'text')
          .addColumn('url', 'text')
          .addColumn('transport', 'text', (c) => c.notNull())
          .addColumn('command', 'text')
          .addColumn('args', jsonType, (c) => c.notNull())
          .addColumn('env_sealed', 'text')
          .addColumn('cwd', 'text')
          .addColumn('auth_sealed', 'text')
          .addColumn('passthrough_headers', jsonType, (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('status_reason', 'text')
          .addColumn('last_seen_at', 'text')
          .addColumn('capabilities', jsonType, (c) => c.notNull()),
        jsonType,
      ).execute()

      await owned(
        db.schema
          .createTable('tools')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('original_name', 'text', (c) => c.notNull())
          .addColumn('display_name', 'text')
          .addColumn('description', 'text')
          .addColumn('integration_type', 'text', (c) => c.notNull())
          .addColumn('request_type', 'text')
          .addColumn('url', 'text')
          .addColumn('gateway_id', 'text', (c) => c.references('gateways.id').onDelete('cascade'))
          .addColumn('headers', jsonType, (c) => c.notNull())
          .addColumn('auth_sealed', 'text')
          .addColumn('input_schema', jsonType, (c) => c.notNull())
          .addColumn('output_schema', jsonType)
          .addColumn('annotations', jsonType, (c) => c.notNull())
          .addColumn('integration_config', jsonType, (c) => c.notNull())
          .addColumn('timeout_ms', 'integer')
          .addColumn('rate_limit', jsonType),
        jsonType,
      ).execute()
      await db.schema.createIndex('tools_gateway_idx').on('tools').column('gateway_id').execute()

      await owned(
        db.schema
          .createTable('resources')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('uri', 'text', (c) => c.unique())
          .addColumn('uri_template', 'text', (c) => c.unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('mime_type', 'text')
          .addColumn('size', 'integer')
          .addColumn('text', 'text')
          .addColumn('blob', 'text')
          .addColumn('gateway_id', 'text', (c) => c.references('gateways.id').onDelete('cascade')),
        jsonType,
      ).execute()
      await db.schema
        .createIndex('resources_gateway_idx')
        .on('resources')
        .column('gateway_id')
        .execute()

      await owned(
        db.schema
          .createTable('prompts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('original_name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('template', 'text', (c) => c.notNull())
          .addColumn('arguments', jsonType, (c) => c.notNull())
          .addColumn('gateway_id', 'text', (c) => c.references('gateways.id').onDelete('cascade'))
          .addColumn('version', 'integer', (c) => c.notNull()),
        jsonType,
      ).execute()
      await db.schema
        .createIndex('prompts_gateway_idx')
        .on('prompts')
        .column('gateway_id')
        .execute()

      await db.schema
        .createTable('prompt_revisions')
        .addColumn('prompt_id', 'text', (c) =>
          c.notNull().references('prompts.id').onDelete('cascade'),
        )
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('template', 'text', (c) => c.notNull())
        .addColumn('arguments', jsonType, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addPrimaryKeyConstraint('prompt_revisions_pk', ['prompt_id', 'version'])
        .execute()

      await owned(
        db.schema
          .createTable('servers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('description', 'text')
          .addColumn('instructions', 'text')
          .addColumn('icon', 'text')
          .addColumn('icons', jsonType, (c) => c.notNull())
          .addColumn('name_strategy', 'text', (c) => c.notNull())
          .addColumn('a2a_agents', jsonType, (c) => c.notNull())
          .addColumn('rate_limit', jsonType),
        jsonType,
      ).execute()

      await db.schema
        .createTable('server_members')
        .addColumn('server_id', 'text', (c) =>
          c.notNull().references('servers.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('custom_name', 'text')
        .addColumn('custom_description', 'text')
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('server_members_pk', ['server_id', 'kind', 'member_id'])
        .execute()
      await db.schema
        .createIndex('server_members_member_idx')
        .on('server_members')
        .columns(['kind', 'member_id'])
        .execute()

      await db.schema
        .createTable('roots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('uri', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('users')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text')
        .addColumn('is_admin', 'integer', (c) => c.notNull())
        .addColumn('is_active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
