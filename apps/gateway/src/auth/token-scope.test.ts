import type { Principal } from '@switchyard/auth'
import { describe, expect, it } from 'vitest'
import { assertMcpScope, assertRoutePermission, permissionFor, permits } from './token-scope.js'

const token = (scope: Partial<Principal>): Principal => ({
  kind: 'token',
  email: 'ann@example.com',
  isAdmin: false,
  teams: [],
  tokenId: 't1',
  ...scope,
})

describe('token scope', () => {
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
    ['post', '/import', 'admin.import'],
    ['get', '/health', undefined],
    ['get', '/auth/me', undefined],
  ])('%s %s needs %s', (method, path, permission) => {
    expect(permissionFor(method, path)).toBe(permission)
  })

  it('matches exact permissions and wildcards', () => {
    expect(permits(['tools.read'], 'tools.read')).toBe(true)
    expect(permits(['tools.read'], 'tools.execute')).toBe(false)
    expect(permits(['admin.*'], 'admin.users')).toBe(true)
    expect(permits(['admin.*'], 'tools.read')).toBe(false)
    expect(permits(['*'], 'gateways.write')).toBe(true)
  })

  it('leaves unscoped principals alone and explains a refusal', () => {
    expect(() => assertRoutePermission(token({}), 'post', '/gateways')).not.toThrow()
    expect(() => assertMcpScope(token({}), undefined)).not.toThrow()
    expect(() =>
      assertRoutePermission(token({ scopes: ['tools.read'] }), 'post', '/gateways'),
    ).toThrow(
      "token t1 lacks the permission 'gateways.write' for POST /gateways (it has: tools.read)",
    )
    expect(() => assertMcpScope(token({ serverIds: ['a'] }), 'b')).toThrow(
      "token t1 is scoped to the servers a and may not reach server 'b'",
    )
    expect(() => assertMcpScope(token({ serverIds: ['a'] }), 'a')).not.toThrow()
  })
})
