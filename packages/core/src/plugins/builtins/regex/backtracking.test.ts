import { describe, expect, it } from 'vitest'
import { backtrackingRisk, mayBeSuperLinear } from './backtracking.js'

// Patterns that take exponential time (or a high power of the length) on a string that almost
// matches, each with the repetition that is at fault.
const CATASTROPHIC: [string, string, string?][] = [
  ['(a+)+$', '(a+)+'],
  ['(a|a)*b', '(a|a)*'],
  ['(.*a){20}', '(.*a){20}'],
  ['(a*)*b', '(a*)*'],
  ['(x+x+)+y', '(x+x+)+'],
  ['^(a|ab|b)*c$', '(a|ab|b)*'],
  ['(a|aa)+$', '(a|aa)+'],
  ['^([a-z]+ ?)+$', '([a-z]+ ?)+'],
  ['(\\w|\\d)+!', '(\\w|\\d)+'],
  ['(\\d+|[0-9])*x', '(\\d+|[0-9])*'],
  ['^(\\w+\\s?)*$', '(\\w+\\s?)*'],
  ['(?:a*b*)*c', '(?:a*b*)*'],
  ['(a(b?|c?)d)*e', '(a(b?|c?)d)*'],
  ['^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+\\.)+([a-zA-Z0-9]{2,4})+$', '([a-zA-Z0-9]{2,4})+'],
  ['(.*,){10}x', '(.*,){10}'],
  ['(?:a|a){30}', '(?:a|a){30}'],
  ['(?=(a+)+$)', '(a+)+'],
  ['(?<x>a+)(?:\\k<x>|a)+$', '(?:\\k<x>|a)+'],
  ['(A|a)+$', '(A|a)+', 'i'],
  ['(k|\\u212a)+$', '(k|\\u212a)+', 'iu'],
  ['(?:\\p{L}|a)+$', '(?:\\p{L}|a)+', 'u'],
  ['(.|\\n)*x', '(.|\\n)*', 's'],
]

// Everyday patterns, those of the docs and tests among them: each repetition has one way to match.
const LEGITIMATE: [string, string?][] = [
  ['TOPSECRET'],
  ['drop\\s+table', 'i'],
  ['secret-\\w+'],
  ['^[a-z ]*$'],
  ['sk-[A-Za-z0-9]{20,}'],
  ['ok'],
  ['AKIA[0-9A-Z]{16}'],
  ['ghp_[A-Za-z0-9]{36}'],
  ['xox[baprs]-[A-Za-z0-9-]+'],
  ['-----BEGIN [A-Z ]+PRIVATE KEY-----'],
  ['(?:password|passwd|secret)\\s*[:=]\\s*\\S+', 'i'],
  ['\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b'],
  ['\\b\\d{3}-\\d{2}-\\d{4}\\b'],
  ['^(?:[a-z0-9-]+\\.)+[a-z]{2,}$', 'i'],
  ['^(\\w+\\s)+$'],
  ['^(\\w+\\s)*\\w*$'],
  ['(ab|ac)*d'],
  ['^(a|ab)*c$'],
  ['(?:Mr|Mrs|Ms)\\.? [A-Z][a-z]+'],
  ['(?:[0-9a-f]{2}){16,}', 'i'],
  ['(\\d{3})+$'],
  ['\\d+(?:,\\d{3})*(?:\\.\\d+)?'],
  ['https?://[^\\s/$.?#][^\\s]*'],
  ['[\\w.+-]+@[\\w-]+\\.[\\w.]+'],
  ['(\\w)\\1+'],
  ['(?:a?)*b'],
  ['(?<=prefix-)\\w+'],
  ['[^"]*"'],
  ['(?:[^\\\\"]|\\\\.)*"'],
  ['a{,5}x{2'],
  ['[]x*[^]*'],
  ['\\u{1F600}+', 'u'],
]

describe('backtrackingRisk', () => {
  it.each(CATASTROPHIC)('refuses %s for %s', (pattern, part, flags = '') => {
    expect(() => new RegExp(pattern, flags)).not.toThrow()
    expect(backtrackingRisk(pattern, flags)).toEqual({ kind: 'ambiguous', part })
  })

  it.each(LEGITIMATE)('accepts %s', (pattern, flags = '') => {
    expect(() => new RegExp(pattern, flags)).not.toThrow()
    expect(backtrackingRisk(pattern, flags)).toBeUndefined()
  })

  it('reports a pattern too large to check quickly as too complex', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`).join('|')
    expect(backtrackingRisk(`(?:${words}|\\w)+$`)).toEqual({ kind: 'too-complex' })
  })

  it('tells patterns that may take more than linear time from one start from those that may not', () => {
    const superLinear = ['a.*b.*c', '\\s*\\s*$', '(a*b){3}', '(\\w+)\\1', '(?:(?=.*a)x)*']
    const linear = ['drop\\s+table', 'sk-[A-Za-z0-9]{20,}', '^[a-z ]*$', 'a*|b*', '\\d{3}-\\d{4}']
    for (const pattern of superLinear)
      expect([pattern, mayBeSuperLinear(pattern)]).toEqual([pattern, true])
    for (const pattern of linear)
      expect([pattern, mayBeSuperLinear(pattern)]).toEqual([pattern, false])
  })
})
