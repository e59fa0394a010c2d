import { setTimeout as delay } from 'node:timers/promises'
import { BUILT_IN_ROLES } from '@switchyard/auth'
import { SelectQueryNode, TableNode, type KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../events/change-bus.js'
import { createRoleService } from '../services/role-service.js'
import { createTeamService, type TeamService } from '../services/team-service.js'
import {
  openTestRegistry,
  rejection,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

/**
 * A plugin that runs `hold` once, after the `nth` select from `table` ran and before the next
 * statement.
 */
function holdAfterSelectFrom(table: string, hold: () => Promise<void>, nth = 1): KyselyPlugin {
  const reading = new Set<string>()
  let seen = 0
  return {
    transformQuery({ node, queryId }) {
      const from = SelectQueryNode.is(node) ? (node.from?.froms ?? []) : []
      if (from.some((f) => TableNode.is(f) && f.table.identifier.name === table))
        reading.add(queryId.queryId)
      return node
    },
    async transformResult({ result, queryId }) {
      if (reading.has(queryId.queryId) && ++seen === nth) await hold()
      return result
    },
  }
}

describe.each(testStoreDrivers)('teams and roles on $driver', ({ open }) => {
  let t: TestRegistry
  const changes: Change[] = []

  beforeAll(async () => {
    t = await openTestRegistry(open)
    await t.registry.roles.syncBuiltIns(BUILT_IN_ROLES)
    for (const email of ['ann@example.com', 'bob@example.com'])
      await t.registry.users.create({ email, password: 'a-password' })
    await t.registry.users.create({
      email: 'root@example.com',
      password: 'a-password',
      isAdmin: true,
    })
    t.registry.context.events.subscribe((batch) => changes.push(...batch))
  })
  afterAll(() => t.dispose())

  it('gives new non-admin users the role developer, admins none', async () => {
    const { roles } = t.registry
    expect((await roles.assignments('ann@example.com')).map((a) => a.role)).toEqual(['developer'])
    expect(await roles.assignments('root@example.com')).toEqual([])
    await t.registry.users.create({
      email: 'ex@example.com',
      password: 'a-password',
      isAdmin: true,
    })
    await t.registry.users.update('ex@example.com', { isAdmin: false })
    expect((await roles.assignments('ex@example.com')).map((a) => a.role)).toEqual(['developer'])
    const builtIns = (await roles.list()).filter((r) => r.isBuiltIn).map((r) => r.name)
    expect(builtIns).toEqual(['developer', 'platform_admin', 'team_admin', 'viewer'])
    expect((await roles.get('developer')).permissions).toContain('tools.execute')
  })

  it('creates a team with its creator as owner, manages members, keeps an owner', async () => {
    const { teams } = t.registry
    const team = await teams.create({ name: 'Red Team' }, { email: 'ann@example.com' })
    expect(team).toMatchObject({ slug: 'red-team', name: 'Red Team', createdBy: 'ann@example.com' })
    expect(changes).toContainEqual({ entity: 'team', id: team.id, op: 'created' })
    expect((await rejection(teams.create({ name: 'Red team' }, { email: null }))).code).toBe(
      'CONFLICT',
    )

    await teams.addMember(team.id, { email: 'bob@example.com', role: 'member' })
    expect((await teams.members(team.id)).map((m) => [m.email, m.role])).toEqual([
      ['ann@example.com', 'owner'],
      ['bob@example.com', 'member'],
    ])
    expect(
      (await rejection(teams.addMember(team.id, { email: 'bob@example.com', role: 'member' })))
        .code,
    ).toBe('CONFLICT')
    const unknown = await rejection(
      teams.addMember(team.id, { email: 'x@example.com', role: 'member' }),
    )
    expect(unknown).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: "invalid input: email: no user with e-mail 'x@example.com'",
      issues: [{ path: 'email', message: "no user with e-mail 'x@example.com'" }],
    })
    expect((await rejection(teams.removeMember(team.id, 'ann@example.com'))).message).toBe(
      `ann@example.com is the last owner of team ${team.id}`,
    )
    await teams.setMemberRole(team.id, 'bob@example.com', 'owner')
    await teams.setMemberRole(team.id, 'ann@example.com', 'member')
    expect((await teams.list('ann@example.com')).map((x) => x.id)).toEqual([team.id])
    expect(await teams.list('root@example.com')).toEqual([])
    expect((await teams.list()).map((x) => x.id)).toEqual([team.id])
  })

  it("keeps a team's last owner from being deleted with their account", async () => {
    const { teams, users } = t.registry
    await users.create({ email: 'solo@example.com', password: 'a-password' })
    const team = await teams.create({ name: 'Solo' }, { email: 'solo@example.com' })
    const refused = await rejection(users.remove('solo@example.com'))
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: `solo@example.com is the last owner of team ${team.id}; give it another owner first`,
    })
    expect(await users.get('solo@example.com')).toMatchObject({ isActive: true })
    await teams.addMember(team.id, { email: 'ann@example.com', role: 'owner' })
    await users.remove('solo@example.com')
    expect((await teams.members(team.id)).map((m) => m.email)).toEqual(['ann@example.com'])
  })

  it("reads a user's teams and roles in one query", async () => {
    const { teams, roles } = t.registry
    const team = await teams.create({ name: 'Blue' }, { email: 'bob@example.com' })
    await roles.create({ name: 'auditor', permissions: ['audit.read'], scope: 'team' })
    await roles.assign('bob@example.com', { role: 'auditor', teamId: team.id }, { email: null })
    const access = await roles.accessOf('Bob@example.com')
    expect(access.teams).toContainEqual({ teamId: team.id, role: 'owner' })
    expect(access.roles).toContainEqual({
      role: 'auditor',
      permissions: ['audit.read'],
      teamId: team.id,
    })
    expect(access.roles).toContainEqual(
      expect.objectContaining({ role: 'developer', teamId: null }),
    )
  })

  it('takes the roles a member held in a team away when they leave it, and only those', async () => {
    const { teams, roles } = t.registry
    const team = await teams.create({ name: 'Leaving' }, { email: 'root@example.com' })
    const other = await teams.create({ name: 'Staying' }, { email: 'root@example.com' })
    for (const { id } of [team, other]) {
      await teams.addMember(id, { email: 'bob@example.com', role: 'member' })
      await roles.assign('bob@example.com', { role: 'team_admin', teamId: id }, { email: null })
    }
    await roles.assign('root@example.com', { role: 'team_admin', teamId: team.id }, { email: null })
    await teams.removeMember(team.id, 'bob@example.com')
    const held = (await roles.assignments('bob@example.com')).map((a) => [a.role, a.teamId])
    expect(held).toContainEqual(['team_admin', other.id])
    expect(held).not.toContainEqual(['team_admin', team.id])
    expect(held).toContainEqual(['developer', null])
    expect((await roles.assignments('root@example.com')).map((a) => a.teamId)).toContain(team.id)
  })

  it('gives a team role and removes its member at once: the role never outlives the membership', async () => {
    const { teams, roles, context } = t.registry
    const team = await teams.create({ name: 'Racing' }, { email: 'root@example.com' })
    await teams.addMember(team.id, { email: 'ann@example.com', role: 'member' })
    // Between the assignment's membership check and its insert, the member is removed; the removal
    // gets time to finish unless it waits for the assignment.
    let removal: Promise<void> | undefined
    const racing = holdAfterSelectFrom('team_members', async () => {
      removal = teams.removeMember(team.id, 'ann@example.com')
      await Promise.race([removal, delay(500)])
    })
    const store = { ...context.store, db: context.store.db.withPlugin(racing) }
    const given = await createRoleService({ ...context, store }).assign(
      'ann@example.com',
      { role: 'team_admin', teamId: team.id },
      { email: null },
    )
    expect(given).toMatchObject({ role: 'team_admin', teamId: team.id })
    await removal
    expect((await teams.members(team.id)).map((m) => m.email)).toEqual(['root@example.com'])
    const held = await roles.assignments('ann@example.com')
    expect(held.map((a) => a.teamId)).not.toContain(team.id)
    await teams.remove(team.id)
  })

  it.each([
    ['removed', (teams: TeamService, id: string, email: string) => teams.removeMember(id, email)],
    [
      'demoted',
      (teams: TeamService, id: string, email: string) => teams.setMemberRole(id, email, 'member'),
    ],
  ])('keeps an owner when its last two are %s at the same moment', async (how, leave) => {
    const { teams, context } = t.registry
    const team = await teams.create({ name: `Both ${how}` }, { email: 'ann@example.com' })
    await teams.addMember(team.id, { email: 'bob@example.com', role: 'owner' })
    // Between ann's owner check (the second read of the members) and her change, bob's runs; it
    // gets time to finish unless it waits for hers.
    let other: Promise<unknown> | undefined
    const racing = holdAfterSelectFrom(
      'team_members',
      async () => {
        other = leave(teams, team.id, 'bob@example.com')
        await Promise.race([other.catch(() => undefined), delay(500)])
      },
      2,
    )
    const store = { ...context.store, db: context.store.db.withPlugin(racing) }
    await leave(createTeamService({ ...context, store }), team.id, 'ann@example.com')
    expect(await rejection(other!)).toMatchObject({
      code: 'CONFLICT',
      message: `bob@example.com is the last owner of team ${team.id}`,
    })
    const owners = (await teams.members(team.id)).filter((m) => m.role === 'owner')
    expect(owners.map((m) => m.email)).toEqual(['bob@example.com'])
  })

  it("keeps an owner when one owner leaves the team as the other's account is deleted", async () => {
    const { teams, users, context } = t.registry
    for (const email of ['cat@example.com', 'dan@example.com'])
      await users.create({ email, password: 'a-password' })
    const team = await teams.create({ name: 'Parting' }, { email: 'cat@example.com' })
    await teams.addMember(team.id, { email: 'dan@example.com', role: 'owner' })
    let deletion: Promise<void> | undefined
    const racing = holdAfterSelectFrom(
      'team_members',
      async () => {
        deletion = users.remove('dan@example.com')
        await Promise.race([deletion.catch(() => undefined), delay(500)])
      },
      2,
    )
    const store = { ...context.store, db: context.store.db.withPlugin(racing) }
    await createTeamService({ ...context, store }).removeMember(team.id, 'cat@example.com')
    expect(await rejection(deletion!)).toMatchObject({
      code: 'CONFLICT',
      message: `dan@example.com is the last owner of team ${team.id}; give it another owner first`,
    })
    expect(await users.get('dan@example.com')).toMatchObject({ isActive: true })
    expect((await teams.members(team.id)).map((m) => [m.email, m.role])).toEqual([
      ['dan@example.com', 'owner'],
    ])
  })

  it('refuses an entity in a team that does not exist, created or moved there', async () => {
    const { tools, servers } = t.registry
    const actor = { email: 'root@example.com' }
    const url = 'http://127.0.0.1:9/t'
    const made = rejection(tools.create({ name: 'lost', url, team: 'no-such-team' }, actor))
    expect(await made).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: "team must name a team: no team has the id 'no-such-team'",
    })
    const server = await servers.create({ name: 'homeless' }, actor)
    const moved = rejection(servers.update(server.id, { team: 'no-such-team' }, actor))
    expect(await moved).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect((await servers.get(server.id)).team).toBeNull()
    await servers.remove(server.id)
  })

  it("refuses to change a custom role's name or scope, and takes them sent back as they are", async () => {
    const { roles } = t.registry
    const role = await roles.create({ name: 'runner', permissions: ['tools.read'], scope: 'team' })
    const moved = await rejection(roles.update('runner', { scope: 'global' }))
    expect(moved).toMatchObject({
      code: 'VALIDATION_FAILED',
      message:
        "scope cannot be changed: role 'runner' is held within teams; create a global role instead",
    })
    expect((await rejection(roles.update('runner', { name: 'walker' }))).message).toBe(
      'name cannot be changed: create a role of the new name instead',
    )
    const same = await roles.update('runner', { ...role, permissions: ['tools.execute'] })
    expect(same).toMatchObject({ name: 'runner', scope: 'team', permissions: ['tools.execute'] })
    await roles.remove('runner')
  })

  it('checks role assignments: scope, duplicates, unknowns, built-ins read-only', async () => {
    const { roles, teams } = t.registry
    const [team] = await teams.list('ann@example.com')
    const actor = { email: 'root@example.com' }
    const assign = (role: string, teamId?: string) =>
      roles.assign('ann@example.com', { role, ...(teamId && { teamId }) }, actor)
    expect((await rejection(assign('team_admin'))).message).toBe(
      "teamId is required: role 'team_admin' is held within a team",
    )
    expect((await rejection(assign('viewer', team?.id))).code).toBe('VALIDATION_FAILED')
    expect((await rejection(assign('nope'))).issues).toEqual([
      { path: 'role', message: "no role named 'nope'" },
    ])
    expect((await rejection(assign('viewer', 'no-team'))).issues).toEqual([
      { path: 'teamId', message: "no team with id 'no-team'" },
    ])
    const ghost = roles.assign('ghost@example.com', { role: 'viewer' }, actor)
    expect((await rejection(ghost)).code).toBe('NOT_FOUND')
    // A team role needs membership of its team first.
    const outside = await teams.create({ name: 'Outside' }, { email: 'bob@example.com' })
    expect(await rejection(assign('team_admin', outside.id))).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        {
          path: 'email',
          message: `ann@example.com is not a member of team 'Outside' (${outside.id}); add them to the team first`,
        },
      ],
    })
    await teams.remove(outside.id)
    expect((await rejection(assign('developer'))).code).toBe('CONFLICT')
    await assign('team_admin', team?.id)
    await roles.unassign('ann@example.com', 'team_admin', team?.id ?? null)
    expect((await rejection(roles.unassign('ann@example.com', 'team_admin', null))).message).toBe(
      "role assignment 'team_admin' not found",
    )
    // What the path or query names that does not exist is named: the user, the role, the team.
    const missing = (email: string, role: string, teamId: string | null) =>
      rejection(roles.unassign(email, role, teamId))
    expect(await missing('ann@example.com', 'team_admin', 'no-team')).toMatchObject({
      code: 'NOT_FOUND',
      message: "team 'no-team' not found",
      issues: [{ path: 'teamId', message: "team 'no-team' not found" }],
    })
    expect((await missing('ann@example.com', 'nope', team?.id ?? null)).message).toBe(
      "role 'nope' not found",
    )
    expect((await missing('ghost@example.com', 'viewer', null)).message).toBe(
      "user 'ghost@example.com' not found",
    )
    expect((await rejection(roles.update('viewer', { permissions: ['*'] }))).code).toBe('FORBIDDEN')
    expect((await rejection(roles.remove('developer'))).code).toBe('FORBIDDEN')
    expect(
      (await rejection(roles.create({ name: 'viewer', permissions: [], scope: 'global' }))).code,
    ).toBe('CONFLICT')
    await roles.remove('auditor')
    expect((await rejection(roles.get('auditor'))).code).toBe('NOT_FOUND')
  })

  it('refuses to delete a team that still owns entities, then deletes it with its memberships', async () => {
    const { teams, tools, roles } = t.registry
    const team = await teams.create({ name: 'Green' }, { email: 'ann@example.com' })
    await teams.addMember(team.id, { email: 'bob@example.com', role: 'member' })
    await roles.assign('bob@example.com', { role: 'team_admin', teamId: team.id }, { email: null })
    const tool = await tools.create(
      { name: 'green-tool', url: 'http://127.0.0.1:9/x', team: team.id },
      { email: 'ann@example.com' },
    )
    expect((await rejection(teams.remove(team.id))).message).toBe(
      "team 'Green' still owns 1 tool; move or delete it first",
    )
    await tools.remove(tool.id)
    await teams.remove(team.id)
    expect((await rejection(teams.get(team.id))).code).toBe('NOT_FOUND')
    const access = await roles.accessOf('ann@example.com')
    expect(access.teams.map((m) => m.teamId)).not.toContain(team.id)
    expect((await roles.assignments('bob@example.com')).map((a) => a.teamId)).not.toContain(team.id)
  })
})
