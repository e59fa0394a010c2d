/** A set of code points: sorted, disjoint, inclusive ranges `[from, to]`. */
export type CharSet = readonly (readonly [number, number])[]

const MAX = 0x10ffff

/** The characters `from` to `to`. */
export const range = (from: number, to: number): CharSet => [[from, to]]

/** One character. */
export const char = (code: number): CharSet => [[code, code]]

/** Every character. */
export const ANY: CharSet = range(0, MAX)

/** The sets' characters together. */
export function union(...sets: CharSet[]): CharSet {
  const all = sets.flat().sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [from, to] of all) {
    const last = out.at(-1)
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

/** The characters not in the set. */
export function complement(set: CharSet): CharSet {
  const out: [number, number][] = []
  let next = 0
  for (const [from, to] of set) {
    if (from > next) out.push([next, from - 1])
    next = to + 1
  }
  if (next <= MAX) out.push([next, MAX])
  return out
}

/** The characters in both sets. */
export function intersection(a: CharSet, b: CharSet): CharSet {
  const out: [number, number][] = []
  for (const [aFrom, aTo] of a)
    for (const [bFrom, bTo] of b)
      if (aFrom <= bTo && bFrom <= aTo) out.push([Math.max(aFrom, bFrom), Math.min(aTo, bTo)])
  return out
}

/** True when some character is in both sets. */
export function overlaps(a: CharSet, b: CharSet): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const [aFrom, aTo] = a[i] as readonly [number, number]
    const [bFrom, bTo] = b[j] as readonly [number, number]
    if (aFrom <= bTo && bFrom <= aTo) return true
    if (aTo < bTo) i++
    else j++
  }
  return false
}

const code = (c: string) => c.charCodeAt(0)
const UPPER = range(code('A'), code('Z'))
const LOWER = range(code('a'), code('z'))
const NON_ASCII = range(0x80, MAX)
// the only ASCII letters that fold to a non-ASCII one (under /iu): the Kelvin sign and long s
const KELVIN = union(char(code('k')), char(code('K')), char(0x212a))
const LONG_S = union(char(code('s')), char(code('S')), char(0x17f))

/** The part of `set` within `letters`, moved by `by`. */
function shifted(set: CharSet, letters: CharSet, by: number): CharSet {
  const [lo, hi] = letters[0] as readonly [number, number]
  return set
    .filter(([from, to]) => from <= hi && lo <= to)
    .map(([from, to]) => [Math.max(from, lo) + by, Math.min(to, hi) + by] as const)
}

/**
 * The set widened to what it matches case-insensitively: ASCII letters gain their other case,
 * k and s their non-ASCII forms, and a set with other non-ASCII characters (whose folding is not
 * worked out here) gains every non-ASCII character, which over-approximates safely.
 */
export function ignoreCase(set: CharSet): CharSet {
  const other = complement(union(range(0, 0x7f), KELVIN, LONG_S))
  return union(
    set,
    shifted(set, UPPER, 32),
    shifted(set, LOWER, -32),
    ...[KELVIN, LONG_S].filter((folds) => overlaps(set, folds)),
    ...(overlaps(set, other) ? [NON_ASCII] : []),
  )
}

/** `\d` */
export const DIGIT = range(code('0'), code('9'))
/** `\w` */
export const WORD = union(DIGIT, UPPER, LOWER, char(code('_')))
/** `\w` with the flags i and u, which also matches the Kelvin sign and long s. */
export const WORD_IU = union(WORD, char(0x212a), char(0x17f))
/** `\s`: white space and line terminators. */
export const SPACE = union(
  range(0x09, 0x0d),
  char(0x20),
  char(0xa0),
  char(0x1680),
  range(0x2000, 0x200a),
  range(0x2028, 0x2029),
  char(0x202f),
  char(0x205f),
  char(0x3000),
  char(0xfeff),
)
/** `.` without the s flag: everything but line terminators. */
export const DOT = complement(union(char(0x0a), char(0x0d), range(0x2028, 0x2029)))
