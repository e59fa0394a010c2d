/** Why an A2A call or discovery failed. */
export type A2aErrorCode =
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'INVALID_CARD'
  | 'UNSUPPORTED_INTERFACE'
  | 'INVALID_INPUT'
  | 'PROTOCOL'

/** The one error type of `@switchyard/a2a`: a code, a message, and the card or input field at fault. */
export class A2aError extends Error {
  override readonly name = 'A2aError'
  readonly code: A2aErrorCode
  /** Dotted path of the field at fault, such as `supportedInterfaces.0.url`. */
  readonly field: string | undefined

  constructor(
    code: A2aErrorCode,
    message: string,
    options: { field?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.field = options.field
  }
}

/** True when the value is an A2aError (also across duplicated package copies). */
export function isA2aError(value: unknown): value is A2aError {
  return value instanceof A2aError || (value instanceof Error && value.name === 'A2aError')
}
