import { ANY, overlaps, union, type CharSet } from './char-set.js'
import { parseRegex, type RegexNode, type RegexTree } from './regex-tree.js'

/*
 * A backtracking engine takes exponential time when some repetition can match one text in many
 * ways (Weideman et al., "Analyzing Matching Time Behavior of Backtracking Regular Expression
 * Matchers by Using Ambiguity of NFA", 2016: exponential degree of ambiguity). Each repetition is
 * checked alone on a position automaton (Glushkov's) whose edges count the ways between two
 * positions, one or many: two walks that read the same text, leave a position together, part
 * (different positions, or the same one by two ways) and meet again mean that every round of the
 * loop doubles the ways to match. Bounded repetitions are checked as unbounded ones, so that
 * (.*a){20} counts like (.*a)+. Character sets are over-approximated (case folding, \p{...}),
 * never under, so a doubt refuses a pattern rather than letting it through.
 */

/** The work one pattern's check may do before it is refused as too complex. */
const BUDGET = 500_000
/** A bounded repetition of a finite part is unrolled exactly up to this many positions. */
const UNROLL_POSITIONS = 64

/** Ways are counted up to 2: "many" is all that matters. */
const plus = (a: number, b: number) => Math.min(2, a + b)
const times = (a: number, b: number) => Math.min(2, a * b)

type Ways = Map<number, number>

/** A part of the automaton: the ways it matches empty, its first and its last positions. */
interface Fragment {
  empty: number
  first: Ways
  last: Ways
}

function merge(a: Ways, b: Ways, scale = 1): Ways {
  const out = new Map(a)
  if (scale > 0) for (const [p, w] of b) out.set(p, plus(out.get(p) ?? 0, times(w, scale)))
  return out
}

const EMPTY: Fragment = { empty: 1, first: new Map(), last: new Map() }

function unbounded(node: RegexNode): boolean {
  switch (node.kind) {
    case 'repeat':
      return node.max === Infinity || unbounded(node.body)
    case 'seq':
      return node.items.some(unbounded)
    case 'alt':
      return node.options.some(unbounded)
    default:
      return node.kind === 'backref'
  }
}

const counted = new WeakMap<RegexNode, number>()

/** How many positions a node is built with (remembered: unrolls asks at every level). */
function positions(node: RegexNode): number {
  let count = counted.get(node)
  if (count !== undefined) return count
  switch (node.kind) {
    case 'char':
    case 'backref':
      count = 1
      break
    case 'seq':
      count = node.items.reduce((sum, item) => sum + positions(item), 0)
      break
    case 'alt':
      count = node.options.reduce((sum, option) => sum + positions(option), 0)
      break
    case 'repeat':
      count = positions(node.body) * (unrolls(node) ? node.max : 1)
      break
    default:
      count = 0
  }
  counted.set(node, count)
  return count
}

/** A bounded repetition of a small finite part is built as it runs: E{2,4} as E E (E (E)?)?. */
function unrolls(node: RegexNode & { kind: 'repeat' }): boolean {
  return (
    node.max > 1 &&
    node.max !== Infinity &&
    !unbounded(node.body) &&
    node.max * positions(node.body) <= UNROLL_POSITIONS
  )
}

/** The characters a group may capture, and whether it may capture more than one. */
function captured(node: RegexNode): { set: CharSet; many: boolean } {
  const sets: CharSet[] = []
  const longest = (n: RegexNode): number => {
    switch (n.kind) {
      case 'char':
        sets.push(n.set)
        return 1
      case 'seq':
        return n.items.reduce((sum, item) => sum + longest(item), 0)
      case 'alt':
        return Math.max(0, ...n.options.map(longest))
      case 'repeat': {
        const one = longest(n.body)
        return one === 0 ? 0 : one * n.max
      }
      case 'backref':
        sets.push(ANY)
        return Infinity
      default:
        return 0
    }
  }
  const many = longest(node) > 1
  return { set: union(...sets), many }
}

function groupOf(ref: number | string, tree: RegexTree): RegexNode | undefined {
  return tree.groups.get(typeof ref === 'number' ? ref : (tree.names.get(ref) ?? 0))
}

/** A position automaton under construction, ways counted on its edges. */
class Automaton {
  readonly sets: CharSet[] = []
  readonly follow: Ways[] = []

  constructor(private readonly tree: RegexTree) {}

  private link(from: Ways, to: Ways): void {
    for (const [p, wp] of from) {
      const next = this.follow[p] as Ways
      for (const [q, wq] of to) next.set(q, plus(next.get(q) ?? 0, times(wp, wq)))
    }
  }

  private concat(a: Fragment, b: Fragment): Fragment {
    this.link(a.last, b.first)
    return {
      empty: times(a.empty, b.empty),
      first: merge(a.first, b.first, a.empty),
      last: merge(b.last, a.last, b.empty),
    }
  }

  /** Builds a node; `asLoop` builds a repetition as a loop whatever its bounds. */
  build(node: RegexNode, asLoop = false): Fragment {
    switch (node.kind) {
      case 'char': {
        const p = this.sets.push(node.set) - 1
        this.follow.push(new Map())
        return { empty: 0, first: new Map([[p, 1]]), last: new Map([[p, 1]]) }
      }
      case 'seq':
        return node.items.reduce((a, item) => this.concat(a, this.build(item)), EMPTY)
      case 'alt':
        return node.options
          .map((option) => this.build(option))
          .reduce((a, b) => ({
            empty: plus(a.empty, b.empty),
            first: merge(a.first, b.first),
            last: merge(a.last, b.last),
          }))
      case 'backref': {
        // as a group of the characters it may capture, one or many of them, or nothing
        const group = groupOf(node.ref, this.tree)
        if (!group) return EMPTY
        const { set, many } = captured(group)
        const one: RegexNode = { kind: 'char', set }
        const body = many ? { ...REPEATED, body: one } : one
        return this.build({ kind: 'alt', options: [{ kind: 'empty' }, body] })
      }
      case 'repeat':
        return this.repeat(node, asLoop)
      default:
        return EMPTY
    }
  }

  private repeat(node: RegexNode & { kind: 'repeat' }, asLoop: boolean): Fragment {
    const { body, min, max } = node
    if (max === 0 || body.kind === 'look') return EMPTY
    // an iteration that matches empty once `min` is reached fails (the spec's empty check)
    if (max === 1) {
      const once = this.build(body)
      return min === 0 ? { ...once, empty: 1 } : once
    }
    if (!asLoop && unrolls(node)) {
      let optional: RegexNode = { kind: 'empty' }
      for (let i = min; i < max; i++)
        optional = { ...OPTIONAL, body: { kind: 'seq', items: [body, optional] } }
      return this.build({ kind: 'seq', items: [...Array<RegexNode>(min).fill(body), optional] })
    }
    const once = this.build(body)
    this.link(once.last, once.first)
    return min === 0 ? { ...once, empty: 1 } : once
  }
}

const OPTIONAL = { kind: 'repeat', min: 0, max: 1, source: '' } as const
const REPEATED = { kind: 'repeat', min: 1, max: Infinity, source: '' } as const

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
function* loops(node: RegexNode): Generator<RegexNode & { kind: 'repeat' }> {
  switch (node.kind) {
    case 'seq':
      for (const item of node.items) yield* loops(item)
      return
    case 'alt':
      for (const option of node.options) yield* loops(option)
      return
    case 'look':
      yield* loops(node.body)
      return
    case 'repeat':
      yield* loops(node.body)
      if (node.max > 1) yield node
      return
    default:
      return
  }
}

/** What makes a pattern backtrack catastrophically: a repetition of it, or its size. */
export type BacktrackingRisk = { kind: 'ambiguous'; part: string } | { kind: 'too-complex' }

/**
 * Checks a pattern that `new RegExp(source, flags)` accepts for repetitions that can match one
 * text in exponentially many ways, such as (a+)+, (a|a)*, (a|ab)* or (.*a){20}; undefined when
 * it has none. Patterns whose check would take too long are reported as too complex.
 */
export function backtrackingRisk(source: string, flags = ''): BacktrackingRisk | undefined {
  const tree = parseRegex(source, flags)
  const budget = { left: BUDGET }
  try {
    for (const loop of loops(tree.root)) {
      const automaton = new Automaton(tree)
      automaton.build(loop, true)
      if (ambiguousLoop(automaton, budget)) return { kind: 'ambiguous', part: loop.source }
    }
  } catch (error) {
    if (error instanceof TooComplex) return { kind: 'too-complex' }
    throw error
  }
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
