import { Automaton, unbounded, unrolls, type Ways } from './automaton.js'
import { MAX_PARTIAL_MATCHES, partialMatches } from './bounded-ways.js'
import { overlaps, type CharSet } from './char-set.js'
import { polynomialDegree } from './polynomial-degree.js'
import { nodesOf, parseRegex, type RegexNode, type RegexTree } from './regex-tree.js'

/*
 * A backtracking engine takes exponential time when some repetition can match one text in many
 * ways (Weideman et al., "Analyzing Matching Time Behavior of Backtracking Regular Expression
 * Matchers by Using Ambiguity of NFA", 2016: exponential degree of ambiguity). Each repetition is
 * checked alone on a position automaton (Glushkov's) whose edges count the ways between two
 * positions, one or many: two walks that read the same text, leave a position together, part
 * (different positions, or the same one by two ways) and meet again mean that every round of the
 * loop doubles the ways to match. Bounded repetitions are checked as unbounded ones, so that
 * (.*a){20} counts like (.*a)+; but an ambiguous bounded repetition of a finite part, such as
 * (\d{1,3},?){1,5}, has finitely many ways, and is let through when they are few
 * (bounded-ways.ts). Character sets are over-approximated (case folding, \p{...}), never under,
 * so a doubt refuses a pattern rather than letting it through.
 */

/** The work one pattern's check may do before it is refused as too complex. */
const BUDGET = 500_000

/**
 * The highest degree of the polynomial in the text's length that bounds an accepted pattern's
 * scan time (polynomial-degree.ts). Measured (Node 22, strings that almost match): degree 2
 * (.*x, \s*x\s*y) scans 16 KB in 0.15-0.4 s; degree 3 (a.*b.*c, BEGIN.*KEY.*END) 1 KB in
 * 0.03-0.3 s and 4 KB in over 3 s; degree 4 (.*a.*b.*c, \s*\s*\s*!) takes 0.2 s for 128
 * characters and over 3 s for 512. A body may be 4 MiB, so even degree 2 relies on scanTimeoutMs
 * for long payloads; degree 4 cannot scan a hostile payload of a few lines within the default
 * 200 ms, and always has a rewrite (drop a leading .*, merge \s*\s*). Degree 3 scans ordinary
 * text fast and has none for patterns such as BEGIN.*KEY.*END, so it stays, scanned under
 * scanTimeoutMs.
 */
export const MAX_DEGREE = 3

class TooComplex extends Error {}

/**
 * True when two walks of the automaton can leave one position together, part and meet again
 * while reading the same text: found on the pairs of positions, as a strongly connected
 * component (Tarjan's, iterative) holding a pair (p, p) and a pair (p, q) or a parting edge.
 */
function ambiguousLoop(automaton: Automaton, budget: { left: number }): boolean {
  const { sets, follow } = automaton
  const n = sets.length
  const successors = (node: number): { to: number; parts: boolean }[] => {
    const p = Math.floor(node / n)
    const q = node % n
    const out: { to: number; parts: boolean }[] = []
    for (const [p2, wp] of follow[p] as Ways)
      for (const [q2, wq] of follow[q] as Ways) {
        if (--budget.left < 0) throw new TooComplex()
        if (!overlaps(sets[p2] as CharSet, sets[q2] as CharSet)) continue
        out.push({ to: p2 * n + q2, parts: p === q && p2 === q2 && Math.max(wp, wq) > 1 })
      }
    return out
  }
  const index = new Map<number, number>()
  const low = new Map<number, number>()
  const onStack = new Set<number>()
  const stack: number[] = []
  const parting: [number, number][] = []
  const component = new Map<number, number>()
  let counter = 0
  for (let root = 0; root < n; root++) {
    const start = root * n + root
    if (index.has(start)) continue
    const frames: { node: number; edges: { to: number; parts: boolean }[]; next: number }[] = []
    const enter = (node: number) => {
      index.set(node, counter)
      low.set(node, counter++)
      stack.push(node)
      onStack.add(node)
      frames.push({ node, edges: successors(node), next: 0 })
    }
    enter(start)
    while (frames.length > 0) {
      const frame = frames.at(-1) as (typeof frames)[number]
      const edge = frame.edges[frame.next++]
      if (edge) {
        if (edge.parts) parting.push([frame.node, edge.to])
        if (!index.has(edge.to)) enter(edge.to)
        else if (onStack.has(edge.to))
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(edge.to) ?? 0))
        continue
      }
      frames.pop()
      const parent = frames.at(-1)
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0))
      if (low.get(frame.node) !== index.get(frame.node)) continue
      let member: number
      let diagonal = false
      let other = false
      do {
        member = stack.pop() as number
        onStack.delete(member)
        component.set(member, frame.node)
        if (Math.floor(member / n) === member % n) diagonal = true
        else other = true
      } while (member !== frame.node)
      if (diagonal && other) return true
    }
  }
  return parting.some(([from, to]) => component.get(from) === component.get(to))
}

/** The repetitions of a tree, innermost first, lookarounds' included. */
function* loops(root: RegexNode): Generator<RegexNode & { kind: 'repeat' }> {
  for (const node of nodesOf(root)) if (node.kind === 'repeat' && node.max > 1) yield node
}

/**
 * What makes a pattern backtrack catastrophically: a repetition of it, a chain of repetitions
 * that share out one text (in order, the scan taking a power of the text's length), or its size.
 */
export type BacktrackingRisk =
  | { kind: 'ambiguous'; part: string }
  | { kind: 'polynomial'; degree: number; parts: string[] }
  | { kind: 'too-complex' }

/** True when `node` is `part` or holds it. */
function holds(node: RegexNode, part: RegexNode): boolean {
  if (node === part) return true
  switch (node.kind) {
    case 'seq':
      return node.items.some((item) => holds(item, part))
    case 'alt':
      return node.options.some((option) => holds(option, part))
    case 'repeat':
    case 'look':
      return holds(node.body, part)
    default:
      return false
  }
}

/**
 * True when an ambiguous repetition is so only a few times over: a small bounded one of a finite
 * part. The partial matches of those let through (`admitted`, the outermost) multiply, since one
 * may follow another: (a|a){8}(a|a){8} tries 510 times 510 from each start, so their product is
 * what is bounded.
 */
function fewWays(
  loop: RegexNode & { kind: 'repeat' },
  tree: RegexTree,
  admitted: Map<RegexNode, number>,
): boolean {
  if (unbounded(loop.body) || !unrolls(loop)) return false
  for (const inner of admitted.keys()) if (holds(loop, inner)) admitted.delete(inner)
  const ways = partialMatches(loop, tree)
  if ([...admitted.values()].reduce((all, w) => all * w, ways) > MAX_PARTIAL_MATCHES) return false
  admitted.set(loop, ways)
  return true
}

/**
 * Checks a pattern that `new RegExp(source, flags)` accepts for repetitions that can match one
 * text in exponentially many ways, such as (a+)+, (a|a)*, (a|ab)* or (.*a){20}, and for chains
 * of repetitions whose scan takes more than the cube of the text's length, such as .*a.*b.*c;
 * undefined when it has none. Patterns whose check would take too long are reported as too
 * complex; a chain too long to work out is left to the scan's time limit.
 */
export function backtrackingRisk(source: string, flags = ''): BacktrackingRisk | undefined {
  const tree = parseRegex(source, flags)
  const budget = { left: BUDGET }
  try {
    const admitted = new Map<RegexNode, number>()
    for (const loop of loops(tree.root)) {
      const automaton = new Automaton(tree)
      automaton.build(loop, true)
      if (ambiguousLoop(automaton, budget) && !fewWays(loop, tree, admitted))
        return { kind: 'ambiguous', part: loop.source }
    }
  } catch (error) {
    if (error instanceof TooComplex) return { kind: 'too-complex' }
    throw error
  }
  const chain = polynomialDegree(tree, BUDGET)
  if (chain && chain.degree > MAX_DEGREE) return { kind: 'polynomial', ...chain }
  return undefined
}

/** How many unbounded parts (repetitions, backreferences) one match attempt may nest or chain. */
function openParts(node: RegexNode): number {
  switch (node.kind) {
    case 'seq':
      return node.items.reduce((sum, item) => sum + openParts(item), 0)
    case 'alt':
      return Math.max(...node.options.map(openParts))
    case 'look':
      return openParts(node.body)
    case 'repeat': {
      const inner = openParts(node.body)
      return node.max === Infinity ? 1 + inner : inner * node.max
    }
    case 'backref':
      return 1
    default:
      return 0
  }
}

/**
 * True when a pattern may take more than linear time from one starting point although none of
 * its repetitions is ambiguous, as a.*b.*c or \s*\s*$ do: it chains or nests more than one
 * unbounded repetition or backreference. One unbounded part costs at most the string's length.
 */
export function mayBeSuperLinear(source: string, flags = ''): boolean {
  return openParts(parseRegex(source, flags).root) > 1
}
