import type { Principal } from '@switchyard/auth'
import type { CatalogTool } from '@switchyard/core'
import { McpFaceError } from '@switchyard/transports'
import { describe, expect, it } from 'vitest'
import { accessKeyOf, createMemberAccess } from './member-access.js'

const ann: Principal = {
  kind: 'user',
  email: 'ann@x.com',
  isAdmin: false,
  teams: ['red'],
  roles: [{ role: 'viewer', permissions: ['tools.read'] }],
}
const tool = (team: string) =>
  ({ id: `t-${team}`, name: `t-${team}`, owner: null, team, visibility: 'public' }) as CatalogTool

describe('member access', () => {
  it('shares a key between principals with equal roles and scopes only', () => {
    expect(accessKeyOf({ ...ann })).toBe(accessKeyOf({ ...ann }))
    expect(accessKeyOf({ ...ann, scopes: ['tools.read'] })).not.toBe(accessKeyOf(ann))
    const runner = { role: 'runner', permissions: ['tools.execute'], teamId: 'red' }
    expect(accessKeyOf({ ...ann, roles: [...(ann.roles ?? []), runner] })).not.toBe(
      accessKeyOf(ann),
    )
  })

  it('allows by a team role in the entity team, and refuses elsewhere with FORBIDDEN -32003', () => {
    const runner = { role: 'runner', permissions: ['tools.execute'], teamId: 'red' }
    const access = createMemberAccess({ ...ann, roles: [...(ann.roles ?? []), runner] })
    expect(() => access('tools.execute', tool('red'))).not.toThrow()
    let refused: unknown
    try {
      access('tools.execute', tool('blue'))
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(McpFaceError)
    expect(refused).toMatchObject({
      code: -32003,
      message: "tool 't-blue': user ann@x.com has role viewer, which lacks tools.execute",
      data: { permission: 'tools.execute' },
    })
  })
})
