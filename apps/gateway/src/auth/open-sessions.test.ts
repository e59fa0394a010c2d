import type { Principal } from '@switchyard/auth'
import { createChangeBus, GatewayError } from '@switchyard/core'
import { describe, expect, it } from 'vitest'
import { createOpenSessions } from './open-sessions.js'

const token = (tokenId: string): Principal => ({
  kind: 'token',
  email: 'ann@example.com',
  isAdmin: false,
  teams: [],
  tokenId,
})
const session = (jti: string, email = 'ann@example.com'): Principal => ({
  kind: 'user',
  email,
  isAdmin: false,
  teams: [],
  jti,
})

/** Open sessions over a real change bus, whose credentials are refused once listed in `revoked`. */
function setup() {
  const events = createChangeBus()
  const revoked = new Set<string>()
  const checked: string[] = []
  const errors: unknown[] = []
  let storeAway = false
  const sessions = createOpenSessions({
    events,
    refusalOf: (authorization) => {
      checked.push(authorization)
      if (storeAway) return Promise.reject(new GatewayError('UNAVAILABLE', 'the store is away'))
      return Promise.resolve(
        revoked.has(authorization)
          ? new GatewayError('UNAUTHENTICATED', `invalid token: ${authorization} was revoked`)
          : undefined,
      )
    },
    onError: (error) => errors.push(error),
  })
  const ended: Record<string, string[]> = {}
  const hold = (name: string, authorization: string | undefined, principal: Principal) =>
    sessions.hold(authorization, principal, (refusal) => (ended[name] ??= []).push(refusal.message))
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10))
  return {
    events,
    revoked,
    checked,
    errors,
    sessions,
    ended,
    hold,
    settle,
    awayStore: (away: boolean) => (storeAway = away),
  }
}

describe('createOpenSessions', () => {
  it('ends the connections of a revoked credential once, checking each credential once', async () => {
    const t = setup()
    t.hold('a', 'Bearer sy_a', token('ta'))
    t.hold('a2', 'Bearer sy_a', token('ta'))
    t.hold('b', 'Bearer sy_b', token('tb'))
    t.revoked.add('Bearer sy_a')
    t.events.emit([{ entity: 'token', id: 'ta', op: 'updated' }])
    await t.settle()
    expect(t.checked).toEqual(['Bearer sy_a'])
    expect(t.ended).toEqual({
      a: ['invalid token: Bearer sy_a was revoked'],
      a2: ['invalid token: Bearer sy_a was revoked'],
    })
    t.events.emit([{ entity: 'token', id: 'ta', op: 'updated' }])
    await t.settle()
    expect(t.ended.a).toHaveLength(1)
    expect(t.sessions.size).toBe(1)
  })

  it('matches logouts by jti and user changes by e-mail, of session JWTs and API tokens', async () => {
    const t = setup()
    t.hold('jwt', 'Bearer j1', session('j1'))
    t.hold('other-jwt', 'Bearer j2', session('j2'))
    t.hold('api', 'Bearer sy_a', token('ta'))
    t.revoked.add('Bearer j1')
    t.events.emit([{ entity: 'session', id: 'j1', op: 'deleted' }])
    await t.settle()
    expect(t.checked).toEqual(['Bearer j1'])
    t.revoked.add('Bearer j2').add('Bearer sy_a')
    t.events.emit([{ entity: 'user', id: 'ANN@example.com', op: 'deleted' }])
    await t.settle()
    expect(Object.keys(t.ended).sort()).toEqual(['api', 'jwt', 'other-jwt'])
  })

  it('checks nothing for creations and for changes that revoke no credential', async () => {
    const t = setup()
    t.hold('a', 'Bearer sy_a', token('ta'))
    t.events.emit([
      { entity: 'token', id: 'ta', op: 'created' },
      { entity: 'tool', id: 'ta', op: 'deleted' },
      { entity: 'role', id: 'ann@example.com', op: 'updated' },
    ])
    await t.settle()
    expect(t.checked).toEqual([])
  })

  it('keeps no credential that no change revokes', () => {
    const t = setup()
    const basic: Principal = { kind: 'user', email: 'admin@example.com', isAdmin: true, teams: [] }
    t.hold('basic', 'Basic YWRtaW46cHc=', basic)
    t.hold('external', 'Bearer idp', { ...basic, kind: 'external' })
    t.hold('auth-off', undefined, { ...basic, kind: 'anonymous-admin' })
    expect(t.sessions.size).toBe(0)
    expect(t.hold('basic', 'Basic YWRtaW46cHc=', basic)).toBeUndefined()
  })

  it('ends a connection when its credential expires; one that only expires no change concerns', async () => {
    const t = setup()
    const external: Principal = {
      kind: 'external',
      email: 'carol@idp.example',
      isAdmin: false,
      teams: [],
      expiresAt: Date.now() + 200,
    }
    t.hold('external', 'Bearer idp', external)
    t.hold('later', 'Bearer sy_a', { ...token('ta'), expiresAt: Date.now() + 60_000 })
    expect(t.sessions.size).toBe(2)
    t.events.emit([{ entity: 'user', id: 'carol@idp.example', op: 'updated' }])
    await t.settle()
    expect(t.checked).toEqual([])
    await expect
      .poll(() => t.ended, { timeout: 2_000 })
      .toEqual({
        external: ['invalid token: it has expired'],
      })
    expect(t.sessions.size).toBe(1)
    t.sessions.close()
  })

  it('checks a connection held just after a change that revokes it', async () => {
    const t = setup()
    t.revoked.add('Bearer sy_a')
    t.events.emit([{ entity: 'token', id: 'ta', op: 'updated' }])
    t.hold('late', 'Bearer sy_a', token('ta'))
    t.hold('unrelated', 'Bearer sy_b', token('tb'))
    await t.settle()
    expect(t.checked).toEqual(['Bearer sy_a'])
    expect(Object.keys(t.ended)).toEqual(['late'])
  })

  it('keeps connections open when the store cannot say, and checks them all on recheckAll', async () => {
    const t = setup()
    t.hold('a', 'Bearer sy_a', token('ta'))
    t.revoked.add('Bearer sy_a')
    t.awayStore(true)
    t.events.emit([{ entity: 'token', id: 'ta', op: 'updated' }])
    await t.settle()
    expect(t.ended).toEqual({})
    expect(t.errors).toHaveLength(1)
    t.awayStore(false)
    await t.sessions.recheckAll()
    expect(t.ended).toEqual({ a: ['invalid token: Bearer sy_a was revoked'] })
  })

  it('forgets released connections and stops following changes when closed', async () => {
    const t = setup()
    const release = t.hold('a', 'Bearer sy_a', token('ta'))
    expect(release).toBeTypeOf('function')
    release?.()
    expect(t.sessions.size).toBe(0)
    t.hold('b', 'Bearer sy_b', token('tb'))
    t.sessions.close()
    t.revoked.add('Bearer sy_b')
    t.events.emit([{ entity: 'token', id: 'tb', op: 'updated' }])
    await t.settle()
    expect(t.checked).toEqual([])
  })
})
