import type { Kysely } from 'kysely'
import { GatewayError } from '../errors.js'
import { newId } from '../ids.js'
import { slugify } from '../names.js'
import type {
  Team,
  TeamCreate,
  TeamMember,
  TeamMemberAdd,
  TeamMemberRole,
  TeamUpdate,
} from '../schemas/team.js'
import type { Database, TeamMemberRow, TeamRow } from '../store/database.js'
import { fromFlag } from '../store/json.js'
import { nowIso, type Actor, type ServiceContext } from './context.js'
import type { OwnedTable } from './list-query.js'
import { serializeTeams } from './team-lock.js'
import { inTransaction } from './transaction.js'
import { invalidInput } from './validated.js'
import { definedOnly, found, guardUnique } from './write.js'
import { assertVersion, nextVersion, versionIs } from './versioned.js'

/** The tables of entities a team can own, each with what one and several of them are called. */
const OWNED_TABLES: readonly (readonly [OwnedTable, string, string])[] = [
  ['gateways', 'gateway', 'gateways'],
  ['grpc_services', 'gRPC service', 'gRPC services'],
  ['tools', 'tool', 'tools'],
  ['resources', 'resource', 'resources'],
  ['prompts', 'prompt', 'prompts'],
  ['servers', 'server', 'servers'],
  ['a2a_agents', 'A2A agent', 'A2A agents'],
]

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    isPersonal: fromFlag(row.personal),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

function toMember(row: TeamMemberRow): TeamMember {
  return {
    teamId: row.team_id,
    email: row.email,
    role: row.role as TeamMemberRole,
    joinedAt: row.joined_at,
  }
}

/** Teams and their members. A team that still owns registry entities cannot be deleted. */
export function createTeamService(context: ServiceContext) {
  const { db, dialect } = context.store
  const changed = (id: string, op: 'created' | 'updated' | 'deleted') =>
    context.events.emit([{ entity: 'team', id, op }])

  const getRow = async (id: string) =>
    found(
      await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst(),
      'team',
      id,
    )

  /**
   * A member's row, read in `trx` once any other change to the team's members is done: what the
   * caller checks and writes next runs alone.
   */
  async function lockedMember(
    trx: Kysely<Database>,
    teamId: string,
    email: string,
  ): Promise<TeamMemberRow> {
    await serializeTeams(trx, dialect, [teamId])
    const row = await trx
      .selectFrom('team_members')
      .selectAll()
      .where('team_id', '=', teamId)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
    return found(row, 'team member', `${email} in team ${teamId}`)
  }

  /** 409 when the change would leave the team without an owner; in the transaction of the change. */
  async function assertOtherOwner(
    trx: Kysely<Database>,
    teamId: string,
    email: string,
  ): Promise<void> {
    const owners = await trx
      .selectFrom('team_members')
      .select('email')
      .where('team_id', '=', teamId)
      .where('role', '=', 'owner')
      .execute()
    if (owners.every((o) => o.email === email))
      throw new GatewayError('CONFLICT', `${email} is the last owner of team ${teamId}`)
  }

  return {
    /** Every team (`email` undefined), or the teams `email` is a member of; by name. */
    async list(email?: string): Promise<Team[]> {
      let qb = db.selectFrom('teams').selectAll('teams')
      if (email !== undefined)
        qb = qb
          .innerJoin('team_members', 'team_members.team_id', 'teams.id')
          .where('team_members.email', '=', email.toLowerCase())
      return (await qb.orderBy('teams.name').orderBy('teams.id').execute()).map(toTeam)
    },

    /** One team; 404 when missing. */
    get: async (id: string) => toTeam(await getRow(id)),

    /** Creates a team with its creator as owner; 409 when the slug is taken. */
    async create(input: TeamCreate, actor: Actor): Promise<Team> {
      const now = nowIso()
      const row: TeamRow = {
        id: newId(),
        slug: input.slug ?? slugify(input.name),
        name: input.name,
        description: input.description ?? null,
        personal: 0,
        created_by: actor.email,
        created_at: now,
        updated_at: now,
        version: 1,
      }
      await guardUnique(dialect, { kind: 'team', field: 'slug', value: row.slug }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('teams').values(row).execute()
          if (actor.email !== null)
            await trx
              .insertInto('team_members')
              .values({ team_id: row.id, email: actor.email, role: 'owner', joined_at: now })
              .execute()
        }),
      )
      changed(row.id, 'created')
      return toTeam(row)
    },

    /** Changes a team's name, slug or description. */
    async update(id: string, input: TeamUpdate): Promise<Team> {
      const before = await getRow(id)
      const changes = definedOnly({
        name: input.name,
        slug: input.slug,
        description: input.description,
      })
      await guardUnique(
        dialect,
        { kind: 'team', field: 'slug', value: input.slug ?? '' },
        async () =>
          assertVersion(
            await db
              .updateTable('teams')
              .set({ ...changes, updated_at: nowIso(), version: nextVersion })
              .where('id', '=', before.id)
              .where('version', ...versionIs(input.version))
              .executeTakeFirst(),
            'team',
            id,
            input.version,
          ),
      )
      changed(id, 'updated')
      return toTeam(await getRow(id))
    },

    /** Deletes a team with its memberships and team roles; 409 while registry entities belong to it. */
    async remove(id: string): Promise<void> {
      const team = await getRow(id)
      const held: string[] = []
      let total = 0
      for (const [table, one, several] of OWNED_TABLES) {
        const { n } = await db
          .selectFrom(table as 'tools')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('team', '=', id)
          .executeTakeFirstOrThrow()
        total += Number(n)
        if (Number(n) > 0) held.push(`${Number(n)} ${Number(n) === 1 ? one : several}`)
      }
      if (held.length > 0)
        throw new GatewayError(
          'CONFLICT',
          `team '${team.name}' still owns ${held.join(', ')}; move or delete ${total === 1 ? 'it' : 'them'} first`,
        )
      await db.deleteFrom('teams').where('id', '=', id).execute()
      changed(id, 'deleted')
    },

    /** The members of a team, by e-mail. */
    async members(id: string): Promise<TeamMember[]> {
      await getRow(id)
      const rows = await db
        .selectFrom('team_members')
        .selectAll()
        .where('team_id', '=', id)
        .orderBy('email')
        .execute()
      return rows.map(toMember)
    },

    /** Adds a user to a team; 422 for an unknown user, 409 when already a member. */
    async addMember(id: string, input: TeamMemberAdd): Promise<TeamMember> {
      await getRow(id)
      const user = await db
        .selectFrom('users')
        .select('email')
        .where('email', '=', input.email)
        .executeTakeFirst()
      if (!user)
        throw invalidInput([{ path: 'email', message: `no user with e-mail '${input.email}'` }])
      const row: TeamMemberRow = {
        team_id: id,
        email: user.email,
        role: input.role,
        joined_at: nowIso(),
      }
      await guardUnique(dialect, { kind: 'team member', field: 'email', value: row.email }, () =>
        db.insertInto('team_members').values(row).execute(),
      )
      changed(id, 'updated')
      return toMember(row)
    },

    /** Makes a member an owner or a plain member; 409 when that leaves no owner. */
    async setMemberRole(id: string, email: string, role: TeamMemberRole): Promise<TeamMember> {
      const row = await inTransaction(db, async (trx) => {
        const row = await lockedMember(trx, id, email)
        if (role !== 'owner' && row.role === 'owner') await assertOtherOwner(trx, id, row.email)
        await trx
          .updateTable('team_members')
          .set({ role })
          .where('team_id', '=', id)
          .where('email', '=', row.email)
          .execute()
        return row
      })
      changed(id, 'updated')
      return toMember({ ...row, role })
    },

    /** Removes a member with the roles they held in the team; 409 for the last owner. */
    async removeMember(id: string, email: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const row = await lockedMember(trx, id, email)
        if (row.role === 'owner') await assertOtherOwner(trx, id, row.email)
        await trx
          .deleteFrom('team_members')
          .where('team_id', '=', id)
          .where('email', '=', row.email)
          .execute()
        await trx
          .deleteFrom('role_assignments')
          .where('team_id', '=', id)
          .where('email', '=', row.email)
          .execute()
      })
      changed(id, 'updated')
    },
  }
}

/** The team service's interface. */
export type TeamService = ReturnType<typeof createTeamService>
