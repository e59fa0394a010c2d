import { backtrackingRisk, MAX_DEGREE } from './backtracking.js'

const quoted = (text: string) => `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`

const POWERS = ['', 'length', 'square', 'cube', 'fourth power', 'fifth power']
const power = (degree: number) => POWERS[degree] ?? `${degree}th power`

/** A rewrite that brings a chain of repetitions one short of too long, when there is a simple one. */
function rewrite(source: string, parts: string[]): string {
  const [first = '', second] = parts
  if (parts.length === MAX_DEGREE) {
    if (first === second && source.includes(first + first)) return `write ${quoted(first)} once`
    if (/^\.\*\??$/.test(first) && source.startsWith(first))
      return `drop the leading ${quoted(first)} (a scan tries every start anyway)`
  }
  return 'make each part stop where the next one starts, as a[^b]*b[^c]*c does for a.*b.*c'
}

/**
 * Why a pattern cannot be used to scan untrusted text: it is not a valid regular expression with
 * these flags, or it may backtrack catastrophically; undefined when it can be used.
 */
export function patternProblem(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags)
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`
  }
  const risk = backtrackingRisk(source, flags)
  if (risk === undefined) return undefined
  if (risk.kind === 'too-complex')
    return `${quoted(source)} is too complex to check for catastrophic backtracking; split it into simpler patterns`
  if (risk.kind === 'polynomial') {
    const parts = risk.parts.map(quoted)
    const list = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`
    return `can take time growing with the ${power(risk.degree)} of the text's length: in ${quoted(source)}, ${list} can match the same text one after another, and a scan that fails tries every way to share it out; ${rewrite(source, risk.parts)}`
  }
  const where = risk.part === source ? quoted(source) : `in ${quoted(source)}, ${quoted(risk.part)}`
  return `can take exponential time (catastrophic backtracking): ${where} repeats a part that can match the same text in more than one way, like (a+)+ or (a|a)*`
}
