import { describe, expect, it } from 'vitest'
import type { MyPermissions } from '../api/types'
import { allows, permits } from './permissions'

describe('permits', () => {
  it('matches exact, everything, an area and an action across areas', () => {
    expect(permits(['tools.read'], 'tools.read')).toBe(true)
    expect(permits(['*'], 'admin.users')).toBe(true)
    expect(permits(['teams.*'], 'teams.manage')).toBe(true)
    expect(permits(['*.read'], 'grpc.read')).toBe(true)
    expect(permits(['tools.read', '*.execute'], 'tools.write')).toBe(false)
    expect(permits([], 'tools.read')).toBe(false)
  })
})

describe('allows', () => {
  const mine: MyPermissions = {
    email: 'dev@example.com',
    isPlatformAdmin: false,
    teams: ['t1'],
    roles: [{ role: 'developer', teamId: null }],
    permissions: ['tools.read', 'teams.write'],
    teamPermissions: { t1: ['teams.manage'] },
  }

  it('takes global permissions everywhere and team permissions in their team only', () => {
    expect(allows(mine, 'teams.write')).toBe(true)
    expect(allows(mine, 'teams.manage')).toBe(false)
    expect(allows(mine, 'teams.manage', 't1')).toBe(true)
    expect(allows(mine, 'teams.manage', 't2')).toBe(false)
    expect(allows({ ...mine, isPlatformAdmin: true }, 'admin.rbac')).toBe(true)
  })
})
