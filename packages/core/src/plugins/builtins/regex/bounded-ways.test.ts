import { describe, expect, it } from 'vitest'
import { MAX_PARTIAL_MATCHES, partialMatches } from './bounded-ways.js'
import { parseRegex, type RegexNode } from './regex-tree.js'

function matchesOf(pattern: string): number {
  const tree = parseRegex(pattern, '')
  return partialMatches(tree.root as RegexNode & { kind: 'repeat' }, tree)
}

describe('partialMatches', () => {
  it('counts the partial matches a bounded repetition may try from one start', () => {
    expect(matchesOf('(?:a|a){8}')).toBe(2 ** 9 - 2)
    expect(matchesOf('(?:a{1,2}){1,2}')).toBe(1 + 2 + 2 + 1)
    expect(matchesOf('(\\d{1,3},?){1,5}')).toBeLessThan(MAX_PARTIAL_MATCHES)
    expect(matchesOf('(?:a|a){9}')).toBeGreaterThan(MAX_PARTIAL_MATCHES)
  })

  it('counts walks together only when they read the same character', () => {
    // [ab] or [bc], four times: at most two ways per character read, not one per choice
    expect(matchesOf('(?:a|b|c){4}')).toBe(4)
    expect(matchesOf('(?:[ab]|[bc]){4}')).toBe(2 + 4 + 8 + 16)
  })

  it('cannot count a repetition built with a loop inside', () => {
    expect(matchesOf('(?:a{1,100}){2}')).toBe(Infinity)
  })
})
