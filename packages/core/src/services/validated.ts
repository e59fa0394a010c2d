import type { z } from 'zod'
import { GatewayError } from '../errors.js'

/** Turns zod issues into a 422 that lists every bad field path. */
export function validationError(error: z.ZodError): GatewayError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }))
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
  return new GatewayError('VALIDATION_FAILED', `invalid input: ${summary}`, { issues })
}

/** Parses a value with a schema, or throws a 422 listing each bad field. */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw validationError(result.error)
  return result.data
}
