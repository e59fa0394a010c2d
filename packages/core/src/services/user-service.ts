import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { User, UserCreate, UserUpdate } from '../schemas/user.js'
import type { Database, RoleAssignmentRow, UserRow } from '../store/database.js'
import { GatewayError } from '../errors.js'
import { fromFlag, toFlag } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'
import { assertNotLocked, DEFAULT_LOCKOUT, type LoginLockout } from './login-lockout.js'
import { assignmentId, DEFAULT_ROLE } from './role-service.js'
import { serializeTeams } from './team-lock.js'
import { inTransaction } from './transaction.js'
import { found, guardUnique } from './write.js'
import { assertVersion, nextVersion, versionIs } from './versioned.js'

/** Hashes and checks passwords (the gateway wires `@switchyard/auth`'s scrypt functions). */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(password: string, encoded: string): Promise<boolean>
}

/** The lockout columns of an account with no failures counted. */
const UNLOCKED = { failed_logins: 0, last_failed_login_at: null, locked_until: null }

/** Taken by every change that may remove an active platform admin, one at a time. */
const ADMINS_LOCK = 'switchyard:platform_admins'

function toUser(row: UserRow): User {
  return {
    email: row.email,
    fullName: row.full_name,
    isAdmin: fromFlag(row.is_admin),
    isActive: fromFlag(row.is_active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordChangedAt: row.password_changed_at,
    version: row.version,
  }
}

/** The default role (developer), given globally to a user who is not an admin. */
function defaultAssignment(email: string, now: string): RoleAssignmentRow {
  return {
    id: assignmentId(email, DEFAULT_ROLE, null),
    email,
    role: DEFAULT_ROLE,
    team_id: null,
    granted_by: null,
    created_at: now,
  }
}

/** Users who log in with e-mail and password. Passwords are stored only as hashes. */
export function createUserService(
  context: ServiceContext,
  hasher: PasswordHasher,
  lockout: LoginLockout = DEFAULT_LOCKOUT,
) {
  const { db, dialect } = context.store
  // Checked against when there is no account to check: an unknown e-mail costs what a known one does.
  let decoy: Promise<string> | undefined
  const decoyHash = () => (decoy ??= hasher.hash(randomUUID()))

  /**
   * Counts a failed login in one statement, so that failures racing on several replicas all count;
   * the failure that reaches the limit locks the account.
   */
  async function recordFailure(email: string): Promise<void> {
    const now = Date.now()
    const windowStart = new Date(now - lockout.durationMs).toISOString()
    const counted = await db
      .updateTable('users')
      .set((eb) => ({
        failed_logins: eb
          .case()
          .when('last_failed_login_at', '>', windowStart)
          .then(eb('failed_logins', '+', 1))
          .else(1)
          .end(),
        last_failed_login_at: new Date(now).toISOString(),
      }))
      .where('email', '=', email)
      .returning('failed_logins')
      .executeTakeFirst()
    if (!counted || Number(counted.failed_logins) < lockout.maxAttempts) return
    await db
      .updateTable('users')
      .set({
        failed_logins: 0,
        last_failed_login_at: null,
        locked_until: new Date(now + lockout.durationMs).toISOString(),
      })
      .where('email', '=', email)
      .execute()
  }

  /**
   * Counts a failed login of an e-mail that has no account as recordFailure counts an account's,
   * in the store so that every replica sees it (else which e-mails lock would tell which accounts
   * exist), and forgets e-mails whose last failure left the window (their lock, if any, is over).
   */
  async function recordUnknownFailure(email: string): Promise<void> {
    const now = Date.now()
    const at = new Date(now).toISOString()
    const windowStart = new Date(now - lockout.durationMs).toISOString()
    await db.deleteFrom('login_failures').where('last_failed_login_at', '<=', windowStart).execute()
    const counted = await db
      .insertInto('login_failures')
      .values({ email, failed_logins: 1, last_failed_login_at: at, locked_until: null })
      .onConflict((oc) =>
        oc.column('email').doUpdateSet((eb) => ({
          failed_logins: eb('login_failures.failed_logins', '+', 1),
          last_failed_login_at: at,
        })),
      )
      .returning('failed_logins')
      .executeTakeFirstOrThrow()
    if (Number(counted.failed_logins) < lockout.maxAttempts) return
    await db
      .updateTable('login_failures')
      .set({ failed_logins: 0, locked_until: new Date(now + lockout.durationMs).toISOString() })
      .where('email', '=', email)
      .execute()
  }

  /** Throws 429 with Retry-After while an e-mail that has no account is locked. */
  async function assertUnknownUnlocked(email: string): Promise<void> {
    const row = await db
      .selectFrom('login_failures')
      .select('locked_until')
      .where('email', '=', email)
      .executeTakeFirst()
    assertNotLocked(lockout, row?.locked_until ? Date.parse(row.locked_until) : 0)
  }

  /** Throws 429 with Retry-After while the account is locked. */
  function assertUnlocked(row: UserRow): void {
    assertNotLocked(lockout, row.locked_until === null ? 0 : Date.parse(row.locked_until))
  }

  /**
   * 409 when taking an active platform admin away (demoting, deactivating or deleting them) would
   * leave none: no one could manage users any more.
   */
  async function assertOtherAdmin(trx: Kysely<Database>, row: UserRow): Promise<void> {
    if (!fromFlag(row.is_admin) || !fromFlag(row.is_active)) return
    await dialect.serializeOn(ADMINS_LOCK)?.execute(trx)
    const other = await trx
      .selectFrom('users')
      .select('email')
      .where('is_admin', '=', 1)
      .where('is_active', '=', 1)
      .where('email', '!=', row.email)
      .executeTakeFirst()
    if (other === undefined) {
      throw new GatewayError(
        'CONFLICT',
        `${row.email} is the last active platform admin; make another user an admin first`,
      )
    }
  }

  /**
   * 409 when deleting the user would leave a team they own without an owner; checked once any other
   * change to those teams' members is done.
   */
  async function assertNoSoleOwnership(trx: Kysely<Database>, email: string): Promise<void> {
    const owned = await trx
      .selectFrom('team_members')
      .select('team_id')
      .where('email', '=', email)
      .where('role', '=', 'owner')
      .execute()
    const ownedIds = owned.map((m) => m.team_id)
    await serializeTeams(trx, dialect, ownedIds)
    const teams = await trx
      .selectFrom('team_members as mine')
      .select('mine.team_id')
      .where('mine.email', '=', email)
      .where('mine.role', '=', 'owner')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('team_members as other')
              .select('other.email')
              .whereRef('other.team_id', '=', 'mine.team_id')
              .where('other.role', '=', 'owner')
              .where('other.email', '!=', email),
          ),
        ),
      )
      .orderBy('mine.team_id')
      .execute()
    if (teams.length > 0) {
      const ids = teams.map((t) => t.team_id).join(', ')
      throw new GatewayError(
        'CONFLICT',
        `${email} is the last owner of team ${ids}; give it another owner first`,
      )
    }
  }

  async function getRow(email: string): Promise<UserRow> {
    const key = email.toLowerCase()
    return found(
      await db.selectFrom('users').selectAll().where('email', '=', key).executeTakeFirst(),
      'user',
      key,
    )
  }

  return {
    /** Every user, by e-mail. */
    async list(): Promise<User[]> {
      return (await db.selectFrom('users').selectAll().orderBy('email').execute()).map(toUser)
    },

    /** One user. */
    get: async (email: string) => toUser(await getRow(email)),

    /** Adds a user (a non-admin gets the role developer globally); 409 when the e-mail is taken. */
    async create(input: UserCreate): Promise<User> {
      const now = nowIso()
      const row: UserRow = {
        email: input.email,
        password_hash: await hasher.hash(input.password),
        full_name: input.fullName ?? null,
        is_admin: toFlag(input.isAdmin ?? false),
        is_active: 1,
        created_at: now,
        updated_at: now,
        version: 1,
        failed_logins: 0,
        last_failed_login_at: null,
        locked_until: null,
        password_changed_at: null,
      }
      // A non-admin starts with the default role; an admin acts as platform_admin anyway.
      await guardUnique(dialect, { kind: 'user', field: 'email', value: row.email }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('users').values(row).execute()
          if (row.is_admin === 0)
            await trx
              .insertInto('role_assignments')
              .values(defaultAssignment(row.email, now))
              .execute()
        }),
      )
      context.events.emit([{ entity: 'user', id: row.email, op: 'created' }])
      return toUser(row)
    },

    /**
     * Changes a user's password, name, admin flag or active flag; a demoted admin gets developer.
     * A new password or active flag also lifts a lockout.
     */
    async update(email: string, input: UserUpdate): Promise<User> {
      const before = await getRow(email)
      const now = nowIso()
      const changes = {
        ...(input.password !== undefined && {
          password_hash: await hasher.hash(input.password),
          password_changed_at: now,
        }),
        ...(input.fullName !== undefined && { full_name: input.fullName }),
        ...(input.isAdmin !== undefined && { is_admin: toFlag(input.isAdmin) }),
        ...(input.isActive !== undefined && { is_active: toFlag(input.isActive) }),
        ...((input.password !== undefined || input.isActive !== undefined) && UNLOCKED),
        updated_at: now,
      }
      await inTransaction(db, async (trx) => {
        if (input.isAdmin === false || input.isActive === false) await assertOtherAdmin(trx, before)
        const result = await trx
          .updateTable('users')
          .set({ ...changes, version: nextVersion })
          .where('email', '=', before.email)
          .where('version', ...versionIs(input.version))
          .executeTakeFirst()
        assertVersion(result, 'user', before.email, input.version)
        // A demoted admin starts with the default role, as a new user would.
        if (input.isAdmin === false && fromFlag(before.is_admin))
          await trx
            .insertInto('role_assignments')
            .values(defaultAssignment(before.email, changes.updated_at))
            .onConflict((oc) => oc.column('id').doNothing())
            .execute()
      })
      context.events.emit([{ entity: 'user', id: before.email, op: 'updated' }])
      return toUser(await getRow(before.email))
    },

    /** Removes a user; 409 for the last active platform admin and for a team's last owner. */
    async remove(email: string): Promise<void> {
      const row = await getRow(email)
      await inTransaction(db, async (trx) => {
        await assertOtherAdmin(trx, row)
        await assertNoSoleOwnership(trx, row.email)
        await trx.deleteFrom('users').where('email', '=', row.email).execute()
      })
      context.events.emit([{ entity: 'user', id: row.email, op: 'deleted' }])
    },

    /**
     * The active user with this e-mail and password, or undefined (after a password check either
     * way); 429 while locked out. An unknown e-mail and an inactive account fail every time and lock
     * by the same rule, so that neither the time taken nor a lockout tells which accounts exist.
     */
    async authenticate(email: string, password: string): Promise<User | undefined> {
      const key = email.toLowerCase()
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', key)
        .executeTakeFirst()
      if (!row) {
        await assertUnknownUnlocked(key)
        await hasher.verify(password, await decoyHash())
        await recordUnknownFailure(key)
        return undefined
      }
      assertUnlocked(row)
      const verified = await hasher.verify(password, row.password_hash)
      if (!verified || !fromFlag(row.is_active)) {
        await recordFailure(row.email)
        return undefined
      }
      if (Number(row.failed_logins) > 0 || row.locked_until !== null)
        await db.updateTable('users').set(UNLOCKED).where('email', '=', row.email).execute()
      return toUser(row)
    },

    /**
     * Changes a user's own password after checking the current one (401 when it is wrong, counted as
     * a failed login; 429 while locked out); session JWTs issued before the change are no longer
     * honoured.
     */
    async changePassword(email: string, current: string, next: string): Promise<User> {
      const row = await getRow(email)
      assertUnlocked(row)
      if (!(await hasher.verify(current, row.password_hash))) {
        await recordFailure(row.email)
        throw new GatewayError('UNAUTHENTICATED', 'the current password is wrong')
      }
      const now = nowIso()
      const changes = {
        password_hash: await hasher.hash(next),
        password_changed_at: now,
        updated_at: now,
        ...UNLOCKED,
      }
      await db.updateTable('users').set(changes).where('email', '=', row.email).execute()
      context.events.emit([{ entity: 'user', id: row.email, op: 'updated' }])
      return toUser({ ...row, ...changes })
    },

    /** Creates the platform admin when missing; an existing account is left as it is. */
    async ensureAdmin(input: { email: string; password: string; fullName: string }): Promise<User> {
      const email = input.email.toLowerCase()
      const stored = () =>
        db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
      const existing = await stored()
      if (existing) return toUser(existing)
      try {
        return await this.create({
          email,
          password: input.password,
          fullName: input.fullName,
          isAdmin: true,
        })
      } catch (error) {
        // a replica starting beside this one created it first
        const created =
          error instanceof GatewayError && error.code === 'CONFLICT' && (await stored())
        if (created) return toUser(created)
        throw error
      }
    },
  }
}

/** The user service's interface. */
export type UserService = ReturnType<typeof createUserService>
