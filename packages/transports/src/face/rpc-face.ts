import {
  DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
  isJSONRPCRequest,
  type JSONRPCRequest,
} from '@modelcontextprotocol/server'
import { deliverNotifications } from './deliver-notifications.js'
import { McpFaceError, jsonRpcErrorResponse, refusalResponse } from './errors.js'
import { createFaceServer } from './face-server.js'
import { readJsonRpcBody } from './json-rpc-body.js'
import { guardRequest } from './request-guard.js'
import { RpcExchangeTransport } from './rpc-exchange.js'
import type { McpBackend, SessionContext } from './types.js'

/** Options for {@link createRpcFace}. */
export interface RpcFaceOptions {
  /**
   * Builds (or returns a cached) backend for a POST. Throw a `Response`, a {@link McpFaceError}
   * or an error with a numeric `status` to refuse, as with `createStreamableHttpFace`.
   */
  backend: (request: Request) => McpBackend | Promise<McpBackend>
  /** Largest body; larger ones get 413 with a JSON-RPC error body. Default 4 MiB. */
  maxBodyBytes?: number
  /** Allowed `Origin` values, as for `createStreamableHttpFace`; unlisted ones get 403. */
  allowedOrigins?: readonly string[]
  /** Receives errors the wire does not show: backend failures answered as -32603. */
  onError?: (error: unknown) => void
}

/** One JSON-RPC request (or batch) per plain POST, answered in the JSON body (ContextForge's `/rpc`). */
export interface RpcFace {
  /** Serves a POST: 200 with the answer (an array for a batch), 202 with no body for notifications. */
  handle(request: Request): Promise<Response>
}

/**
 * Serves MCP as plain JSON-RPC over POST: no session, no stream. Any method works without a prior
 * `initialize`; progress and other notifications from the backend are dropped, and server-to-client
 * requests (sampling, elicitation, roots) are refused.
 */
export function createRpcFace(options: RpcFaceOptions): RpcFace {
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024
  const onError = options.onError ?? (() => {})

  async function post(request: Request): Promise<Response> {
    const body = await readJsonRpcBody(request, maxBodyBytes)
    if (body instanceof Response) return body
    const requests = body.messages.filter(isJSONRPCRequest)
    if (new Set(requests.map((message) => message.id)).size < requests.length) {
      return jsonRpcErrorResponse(400, -32600, 'Invalid Request: the ids in a batch must differ')
    }
    let backend: McpBackend
    try {
      backend = await options.backend(request)
    } catch (error) {
      return refusalResponse(error, body.id, onError)
    }
    deliverNotifications(backend, body.messages, sessionless, onError)
    if (requests.length === 0) return new Response(null, { status: 202 })
    const answers = await exchange(backend, requests, request)
    const ordered = requests.flatMap((message) => answers.get(message.id) ?? [])
    if (!Array.isArray(body.parsed)) {
      return ordered[0] === undefined ? clientGone() : Response.json(ordered[0])
    }
    return Response.json(ordered)
  }

  async function exchange(backend: McpBackend, requests: JSONRPCRequest[], request: Request) {
    const server = createFaceServer({
      backend,
      era: 'legacy',
      backendOf: () => undefined,
      relatedStreams: true,
      abortOnDisconnect: true,
      refuseServerRequest: rpcServerRequestError,
      onError,
    })
    const transport = new RpcExchangeTransport(requests)
    await server.connect(transport)
    for (const message of requests) transport.onmessage?.(message, { request })
    try {
      return await transport.answers(request.signal)
    } finally {
      await server.close()
    }
  }

  const guarded = guardRequest(
    { isClosed: () => false, allowedOrigins: options.allowedOrigins, onError },
    post,
  )
  return {
    handle(request) {
      if (request.method.toUpperCase() !== 'POST') {
        return Promise.resolve(
          jsonRpcErrorResponse(405, -32000, 'Method not allowed.', { headers: { Allow: 'POST' } }),
        )
      }
      return guarded(request)
    },
  }
}

/** The client of a /rpc notification: sessionless, with no negotiated state. */
function sessionless(): SessionContext {
  return {
    sessionId: undefined,
    era: 'legacy',
    protocolVersion: DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
  }
}

function rpcServerRequestError(method: string): McpFaceError {
  return new McpFaceError(
    -32603,
    `Server-to-client requests (${method}) cannot be carried by /rpc, which answers one POST with one JSON body; connect over streamable HTTP, SSE or WebSocket for sampling, elicitation and roots`,
    { method, transport: 'rpc' },
  )
}

/** Answers a request whose client went away before every answer was ready (no one reads it). */
function clientGone(): Response {
  return jsonRpcErrorResponse(499, -32800, 'The client closed the request')
}
