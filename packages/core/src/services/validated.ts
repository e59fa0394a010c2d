import type { z } from 'zod'
import { GatewayError } from '../errors.js'

/** Turns zod issues into a 422 that lists every bad field path, each under `at` when given. */
export function validationError(error: z.ZodError, at?: string): GatewayError {
  const issues = error.issues.map((issue) => {
    const path = issue.path.map(String)
    if (at !== undefined) path.unshift(at)
    return { path: path.length > 0 ? path.join('.') : '(body)', message: issue.message }
  })
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
  return new GatewayError('VALIDATION_FAILED', `invalid input: ${summary}`, { issues })
}

/** Parses a value with a schema, or throws a 422 listing each bad field (under `at` when given). */
export function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  at?: string,
): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw validationError(result.error, at)
  return result.data
}
