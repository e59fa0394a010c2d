import { describe, expect, it } from 'vitest'
import type { Owned, Principal } from '../principal.js'
import { authorize } from './authorize.js'
import { builtInRole } from './built-in-roles.js'
import { authorizeMcpEndpoint } from './mcp-access.js'

const runner = { role: 'runner', permissions: ['tools.execute'], teamId: 'red' }
const viewer = { role: 'viewer', permissions: builtInRole('viewer').permissions }
const user = (extra: Partial<Principal>): Principal => ({
  kind: 'user',
  email: 'ann@x.com',
  isAdmin: false,
  teams: ['red'],
  ...extra,
})
const catalog: Owned = { kind: 'catalog', owner: null, team: null, visibility: 'public' }
const blueServer: Owned = {
  kind: 'server',
  id: 's1',
  owner: null,
  team: 'blue',
  visibility: 'team',
}

describe('authorizeMcpEndpoint', () => {
  it('opens for a permission held only in a team, which authorize alone would refuse', () => {
    const ann = user({ roles: [runner] })
    expect(authorize(ann, 'tools.execute', catalog).allowed).toBe(false)
    expect(authorize(ann, 'tools.execute', catalog, { anyTeam: true }).allowed).toBe(true)
    expect(authorizeMcpEndpoint(ann, catalog)).toMatchObject({ allowed: true })
  })

  it('opens for a viewer (reads), whose calls are then decided one by one', () => {
    expect(authorizeMcpEndpoint(user({ roles: [viewer] }), catalog)).toMatchObject({
      allowed: true,
      reasons: [expect.stringContaining('which grants tools.read'), 'the whole catalog is public'],
    })
  })

  it('refuses without any MCP permission, naming tools.execute', () => {
    const none = user({ roles: [{ role: 'auditor', permissions: ['admin.audit'] }] })
    expect(authorizeMcpEndpoint(none, catalog)).toEqual({
      allowed: false,
      reasons: ['user ann@x.com has role auditor, which lacks tools.execute'],
    })
  })

  it('keeps a hidden server hidden and a token to its servers', () => {
    expect(authorizeMcpEndpoint(user({ roles: [runner] }), blueServer)).toMatchObject({
      allowed: false,
      hidden: true,
    })
    const token = user({ teams: ['blue'], roles: [runner], tokenId: 't1', serverIds: ['s2'] })
    expect(authorizeMcpEndpoint(token, blueServer).reasons.at(-1)).toBe(
      "token t1 is limited to the servers s2, not server 's1'",
    )
  })
})
