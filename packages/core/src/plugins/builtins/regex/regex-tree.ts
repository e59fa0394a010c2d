import {
  ANY,
  char,
  complement,
  DIGIT,
  DOT,
  ignoreCase,
  range,
  SPACE,
  union,
  WORD,
  WORD_IU,
  type CharSet,
} from './char-set.js'

/** The structure of a regular expression, as far as backtracking is concerned. */
export type RegexNode =
  /** One character of a set (case folding applied). */
  | { kind: 'char'; set: CharSet }
  /** Matches the empty string: an empty alternative, or an assertion (`^`, `$`, `\b`). */
  | { kind: 'empty'; assertion?: true }
  /** A lookaround: zero width where it stands; its body backtracks on its own. */
  | { kind: 'look'; body: RegexNode }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'alt'; options: RegexNode[] }
  /** A quantified atom; `source` is its text, quantifier included. */
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; source: string }
  /** A backreference to a group by number or name. */
  | { kind: 'backref'; ref: number | string }

/** A parsed pattern: its tree and its capturing groups (by number, and numbers by name). */
export interface RegexTree {
  root: RegexNode
  groups: Map<number, RegexNode>
  names: Map<string, number>
}

/** Every node of a tree, each after the nodes inside it (innermost first), lookarounds' included. */
export function* nodesOf(node: RegexNode): Generator<RegexNode> {
  if (node.kind === 'seq') for (const item of node.items) yield* nodesOf(item)
  else if (node.kind === 'alt') for (const option of node.options) yield* nodesOf(option)
  else if (node.kind === 'look' || node.kind === 'repeat') yield* nodesOf(node.body)
  yield node
}

const ASSERTION: RegexNode = { kind: 'empty', assertion: true }
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 }
const CLASS_ESCAPES: Record<string, (unicodeCase: boolean) => CharSet> = {
  d: () => DIGIT,
  D: () => complement(DIGIT),
  w: (iu) => (iu ? WORD_IU : WORD),
  W: (iu) => complement(iu ? WORD_IU : WORD),
  s: () => SPACE,
  S: () => complement(SPACE),
}

/** The capturing groups of a pattern, and whether any is named (that makes `\k` a reference). */
function countGroups(source: string): { count: number; named: boolean } {
  let count = 0
  let named = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') {
      // a class ends at its first unescaped ']' (`[]` is the empty class)
      for (i += source[i + 1] === '^' ? 2 : 1; i < source.length && source[i] !== ']'; i++)
        if (source[i] === '\\') i++
    } else if (c === '(' && source[i + 1] !== '?') count++
    else if (c === '(' && source[i + 2] === '<' && !'=!'.includes(source[i + 3] ?? '')) {
      count++
      named = true
    }
  }
  return { count, named }
}

/**
 * Parses a pattern that `new RegExp(source, flags)` accepts (flags among i, m, s and u) into a
 * RegexNode tree; the syntax of both modes, Annex B's leniencies without the u flag included.
 */
export function parseRegex(source: string, flags: string): RegexTree {
  const { count, named } = countGroups(source)
  const unicode = flags.includes('u')
  const groups = new Map<number, RegexNode>()
  const names = new Map<string, number>()
  let pos = 0
  let captures = 0
  let caseless = flags.includes('i')
  let dotAll = flags.includes('s')

  const at = (offset = 0) => source[pos + offset] ?? ''
  const folded = (set: CharSet) => (caseless ? ignoreCase(set) : set)
  const literal = (): number => {
    const point = unicode ? (source.codePointAt(pos) ?? 0) : source.charCodeAt(pos)
    pos += point > 0xffff ? 2 : 1
    return point
  }
  const digits = (pattern: RegExp): string | undefined => {
    const found = pattern.exec(source.slice(pos))?.[0]
    if (found !== undefined) pos += found.length
    return found
  }

  /** An escape after its backslash: a character (`single`) or a set; in a class or not. */
  function escape(inClass: boolean): { set: CharSet; single?: number } | RegexNode {
    const c = at()
    const one = (point: number) => ({ set: char(point), single: point })
    const set = CLASS_ESCAPES[c]
    if (set) {
      pos++
      return { set: set(unicode && caseless) }
    }
    if (!inClass && (c === 'b' || c === 'B')) {
      pos++
      return ASSERTION
    }
    if (inClass && c === 'b') {
      pos++
      return one(8)
    }
    if (unicode && (c === 'p' || c === 'P')) {
      pos = source.indexOf('}', pos) + 1
      return { set: ANY }
    }
    if (!inClass && c === 'k' && (unicode || named)) {
      const end = source.indexOf('>', pos)
      const name = source.slice(pos + 2, end)
      pos = end + 1
      return { kind: 'backref', ref: name }
    }
    if (c >= '1' && c <= '9' && !inClass) {
      const number = Number(/^\d+/.exec(source.slice(pos))?.[0])
      if (number <= count) {
        pos += String(number).length
        return { kind: 'backref', ref: number }
      }
    }
    if (c >= '0' && c <= '7') {
      // \0, or a legacy octal escape (without u: up to three digits, at most \377)
      const octal = unicode ? '0' : (digits(c <= '3' ? /^[0-7]{1,3}/ : /^[0-7]{1,2}/) ?? '0')
      if (unicode) pos++
      return one(parseInt(octal, 8))
    }
    if (c === 'c') {
      const letter = /[A-Za-z]/.test(at(1)) || (inClass && /[\d_]/.test(at(1)))
      if (!letter) return one(0x5c) // Annex B: the backslash is itself, the 'c' comes next
      pos += 2
      return one(source.charCodeAt(pos - 1) % 32)
    }
    if (c === 'x' && /^[\da-f]{2}/i.test(source.slice(pos + 1))) {
      pos += 3
      return one(parseInt(source.slice(pos - 2, pos), 16))
    }
    if (c === 'u') {
      pos++
      const hex = unicode && at() === '{' ? digits(/^\{[\da-f]+\}/i) : digits(/^[\da-f]{4}/i)
      return one(hex === undefined ? 0x75 : parseInt(hex.replace(/[{}]/g, ''), 16))
    }
    if (CONTROL[c] !== undefined) {
      pos++
      return one(CONTROL[c])
    }
    return one(literal())
  }

  function characterClass(): RegexNode {
    pos++
    const negated = at() === '^'
    if (negated) pos++
    const parts: CharSet[] = []
    const atom = (): { set: CharSet; single?: number } => {
      if (at() !== '\\') {
        const point = literal()
        return { set: char(point), single: point }
      }
      pos++
      return escape(true) as { set: CharSet; single?: number }
    }
    while (pos < source.length && at() !== ']') {
      const from = atom()
      if (at() === '-' && at(1) !== ']' && pos + 1 < source.length) {
        pos++
        const to = atom()
        parts.push(
          from.single !== undefined && to.single !== undefined
            ? range(from.single, to.single)
            : union(from.set, to.set, char(0x2d)),
        )
      } else parts.push(from.set)
    }
    pos++
    const set = union(...parts)
    // folding after negating over-approximates: /[^k]/i matches neither k, K nor the Kelvin sign
    return { kind: 'char', set: folded(negated ? complement(set) : set) }
  }

  function group(): RegexNode {
    pos++
    const look = digits(/^\?<?[=!]/)
    // (?:...) is a modifier group without modifiers
    const modifiers = look === undefined ? digits(/^\?[ims]*(?:-[ims]*)?:/) : undefined
    const plain = look === undefined && modifiers === undefined
    const name = plain ? digits(/^\?<[^>]+>/) : undefined
    const index = plain ? ++captures : undefined
    const outer = { caseless, dotAll }
    const [on = '', off = ''] = (modifiers ?? '?:').slice(1, -1).split('-')
    if (on.includes('i') || off.includes('i')) caseless = on.includes('i')
    if (on.includes('s') || off.includes('s')) dotAll = on.includes('s')
    const body = disjunction()
    ;({ caseless, dotAll } = outer)
    pos++
    if (look !== undefined) return { kind: 'look', body }
    if (index !== undefined) groups.set(index, body)
    if (index !== undefined && name !== undefined) names.set(name.slice(2, -1), index)
    return body
  }

  function atom(): RegexNode {
    const c = at()
    if (c === '^' || c === '$') {
      pos++
      return ASSERTION
    }
    if (c === '.') {
      pos++
      return { kind: 'char', set: dotAll ? ANY : DOT }
    }
    if (c === '(') return group()
    if (c === '[') return characterClass()
    if (c === '\\') {
      pos++
      const escaped = escape(false)
      return 'kind' in escaped ? escaped : { kind: 'char', set: folded(escaped.set) }
    }
    return { kind: 'char', set: folded(char(literal())) }
  }

  function term(): RegexNode {
    const start = pos
    const body = atom()
    let min: number
    let max: number
    const c = at()
    const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos)) : null
    if (c === '*' || c === '+' || c === '?') {
      ;[min, max] = [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity]
      pos++
    } else if (braces) {
      min = Number(braces[1])
      max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity
      pos += braces[0].length
    } else return body
    if (at() === '?') pos++
    return { kind: 'repeat', body, min, max, source: source.slice(start, pos) }
  }

  function alternative(): RegexNode {
    const items: RegexNode[] = []
    while (pos < source.length && at() !== '|' && at() !== ')') items.push(term())
    return { kind: 'seq', items }
  }

  function disjunction(): RegexNode {
    const options = [alternative()]
    while (at() === '|') {
      pos++
      options.push(alternative())
    }
    return options.length === 1 ? (options[0] as RegexNode) : { kind: 'alt', options }
  }

  const root = disjunction()
  return { root, groups, names }
}
