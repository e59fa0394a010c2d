import { nowIso, type ServiceContext } from './context.js'

/** Session JWTs ended by logout: their `jti` is refused until the JWT would have expired. */
export function createSessionService(context: ServiceContext) {
  const { db } = context.store

  return {
    /** Revokes a session JWT by its `jti` until `expiresAt`; forgets revocations that have lapsed. */
    async revoke(jti: string, expiresAt: string): Promise<void> {
      await db.deleteFrom('revoked_sessions').where('expires_at', '<', nowIso()).execute()
      await db
        .insertInto('revoked_sessions')
        .values({ jti, expires_at: expiresAt })
        .onConflict((oc) => oc.column('jti').doNothing())
        .execute()
      context.events.emit([{ entity: 'session', id: jti, op: 'deleted' }])
    },

    /** Whether a session JWT was revoked by logout. */
    async isRevoked(jti: string): Promise<boolean> {
      const row = await db
        .selectFrom('revoked_sessions')
        .select('jti')
        .where('jti', '=', jti)
        .executeTakeFirst()
      return row !== undefined
    },
  }
}

/** The session service's interface. */
export type SessionService = ReturnType<typeof createSessionService>
