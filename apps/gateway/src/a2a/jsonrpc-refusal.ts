import { isA2aError } from '@switchyard/a2a'
import { isGatewayError, outboundRefusal } from '@switchyard/core'
import { fromA2aError } from './a2a-errors.js'

/** The id of a JSON-RPC request body; null when it has none that can be read. */
function requestId(body: string): string | number | null {
  try {
    const id = (JSON.parse(body) as { id?: unknown } | null)?.id
    return typeof id === 'string' || typeof id === 'number' ? id : null
  } catch {
    return null
  }
}

/**
 * A failure of the JSON-RPC pass-through as the JSON-RPC error its client reads: the request's
 * id, and the JSON-RPC code and HTTP status of core's table. Anything else is rethrown.
 */
export function jsonRpcRefusal(error: unknown, body: string): Response {
  const failure = outboundRefusal(error) ?? (isA2aError(error) ? fromA2aError(error) : error)
  if (!isGatewayError(failure)) throw error
  const answer = {
    jsonrpc: '2.0',
    id: requestId(body),
    error: { code: failure.mapping.jsonRpc, message: failure.message },
  }
  return new Response(JSON.stringify(answer), {
    status: failure.mapping.status,
    headers: { ...failure.headers, 'content-type': 'application/json' },
  })
}
