/** Options of a {@link McpFaceError} that only matter when it answers a whole HTTP request. */
export interface McpFaceErrorOptions {
  /** HTTP status when the error refuses the HTTP request itself (thrown by `backend(request)`). */
  httpStatus?: number
  /** Extra response headers in that case, e.g. `WWW-Authenticate`. */
  headers?: Record<string, string>
}

/** A JSON-RPC error a backend throws; it reaches the client with code, message and data unchanged. */
export class McpFaceError extends Error {
  readonly code: number
  readonly data: unknown
  readonly httpStatus: number | undefined
  readonly headers: Record<string, string> | undefined

  constructor(code: number, message: string, data?: unknown, options?: McpFaceErrorOptions) {
    super(message)
    this.name = 'McpFaceError'
    this.code = code
    this.data = data
    this.httpStatus = options?.httpStatus
    this.headers = options?.headers
  }
}

type JsonRpcId = string | number | null

/** An HTTP response carrying one JSON-RPC error object. */
export function jsonRpcErrorResponse(
  status: number,
  code: number,
  message: string,
  options: { data?: unknown; id?: JsonRpcId; headers?: Record<string, string> } = {},
): Response {
  const error = { code, message, ...(options.data !== undefined && { data: options.data }) }
  return Response.json(
    { jsonrpc: '2.0', error, id: options.id ?? null },
    { status, ...(options.headers !== undefined && { headers: options.headers }) },
  )
}

/** Turns what `backend(request)` threw into the HTTP answer. */
export function refusalResponse(
  error: unknown,
  id: JsonRpcId,
  onError: (error: unknown) => void,
): Response {
  if (error instanceof Response) return error
  if (error instanceof McpFaceError) {
    const status = error.httpStatus ?? (error.code === -32603 ? 500 : 400)
    return jsonRpcErrorResponse(status, error.code, error.message, {
      data: error.data,
      id,
      ...(error.headers !== undefined && { headers: error.headers }),
    })
  }
  const status = statusOf(error)
  if (status !== undefined && status < 500) {
    const message = error instanceof Error && error.message !== '' ? error.message : 'Refused'
    return jsonRpcErrorResponse(status, -32000, message, { id })
  }
  onError(error)
  return jsonRpcErrorResponse(status ?? 500, -32603, 'Internal error', { id })
}

/** What a handler's failure becomes on the wire: a McpFaceError as it is, anything else -32603. */
export function toWireError(error: unknown, onError: (error: unknown) => void): McpFaceError {
  if (error instanceof McpFaceError) return error
  onError(error)
  return new McpFaceError(-32603, 'Internal error')
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown }
  const value = typeof status === 'number' ? status : statusCode
  return typeof value === 'number' && value >= 400 && value <= 599 ? value : undefined
}
