import { describe, expect, it, vi } from 'vitest'
import { createSessionHop } from './session-hop.js'

describe('session hop proofs', () => {
  const url = new URL('http://10.0.0.1:4444/servers/abc/mcp?x=1')
  const hop = createSessionHop('shared-secret-of-the-deployment')

  it('accepts a proof made for the same request by a replica with the same secret', () => {
    const proof = hop.sign('POST', url, 'session-1')
    expect(
      createSessionHop('shared-secret-of-the-deployment').verify(proof, 'post', url, 'session-1'),
    ).toBe(true)
  })

  it('refuses another secret, method, path, session, a tampered or malformed proof', () => {
    const proof = hop.sign('POST', url, 'session-1')
    expect(createSessionHop('another-secret').verify(proof, 'POST', url, 'session-1')).toBe(false)
    expect(hop.verify(proof, 'DELETE', url, 'session-1')).toBe(false)
    expect(hop.verify(proof, 'POST', new URL('http://h/servers/other/mcp?x=1'), 'session-1')).toBe(
      false,
    )
    expect(hop.verify(proof, 'POST', url, 'session-2')).toBe(false)
    expect(hop.verify(`${proof}x`, 'POST', url, 'session-1')).toBe(false)
    for (const bad of ['', 'x', '1.2.3', `${Date.now()}.`, 'NaN.abc'])
      expect(hop.verify(bad, 'POST', url, 'session-1')).toBe(false)
  })

  it('refuses a proof older than a minute (a replayed one)', () => {
    vi.useFakeTimers({ now: 1_000_000 })
    try {
      const proof = hop.sign('GET', url, 'session-1')
      vi.setSystemTime(1_000_000 + 59_000)
      expect(hop.verify(proof, 'GET', url, 'session-1')).toBe(true)
      vi.setSystemTime(1_000_000 + 61_000)
      expect(hop.verify(proof, 'GET', url, 'session-1')).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})
