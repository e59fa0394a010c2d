import type { OAuthPendingRow, OAuthTokenRow } from '../store/database.js'
import { nowIso, type ServiceContext } from './context.js'

/** An upstream's OAuth tokens for one user ('' for the shared credential), opened. */
export interface StoredUpstreamTokens {
  gatewayId: string
  user: string
  /** The token response as the OAuth client saved it (access, refresh, type, scope, issuer). */
  tokens: Record<string, unknown>
  expiresAt: string | null
  scopes: string | null
  updatedAt: string
}

/** An authorization under way: what the callback needs to finish it. */
export interface PendingAuthorization {
  state: string
  gatewayId: string
  user: string
  codeVerifier: string
  redirectUri: string
  redirectAfter: string | null
  expiresAt: string
}

/** Tokens, pending authorizations and client registrations of upstream OAuth; secrets sealed at rest. */
export function createOAuthTokenService(context: ServiceContext) {
  const { db } = context.store
  const { sealer } = context

  const openTokens = (row: OAuthTokenRow): StoredUpstreamTokens => ({
    gatewayId: row.gateway_id,
    user: row.user_email,
    tokens: JSON.parse(sealer.open(row.tokens_sealed)) as Record<string, unknown>,
    expiresAt: row.expires_at,
    scopes: row.scopes,
    updatedAt: row.updated_at,
  })

  return {
    /** The tokens of one user (or the shared ones, user ''), if authorized. */
    async get(gatewayId: string, user: string): Promise<StoredUpstreamTokens | undefined> {
      const row = await db
        .selectFrom('oauth_tokens')
        .selectAll()
        .where('gateway_id', '=', gatewayId)
        .where('user_email', '=', user)
        .executeTakeFirst()
      return row && openTokens(row)
    },

    /** The most recently saved tokens of any user of an upstream (for discovery of a per-user one). */
    async latest(gatewayId: string): Promise<StoredUpstreamTokens | undefined> {
      const row = await db
        .selectFrom('oauth_tokens')
        .selectAll()
        .where('gateway_id', '=', gatewayId)
        .orderBy('updated_at', 'desc')
        .executeTakeFirst()
      return row && openTokens(row)
    },

    /** Every user's tokens of an upstream, for export. */
    async list(gatewayId: string): Promise<StoredUpstreamTokens[]> {
      const rows = await db
        .selectFrom('oauth_tokens')
        .selectAll()
        .where('gateway_id', '=', gatewayId)
        .execute()
      return rows.map(openTokens)
    },

    /** Saves (or replaces) a user's tokens, sealed. */
    async save(
      gatewayId: string,
      user: string,
      tokens: Record<string, unknown>,
      details: { expiresAt: string | null; scopes: string | null },
    ): Promise<void> {
      const row: OAuthTokenRow = {
        gateway_id: gatewayId,
        user_email: user,
        tokens_sealed: sealer.seal(JSON.stringify(tokens)),
        expires_at: details.expiresAt,
        scopes: details.scopes,
        updated_at: nowIso(),
      }
      await db
        .insertInto('oauth_tokens')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['gateway_id', 'user_email']).doUpdateSet({
            tokens_sealed: row.tokens_sealed,
            expires_at: row.expires_at,
            scopes: row.scopes,
            updated_at: row.updated_at,
          }),
        )
        .execute()
    },

    /** Forgets a user's tokens, or every user's when `user` is undefined; true when any were stored. */
    async forget(gatewayId: string, user?: string): Promise<boolean> {
      let query = db.deleteFrom('oauth_tokens').where('gateway_id', '=', gatewayId)
      if (user !== undefined) query = query.where('user_email', '=', user)
      const result = await query.executeTakeFirst()
      return result.numDeletedRows > 0n
    },

    /** Records an authorization under way (the PKCE verifier sealed). */
    async begin(pending: PendingAuthorization): Promise<void> {
      await db.deleteFrom('oauth_pending').where('expires_at', '<', nowIso()).execute()
      const row: OAuthPendingRow = {
        state: pending.state,
        gateway_id: pending.gatewayId,
        user_email: pending.user,
        verifier_sealed: sealer.seal(pending.codeVerifier),
        redirect_uri: pending.redirectUri,
        redirect_after: pending.redirectAfter,
        expires_at: pending.expiresAt,
      }
      await db.insertInto('oauth_pending').values(row).execute()
    },

    /** Takes an authorization under way by its state: found at most once, then gone. */
    async take(state: string): Promise<PendingAuthorization | undefined> {
      const row = await db
        .selectFrom('oauth_pending')
        .selectAll()
        .where('state', '=', state)
        .executeTakeFirst()
      if (!row) return undefined
      const removed = await db
        .deleteFrom('oauth_pending')
        .where('state', '=', state)
        .executeTakeFirst()
      // Two callbacks racing for one state: only the one that deleted the row goes on.
      if (removed.numDeletedRows === 0n) return undefined
      return {
        state: row.state,
        gatewayId: row.gateway_id,
        user: row.user_email,
        codeVerifier: sealer.open(row.verifier_sealed),
        redirectUri: row.redirect_uri,
        redirectAfter: row.redirect_after,
        expiresAt: row.expires_at,
      }
    },

    /** The client registered with an upstream's AS and the discovery state, if saved. */
    async client(gatewayId: string): Promise<{ client?: unknown; discovery?: unknown }> {
      const row = await db
        .selectFrom('oauth_clients')
        .selectAll()
        .where('gateway_id', '=', gatewayId)
        .executeTakeFirst()
      return {
        ...(row?.client_sealed && { client: JSON.parse(sealer.open(row.client_sealed)) }),
        ...(row?.discovery_sealed && { discovery: JSON.parse(sealer.open(row.discovery_sealed)) }),
      }
    },

    /** Saves the registered client or the discovery state of an upstream (sealed). */
    async saveClient(
      gatewayId: string,
      part: { client: unknown } | { discovery: unknown },
    ): Promise<void> {
      const sealed = (value: unknown) => sealer.seal(JSON.stringify(value))
      const columns =
        'client' in part
          ? { client_sealed: sealed(part.client) }
          : { discovery_sealed: sealed(part.discovery) }
      await db
        .insertInto('oauth_clients')
        .values({
          gateway_id: gatewayId,
          client_sealed: null,
          discovery_sealed: null,
          ...columns,
          updated_at: nowIso(),
        })
        .onConflict((oc) =>
          oc.column('gateway_id').doUpdateSet({ ...columns, updated_at: nowIso() }),
        )
        .execute()
    },
  }
}

/** The OAuth token service's interface. */
export type OAuthTokenService = ReturnType<typeof createOAuthTokenService>
