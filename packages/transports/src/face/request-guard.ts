import { jsonRpcErrorResponse } from './errors.js'
import { originAllowed } from './origin.js'

/** What every HTTP face checks before it serves a request. */
export interface RequestGuardOptions {
  isClosed: () => boolean
  allowedOrigins: readonly string[] | undefined
  onError: (error: unknown) => void
}

/**
 * Wraps an HTTP face's handler: 503 once the face is closed, 403 for an Origin not on the allow list
 * (DNS-rebinding protection), and a generic -32603 (the real error to onError) for anything thrown.
 */
export function guardRequest(
  options: RequestGuardOptions,
  serve: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (options.isClosed()) return jsonRpcErrorResponse(503, -32000, 'The server is shutting down')
    const origin = request.headers.get('origin')
    if (
      origin !== null &&
      options.allowedOrigins !== undefined &&
      !originAllowed(origin, options.allowedOrigins)
    ) {
      return jsonRpcErrorResponse(403, -32000, 'Forbidden: origin not allowed')
    }
    try {
      return await serve(request)
    } catch (error) {
      options.onError(error)
      return jsonRpcErrorResponse(500, -32603, 'Internal error')
    }
  }
}
