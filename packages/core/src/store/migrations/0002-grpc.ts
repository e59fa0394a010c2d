import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'
import { owned } from './owned-columns.js'

/** gRPC services registered through server reflection; their methods are tools. */
export function grpcMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await owned(
        db.schema
          .createTable('grpc_services')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('slug', 'text', (c) => c.notNull().unique())
          .addColumn('description', 'text')
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('tls_sealed', 'text')
          .addColumn('metadata_sealed', 'text')
          .addColumn('passthrough_headers', jsonType, (c) => c.notNull())
          .addColumn('timeout_ms', 'integer')
          .addColumn('services', jsonType, (c) => c.notNull())
          .addColumn('descriptor_set', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('status_reason', 'text')
          .addColumn('last_reflected_at', 'text'),
        jsonType,
      ).execute()
      await db.schema
        .alterTable('tools')
        .addColumn('grpc_service_id', 'text', (c) =>
          c.references('grpc_services.id').onDelete('cascade'),
        )
        .execute()
      await db.schema.createIndex('tools_grpc_idx').on('tools').column('grpc_service_id').execute()
    },
  }
}
