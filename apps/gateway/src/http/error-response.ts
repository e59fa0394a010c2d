import { isAuthError, type AuthError } from '@switchyard/auth'
import { GatewayError, isConnectionError, isGatewayError, validationError } from '@switchyard/core'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import type { Logger } from '../logger.js'
import type { GatewayHonoEnv } from './route.js'

/** The REST error body. */
export interface ErrorBody {
  detail: string
  code: string
  errors?: { path: string; message: string }[]
  problems?: { pointer: string; message: string }[]
}

function fromAuthError(error: AuthError): GatewayError {
  switch (error.code) {
    case 'INVALID_INPUT':
    case 'WEAK_SECRET':
      return new GatewayError('BAD_REQUEST', error.message)
    case 'SEAL_FAILED':
      return new GatewayError(
        'INTERNAL',
        'a stored secret could not be opened (was AUTH_ENCRYPTION_SECRET changed?)',
      )
    default:
      return new GatewayError('UNAUTHENTICATED', error.message)
  }
}

/**
 * Any thrown value as a GatewayError; unknown failures become INTERNAL, logged with their stack
 * (and `fields`, such as the request and trace ids).
 */
export function toGatewayError(error: unknown, logger?: Logger, fields?: object): GatewayError {
  if (isGatewayError(error)) return error
  if (isAuthError(error)) return fromAuthError(error)
  // a schema parsed without `validated` still answers 422 with its issues
  if (error instanceof ZodError) return validationError(error)
  if (error instanceof HTTPException) {
    const code =
      error.status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : error.status === 401
          ? 'UNAUTHENTICATED'
          : 'BAD_REQUEST'
    return new GatewayError(code, error.message || 'bad request')
  }
  if (isConnectionError(error)) {
    logger?.warn({ err: error }, 'the store is unreachable')
    return new GatewayError('UNAVAILABLE', 'the store is unreachable; try again shortly', {
      headers: { 'Retry-After': '1' },
      cause: error,
    })
  }
  const reference = Math.random().toString(36).slice(2, 10)
  logger?.error({ ...fields, err: error, reference }, 'unhandled error')
  return new GatewayError('INTERNAL', `internal error (reference ${reference})`)
}

/** The one place a failure becomes an HTTP response: `{ detail, code, errors?, problems? }` with its status. */
export function errorResponse(
  c: Context<GatewayHonoEnv>,
  error: unknown,
  logger?: Logger,
): Response {
  const failure = toGatewayError(error, logger, c.get('logIds'))
  const body: ErrorBody = { detail: failure.message, code: failure.code }
  if (failure.issues.length > 0) body.errors = failure.issues
  if (failure.problems.length > 0) body.problems = failure.problems
  for (const [name, value] of Object.entries(failure.headers)) c.header(name, value)
  return c.json(body, failure.mapping.status as ContentfulStatusCode)
}
