import { describe, expect, it } from 'vitest'
import type { Owned, Principal } from '../principal.js'
import { authorize, isPlatformAdmin, managesTeam } from './authorize.js'
import { builtInRole } from './built-in-roles.js'

const grant = (name: 'team_admin' | 'developer' | 'viewer', teamId?: string) => ({
  role: name,
  permissions: builtInRole(name).permissions,
  ...(teamId !== undefined && { teamId }),
})
const user = (email: string, extra: Partial<Principal> = {}): Principal => ({
  kind: 'user',
  email,
  isAdmin: false,
  teams: [],
  ...extra,
})
const admin = user('root@x.com', { isAdmin: true })
const ann = user('ann@x.com', {
  teams: ['red'],
  roles: [grant('developer'), grant('team_admin', 'red')],
})
const bob = user('bob@x.com', { teams: ['red'], roles: [grant('developer')] })
const cat = user('cat@x.com', { teams: ['blue'], roles: [grant('developer')] })
const vic = user('vic@x.com', { teams: ['red'], roles: [grant('viewer')] })
const tool = (
  visibility: Owned['visibility'],
  owner = 'bob@x.com',
  team: string | null = 'red',
) => ({
  kind: 'tool',
  name: 'x',
  owner,
  team,
  visibility,
})

describe('authorize', () => {
  it('defaults: admins are platform admins, everyone else a developer', () => {
    expect(isPlatformAdmin(admin)).toBe(true)
    expect(isPlatformAdmin(user('d@x.com'))).toBe(false)
    expect(authorize(user('d@x.com'), 'tools.write')).toMatchObject({ allowed: true })
    expect(authorize(user('d@x.com'), 'admin.users')).toEqual({
      allowed: false,
      reasons: ['user d@x.com has role developer, which lacks admin.users'],
    })
    expect(authorize({ ...admin, kind: 'anonymous-admin' }, 'admin.users').allowed).toBe(true)
  })

  it.each([
    // principal, action, visibility, allowed, hidden
    [admin, 'tools.read', 'private', true, false],
    [admin, 'tools.write', 'private', true, false],
    [ann, 'tools.write', 'team', true, false],
    [ann, 'tools.write', 'private', false, true],
    [bob, 'tools.write', 'private', true, false],
    [cat, 'tools.read', 'public', true, false],
    [cat, 'tools.read', 'team', false, true],
    [cat, 'tools.execute', 'private', false, true],
    [cat, 'tools.write', 'public', false, false],
    [vic, 'tools.read', 'team', true, false],
    [vic, 'tools.execute', 'team', false, false],
    [vic, 'tools.write', 'public', false, false],
  ] as const)('%#: %s %s on a %s tool -> %s', (principal, action, visibility, allowed, hidden) => {
    const result = authorize(principal, action, tool(visibility))
    expect(result.allowed).toBe(allowed)
    expect(result.hidden === true).toBe(hidden)
    expect(result.reasons.length).toBeGreaterThan(0)
  })

  it('explains each denial', () => {
    expect(authorize(vic, 'tools.execute').reasons).toEqual([
      'user vic@x.com has role viewer, which lacks tools.execute',
    ])
    expect(authorize(cat, 'tools.read', tool('private')).reasons.at(-1)).toBe(
      "tool 'x' is private to bob@x.com",
    )
    expect(authorize(cat, 'tools.read', tool('team')).reasons.at(-1)).toBe(
      "tool 'x' is shared only with team red",
    )
    expect(authorize(cat, 'tools.write', tool('public')).reasons.at(-1)).toBe(
      "user cat@x.com does not own tool 'x' and does not manage its team",
    )
  })

  it('narrows a token to the intersection of its scopes and its owner', () => {
    const token = { ...bob, kind: 'token' as const, tokenId: 'tok_1', scopes: ['tools.read'] }
    expect(authorize(token, 'tools.read', tool('team')).allowed).toBe(true)
    expect(authorize(token, 'tools.write', tool('private'))).toEqual({
      allowed: false,
      reasons: [
        'token tok_1 of bob@x.com has role developer, which grants tools.write',
        'token tok_1 is limited to tools.read, which lacks tools.write',
      ],
    })
    const wide = { ...token, roles: [grant('viewer')], scopes: ['*'] }
    expect(authorize(wide, 'tools.write').reasons.at(-1)).toBe(
      'token tok_1 of bob@x.com has role viewer, which lacks tools.write',
    )
  })

  it('limits a server-scoped token to its servers', () => {
    const token = { ...bob, kind: 'token' as const, tokenId: 't', serverIds: ['s1'] }
    const server = (id: string) => ({ ...tool('public'), kind: 'server', id, name: id })
    expect(authorize(token, 'tools.execute', server('s1')).allowed).toBe(true)
    expect(authorize(token, 'tools.execute', server('s2')).reasons.at(-1)).toBe(
      "token t is limited to the servers s1, not server 's2'",
    )
  })

  it('counts team roles only for entities of that team', () => {
    const teamOnly = user('t@x.com', { teams: ['red', 'blue'], roles: [grant('developer', 'red')] })
    expect(authorize(teamOnly, 'tools.execute', tool('team')).allowed).toBe(true)
    expect(authorize(teamOnly, 'tools.execute', tool('team', 'bob@x.com', 'blue')).reasons).toEqual(
      ['user t@x.com has no role that applies here, which lacks tools.execute'],
    )
    expect(authorize(teamOnly, 'tools.read').allowed).toBe(true)
  })

  it('needs team membership to own an entity in a team', () => {
    const mine = tool('team', 'cat@x.com', 'red')
    expect(authorize(cat, 'tools.write', mine).reasons.at(-1)).toBe(
      'user cat@x.com is not a member of team red',
    )
    expect(authorize(cat, 'tools.write', { ...mine, team: 'blue' }).allowed).toBe(true)
    expect(authorize(admin, 'tools.write', { ...mine, owner: admin.email }).allowed).toBe(true)
  })

  it('lets team managers change entities of their team, not of others', () => {
    expect(managesTeam(ann, 'red')).toBe(true)
    expect(managesTeam(ann, 'blue')).toBe(false)
    expect(managesTeam(admin, 'blue')).toBe(true)
    expect(authorize(ann, 'teams.manage', tool('team')).reasons.at(-1)).toBe(
      'user ann@x.com manages team red',
    )
    expect(authorize(bob, 'teams.manage', tool('team')).allowed).toBe(false)
  })
})
