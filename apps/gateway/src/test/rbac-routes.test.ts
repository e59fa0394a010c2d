import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>

describe('/teams and /rbac routes', () => {
  let gw: TestGateway
  let ann: string
  let bob: string

  const json = async (res: Response, status: number): Promise<Json & Json[]> => {
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as Json & Json[]
  }
  const call = (token: string, method: string, path: string, body?: unknown) =>
    gw.call(method, path, { token, ...(body !== undefined && { body }) })

  beforeAll(async () => {
    gw = await openTestGateway()
    for (const name of ['ann', 'bob']) {
      const body = { email: `${name}@x.com`, password: `${name}-password` }
      await json(await call(gw.adminToken, 'POST', '/users', body), 201)
    }
    ann = await gw.login('ann@x.com', 'ann-password')
    bob = await gw.login('bob@x.com', 'bob-password')
  })
  afterAll(() => gw.dispose())

  it('creates, lists, reads, updates and deletes a team; its owner manages members', async () => {
    const team = await json(
      await call(ann, 'POST', '/teams', { team: { name: 'Core Team', description: 'd' } }),
      201,
    )
    expect(team).toMatchObject({ slug: 'core-team', name: 'Core Team', createdBy: 'ann@x.com' })
    const id = team.id as string
    expect((await json(await call(ann, 'GET', '/teams'), 200)).map((t) => t.id)).toEqual([id])
    expect(await json(await call(bob, 'GET', '/teams'), 200)).toEqual([])
    expect((await json(await call(gw.adminToken, 'GET', '/teams'), 200)).map((t) => t.id)).toEqual([
      id,
    ])
    await json(await call(bob, 'GET', `/teams/${id}`), 404)

    const members = `/teams/${id}/members`
    expect(await json(await call(ann, 'POST', members, { email: 'bob@x.com' }), 201)).toMatchObject(
      {
        email: 'bob@x.com',
        role: 'member',
      },
    )
    expect((await json(await call(bob, 'GET', members), 200)).map((m) => m.email)).toEqual([
      'ann@x.com',
      'bob@x.com',
    ])
    // A plain member may read the team but not manage it.
    await json(await call(bob, 'GET', `/teams/${id}`), 200)
    const refused = await json(await call(bob, 'PUT', `/teams/${id}`, { name: 'Mine' }), 403)
    expect(refused.detail).toBe('user bob@x.com has role developer, which lacks teams.manage')
    await json(await call(bob, 'POST', members, { email: 'bob@x.com' }), 403)

    await json(await call(ann, 'PUT', `${members}/bob@x.com`, { role: 'owner' }), 200)
    expect(
      await json(await call(bob, 'PUT', `/teams/${id}`, { name: 'Renamed' }), 200),
    ).toMatchObject({ name: 'Renamed', slug: 'core-team' })
    await json(await call(ann, 'PUT', `${members}/ann@x.com`, { role: 'member' }), 200)
    // ann is a plain member again: she may leave, but not remove others.
    await json(await call(ann, 'DELETE', `${members}/bob@x.com`), 403)
    const left = await json(await call(ann, 'DELETE', `${members}/ann@x.com`), 200)
    expect(left.message).toBe("ann@x.com left team 'Renamed'")
    await json(await call(ann, 'GET', `/teams/${id}`), 404)
    const last = await json(await call(bob, 'DELETE', `${members}/bob@x.com`), 409)
    expect(last.detail).toBe(`bob@x.com is the last owner of team ${id}`)
    await json(await call(bob, 'DELETE', `/teams/${id}`), 200)
    await json(await call(bob, 'GET', `/teams/${id}`), 404)
  })

  it('answers bad team requests with 404, 409 and 422 (422 for a body naming an unknown user)', async () => {
    const team = await json(await call(ann, 'POST', '/teams', { name: 'Ops', slug: 'ops' }), 201)
    const id = team.id as string
    expect(await json(await call(bob, 'POST', '/teams', { name: 'Ops' }), 409)).toMatchObject({
      code: 'CONFLICT',
      detail: "team with slug 'ops' already exists",
    })
    const bad = await json(await call(ann, 'POST', '/teams', { slug: 'Not A Slug!' }), 422)
    expect(bad.code).toBe('VALIDATION_FAILED')
    expect(JSON.stringify(bad)).toContain('name')
    await json(await call(ann, 'GET', '/teams/nope'), 404)
    await json(await call(ann, 'DELETE', '/teams/nope'), 404)
    const members = `/teams/${id}/members`
    // A body naming a user that does not exist is bad input, not a missing path.
    expect(await json(await call(ann, 'POST', members, { email: 'ghost@x.com' }), 422)).toEqual({
      code: 'VALIDATION_FAILED',
      detail: "invalid input: email: no user with e-mail 'ghost@x.com'",
      errors: [{ path: 'email', message: "no user with e-mail 'ghost@x.com'" }],
    })
    await json(await call(ann, 'POST', members, { email: 'bob@x.com', role: 'king' }), 422)
    await json(await call(ann, 'POST', members, { email: 'not-an-email' }), 422)
    await json(await call(ann, 'POST', members, { email: 'bob@x.com' }), 201)
    await json(await call(ann, 'POST', members, { email: 'bob@x.com' }), 409)
    const removed = await json(await call(ann, 'DELETE', `${members}/bob@x.com`), 200)
    expect(removed.message).toBe("bob@x.com was removed from team 'Ops'")
    await json(await call(ann, 'POST', members, { email: 'bob@x.com' }), 201)
    await json(await call(ann, 'PUT', `${members}/ghost@x.com`, { role: 'owner' }), 404)
    // A team that owns entities is not deleted: its entities would be left half-visible.
    const tool = await json(
      await call(bob, 'POST', '/tools', {
        name: 'ops-tool',
        url: 'http://127.0.0.1:9/x',
        team: id,
      }),
      201,
    )
    expect(tool).toMatchObject({ team: id, visibility: 'team' })
    const held = await json(await call(ann, 'DELETE', `/teams/${id}`), 409)
    expect(held.detail).toBe("team 'Ops' still owns 1 tool; move or delete it first")
    // ann manages team Ops, so she may change bob's team tool.
    await json(await call(ann, 'PUT', `/tools/${tool.id as string}`, { description: 'x' }), 200)
    await json(await call(ann, 'DELETE', `/tools/${tool.id as string}`), 200)
    await json(await call(ann, 'DELETE', `/teams/${id}`), 200)
  })

  it('manages custom roles; built-in roles are read-only', async () => {
    const admin = gw.adminToken
    const names = (await json(await call(admin, 'GET', '/rbac/roles'), 200)).map((r) => r.name)
    expect(names).toEqual(['developer', 'platform_admin', 'team_admin', 'viewer'])
    const role = { name: 'tool_runner', permissions: ['tools.read', 'tools.execute'] }
    expect(await json(await call(admin, 'POST', '/rbac/roles', role), 201)).toMatchObject({
      ...role,
      scope: 'global',
      isBuiltIn: false,
    })
    await json(await call(admin, 'POST', '/rbac/roles', role), 409)
    await json(await call(admin, 'POST', '/rbac/roles', { name: 'Bad Name', permissions: [] }), 422)
    const badPermission = { name: 'x', permissions: ['tools..read'] }
    await json(await call(admin, 'POST', '/rbac/roles', badPermission), 422)
    const updated = await call(admin, 'PUT', '/rbac/roles/tool_runner', {
      permissions: ['tools.*'],
    })
    expect((await json(updated, 200)).permissions).toEqual(['tools.*'])
    expect(
      (await json(await call(admin, 'PUT', '/rbac/roles/viewer', { permissions: ['*'] }), 403))
        .detail,
    ).toBe("role 'viewer' is built in and cannot be changed")
    await json(await call(admin, 'DELETE', '/rbac/roles/developer'), 403)
    await json(await call(admin, 'GET', '/rbac/roles/nope'), 404)
    const denied = await json(await call(ann, 'GET', '/rbac/roles'), 403)
    expect(denied.detail).toBe('user ann@x.com has role developer, which lacks admin.rbac')
    await json(await call(admin, 'DELETE', '/rbac/roles/tool_runner'), 200)
    await json(await call(admin, 'DELETE', '/rbac/roles/tool_runner'), 404)
  })

  it('assigns and unassigns roles; a change takes effect on the next request', async () => {
    const admin = gw.adminToken
    const roles = '/rbac/users/bob@x.com/roles'
    expect((await json(await call(admin, 'GET', roles), 200)).map((a) => a.role)).toEqual([
      'developer',
    ])
    await json(await call(bob, 'GET', '/tools'), 200)
    await json(await call(admin, 'POST', roles, { role: 'viewer' }), 201)
    await json(await call(admin, 'POST', roles, { role: 'viewer' }), 409)
    await json(await call(admin, 'DELETE', `${roles}/developer`), 200)
    await json(await call(admin, 'DELETE', `${roles}/developer`), 404)
    // A 404 names what the path or query names that does not exist.
    const noTeam = await json(await call(admin, 'DELETE', `${roles}/team_admin?teamId=nope`), 404)
    expect(noTeam).toMatchObject({ code: 'NOT_FOUND', detail: "team 'nope' not found" })
    const noUser = await call(admin, 'DELETE', '/rbac/users/ghost@x.com/roles/viewer')
    expect((await json(noUser, 404)).detail).toBe("user 'ghost@x.com' not found")
    const create = await call(bob, 'POST', '/tools', { name: 'b', url: 'http://127.0.0.1:9/x' })
    expect((await json(create, 403)).detail).toBe(
      'user bob@x.com has role viewer, which lacks tools.write',
    )
    const mine = await json(await call(bob, 'GET', '/rbac/my/permissions'), 200)
    expect(mine).toMatchObject({
      email: 'bob@x.com',
      isPlatformAdmin: false,
      roles: [{ role: 'viewer', teamId: null }],
    })
    expect(mine.permissions).toContain('tools.read')
    expect(mine.permissions).not.toContain('tools.write')

    await json(await call(admin, 'POST', roles, { role: 'team_admin' }), 422)
    // Unknown names in the body are bad fields (422 naming them); 404 is for the path's user only.
    expect(
      await json(await call(admin, 'POST', roles, { role: 'viewer', teamId: 'nope' }), 422),
    ).toEqual({
      code: 'VALIDATION_FAILED',
      detail: "invalid input: teamId: no team with id 'nope'",
      errors: [{ path: 'teamId', message: "no team with id 'nope'" }],
    })
    expect(
      (await json(await call(admin, 'POST', roles, { role: 'nope', teamId: 'gone' }), 422)).errors,
    ).toEqual([
      { path: 'role', message: "no role named 'nope'" },
      { path: 'teamId', message: "no team with id 'gone'" },
    ])
    expect((await json(await call(admin, 'POST', roles, { role: 'nope' }), 422)).detail).toBe(
      "invalid input: role: no role named 'nope'",
    )
    await json(await call(admin, 'POST', roles, {}), 422)
    await json(await call(admin, 'GET', '/rbac/users/ghost@x.com/roles'), 404)
    await json(await call(admin, 'POST', '/rbac/users/ghost@x.com/roles', { role: 'viewer' }), 404)
    await json(await call(ann, 'POST', roles, { role: 'developer' }), 403)
    await json(await call(admin, 'POST', roles, { role: 'developer' }), 201)
    await json(await call(bob, 'POST', '/tools', { name: 'b', url: 'http://127.0.0.1:9/x' }), 201)
  })

  it('checks permissions: bad bodies and unknown entities or users 422, others only for admins', async () => {
    const check = (token: string, body: unknown) =>
      call(token, 'POST', '/rbac/permissions/check', body)
    expect(await json(await check(ann, { permission: 'tools.execute' }), 200)).toEqual({
      allowed: true,
      reasons: ['user ann@x.com has role developer, which grants tools.execute'],
    })
    await json(await check(ann, {}), 422)
    await json(await check(ann, { permission: 'not a permission' }), 422)
    await json(
      await check(ann, { permission: 'tools.read', entity: { kind: 'planet', id: 'x' } }),
      422,
    )
    const unknownTool = await json(
      await check(ann, { permission: 'tools.read', entity: { kind: 'tool', id: 'nope' } }),
      422,
    )
    expect(unknownTool.errors).toEqual([{ path: 'entity.id', message: "no tool with id 'nope'" }])
    // A team ann may not see reads exactly as one that does not exist.
    const hidden = (await json(await call(bob, 'POST', '/teams', { name: 'Hidden' }), 201))
      .id as string
    const hiddenTeam = await check(ann, {
      permission: 'teams.read',
      entity: { kind: 'team', id: hidden },
    })
    expect((await json(hiddenTeam, 422)).errors).toEqual([
      { path: 'entity.id', message: `no team with id '${hidden}'` },
    ])
    await json(await call(bob, 'DELETE', `/teams/${hidden}`), 200)
    await json(await check(ann, { email: 'bob@x.com', permission: 'tools.read' }), 403)
    const ghost = await check(gw.adminToken, { email: 'ghost@x.com', permission: 'tools.read' })
    expect((await json(ghost, 422)).errors).toEqual([
      { path: 'email', message: "no user with e-mail 'ghost@x.com'" },
    ])
    expect(
      await json(
        await check(gw.adminToken, { email: 'ann@x.com', permission: 'admin.users' }),
        200,
      ),
    ).toEqual({
      allowed: false,
      reasons: ['user ann@x.com has role developer, which lacks admin.users'],
    })
  })

  it('lets a team admin give and take team roles within its team only, never more than it holds', async () => {
    const admin = gw.adminToken
    for (const name of ['carl', 'dana']) {
      const body = { email: `${name}@x.com`, password: `${name}-password` }
      await json(await call(admin, 'POST', '/users', body), 201)
    }
    const carl = await gw.login('carl@x.com', 'carl-password')
    const dana = await gw.login('dana@x.com', 'dana-password')
    for (const [name, permissions] of [
      ['crew', ['tools.read', 'tools.execute']],
      ['auditor', ['tools.read', 'admin.audit']],
    ] as const)
      await json(
        await call(admin, 'POST', '/rbac/roles', { name, permissions, scope: 'team' }),
        201,
      )
    // ann owns Alpha (team_admin there), bob is a member of it; dana owns Beta, ann is a member.
    const alpha = (await json(await call(ann, 'POST', '/teams', { name: 'Alpha' }), 201))
      .id as string
    const beta = (await json(await call(dana, 'POST', '/teams', { name: 'Beta' }), 201))
      .id as string
    await json(await call(ann, 'POST', `/teams/${alpha}/members`, { email: 'bob@x.com' }), 201)
    await json(await call(dana, 'POST', `/teams/${beta}/members`, { email: 'ann@x.com' }), 201)
    const bobRoles = '/rbac/users/bob@x.com/roles'
    const give = (token: string, email: string, body: Json) =>
      call(token, 'POST', `/rbac/users/${email}/roles`, body)
    const refused = async (res: Response) => (await json(res, 403)).detail

    // Allowed: a team role within Alpha, to a member, carrying only what ann holds there.
    expect(
      await json(await give(ann, 'bob@x.com', { role: 'crew', teamId: alpha }), 201),
    ).toMatchObject({ email: 'bob@x.com', role: 'crew', teamId: alpha, grantedBy: 'ann@x.com' })
    const mine = await json(await call(bob, 'GET', '/rbac/my/permissions'), 200)
    expect((mine.teamPermissions as Record<string, string[]>)[alpha]).toEqual([
      'tools.read',
      'tools.execute',
    ])
    await json(await give(ann, 'bob@x.com', { role: 'team_admin', teamId: alpha }), 201)
    // ann sees bob's roles within Alpha only (not his global role); the admin sees them all.
    const seen = await json(await call(ann, 'GET', bobRoles), 200)
    expect(seen.map((a) => `${String(a.role)}@${String(a.teamId)}`).sort()).toEqual([
      `crew@${alpha}`,
      `team_admin@${alpha}`,
    ])
    const all = await json(await call(admin, 'GET', bobRoles), 200)
    expect(all.some((a) => a.teamId === null)).toBe(true)
    expect(await refused(await call(carl, 'GET', bobRoles))).toBe(
      'user carl@x.com has role developer, which lacks admin.rbac',
    )
    await json(await call(ann, 'DELETE', `${bobRoles}/team_admin?teamId=${alpha}`), 200)

    // Refused: not a member (bad input), a global role, escalation, other teams, no teams.manage.
    expect(
      (await json(await give(ann, 'carl@x.com', { role: 'crew', teamId: alpha }), 422)).errors,
    ).toEqual([
      {
        path: 'email',
        message: `carl@x.com is not a member of team 'Alpha' (${alpha}); add them to the team first`,
      },
    ])
    for (const body of [{ role: 'viewer' }, { role: 'viewer', teamId: alpha }])
      expect(await refused(await give(ann, 'bob@x.com', body))).toBe(
        "role 'viewer' is global: without admin.rbac, user ann@x.com may give and take only team roles within a team it manages",
      )
    expect(await refused(await give(ann, 'bob@x.com', { role: 'crew' }))).toMatch(
      /^no teamId was given: without admin.rbac/,
    )
    expect(await refused(await give(ann, 'bob@x.com', { role: 'auditor', teamId: alpha }))).toBe(
      `role 'auditor' carries admin.audit, which user ann@x.com does not hold in team ${alpha}`,
    )
    expect(await refused(await give(ann, 'dana@x.com', { role: 'crew', teamId: beta }))).toBe(
      'user ann@x.com has role developer, which lacks teams.manage',
    )
    const gamma = (await json(await call(dana, 'POST', '/teams', { name: 'Gamma' }), 201)).id
    // A team ann may not see reads as unknown: a 422 like a team that does not exist.
    expect(
      (await json(await give(ann, 'dana@x.com', { role: 'crew', teamId: gamma }), 422)).errors,
    ).toEqual([{ path: 'teamId', message: `no team with id '${String(gamma)}'` }])
    expect(await refused(await give(bob, 'bob@x.com', { role: 'crew', teamId: alpha }))).toMatch(
      /^user bob@x.com has roles .*, which lacks admin.rbac$/,
    )
    expect(await refused(await give(carl, 'bob@x.com', { role: 'crew', teamId: alpha }))).toBe(
      'user carl@x.com has role developer, which lacks admin.rbac',
    )
    await json(await give(ann, 'bob@x.com', { role: 'crew', teamId: 'nope' }), 422)
    expect(
      (await json(await give(ann, 'bob@x.com', { role: 'gone', teamId: alpha }), 422)).errors,
    ).toEqual([{ path: 'role', message: "no role named 'gone'" }])

    // A platform admin may give team roles only to the team's members too.
    const outsider = await json(
      await give(admin, 'carl@x.com', { role: 'crew', teamId: alpha }),
      422,
    )
    expect(outsider.detail).toBe(
      `invalid input: email: carl@x.com is not a member of team 'Alpha' (${alpha}); add them to the team first`,
    )
    expect(
      (await json(await call(admin, 'GET', '/rbac/users/carl@x.com/roles'), 200)).map(
        (a) => a.role,
      ),
    ).toEqual(['developer'])

    // Taking follows the same rules; a platform admin may still do anything.
    await json(await give(admin, 'bob@x.com', { role: 'auditor', teamId: alpha }), 201)
    expect(await refused(await call(ann, 'DELETE', `${bobRoles}/auditor?teamId=${alpha}`))).toBe(
      `role 'auditor' carries admin.audit, which user ann@x.com does not hold in team ${alpha}`,
    )
    expect(await refused(await call(ann, 'DELETE', `${bobRoles}/developer`))).toMatch(
      /^role 'developer' is global/,
    )
    await json(await call(ann, 'DELETE', `${bobRoles}/crew?teamId=${alpha}`), 200)
    await json(await call(ann, 'DELETE', `${bobRoles}/crew?teamId=${alpha}`), 404)
    const noTeam = await json(await call(ann, 'DELETE', `${bobRoles}/crew?teamId=nope`), 404)
    expect(noTeam.detail).toBe("team 'nope' not found")
    await json(await call(admin, 'DELETE', `${bobRoles}/auditor?teamId=${alpha}`), 200)
    const left = await json(await call(admin, 'GET', bobRoles), 200)
    expect(left.filter((a) => a.teamId === alpha)).toEqual([])
  })

  it('lists the new routes in the OpenAPI document', async () => {
    const doc = await json(await gw.call('GET', '/openapi.json'), 200)
    const paths = Object.keys(doc.paths as Json)
    for (const path of [
      '/teams',
      '/teams/{id}',
      '/teams/{id}/members',
      '/teams/{id}/members/{email}',
      '/rbac/roles',
      '/rbac/roles/{name}',
      '/rbac/users/{email}/roles',
      '/rbac/users/{email}/roles/{role}',
      '/rbac/my/permissions',
      '/rbac/permissions/check',
    ])
      expect(paths).toContain(path)
  })
})
