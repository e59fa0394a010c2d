import { describe, expect, it } from 'vitest'
import { permissionFor } from './token-scope.js'

describe('permissionFor', () => {
  it.each([
    ['get', '/tools', 'tools.read'],
    ['get', '/tools/:id', 'tools.read'],
    ['post', '/gateways', 'gateways.write'],
    ['post', '/gateways/:id/tools/refresh', 'gateways.write'],
    ['get', '/servers/:id/tools', 'servers.read'],
    ['post', '/servers/:id/a2a', 'tools.execute'],
    ['get', '/servers/:id/a2a/.well-known/agent-card.json', 'servers.read'],
    ['post', '/prompts/:id', 'prompts.execute'],
    ['post', '/a2a/:name/invoke', 'a2a.execute'],
    ['delete', '/tokens/:id', 'tokens.write'],
    ['get', '/users', 'admin.users'],
    ['get', '/users/:email', undefined],
    ['put', '/users/:email', 'admin.users'],
    ['post', '/import', 'admin.import'],
    ['get', '/teams', 'teams.read'],
    ['post', '/teams', 'teams.write'],
    ['post', '/teams/:id/members', 'teams.manage'],
    ['delete', '/teams/:id', 'teams.manage'],
    ['get', '/rbac/roles', 'admin.rbac'],
    ['post', '/rbac/users/:email/roles', 'admin.rbac'],
    ['get', '/rbac/my/permissions', undefined],
    ['post', '/rbac/permissions/check', undefined],
    ['get', '/health', undefined],
    ['get', '/auth/me', undefined],
    ['get', '/v1/tools', 'tools.read'],
  ])('%s %s needs %s', (method, path, permission) => {
    expect(permissionFor(method, path)).toBe(permission)
  })
})
