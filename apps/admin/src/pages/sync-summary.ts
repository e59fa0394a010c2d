import type { MemberDelta, SyncReport } from '../api/types'
import { countOf } from '../components/count-of'

const nouns: [keyof SyncReport, string][] = [
  ['tools', 'tool'],
  ['resources', 'resource'],
  ['resourceTemplates', 'resource template'],
  ['prompts', 'prompt'],
]
const changes = ['added', 'updated', 'removed'] as const

/**
 * A gateway refresh's report in words, e.g. "2 tools added, 1 prompt removed; skipped tool
 * bad name (name has a space)." or "nothing changed."
 */
export function syncSummary(report: SyncReport): string {
  const counts: string[] = []
  const skipped: string[] = []
  for (const [kind, noun] of nouns) {
    const delta: MemberDelta = report[kind]
    for (const change of changes) {
      const n = delta[change].length
      if (n > 0) counts.push(`${countOf(n, noun)} ${change}`)
    }
    for (const { name, reason } of delta.skipped) skipped.push(`${noun} ${name} (${reason})`)
  }
  const parts = [counts.join(', '), skipped.length > 0 ? `skipped ${skipped.join(', ')}` : '']
  return `${parts.filter(Boolean).join('; ') || 'nothing changed'}.`
}
