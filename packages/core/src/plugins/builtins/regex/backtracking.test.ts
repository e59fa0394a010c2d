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
  ['(?:a|a){9}x', '(?:a|a){9}'],
  ['(?:a|a){8}(?:a|a){8}x', '(?:a|a){8}'],
  ['(\\d{1,3},?){1,5}(?:a|aa?){1,5}', '(?:a|aa?){1,5}'],
  ['(?:(?:a{1,2}){1,2})+$', '(?:(?:a{1,2}){1,2})+'],
  ['(\\d{1,3},?){1,50}x', '(\\d{1,3},?){1,50}'],
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
  // small bounded repetitions of an ambiguous finite part: a few ways to match, not exponentially many
  ['(?:a{1,2}){1,2}'],
  ['(\\d{1,3},?){1,5}'],
  ['^\\$(\\d{1,3},?){1,5}(\\.\\d\\d)?$'],
  ['(?:a|a){8}x'],
  ['(?:(?:a{1,2}){1,2}){1,3}x'],
  ['(?:[a-z]|[aeiou]){1,4}\\s+\\w', 'i'],
  // one way to match, and at most the cube of the length: left to the scan's time limit
  ['a.*b.*c'],
  ['BEGIN.*KEY.*END'],
  ['.*foo.*'],
  ['\\s*x\\s*y\\s*'],
  ['x.*a.*b.*'],
  ['(\\w+)\\1\\1'],
  ['(?:ab)+(?:ba)+a(?:ab)*c'],
]

// Chains of repetitions that share out one text: the scan takes the fourth power of its length or
// more, each with the repetitions of the chain.
const POLYNOMIAL: [string, number, string[], string?][] = [
  ['.*a.*b.*c', 4, ['.*', '.*', '.*']],
  ['\\s*\\s*\\s*!', 4, ['\\s*', '\\s*', '\\s*']],
  ['.*a.*b.*c.*d', 5, ['.*', '.*', '.*', '.*']],
  ['x.*a.*b.*$', 4, ['.*', '.*', '.*']],
  ['(?=.*a.*b.*c)x', 4, ['.*', '.*', '.*']],
  ['(?<=a.*b.*c.*)x', 4, ['.*', '.*', '.*']],
  ['[a-z]+[^x]+\\w+!', 4, ['[a-z]+', '[^x]+', '\\w+']],
  ['(?:ab)+(?:abab)+(?:ab)*c', 4, ['(?:ab)+', '(?:abab)+', '(?:ab)*']],
  ['<\\w+ .*=.*=.*>', 4, ['.*', '.*', '.*'], 'i'],
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

  it.each(POLYNOMIAL)('refuses %s, of degree %i', (pattern, degree, parts, flags = '') => {
    expect(() => new RegExp(pattern, flags)).not.toThrow()
    expect(backtrackingRisk(pattern, flags)).toEqual({ kind: 'polynomial', degree, parts })
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
