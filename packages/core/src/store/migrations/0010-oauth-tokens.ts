import type { Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * Upstream OAuth: tokens per (gateway, user) sealed at rest, pending authorizations (one use each),
 * and the client registration (DCR) and discovery state per gateway.
 */
export function oauthTokensMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('oauth_tokens')
        .addColumn('gateway_id', 'text', (c) =>
          c.notNull().references('gateways.id').onDelete('cascade'),
        )
        .addColumn('user_email', 'text', (c) => c.notNull())
        .addColumn('tokens_sealed', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('scopes', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('oauth_tokens_pk', ['gateway_id', 'user_email'])
        .execute()
      await db.schema
        .createTable('oauth_pending')
        .addColumn('state', 'text', (c) => c.primaryKey())
        .addColumn('gateway_id', 'text', (c) =>
          c.notNull().references('gateways.id').onDelete('cascade'),
        )
        .addColumn('user_email', 'text', (c) => c.notNull())
        .addColumn('verifier_sealed', 'text', (c) => c.notNull())
        .addColumn('redirect_uri', 'text', (c) => c.notNull())
        .addColumn('redirect_after', 'text')
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('oauth_clients')
        .addColumn('gateway_id', 'text', (c) =>
          c.primaryKey().references('gateways.id').onDelete('cascade'),
        )
        .addColumn('client_sealed', 'text')
        .addColumn('discovery_sealed', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
    },
  }
}
