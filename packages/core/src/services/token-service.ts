import { newId } from '../ids.js'
import type { ApiToken, TokenScope, TokenUpdate } from '../schemas/api-token.js'
import type { RateLimit } from '../schemas/common.js'
import type { ApiTokenRow } from '../store/database.js'
import { fromJson, toJson } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'
import { found, guardUnique } from './write.js'
import { limitKeys } from '../limits/rate-limiter.js'
import { rateLimitUpdated } from './limit-change.js'

/** What the gateway hands over to store a new token: its hash, never its text. */
export interface TokenCreateInput {
  ownerEmail: string
  name: string
  tokenHash: string
  expiresAt: string | null
  scope: TokenScope
  /** The token's own budget; none when absent. */
  rateLimit?: RateLimit | null
}

/** Uses of one token since the last flush. */
export interface TokenUse {
  id: string
  count: number
  lastUsedAt: string
}

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    jti: row.jti,
    name: row.name,
    ownerEmail: row.owner_email,
    scope: fromJson<TokenScope>(row.scope, {}),
    rateLimit: fromJson<RateLimit | null>(row.rate_limit, null),
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    usageCount: Number(row.usage_count),
    revokedAt: row.revoked_at,
  }
}

/** API tokens, stored by the SHA-256 of their text; revoked by `jti`. */
export function createTokenService(context: ServiceContext) {
  const { db, dialect } = context.store

  return {
    /** Stores a new token; 409 when the owner already has a token of that name. */
    async create(input: TokenCreateInput): Promise<ApiToken> {
      const row: ApiTokenRow = {
        id: newId(),
        jti: newId(),
        token_hash: input.tokenHash,
        name: input.name,
        owner_email: input.ownerEmail.toLowerCase(),
        scope: toJson(input.scope),
        expires_at: input.expiresAt,
        created_at: nowIso(),
        last_used_at: null,
        usage_count: 0,
        revoked_at: null,
        rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
      }
      await guardUnique(dialect, { kind: 'token', field: 'name', value: row.name }, () =>
        db.insertInto('api_tokens').values(row).execute(),
      )
      context.events.emit([{ entity: 'token', id: row.id, op: 'created' }])
      return toApiToken(row)
    },

    /** The tokens of one owner, or every token when no owner is given; newest first. */
    async list(ownerEmail?: string): Promise<ApiToken[]> {
      let query = db.selectFrom('api_tokens').selectAll()
      if (ownerEmail !== undefined)
        query = query.where('owner_email', '=', ownerEmail.toLowerCase())
      return (await query.orderBy('created_at', 'desc').orderBy('id').execute()).map(toApiToken)
    },

    /** One token by id. */
    async get(id: string): Promise<ApiToken> {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return toApiToken(found(row, 'token', id))
    },

    /** The token stored under this hash, revoked or not, or undefined. */
    async findByHash(tokenHash: string): Promise<ApiToken | undefined> {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst()
      return row && toApiToken(row)
    },

    /** Renames a token or changes its budget; 409 when the owner has a token of that name. */
    async update(id: string, input: TokenUpdate): Promise<ApiToken> {
      const before = await this.get(id)
      const changes = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.rateLimit !== undefined && {
          rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
        }),
      }
      if (Object.keys(changes).length > 0) {
        const name = input.name ?? before.name
        await guardUnique(dialect, { kind: 'token', field: 'name', value: name }, () =>
          db.updateTable('api_tokens').set(changes).where('id', '=', id).execute(),
        )
        context.events.emit([{ entity: 'token', id, op: 'updated' }])
        await rateLimitUpdated(context, limitKeys.token(id), before.rateLimit, input.rateLimit)
      }
      return this.get(id)
    },

    /** Revokes a token by its `jti`; revoking twice keeps the first moment. */
    async revoke(id: string): Promise<ApiToken> {
      const token = await this.get(id)
      await db
        .updateTable('api_tokens')
        .set({ revoked_at: nowIso() })
        .where('jti', '=', token.jti)
        .where('revoked_at', 'is', null)
        .execute()
      context.events.emit([{ entity: 'token', id: token.id, op: 'updated' }])
      return this.get(id)
    },

    /** Adds batched uses to the counters and moves last-used times forward. */
    async recordUsage(uses: readonly TokenUse[]): Promise<void> {
      if (uses.length === 0) return
      await db.transaction().execute(async (tx) => {
        for (const use of uses) {
          await tx
            .updateTable('api_tokens')
            .set((eb) => ({
              usage_count: eb('usage_count', '+', use.count),
              last_used_at: use.lastUsedAt,
            }))
            .where('id', '=', use.id)
            .execute()
        }
      })
    },
  }
}

/** The token service's interface. */
export type TokenService = ReturnType<typeof createTokenService>
