/** Every failure the gateway reports, by machine code. */
export type GatewayErrorCode =
  | 'BAD_REQUEST'
  | 'MALFORMED_JSON'
  | 'VALIDATION_FAILED'
  | 'INVALID_DOCUMENT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'FORBIDDEN_URL'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TEMPLATE_ERROR'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_AUTH_REQUIRED'
  | 'UNAVAILABLE'
  | 'PLUGIN_BLOCKED'
  | 'PLUGIN_FAILED'
  | 'INTERNAL'

/** One field that failed validation: where it is and what is wrong with it. */
export interface FieldIssue {
  path: string
  message: string
}

/** One problem in a submitted document (such as an OpenAPI description): a JSON pointer into it and what is wrong. */
export interface DocumentProblem {
  pointer: string
  message: string
}

/** How one error code shows on each face: an HTTP status and a JSON-RPC error code. */
export interface ErrorMapping {
  status: number
  jsonRpc: number
}

/** The single table mapping each code to its HTTP status and JSON-RPC code. */
export const errorMappings: Readonly<Record<GatewayErrorCode, ErrorMapping>> = {
  BAD_REQUEST: { status: 400, jsonRpc: -32600 },
  MALFORMED_JSON: { status: 400, jsonRpc: -32700 },
  VALIDATION_FAILED: { status: 422, jsonRpc: -32602 },
  INVALID_DOCUMENT: { status: 422, jsonRpc: -32602 },
  UNAUTHENTICATED: { status: 401, jsonRpc: -32001 },
  FORBIDDEN: { status: 403, jsonRpc: -32003 },
  FORBIDDEN_URL: { status: 403, jsonRpc: -32003 },
  NOT_FOUND: { status: 404, jsonRpc: -32002 },
  /** A path served by other HTTP methods than the request's (its answer says which, in `Allow`). */
  METHOD_NOT_ALLOWED: { status: 405, jsonRpc: -32601 },
  CONFLICT: { status: 409, jsonRpc: -32004 },
  /** An update that names a version older than the stored one (someone else changed it first). */
  VERSION_CONFLICT: { status: 409, jsonRpc: -32004 },
  PAYLOAD_TOO_LARGE: { status: 413, jsonRpc: -32600 },
  RATE_LIMITED: { status: 429, jsonRpc: -32029 },
  TEMPLATE_ERROR: { status: 422, jsonRpc: -32602 },
  UPSTREAM_ERROR: { status: 502, jsonRpc: -32010 },
  UPSTREAM_TIMEOUT: { status: 504, jsonRpc: -32011 },
  /** An upstream with OAuth that the caller (or an admin, for a shared credential) must authorize first. */
  UPSTREAM_AUTH_REQUIRED: { status: 403, jsonRpc: -32013 },
  UNAVAILABLE: { status: 503, jsonRpc: -32012 },
  PLUGIN_BLOCKED: { status: 403, jsonRpc: -32015 },
  PLUGIN_FAILED: { status: 502, jsonRpc: -32016 },
  INTERNAL: { status: 500, jsonRpc: -32603 },
}

/** Options for a GatewayError beyond its code and message. */
export interface GatewayErrorOptions {
  issues?: FieldIssue[]
  /** Problems inside a submitted document, each at its JSON pointer. */
  problems?: DocumentProblem[]
  headers?: Record<string, string>
  cause?: unknown
}

/** The one error type of Switchyard: a machine code, a human message, optional field issues. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError'
  readonly code: GatewayErrorCode
  readonly issues: FieldIssue[]
  readonly problems: DocumentProblem[]
  readonly headers: Record<string, string>

  constructor(code: GatewayErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.issues = options.issues ?? []
    this.problems = options.problems ?? []
    this.headers = options.headers ?? {}
  }

  /** The HTTP status and JSON-RPC code for this error. */
  get mapping(): ErrorMapping {
    return errorMappings[this.code]
  }
}

/**
 * Shorthand for a 404 naming the kind and key that was not found, and with `field` the input field
 * that named it (as an issue).
 */
export function notFound(kind: string, key: string, field?: string): GatewayError {
  const message = `${kind} '${key}' not found`
  return new GatewayError(
    'NOT_FOUND',
    message,
    field === undefined ? {} : { issues: [{ path: field, message }] },
  )
}

/** Shorthand for a 409 naming what already exists, and the field that clashes (as an issue). */
export function conflict(kind: string, field: string, value: string): GatewayError {
  const message = `${kind} with ${field} '${value}' already exists`
  return new GatewayError('CONFLICT', message, { issues: [{ path: field, message }] })
}

/** Shorthand for a 409: the entity has moved on from the version a writer expected. */
export function versionConflict(kind: string, id: string, expected: number): GatewayError {
  return new GatewayError(
    'VERSION_CONFLICT',
    `${kind} '${id}' was changed since version ${expected}: read it again and retry with the current version`,
  )
}

/** True when the value is a GatewayError (also across duplicated package copies). */
export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError || (value instanceof Error && value.name === 'GatewayError')
}
