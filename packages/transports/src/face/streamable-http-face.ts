import {
  CLIENT_CAPABILITIES_META_KEY,
  CLIENT_INFO_META_KEY,
  PROTOCOL_VERSION_META_KEY,
  isInitializeRequest,
  isJSONRPCNotification,
  isLegacyRequest,
  type JSONRPCMessage,
} from '@modelcontextprotocol/server'
import { jsonRpcErrorResponse, refusalResponse } from './errors.js'
import { badInitialize, jsonRpcMessages, readJsonBody } from './json-rpc-body.js'
import { LegacySessions } from './legacy-sessions.js'
import { plainModernCall, serveModernCall } from './modern-fast-path.js'
import { ModernHandlers } from './modern-handlers.js'
import { unsupportedVersionHeader } from './protocol-version.js'
import { guardRequest } from './request-guard.js'
import type {
  McpBackend,
  SessionContext,
  StreamableHttpFace,
  StreamableHttpFaceOptions,
} from './types.js'

const MIB = 1024 * 1024

/**
 * Serves MCP over streamable HTTP in both protocol eras on one URL: 2026-era requests statelessly
 * through the SDK's `createMcpHandler`, 2025-era ones on sessionful SDK transports.
 */
export function createStreamableHttpFace(options: StreamableHttpFaceOptions): StreamableHttpFace {
  const sessionKey = options.sessionKey ?? ((request: Request) => new URL(request.url).pathname)
  const ownerOf = options.sessionOwner ?? (() => '')
  const maxBodyBytes = options.maxBodyBytes ?? 4 * MIB
  const onError = options.onError ?? (() => {})
  const backends = new WeakMap<Request, McpBackend>()
  const backendOf = (request: Request | undefined) =>
    request === undefined ? undefined : backends.get(request)
  const legacy = new LegacySessions({
    idleMs: options.sessionIdleMs ?? 30 * 60_000,
    maxSessions: options.maxSessions ?? 10_000,
    maxBodyBytes,
    enableJsonResponse: options.enableJsonResponse ?? false,
    replayBufferSize: options.replayBufferSize ?? 1000,
    backendOf,
    onError,
    onSession: options.onSession,
  })
  const modern = new ModernHandlers({ maxBodyBytes, backendOf, ownerOf, onError })
  let closed = false

  /** The request's backend; `keep` records it for the SDK's per-request servers (backendOf). */
  async function resolveBackend(
    request: Request,
    id: string | number | null,
    keep = true,
  ): Promise<McpBackend | Response> {
    try {
      const backend = await options.backend(request)
      if (keep) backends.set(request, backend)
      return backend
    } catch (error) {
      return refusalResponse(error, id, onError)
    }
  }

  async function post(request: Request): Promise<Response> {
    const read = await readJsonBody(request, maxBodyBytes)
    if (read instanceof Response) return read
    // A plain 2026-era call is checked by the fast path itself and served without the SDK.
    const plain = plainModernCall(request, read.parsed)
    if (plain !== undefined) {
      const backend = await resolveBackend(request, plain.id, false)
      if (backend instanceof Response) return backend
      return serveModernCall(plain, request, backend, onError)
    }
    const body = jsonRpcMessages(read)
    if (body instanceof Response) return body
    const backend = await resolveBackend(request, body.id)
    if (backend instanceof Response) return backend
    const key = sessionKey(request)
    if (!(await isLegacyRequest(request, body.parsed, { maxRequestBodySize: maxBodyBytes }))) {
      const state = requestStateOf(body.parsed)
      const elsewhere = state && (await options.resume?.(request, state, body.parsed))
      if (elsewhere) return elsewhere
      const response = await modern.serve(key, request, body.parsed)
      if (response.ok) deliver(backend, body.messages, (meta) => modernContext(meta))
      return response
    }
    const refused = badInitialize(body)
    if (refused) return refused
    const [first] = body.messages
    // initialize negotiates its version in the body; every later request names it in the header
    const opening = body.messages.length === 1 && isInitializeRequest(first)
    if (!opening) {
      const unsupported = unsupportedVersionHeader(request, body.id)
      if (unsupported) return unsupported
    }
    const sessionId = request.headers.get('mcp-session-id')
    if (sessionId === null) {
      if (!opening) {
        return jsonRpcErrorResponse(400, -32000, 'Bad Request: Mcp-Session-Id header is required', {
          id: body.id,
        })
      }
      return legacy.open(request, key, ownerOf(request), backend, body.parsed)
    }
    const session = legacy.find(sessionId, key, ownerOf(request))
    if (session === undefined) return sessionNotFound(body.id)
    const response = await legacy.serve(session, request, body.parsed)
    if (response.ok) deliver(backend, body.messages, () => legacy.context(session))
    return response
  }

  async function sessionOperation(request: Request): Promise<Response> {
    const unsupported = unsupportedVersionHeader(request, null)
    if (unsupported) return unsupported
    const sessionId = request.headers.get('mcp-session-id')
    if (sessionId === null) {
      return jsonRpcErrorResponse(400, -32000, 'Bad Request: Mcp-Session-Id header is required')
    }
    const backend = await resolveBackend(request, null)
    if (backend instanceof Response) return backend
    const session = legacy.find(sessionId, sessionKey(request), ownerOf(request))
    return session === undefined ? sessionNotFound(null) : legacy.serve(session, request)
  }

  function deliver(
    backend: McpBackend,
    messages: JSONRPCMessage[],
    context: (meta: Record<string, unknown> | undefined) => SessionContext,
  ): void {
    if (backend.notify === undefined) return
    for (const message of messages) {
      if (!isJSONRPCNotification(message) || message.method === 'notifications/cancelled') continue
      const { _meta: meta, ...params } = message.params ?? {}
      try {
        backend.notify(
          message.method,
          message.params === undefined ? undefined : params,
          context(meta),
        )
      } catch (error) {
        onError(error)
      }
    }
  }

  function route(request: Request): Promise<Response> {
    switch (request.method.toUpperCase()) {
      case 'POST':
        return post(request)
      case 'GET':
      case 'DELETE':
        return sessionOperation(request)
      default:
        return Promise.resolve(
          jsonRpcErrorResponse(405, -32000, 'Method not allowed.', {
            headers: { Allow: 'GET, POST, DELETE' },
          }),
        )
    }
  }

  return {
    handle: guardRequest(
      { isClosed: () => closed, allowedOrigins: options.allowedOrigins, onError },
      route,
    ),
    broadcast(key, method, params, to) {
      // A legacy session gets resources/updated only for its own subscriptions (notifySession).
      if (method !== 'notifications/resources/updated') legacy.broadcast(key, method, params, to)
      modern.broadcast(key, method, params, to)
    },
    collectKeys(into) {
      legacy.collectKeys(into)
      modern.collectKeys(into)
    },
    notifySession: (sessionId, method, params) => legacy.notify(sessionId, method, params),
    hasSession: (sessionId) => legacy.has(sessionId),
    async close() {
      closed = true
      await Promise.all([legacy.close(), modern.close()])
    },
    get sessionCount() {
      return legacy.size
    },
  }
}

function sessionNotFound(id: string | number | null): Response {
  return jsonRpcErrorResponse(404, -32001, 'Session not found', { id })
}

/** The `requestState` a single request echoes to resume a multi round-trip call, if any. */
function requestStateOf(body: unknown): string | undefined {
  const params = (body as { params?: { requestState?: unknown } } | null)?.params
  return typeof params?.requestState === 'string' ? params.requestState : undefined
}

/** The client of a modern notification, from its `_meta` envelope. */
function modernContext(meta: Record<string, unknown> | undefined): SessionContext {
  const protocolVersion = meta?.[PROTOCOL_VERSION_META_KEY]
  const clientInfo = meta?.[CLIENT_INFO_META_KEY] as SessionContext['clientInfo']
  const clientCapabilities = meta?.[
    CLIENT_CAPABILITIES_META_KEY
  ] as SessionContext['clientCapabilities']
  return {
    sessionId: undefined,
    era: 'modern',
    protocolVersion: typeof protocolVersion === 'string' ? protocolVersion : '2026-07-28',
    ...(clientInfo !== undefined && { clientInfo }),
    ...(clientCapabilities !== undefined && { clientCapabilities }),
  }
}
