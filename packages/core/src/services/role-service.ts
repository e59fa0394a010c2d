import { GatewayError, notFound, type FieldIssue } from '../errors.js'
import type {
  Role,
  RoleAssign,
  RoleAssignment,
  RoleCreate,
  RoleUpdate,
  UserAccess,
} from '../schemas/role.js'
import type { Database, RoleAssignmentRow, RoleRow } from '../store/database.js'
import { fromFlag, fromJson, toJson } from '../store/json.js'
import { sql, type Kysely } from 'kysely'
import { nowIso, type Actor, type ServiceContext } from './context.js'
import { inTransaction } from './transaction.js'
import { invalidInput } from './validated.js'
import { found, guardUnique, invalidField } from './write.js'
import { assertVersion, nextVersion, versionIs } from './versioned.js'

/** A role defined in code (the gateway passes `@switchyard/auth`'s built-in roles). */
export interface RoleSeed {
  name: string
  description: string
  permissions: readonly string[]
  scope: 'global' | 'team'
}

/** The role every new non-admin user holds globally until an admin says otherwise. */
export const DEFAULT_ROLE = 'developer'

function toRole(row: RoleRow): Role {
  return {
    name: row.name,
    description: row.description,
    permissions: fromJson<string[]>(row.permissions, []),
    scope: row.scope as Role['scope'],
    isBuiltIn: fromFlag(row.built_in),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

function toAssignment(row: RoleAssignmentRow): RoleAssignment {
  return {
    email: row.email,
    role: row.role,
    teamId: row.team_id,
    grantedBy: row.granted_by,
    createdAt: row.created_at,
  }
}

/** The key of an assignment: one user, one role, one team (or `*` for global). */
export function assignmentId(email: string, role: string, teamId: string | null): string {
  return `${email}|${role}|${teamId ?? '*'}`
}

/** Roles (built-in and custom) and their assignment to users, globally or per team. */
export function createRoleService(context: ServiceContext) {
  const { db, dialect } = context.store
  const changed = (id: string, op: 'created' | 'updated' | 'deleted') =>
    context.events.emit([{ entity: 'role', id, op }])

  const getRow = async (name: string) =>
    found(
      await db.selectFrom('roles').selectAll().where('name', '=', name).executeTakeFirst(),
      'role',
      name,
    )
  /**
   * A 422 naming `email` unless the user is a member of the team (a team role needs membership);
   * the membership then stays until `trx` ends, so the role is given to a member.
   */
  async function assertMember(
    trx: Kysely<Database>,
    email: string,
    team: { id: string; name: string },
  ): Promise<void> {
    const member = await dialect
      .keepRows(
        trx
          .selectFrom('team_members')
          .select('email')
          .where('team_id', '=', team.id)
          .where('email', '=', email),
      )
      .executeTakeFirst()
    if (!member)
      throw invalidInput([
        {
          path: 'email',
          message: `${email} is not a member of team '${team.name}' (${team.id}); add them to the team first`,
        },
      ])
  }
  /** The 404 for an assignment not held: for the user, role or team if missing, else the assignment. */
  async function unheld(email: string, role: string, teamId: string | null) {
    const [user, known, team] = await Promise.all([
      db.selectFrom('users').select('email').where('email', '=', email).executeTakeFirst(),
      db.selectFrom('roles').select('name').where('name', '=', role).executeTakeFirst(),
      teamId === null
        ? null
        : db.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst(),
    ])
    if (!user) return notFound('user', email)
    if (!known) return notFound('role', role)
    if (team === undefined) return notFound('team', teamId ?? '', 'teamId')
    return notFound('role assignment', teamId === null ? role : `${role} in team ${teamId}`)
  }
  const editable = async (name: string) => {
    const row = await getRow(name)
    if (fromFlag(row.built_in))
      throw new GatewayError('FORBIDDEN', `role '${name}' is built in and cannot be changed`)
    return row
  }

  return {
    /** Every role, by name. */
    async list(): Promise<Role[]> {
      return (await db.selectFrom('roles').selectAll().orderBy('name').execute()).map(toRole)
    },

    /** One role; 404 when missing. */
    get: async (name: string) => toRole(await getRow(name)),

    /** Writes the built-in roles as code defines them (at startup). */
    async syncBuiltIns(seeds: readonly RoleSeed[]): Promise<void> {
      const now = nowIso()
      for (const seed of seeds) {
        const values = {
          description: seed.description,
          permissions: toJson(seed.permissions),
          scope: seed.scope,
          built_in: 1,
          updated_at: now,
        }
        await db
          .insertInto('roles')
          .values({ name: seed.name, ...values, created_at: now, version: 1 })
          .onConflict((oc) => oc.column('name').doUpdateSet(values))
          .execute()
      }
    },

    /** Adds a custom role; 409 when the name is taken. */
    async create(input: RoleCreate): Promise<Role> {
      const now = nowIso()
      const row: RoleRow = {
        name: input.name,
        description: input.description ?? null,
        permissions: toJson([...new Set(input.permissions)]),
        scope: input.scope,
        built_in: 0,
        created_at: now,
        updated_at: now,
        version: 1,
      }
      await guardUnique(dialect, { kind: 'role', field: 'name', value: row.name }, () =>
        db.insertInto('roles').values(row).execute(),
      )
      changed(row.name, 'created')
      return toRole(row)
    },

    /**
     * Changes a custom role's description or permissions; 403 for a built-in role, 422 for a new
     * name or scope (its assignments are made for one scope).
     */
    async update(name: string, input: RoleUpdate): Promise<Role> {
      const before = await editable(name)
      if (input.name !== undefined && input.name !== before.name)
        throw invalidField('name', 'cannot be changed: create a role of the new name instead')
      if (input.scope !== undefined && input.scope !== before.scope)
        throw invalidField(
          'scope',
          `cannot be changed: role '${name}' is held ${before.scope === 'team' ? 'within teams' : 'globally'}; create a ${input.scope} role instead`,
        )
      const result = await db
        .updateTable('roles')
        .set({
          ...(input.description !== undefined && { description: input.description }),
          ...(input.permissions && { permissions: toJson([...new Set(input.permissions)]) }),
          updated_at: nowIso(),
          version: nextVersion,
        })
        .where('name', '=', name)
        .where('version', ...versionIs(input.version))
        .executeTakeFirst()
      assertVersion(result, 'role', name, input.version)
      changed(name, 'updated')
      return toRole(await getRow(name))
    },

    /** Deletes a custom role and its assignments; 403 for a built-in role. */
    async remove(name: string): Promise<void> {
      await editable(name)
      await db.deleteFrom('roles').where('name', '=', name).execute()
      changed(name, 'deleted')
    },

    /** The roles given to a user. */
    async assignments(email: string): Promise<RoleAssignment[]> {
      const rows = await db
        .selectFrom('role_assignments')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .orderBy('role')
        .orderBy('team_id')
        .execute()
      return rows.map(toAssignment)
    },

    /**
     * Gives a user a role: a global role without `teamId`, a team role with one. 404 for an unknown
     * user; 422 for an unknown role or team, a scope that does not match, or a team role for a user
     * who is not a member of the team; 409 when already given.
     */
    async assign(email: string, input: RoleAssign, actor: Actor): Promise<RoleAssignment> {
      const key = email.toLowerCase()
      const user = await db
        .selectFrom('users')
        .select('email')
        .where('email', '=', key)
        .executeTakeFirst()
      if (!user) throw notFound('user', key)
      const teamId = input.teamId ?? null
      const [role, team] = await Promise.all([
        db.selectFrom('roles').selectAll().where('name', '=', input.role).executeTakeFirst(),
        teamId === null
          ? undefined
          : db
              .selectFrom('teams')
              .select(['id', 'name'])
              .where('id', '=', teamId)
              .executeTakeFirst(),
      ])
      const unknown: FieldIssue[] = []
      if (!role) unknown.push({ path: 'role', message: `no role named '${input.role}'` })
      if (teamId !== null && !team)
        unknown.push({ path: 'teamId', message: `no team with id '${teamId}'` })
      if (!role || unknown.length > 0) throw invalidInput(unknown)
      if (role.scope === 'team' && teamId === null)
        throw invalidField('teamId', `is required: role '${role.name}' is held within a team`)
      if (role.scope === 'global' && teamId !== null)
        throw invalidField('teamId', `must be absent: role '${role.name}' is global`)
      const row: RoleAssignmentRow = {
        id: assignmentId(key, role.name, teamId),
        email: key,
        role: role.name,
        team_id: teamId,
        granted_by: actor.email,
        created_at: nowIso(),
      }
      const what = teamId === null ? role.name : `${role.name} in team ${teamId}`
      await guardUnique(dialect, { kind: 'role assignment', field: 'role', value: what }, () =>
        inTransaction(db, async (trx) => {
          if (team) await assertMember(trx, key, team)
          await trx.insertInto('role_assignments').values(row).execute()
        }),
      )
      changed(role.name, 'updated')
      return toAssignment(row)
    },

    /**
     * Takes a role away from a user; 404 when they do not hold it, naming the user, role or team
     * when that is what does not exist.
     */
    async unassign(email: string, role: string, teamId: string | null): Promise<void> {
      const key = email.toLowerCase()
      const id = assignmentId(key, role, teamId)
      const result = await db.deleteFrom('role_assignments').where('id', '=', id).executeTakeFirst()
      if (result.numDeletedRows === 0n) throw await unheld(key, role, teamId)
      changed(role, 'updated')
    },

    /** A user's team memberships and roles with their permissions, in one query. */
    async accessOf(email: string): Promise<UserAccess> {
      const key = email.toLowerCase()
      const rows = await db
        .selectFrom('team_members')
        .select([
          sql<string | null>`team_id`.as('team_id'),
          sql<string>`${'member:'} || role`.as('role'),
          sql<unknown>`null`.as('permissions'),
        ])
        .where('email', '=', key)
        .unionAll(
          db
            .selectFrom('role_assignments')
            .innerJoin('roles', 'roles.name', 'role_assignments.role')
            .select(['role_assignments.team_id', 'roles.name as role', 'roles.permissions'])
            .where('role_assignments.email', '=', key),
        )
        .execute()
      const access: UserAccess = { teams: [], roles: [] }
      for (const row of rows) {
        if (row.role.startsWith('member:')) {
          const role = row.role.slice('member:'.length) === 'owner' ? 'owner' : 'member'
          access.teams.push({ teamId: row.team_id ?? '', role })
        } else
          access.roles.push({
            role: row.role,
            permissions: fromJson<string[]>(row.permissions, []),
            teamId: row.team_id,
          })
      }
      return access
    },
  }
}

/** The role service's interface. */
export type RoleService = ReturnType<typeof createRoleService>
