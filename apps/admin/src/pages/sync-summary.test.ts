import { describe, expect, it } from 'vitest'
import type { MemberDelta } from '../api/types'
import { syncSummary } from './sync-summary'

const none = (): MemberDelta => ({ added: [], updated: [], removed: [], skipped: [] })

describe('syncSummary', () => {
  it('counts what changed by kind, names what was skipped and why', () => {
    const report = { tools: none(), resources: none(), resourceTemplates: none(), prompts: none() }
    report.tools.added.push('a', 'b')
    report.tools.removed.push('c')
    report.prompts.updated.push('greet')
    report.tools.skipped.push({ name: 'bad name', reason: 'name has a space' })
    expect(syncSummary(report)).toBe(
      '2 tools added, 1 tool removed, 1 prompt updated; skipped tool bad name (name has a space).',
    )
  })

  it('says when nothing changed', () => {
    const report = { tools: none(), resources: none(), resourceTemplates: none(), prompts: none() }
    expect(syncSummary(report)).toBe('nothing changed.')
  })
})
