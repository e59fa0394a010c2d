/** What went wrong, for a {@link GrpcBridgeError}. */
export type GrpcBridgeErrorCode =
  | 'BAD_OPTION'
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'NO_REFLECTION'
  | 'BAD_DESCRIPTOR'
  | 'UNKNOWN_METHOD'
  | 'INVALID_ARGUMENTS'

/** A gRPC target could not be discovered or called as asked; `message` is one line for the user. */
export class GrpcBridgeError extends Error {
  readonly code: GrpcBridgeErrorCode
  /** The option at fault (`tls.ca`), when one is. */
  readonly field: string | undefined

  constructor(
    code: GrpcBridgeErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string },
  ) {
    super(message, options)
    this.name = 'GrpcBridgeError'
    this.code = code
    this.field = options?.field
  }
}
