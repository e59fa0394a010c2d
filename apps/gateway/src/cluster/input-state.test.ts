import { describe, expect, it } from 'vitest'
import { createInputStates } from './input-state.js'

describe('requestStates naming the replica that holds a parked call', () => {
  const a = createInputStates('shared-secret-of-the-deployment', 'http://10.0.0.1:4444')
  const b = createInputStates('shared-secret-of-the-deployment', 'http://10.0.0.2:4444')

  it("opens on any replica of the deployment to the holder's URL and id", () => {
    const state = a.seal('6f1c0f7e-1b7a-4c2e-9d51-0b3a5f1e2d4c')
    expect(b.open(state)).toEqual({
      owner: 'http://10.0.0.1:4444',
      id: '6f1c0f7e-1b7a-4c2e-9d51-0b3a5f1e2d4c',
    })
  })

  it('opens nothing sealed with another secret, tampered with, or not sealed at all', () => {
    const state = a.seal('id-1')
    const [version, , id, mac] = state.split('.')
    const elsewhere = Buffer.from('http://attacker.example').toString('base64url')
    expect(createInputStates('another-secret', 'http://10.0.0.1:4444').open(state)).toBeUndefined()
    expect(b.open(`${version}.${elsewhere}.${id}.${mac}`)).toBeUndefined()
    expect(b.open(state.replace('id-1', 'id-2'))).toBeUndefined()
    for (const other of ['', 'id-1', 'sy1', 'sy1...', `${state}.x`, state.replace('sy1', 'sy2')])
      expect(b.open(other)).toBeUndefined()
  })
})
