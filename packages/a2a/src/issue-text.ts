import type { z } from 'zod'

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)

/** What a JSON value is, with its article: `null`, `an array`, `a string`, ... */
export const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : article(typeof value)

/**
 * Zod's error map for what agents and callers send: a missing field `is missing`, a value of the
 * wrong type `must be a string, not a number`; messages the schemas set themselves are kept.
 */
export function issueText(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined
  if (issue.input === undefined) return 'is missing'
  return `must be ${article(issue.expected)}, not ${kindOf(issue.input)}`
}
