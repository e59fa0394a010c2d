import { Automaton, type Ways } from './automaton.js'
import { intersection, overlaps, type CharSet } from './char-set.js'
import { nodesOf, type RegexNode, type RegexTree } from './regex-tree.js'

/*
 * A pattern without ambiguous repetitions may still take a power of the text's length: a.*b.*c
 * tries every 'a' with every 'b' with every end of the last .*. Weideman et al. (2016) bound
 * this by chains of loops of the position automaton: loops p1, p2, ..., pk where, for each two
 * next to each other, one text w takes p to itself, p to q and q to itself. The walks that read a
 * text of length n are then about n^(k-1) many; trying them all from one start takes n^k steps,
 * and a scan tries every start: degree k + 1. So .*foo, \d+x and \s*x\s*y have degree 2, a.*b.*c
 * and BEGIN.*KEY.*END 3, .*a.*b.*c and \s*\s*\s*! 4.
 *
 * A scan that reaches a position from which every walk ends in a match has found one: .*foo.*
 * needs no more than .*foo. That holds only for the pattern's own body, and only without
 * assertions, lookarounds and backreferences, which may still fail there (a lookbehind's body is
 * matched backwards, so (?<=a.*b.*c.*)x is of degree 4); elsewhere every position may backtrack,
 * which overestimates. A backreference is built as a loop of the characters its group may capture
 * (automaton.ts), but reads just what the group captured: its loop makes no choice, and is no
 * part of a chain.
 */

/** A chain of loops, by the repetitions that make them, and the scan's degree it gives. */
export interface PolynomialDegree {
  degree: number
  parts: string[]
}

/** True when the pattern's automaton says all there is to matching: no assertion, no backreference. */
function plain(node: RegexNode): boolean {
  switch (node.kind) {
    case 'seq':
      return node.items.every(plain)
    case 'alt':
      return node.options.every(plain)
    case 'repeat':
      return plain(node.body)
    case 'empty':
      return !node.assertion
    default:
      return node.kind === 'char'
  }
}

class OverBudget extends Error {}

/** The positions reachable from each position in one step or more. */
function reachability(follow: Ways[], budget: { left: number }): Set<number>[] {
  return follow.map((_, from) => {
    const seen = new Set<number>()
    const queue = [...(follow[from] as Ways).keys()]
    for (const p of queue) {
      if (--budget.left < 0) throw new OverBudget()
      if (seen.has(p)) continue
      seen.add(p)
      queue.push(...(follow[p] as Ways).keys())
    }
    return seen
  })
}

/** True when one text (not empty) takes p to p, p to q and q to q: three walks in step. */
function chained(
  p: number,
  q: number,
  sets: CharSet[],
  follow: Ways[],
  budget: { left: number },
): boolean {
  const n = sets.length
  const key = (x: number, y: number, z: number) => (x * n + y) * n + z
  const shared = new Map<number, CharSet>()
  const both = (x: number, y: number) => {
    let set = shared.get(x * n + y)
    if (!set) shared.set(x * n + y, (set = intersection(sets[x] as CharSet, sets[y] as CharSet)))
    return set
  }
  const seen = new Set<number>()
  const queue: [number, number, number][] = [[p, p, q]]
  for (const [x, y, z] of queue)
    for (const x2 of (follow[x] as Ways).keys())
      for (const y2 of (follow[y] as Ways).keys()) {
        const xy = both(x2, y2)
        if (xy.length === 0) continue
        for (const z2 of (follow[z] as Ways).keys()) {
          if (--budget.left < 0) throw new OverBudget()
          if (!overlaps(xy, sets[z2] as CharSet)) continue
          if (x2 === p && y2 === q && z2 === q) return true
          const k = key(x2, y2, z2)
          if (seen.has(k)) continue
          seen.add(k)
          queue.push([x2, y2, z2])
        }
      }
  return false
}

/**
 * The longest chain of loops in one body: the pattern's, or a lookaround's (`lookaround`: a
 * lookbehind is matched backwards, so its last positions do not end it).
 */
function longestChain(
  body: RegexNode,
  tree: RegexTree,
  budget: { left: number },
  lookaround: boolean,
): string[] {
  const automaton = new Automaton(tree)
  const { last } = automaton.build(body)
  const { sets, loopOf } = automaton
  let follow = automaton.follow
  if (!lookaround && plain(body)) {
    // a position whose every way on ends in a match ends the scan
    const reach = reachability(follow, budget)
    const done = (p: number) =>
      last.has(p) && [...(reach[p] as Set<number>)].every((q) => last.has(q))
    follow = follow.map((next, p) => (done(p) ? new Map<number, number>() : next))
  }
  const reach = reachability(follow, budget)
  // a backreference's loop has no choice to make: it reads what its group captured
  const looping = sets.map((_, p) => p).filter((p) => reach[p]?.has(p) && loopOf[p] !== '')
  // a loop (strongly connected) is named by its first position
  const loopAt = new Map(
    looping.map((p) => [p, looping.find((q) => reach[p]?.has(q) && reach[q]?.has(p)) as number]),
  )
  const next = new Map<number, Set<number>>()
  for (const p of looping)
    for (const q of looping) {
      const [from, to] = [loopAt.get(p) as number, loopAt.get(q) as number]
      if (from === to || !reach[p]?.has(q) || next.get(from)?.has(to)) continue
      if (!chained(p, q, sets, follow, budget)) continue
      next.set(from, (next.get(from) ?? new Set()).add(to))
    }
  const chains = new Map<number, number[]>()
  const chainFrom = (loop: number): number[] => {
    let chain = chains.get(loop)
    if (chain) return chain
    chain = [loop]
    for (const to of next.get(loop) ?? []) {
      const longer = [loop, ...chainFrom(to)]
      if (longer.length > chain.length) chain = longer
    }
    chains.set(loop, chain)
    return chain
  }
  const longest = [...new Set(loopAt.values())]
    .map(chainFrom)
    .reduce<number[]>((a, b) => (b.length > a.length ? b : a), [])
  return longest.map((p) => loopOf[p] as string)
}

/** The lookarounds' bodies in a tree. */
function* lookBodies(root: RegexNode): Generator<RegexNode> {
  for (const node of nodesOf(root)) if (node.kind === 'look') yield node.body
}

/**
 * The degree of the polynomial that bounds a scan's time in the text's length, with the chain of
 * repetitions that gives it; undefined when working it out would take more than `work` steps.
 */
export function polynomialDegree(tree: RegexTree, work: number): PolynomialDegree | undefined {
  const budget = { left: work }
  try {
    const parts = [tree.root, ...lookBodies(tree.root)]
      .map((body) => longestChain(body, tree, budget, body !== tree.root))
      .reduce((a, b) => (b.length > a.length ? b : a))
    return { degree: parts.length + 1, parts }
  } catch (error) {
    if (error instanceof OverBudget) return undefined
    throw error
  }
}
