import { ANY, union, type CharSet } from './char-set.js'
import type { RegexNode, RegexTree } from './regex-tree.js'

/*
 * A position automaton (Glushkov's) of a regular expression, whose edges count the ways between
 * two positions: a position per character the pattern reads, an edge where one may follow another.
 */

/** A bounded repetition of a finite part is unrolled exactly up to this many positions. */
const UNROLL_POSITIONS = 64

/**
 * Ways are counted up to a cap: the ambiguity check only asks one or many, the count of a bounded
 * repetition's matches (bounded-ways.ts) asks how many, and refuses far below the cap.
 */
const MANY = 2 ** 40
const plus = (a: number, b: number) => Math.min(MANY, a + b)
const times = (a: number, b: number) => Math.min(MANY, a * b)

/** Positions, each with its number of ways. */
export type Ways = Map<number, number>

/** A part of the automaton: the ways it matches empty, its first and its last positions. */
export interface Fragment {
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

export function unbounded(node: RegexNode): boolean {
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
export function unrolls(node: RegexNode & { kind: 'repeat' }): boolean {
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
export class Automaton {
  readonly sets: CharSet[] = []
  readonly follow: Ways[] = []
  /** Per position, the outermost repetition built as a loop around it (its source). */
  readonly loopOf: (string | undefined)[] = []

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
        this.loopOf.push(undefined)
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
    const from = this.sets.length
    const once = this.build(body)
    this.link(once.last, once.first)
    this.loopOf.fill(node.source, from)
    return min === 0 ? { ...once, empty: 1 } : once
  }
}

const OPTIONAL = { kind: 'repeat', min: 0, max: 1, source: '' } as const
const REPEATED = { kind: 'repeat', min: 1, max: Infinity, source: '' } as const
