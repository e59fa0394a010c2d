import { describe, expect, it } from 'vitest'
import { BUILT_IN_ROLES } from './built-in-roles.js'
import { isKnownPermission } from './permissions.js'

describe('isKnownPermission', () => {
  it('knows what the gateway checks and the wildcards that reach it', () => {
    const known = ['tools.read', 'grpc.execute', 'teams.manage', 'admin.processes']
    const wildcards = ['*', 'tools.*', 'admin.*', '*.read', '*.manage']
    for (const permission of [...known, ...wildcards])
      expect(isKnownPermission(permission), permission).toBe(true)
    for (const role of BUILT_IN_ROLES)
      expect(role.permissions.filter((p) => !isKnownPermission(p))).toEqual([])
  })

  it('refuses misspellings and made-up areas or actions', () => {
    for (const permission of ['tols.read', 'admin.everything', 'tools.delete', 'nope.*', '*.fly'])
      expect(isKnownPermission(permission), permission).toBe(false)
  })
})
