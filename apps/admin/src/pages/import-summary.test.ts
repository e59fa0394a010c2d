import { describe, expect, it } from 'vitest'
import { importCounts, kindNoun } from './import-summary'

describe('importCounts', () => {
  it('counts each kind in words, singular for one', () => {
    expect(
      importCounts({ teams: 1, grpcServices: 2, a2aAgents: 1, servers: 3, teamMembers: 1 }),
    ).toBe('1 team, 2 gRPC services, 1 A2A agent, 3 virtual servers, 1 team member')
  })

  it('leaves out kinds of none, and says nothing when all are none', () => {
    expect(importCounts({ tools: 0, prompts: 2 })).toBe('2 prompts')
    expect(importCounts({ tools: 0 })).toBe('nothing')
  })

  it('shows a kind it does not know as the server named it', () => {
    expect(importCounts({ widgets: 2 })).toBe('2 widgets')
    expect(kindNoun('widgets')).toBe('widgets')
  })
})

describe('kindNoun', () => {
  it('names one entity of a kind', () => {
    expect(kindNoun('roleAssignments')).toBe('role assignment')
  })
})
