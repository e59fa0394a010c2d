import { describe, expect, it } from 'vitest'
import { permissionForMethod } from './external-scope.js'

describe('permissionForMethod', () => {
  it('names the permission each MCP method needs from an external token', () => {
    expect(permissionForMethod('tools/list', {})).toBe('tools.read')
    expect(permissionForMethod('tools/call', { name: 'x' })).toBe('tools.execute')
    expect(permissionForMethod('resources/read', { uri: 'file:///a' })).toBe('resources.read')
    expect(permissionForMethod('resources/templates/list', undefined)).toBe('resources.read')
    expect(permissionForMethod('prompts/get', { name: 'p' })).toBe('prompts.execute')
    expect(permissionForMethod('completion/complete', { ref: { type: 'ref/prompt' } })).toBe(
      'prompts.read',
    )
    expect(permissionForMethod('completion/complete', { ref: { type: 'ref/resource' } })).toBe(
      'resources.read',
    )
  })

  it('needs nothing beyond a valid token for the handshake and housekeeping', () => {
    for (const method of ['initialize', 'ping', 'notifications/initialized', 'server/discover'])
      expect(permissionForMethod(method, {})).toBeUndefined()
  })
})
