/** Every failure an upstream session reports, by machine code. */
export type UpstreamErrorCode = 'CONNECT_FAILED' | 'TIMEOUT' | 'CLOSED' | 'REMOTE' | 'PROTOCOL'

/** Options for an UpstreamError beyond its code and message. */
export interface UpstreamErrorOptions {
  cause?: unknown
  rpcCode?: number
  data?: unknown
}

/** The one error type of the upstream side: a machine code and a message free of secrets. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError'
  readonly code: UpstreamErrorCode
  declare readonly rpcCode?: number
  declare readonly data?: unknown

  constructor(code: UpstreamErrorCode, message: string, options: UpstreamErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    if (options.rpcCode !== undefined) this.rpcCode = options.rpcCode
    if (options.data !== undefined) this.data = options.data
  }
}

/** Whether a value is an UpstreamError, optionally with the given code. */
export function isUpstreamError(value: unknown, code?: UpstreamErrorCode): value is UpstreamError {
  return value instanceof UpstreamError && (code === undefined || value.code === code)
}
