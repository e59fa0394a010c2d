import type { z } from 'zod'
import { GatewayError, type FieldIssue } from '../errors.js'
import { issueMessage } from '../schemas/issue-message.js'

const pathOf = (path: readonly PropertyKey[]): string =>
  path.length > 0 ? path.map(String).join('.') : '(body)'

/**
 * Zod issues as field issues: an unknown key is named as a field of its own, and a union where
 * only one of its forms came close reports that form's issues, at their own fields.
 */
function fieldIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): FieldIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: pathOf([...path, key]),
        message: 'is not a known field',
      }))
    if (issue.code === 'invalid_union' && issue.discriminator === undefined) {
      const close = issue.errors.filter(
        (branch) =>
          !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      )
      if (close.length === 1 && close[0]) return fieldIssues(close[0], path)
    }
    return [{ path: pathOf(path), message: issue.message }]
  })
}

/** A 422 listing each bad field, its detail naming them all ("invalid input: name: is required"). */
export function invalidInput(issues: FieldIssue[]): GatewayError {
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
  return new GatewayError('VALIDATION_FAILED', `invalid input: ${summary}`, { issues })
}

/** Turns zod issues into a 422 that lists every bad field path, each under `at` when given. */
export function validationError(error: z.ZodError, at?: string): GatewayError {
  return invalidInput(fieldIssues(error.issues, at === undefined ? [] : [at]))
}

/**
 * Parses a value with a schema, or throws a 422 listing each bad field in plain words (under
 * `at` when given).
 */
export function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  at?: string,
): z.output<S> {
  const result = schema.safeParse(value, { error: issueMessage })
  if (!result.success) throw validationError(result.error, at)
  return result.data
}
