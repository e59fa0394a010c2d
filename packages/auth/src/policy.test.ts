import { describe, expect, it } from 'vitest'
import { AuthError } from './auth-error.js'
import { createPolicy } from './policy.js'
import type { Action, Owned, Principal } from './principal.js'

const policy = createPolicy()

const user = (email: string, teams: string[] = []): Principal => ({
  kind: 'user',
  email,
  isAdmin: false,
  teams,
})
const alice = user('alice@example.com', ['red'])
const bob = user('bob@example.com', ['red', 'blue'])
const carol = user('carol@example.com')
const admin: Principal = { ...user('root@example.com'), isAdmin: true }
const anonymous: Principal = { ...user('admin@localhost'), kind: 'anonymous-admin' }
const bobToken: Principal = { ...bob, kind: 'token', tokenId: 'tok-1', scopes: ['tools.read'] }

const entity = (visibility: Owned['visibility'], extra: Partial<Owned> = {}): Owned => ({
  owner: 'alice@example.com',
  team: 'red',
  visibility,
  kind: 'tool',
  name: 'weather',
  ...extra,
})
const privateTool = entity('private')
const teamTool = entity('team')
const publicTool = entity('public')
const actions: Action[] = ['read', 'create', 'update', 'delete', 'admin']

function reasonOf(principal: Principal, action: Action, target?: Owned): string {
  const decision = policy.decide(principal, action, target)
  if (decision.allowed) throw new Error(`expected ${action} to be denied`)
  return decision.reason
}

describe('createPolicy().decide', () => {
  it.each([admin, anonymous])('lets $kind $email do anything', (principal) => {
    for (const action of actions) {
      for (const target of [undefined, privateTool, teamTool, entity('private', { owner: null })]) {
        expect(policy.decide(principal, action, target)).toEqual({ allowed: true })
      }
    }
  })

  it('keeps admin actions for admins', () => {
    expect(reasonOf(alice, 'admin')).toBe(
      'user alice@example.com is not an admin, and only admins may take admin actions',
    )
    expect(policy.decide(alice, 'admin', privateTool).allowed).toBe(false)
  })

  it('lets anyone create', () => {
    for (const principal of [alice, bob, carol, bobToken]) {
      expect(policy.decide(principal, 'create')).toEqual({ allowed: true })
    }
  })

  it('lets anyone read public entities and list (read without an entity)', () => {
    for (const principal of [alice, carol, bobToken]) {
      expect(policy.decide(principal, 'read', publicTool).allowed).toBe(true)
      expect(policy.decide(principal, 'read', entity('public', { owner: null })).allowed).toBe(true)
      expect(policy.decide(principal, 'read').allowed).toBe(true)
    }
  })

  it('lets owners read their private entities, matching emails without case', () => {
    expect(policy.decide(alice, 'read', privateTool).allowed).toBe(true)
    const shouting = { ...alice, email: 'ALICE@Example.com' }
    expect(policy.decide(shouting, 'read', privateTool).allowed).toBe(true)
  })

  it('hides private entities from everyone else, even team mates', () => {
    expect(reasonOf(bob, 'read', privateTool)).toBe(
      "user bob@example.com cannot read tool 'weather': it is private and they do not own it",
    )
    expect(policy.decide(carol, 'read', privateTool).allowed).toBe(false)
  })

  it('lets team members read team entities', () => {
    expect(policy.decide(bob, 'read', teamTool).allowed).toBe(true)
    expect(policy.decide(bobToken, 'read', teamTool).allowed).toBe(true)
    expect(policy.decide(bob, 'read', entity('team', { team: 'blue', owner: null })).allowed).toBe(
      true,
    )
  })

  it('hides team entities from those outside the team', () => {
    expect(reasonOf(carol, 'read', teamTool)).toBe(
      "user carol@example.com cannot read tool 'weather': it is shared with a team they are not in",
    )
    expect(policy.decide(bob, 'read', entity('team', { team: null })).allowed).toBe(false)
    expect(policy.decide(bob, 'read', entity('team', { team: 'green' })).allowed).toBe(false)
  })

  it.each<Action>(['update', 'delete'])('lets only owners %s', (action) => {
    expect(policy.decide(alice, action, privateTool).allowed).toBe(true)
    expect(policy.decide(alice, action, publicTool).allowed).toBe(true)
    for (const target of [privateTool, teamTool, publicTool]) {
      expect(reasonOf(bob, action, target)).toBe(
        "user bob@example.com does not own tool 'weather' and is not an admin",
      )
    }
    expect(policy.decide(alice, action, entity('public', { owner: null })).allowed).toBe(false)
  })

  it.each<Action>(['update', 'delete'])('refuses %s without an entity to non-admins', (action) => {
    expect(reasonOf(alice, action)).toBe(
      `user alice@example.com is not an admin, so cannot ${action} without an entity they own`,
    )
  })

  it('names tokens, and entities without kind or name, plainly', () => {
    expect(reasonOf(bobToken, 'delete', publicTool)).toBe(
      "token tok-1 of bob@example.com does not own tool 'weather' and is not an admin",
    )
    const anonymousToken: Principal = { ...bob, kind: 'token' }
    const bare: Owned = { owner: 'alice@example.com', team: null, visibility: 'private' }
    expect(reasonOf(anonymousToken, 'update', bare)).toBe(
      'token of bob@example.com does not own this entity and is not an admin',
    )
    expect(reasonOf(carol, 'read', { ...bare, kind: 'server' })).toBe(
      'user carol@example.com cannot read this server: it is private and they do not own it',
    )
  })

  it('denies an unknown action to non-admins', () => {
    const action = 'execute' as Action
    expect(reasonOf(alice, action)).toBe(
      "user alice@example.com asked for the unknown action 'execute'",
    )
    expect(policy.decide(admin, action).allowed).toBe(true)
  })

  it('never leaks who owns a hidden entity', () => {
    for (const principal of [bob, carol]) {
      expect(reasonOf(principal, 'read', privateTool)).not.toContain('alice')
    }
    expect(reasonOf(carol, 'read', teamTool)).not.toMatch(/\bred\b/)
  })
})

describe('createPolicy().assert', () => {
  it('returns quietly when allowed', () => {
    expect(() => policy.assert(alice, 'update', privateTool)).not.toThrow()
    expect(() => policy.assert(carol, 'create')).not.toThrow()
  })

  it('throws AuthError FORBIDDEN with the reason when denied', () => {
    let caught: unknown
    try {
      policy.assert(bob, 'delete', privateTool)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AuthError)
    expect(caught).toMatchObject({
      code: 'FORBIDDEN',
      message: "user bob@example.com does not own tool 'weather' and is not an admin",
    })
  })
})
