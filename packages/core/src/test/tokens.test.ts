import { hashApiToken } from '@switchyard/auth'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUserService } from '../services/user-service.js'
import {
  openTestRegistry,
  rejection,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

describe.each(testStoreDrivers)('tokens, sessions and lockout on $driver', ({ open }) => {
  let t: TestRegistry
  // Long enough that three password checks (scrypt) fit in the window on a loaded machine.
  const lockout = { maxAttempts: 3, durationMs: 1500 }

  beforeAll(async () => {
    t = await openTestRegistry(open, undefined, { lockout })
    await t.registry.users.create({ email: 'ann@example.com', password: 'ann-password' })
    await t.registry.users.create({ email: 'bob@example.com', password: 'bob-password' })
  })
  afterAll(() => t.dispose())

  it('stores a token by hash, lists it for its owner, counts uses and revokes it', async () => {
    const { tokens } = t.registry
    const created = await tokens.create({
      ownerEmail: 'Ann@example.com',
      name: 'ci',
      tokenHash: hashApiToken('sy_secret'),
      expiresAt: null,
      scope: { serverIds: ['s1'], permissions: ['tools.read'] },
    })
    expect(created).toMatchObject({ ownerEmail: 'ann@example.com', usageCount: 0, revokedAt: null })
    expect(created.jti).toMatch(/^[0-9a-f]{32}$/)
    expect((await tokens.findByHash(hashApiToken('sy_secret')))?.id).toBe(created.id)
    expect(await tokens.findByHash(hashApiToken('sy_other'))).toBeUndefined()
    expect((await tokens.list('ann@example.com')).map((x) => x.id)).toEqual([created.id])
    expect(await tokens.list('bob@example.com')).toEqual([])

    const dup = await rejection(
      tokens.create({ ...created, ownerEmail: 'ann@example.com', tokenHash: 'x', scope: {} }),
    )
    expect(dup.code).toBe('CONFLICT')

    await tokens.recordUsage([{ id: created.id, count: 3, lastUsedAt: '2026-01-01T00:00:00.000Z' }])
    await tokens.recordUsage([{ id: created.id, count: 2, lastUsedAt: '2026-01-02T00:00:00.000Z' }])
    expect(await tokens.get(created.id)).toMatchObject({
      usageCount: 5,
      lastUsedAt: '2026-01-02T00:00:00.000Z',
      scope: { serverIds: ['s1'], permissions: ['tools.read'] },
    })

    const revoked = await tokens.revoke(created.id)
    expect(revoked.revokedAt).not.toBeNull()
    expect((await tokens.revoke(created.id)).revokedAt).toBe(revoked.revokedAt)
    expect((await rejection(tokens.get('missing'))).code).toBe('NOT_FOUND')
  })

  it('revokes a session jti until it expires', async () => {
    const { sessions } = t.registry
    expect(await sessions.isRevoked('j1')).toBe(false)
    await sessions.revoke('j1', new Date(Date.now() + 60_000).toISOString())
    await sessions.revoke('j1', new Date(Date.now() + 60_000).toISOString())
    expect(await sessions.isRevoked('j1')).toBe(true)
  })

  it('locks an account after repeated failures and unlocks it after the window', async () => {
    const { users } = t.registry
    for (let i = 0; i < lockout.maxAttempts; i++)
      expect(await users.authenticate('bob@example.com', 'wrong-password')).toBeUndefined()
    const locked = await rejection(users.authenticate('bob@example.com', 'bob-password'))
    expect(locked.code).toBe('RATE_LIMITED')
    expect(locked.headers['Retry-After']).toBeDefined()
    await sleep(lockout.durationMs + 50)
    expect(await users.authenticate('bob@example.com', 'bob-password')).toBeDefined()
    // A success clears the count: two more failures do not lock.
    await users.authenticate('bob@example.com', 'wrong-password')
    await users.authenticate('bob@example.com', 'wrong-password')
    expect(await users.authenticate('bob@example.com', 'bob-password')).toBeDefined()
  })

  it('checks a password for an unknown or inactive account too, so that timing tells nothing', async () => {
    const { passwords, context } = t.registry
    const checked: string[] = []
    const users = createUserService(
      context,
      {
        hash: (password) => passwords.hash(password),
        verify: (password, encoded) => (
          checked.push(password),
          passwords.verify(password, encoded)
        ),
      },
      lockout,
    )
    await users.create({ email: 'gone@example.com', password: 'gone-password' })
    await users.update('gone@example.com', { isActive: false })
    expect(await users.authenticate('nobody@example.com', 'guess-1')).toBeUndefined()
    expect(await users.authenticate('gone@example.com', 'gone-password')).toBeUndefined()
    expect(checked).toEqual(['guess-1', 'gone-password'])
  })

  it('counts failed logins that race each other (replicas), so they still lock', async () => {
    const { users } = t.registry
    await sleep(lockout.durationMs + 50)
    const attempts = Array.from({ length: lockout.maxAttempts }, () =>
      users.authenticate('bob@example.com', 'wrong-password'),
    )
    expect(await Promise.all(attempts)).toEqual(Array(lockout.maxAttempts).fill(undefined))
    const locked = await rejection(users.authenticate('bob@example.com', 'bob-password'))
    expect(locked.code).toBe('RATE_LIMITED')
  })

  it('lifts a lockout when an admin sets a new password or the active flag', async () => {
    const { users } = t.registry
    const lock = async (email: string) => {
      for (let i = 0; i < lockout.maxAttempts; i++) await users.authenticate(email, 'wrong')
      expect((await rejection(users.authenticate(email, 'wrong'))).code).toBe('RATE_LIMITED')
    }
    await users.create({ email: 'cara@example.com', password: 'cara-password' })
    await lock('cara@example.com')
    await users.update('cara@example.com', { password: 'reset-password' })
    expect(await users.authenticate('cara@example.com', 'reset-password')).toBeDefined()
    await lock('cara@example.com')
    await users.update('cara@example.com', { isActive: true })
    expect(await users.authenticate('cara@example.com', 'reset-password')).toBeDefined()
  })

  it('counts wrong current passwords as failed logins: 429 once locked', async () => {
    const { users } = t.registry
    await users.create({ email: 'dan@example.com', password: 'dan-password' })
    for (let i = 0; i < lockout.maxAttempts; i++) {
      const wrong = await rejection(
        users.changePassword('dan@example.com', 'guess', 'new-password'),
      )
      expect(wrong.code).toBe('UNAUTHENTICATED')
    }
    const locked = await rejection(
      users.changePassword('dan@example.com', 'dan-password', 'new-password'),
    )
    expect(locked.code).toBe('RATE_LIMITED')
    expect(locked.headers['Retry-After']).toBeDefined()
    expect((await rejection(users.authenticate('dan@example.com', 'dan-password'))).code).toBe(
      'RATE_LIMITED',
    )
  })

  it('locks an unknown e-mail and an inactive account as it locks an account', async () => {
    const { users } = t.registry
    await users.create({ email: 'idle@example.com', password: 'idle-password' })
    await users.update('idle@example.com', { isActive: false })
    const answers = async (email: string, password: string) => {
      const seen: string[] = []
      for (let i = 0; i <= lockout.maxAttempts; i++) {
        const answer = await users.authenticate(email, password).catch((error: Error) => error)
        seen.push(answer instanceof Error ? answer.message.replace(/\d+ s$/, 'N s') : 'failed')
      }
      return seen
    }
    await users.create({ email: 'eve@example.com', password: 'eve-password' })
    const known = await answers('eve@example.com', 'wrong')
    expect(known.at(-1)).toBe(
      `account locked after ${lockout.maxAttempts} failed logins; try again in N s`,
    )
    expect(await answers('Nobody-Else@example.com', 'wrong')).toEqual(known)
    expect(await answers('idle@example.com', 'idle-password')).toEqual(known)
    await sleep(lockout.durationMs + 50)
    expect(await users.authenticate('nobody-else@example.com', 'wrong')).toBeUndefined()
  })

  it("counts an unknown e-mail's failures on every replica together, as an account's", async () => {
    const { users, context, passwords } = t.registry
    // a second replica's user service on the same store
    const replicas = [users, createUserService(context, passwords, lockout)]
    const attempts = Array.from({ length: lockout.maxAttempts }, (_, i) =>
      replicas[i % 2]!.authenticate('drifter@example.com', 'wrong'),
    )
    expect(await Promise.all(attempts)).toEqual(Array(lockout.maxAttempts).fill(undefined))
    for (const replica of replicas)
      expect((await rejection(replica.authenticate('drifter@example.com', 'wrong'))).code).toBe(
        'RATE_LIMITED',
      )
  })

  it('changes a password only with the current one', async () => {
    const { users } = t.registry
    const wrong = await rejection(users.changePassword('ann@example.com', 'nope', 'new-password'))
    expect(wrong.code).toBe('UNAUTHENTICATED')
    await users.changePassword('ann@example.com', 'ann-password', 'new-password')
    expect(await users.authenticate('ann@example.com', 'new-password')).toBeDefined()
    expect(await users.authenticate('ann@example.com', 'ann-password')).toBeUndefined()
  })
})
