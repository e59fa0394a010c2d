import { createSecretSealer } from '@switchyard/auth'
import { describe, expect, it } from 'vitest'
import { createInputStates } from './input-state.js'

describe('requestStates naming the replica that holds a parked call', () => {
  const secret = 'shared-secret-of-the-deployment'
  const a = createInputStates(secret, 'http://10.0.0.1:4444')
  const b = createInputStates(secret, 'http://10.0.0.2:4444')

  it("opens on any replica of the deployment to the holder's URL and id, which it hides", () => {
    const state = a.seal('6f1c0f7e-1b7a-4c2e-9d51-0b3a5f1e2d4c')
    expect(b.open(state)).toEqual({
      owner: 'http://10.0.0.1:4444',
      id: '6f1c0f7e-1b7a-4c2e-9d51-0b3a5f1e2d4c',
    })
    expect(state).not.toContain('10.0.0.1')
    expect(Buffer.from(state.split(':').at(-1)!, 'base64url').toString()).not.toContain('10.0.0')
  })

  it('opens nothing sealed with another key, tampered with, or not sealed at all', () => {
    const state = a.seal('id-1')
    expect(createInputStates('another-secret', 'http://10.0.0.1:4444').open(state)).toBeUndefined()
    // a stored secret sealed under the deployment's secret is no requestState
    const stored = createSecretSealer({ secret }).sealJson({ owner: 'http://evil', id: 'x' })
    expect(b.open(stored)).toBeUndefined()
    const flipped = `${state.slice(0, -2)}${state.endsWith('AA') ? 'BB' : 'AA'}`
    for (const other of ['', 'id-1', 'sealed:v1:', 'sealed:v1:abc', flipped])
      expect(b.open(other)).toBeUndefined()
  })
})
