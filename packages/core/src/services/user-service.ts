import type { User, UserCreate, UserUpdate } from '../schemas/user.js'
import type { UserRow } from '../store/database.js'
import { fromFlag, toFlag } from '../store/json.js'
import { nowIso, type ServiceContext } from './context.js'
import { found, guardUnique } from './write.js'

/** Hashes and checks passwords (the gateway wires `@switchyard/auth`'s scrypt functions). */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(password: string, encoded: string): Promise<boolean>
}

function toUser(row: UserRow): User {
  return {
    email: row.email,
    fullName: row.full_name,
    isAdmin: fromFlag(row.is_admin),
    isActive: fromFlag(row.is_active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Users who log in with e-mail and password. Passwords are stored only as hashes. */
export function createUserService(context: ServiceContext, hasher: PasswordHasher) {
  const { db, dialect } = context.store

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

    /** Adds a user; 409 when the e-mail is taken. */
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
      }
      await guardUnique(dialect, { kind: 'user', field: 'email', value: row.email }, () =>
        db.insertInto('users').values(row).execute(),
      )
      context.events.emit([{ entity: 'user', id: row.email, op: 'created' }])
      return toUser(row)
    },

    /** Changes a user's password, name, admin flag or active flag. */
    async update(email: string, input: UserUpdate): Promise<User> {
      const before = await getRow(email)
      const changes = {
        ...(input.password !== undefined && { password_hash: await hasher.hash(input.password) }),
        ...(input.fullName !== undefined && { full_name: input.fullName }),
        ...(input.isAdmin !== undefined && { is_admin: toFlag(input.isAdmin) }),
        ...(input.isActive !== undefined && { is_active: toFlag(input.isActive) }),
        updated_at: nowIso(),
      }
      await db.updateTable('users').set(changes).where('email', '=', before.email).execute()
      context.events.emit([{ entity: 'user', id: before.email, op: 'updated' }])
      return toUser(await getRow(before.email))
    },

    /** Removes a user. */
    async remove(email: string): Promise<void> {
      const row = await getRow(email)
      await db.deleteFrom('users').where('email', '=', row.email).execute()
      context.events.emit([{ entity: 'user', id: row.email, op: 'deleted' }])
    },

    /** The active user with this e-mail and password, or undefined. */
    async authenticate(email: string, password: string): Promise<User | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst()
      if (!row || !fromFlag(row.is_active)) return undefined
      return (await hasher.verify(password, row.password_hash)) ? toUser(row) : undefined
    },

    /** Creates the platform admin when missing; an existing account is left as it is. */
    async ensureAdmin(input: { email: string; password: string; fullName: string }): Promise<User> {
      const existing = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', input.email.toLowerCase())
        .executeTakeFirst()
      if (existing) return toUser(existing)
      return this.create({
        email: input.email.toLowerCase(),
        password: input.password,
        fullName: input.fullName,
        isAdmin: true,
      })
    },
  }
}

/** The user service's interface. */
export type UserService = ReturnType<typeof createUserService>
