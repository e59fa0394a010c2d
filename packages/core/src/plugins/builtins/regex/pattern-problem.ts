import { backtrackingRisk } from './backtracking.js'

const quoted = (text: string) => `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`

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
  if (risk?.kind === 'too-complex')
    return `${quoted(source)} is too complex to check for catastrophic backtracking; split it into simpler patterns`
  if (risk === undefined) return undefined
  const where = risk.part === source ? quoted(source) : `in ${quoted(source)}, ${quoted(risk.part)}`
  return `can take exponential time (catastrophic backtracking): ${where} repeats a part that can match the same text in more than one way, like (a+)+ or (a|a)*`
}
