import { describe, expect, it } from 'vitest'
import type { Principal } from './principal.js'
import { visibilityFilterFor } from './visibility-filter.js'

const bob: Principal = { kind: 'user', email: 'Bob@Example.com', isAdmin: false, teams: ['red'] }

describe('visibilityFilterFor', () => {
  it('lets admins, the anonymous admin and holders of * see everything', () => {
    expect(visibilityFilterFor({ ...bob, isAdmin: true })).toEqual({ all: true })
    expect(visibilityFilterFor({ ...bob, kind: 'anonymous-admin' })).toEqual({ all: true })
    expect(visibilityFilterFor({ ...bob, roles: [{ role: 'root', permissions: ['*'] }] })).toEqual({
      all: true,
    })
  })

  it('limits everyone else to their email (lower-cased) and teams', () => {
    expect(visibilityFilterFor(bob)).toEqual({
      all: false,
      email: 'bob@example.com',
      teams: ['red'],
    })
    const teamStar = { ...bob, roles: [{ role: 'r', permissions: ['*'], teamId: 'red' }] }
    expect(visibilityFilterFor(teamStar)).toMatchObject({ all: false })
  })

  it('copies the teams, so later changes to the principal do not leak in', () => {
    const teams = ['red']
    const filter = visibilityFilterFor({ ...bob, teams })
    teams.push('blue')
    expect(filter).toMatchObject({ teams: ['red'] })
  })
})
