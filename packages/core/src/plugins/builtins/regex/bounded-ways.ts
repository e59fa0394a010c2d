import { Automaton, type Ways } from './automaton.js'
import { char, overlaps, type CharSet } from './char-set.js'
import type { RegexNode, RegexTree } from './regex-tree.js'

/*
 * A bounded repetition of a finite part, such as (\d{1,3},?){1,5}, is built unrolled: an automaton
 * without loops, whose matches from one start are finitely many however ambiguous it is. A
 * backtracking engine tries each partial match at most once before it gives up on a start, so
 * their number is a constant factor on the scan: (a|a){8} tries 510 (measured: 65,536 characters
 * in 0.3 s, as .*x takes for 16,384), (a|a){30} a billion.
 */

/** The most partial matches per start a bounded repetition may try (2^9 - 2 for (a|a){8}). */
export const MAX_PARTIAL_MATCHES = 1000

/**
 * Characters that stand for all the others: each character is in the same sets as the nearest
 * of these below it.
 */
function representatives(sets: CharSet[]): number[] {
  const bounds = new Set([0])
  for (const set of sets)
    for (const [from, to] of set) {
      bounds.add(from)
      bounds.add(to + 1)
    }
  return [...bounds]
}

/**
 * How many partial matches a bounded repetition of a finite part may try from one start (an
 * upper bound: ways are counted per position, the most over the character last read, so that
 * walks counted together read the same last character); Infinity when it is built with a loop (a
 * bounded repetition too large to unroll inside it).
 */
export function partialMatches(node: RegexNode & { kind: 'repeat' }, tree: RegexTree): number {
  const automaton = new Automaton(tree)
  const { sets, follow } = automaton
  let reached: Ways = automaton.build(node).first
  const reps = representatives(sets).map(char)
  let total = 0
  for (let step = 0; reached.size > 0; step++) {
    if (step > sets.length) return Infinity
    const next: Ways = new Map()
    let most = 0
    for (const c of reps) {
      const at = [...reached].filter(([p]) => overlaps(sets[p] as CharSet, c))
      most = Math.max(
        most,
        at.reduce((sum, [, ways]) => sum + ways, 0),
      )
      const ways: Ways = new Map()
      for (const [p, w] of at)
        for (const [q, e] of follow[p] as Ways) ways.set(q, (ways.get(q) ?? 0) + w * e)
      for (const [q, w] of ways) next.set(q, Math.max(next.get(q) ?? 0, w))
    }
    total += most
    if (total > MAX_PARTIAL_MATCHES) return total
    reached = next
  }
  return total
}
