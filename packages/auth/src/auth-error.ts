/** Every failure @switchyard/auth reports, by machine code. */
export type AuthErrorCode =
  | 'INVALID_TOKEN'
  | 'EXPIRED_TOKEN'
  | 'MISSING_CLAIM'
  | 'BAD_CREDENTIALS'
  | 'SEAL_FAILED'
  | 'WEAK_SECRET'
  | 'INVALID_INPUT'
  | 'OAUTH_REQUIRED'
  | 'OAUTH_FAILED'

/** Options for an AuthError beyond its code and message. */
export interface AuthErrorOptions {
  cause?: unknown
}

/** The one error type of @switchyard/auth: a machine code and a message free of secrets. */
export class AuthError extends Error {
  override readonly name = 'AuthError'
  readonly code: AuthErrorCode

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
  }
}

/** Whether a value is an AuthError, optionally with the given code. */
export function isAuthError(value: unknown, code?: AuthErrorCode): value is AuthError {
  return value instanceof AuthError && (code === undefined || value.code === code)
}
