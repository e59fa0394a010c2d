import { randomUUID } from 'node:crypto'
import { ChannelSessions } from './channel-sessions.js'
import { jsonRpcErrorResponse, refusalResponse } from './errors.js'
import { readJsonRpcBody } from './json-rpc-body.js'
import { guardRequest } from './request-guard.js'
import type { OwnerFilter } from './session-scope.js'
import { SseStreamTransport } from './sse-stream-transport.js'
import type { McpBackend } from './types.js'

/** Options for {@link createSseFace}. */
export interface SseFaceOptions {
  /**
   * Builds (or returns a cached) backend for a request; called for the GET that opens a stream
   * and for every message POST, whose requests it then serves. Throw a `Response`, a
   * {@link McpFaceError} or an error with a numeric `status` to refuse, as with
   * `createStreamableHttpFace`.
   */
  backend: (request: Request) => McpBackend | Promise<McpBackend>
  /**
   * The message URL (absolute, or relative to the stream's URL) announced in the `endpoint`
   * event, e.g. `(id) => '/servers/42/message'`; `sessionId=<id>` is appended to its query unless
   * it already names the session.
   */
  messagePath: (sessionId: string, request: Request) => string
  /**
   * Groups sessions: a message POST must have its session's key (else 404), and
   * {@link SseFace.broadcast} reaches the sessions of one key. Default: the URL's path without
   * its last segment, so `/servers/42/sse` and `/servers/42/message` share the key `/servers/42`.
   */
  sessionKey?: (request: Request) => string
  /**
   * Who is behind a request, as for `createStreamableHttpFace`: a message POST of another owner
   * than the stream's gets 404. Default: one owner for every request.
   */
  sessionOwner?: (request: Request) => string
  /** Largest message POST; larger ones get 413 with a JSON-RPC error body. Default 4 MiB. */
  maxBodyBytes?: number
  /** Allowed `Origin` values, as for `createStreamableHttpFace`; unlisted ones get 403. */
  allowedOrigins?: readonly string[]
  /**
   * Ends a session (and its stream) after this long without a message POST. Default: none; a
   * session lives as long as its stream.
   */
  sessionIdleMs?: number
  /** Streams open at once; a GET beyond it gets 503. Default 10,000. */
  maxSessions?: number
  /** Interval of SSE keep-alive comments, which also reveal dead peers; 0 disables. Default 15 s. */
  keepAliveMs?: number
  /** Receives errors the wire does not show: backend failures answered as -32603, transport errors. */
  onError?: (error: unknown) => void
  /**
   * Told when a session opens (`true`) and ends (`false`), e.g. to record in a shared directory
   * which replica owns it.
   */
  onSession?: (sessionId: string, open: boolean) => void
}

/** A legacy HTTP+SSE MCP endpoint (protocol 2024-11-05): a GET stream plus a message URL. */
export interface SseFace {
  /** Serves the GET that opens a session's stream; its first event, `endpoint`, names the message URL. */
  handleStream(request: Request): Promise<Response>
  /** Serves a POST to the message URL: 202, with the answers on the session's stream. */
  handleMessage(request: Request): Promise<Response>
  /** Sends a notification to every session of a key; `to`, when given, picks them by owner. */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void
  /** Adds the key of every open session to `into`: the keys a broadcast reaches. */
  collectKeys(into: Set<string>): void
  /** Whether a session with this id is open on this face. */
  hasSession(sessionId: string): boolean
  /** Ends every session and stream; later requests get 503. */
  close(): Promise<void>
  /** Open sessions (streams). */
  readonly sessionCount: number
}

const MIB = 1024 * 1024

/** Serves MCP over the legacy HTTP+SSE transport, one SDK server per stream. */
export function createSseFace(options: SseFaceOptions): SseFace {
  const sessionKey = options.sessionKey ?? parentPath
  const ownerOf = options.sessionOwner ?? (() => '')
  const maxBodyBytes = options.maxBodyBytes ?? 4 * MIB
  const idleMs = options.sessionIdleMs ?? 0
  const onError = options.onError ?? (() => {})
  const backends = new WeakMap<Request, McpBackend>()
  const sessions = new ChannelSessions({
    maxSessions: options.maxSessions ?? 10_000,
    backendOf: (request) => (request === undefined ? undefined : backends.get(request)),
    onError,
  })
  const idleTimers = new Map<string, IdleTimer>()
  let closed = false

  async function resolveBackend(request: Request): Promise<McpBackend | Response> {
    try {
      const backend = await options.backend(request)
      backends.set(request, backend)
      return backend
    } catch (error) {
      return refusalResponse(error, null, onError)
    }
  }

  async function stream(request: Request): Promise<Response> {
    if (request.method.toUpperCase() !== 'GET') return methodNotAllowed('GET')
    const backend = await resolveBackend(request)
    if (backend instanceof Response) return backend
    if (sessions.full)
      return jsonRpcErrorResponse(503, -32000, 'Too many sessions; try again later')
    const sessionId = randomUUID()
    const transport = new SseStreamTransport({
      sessionId,
      endpoint: withSessionId(options.messagePath(sessionId, request), sessionId),
      keepAliveMs: options.keepAliveMs ?? 15_000,
    })
    request.signal.addEventListener('abort', () => void transport.close(), { once: true })
    if (request.signal.aborted) await transport.close()
    const session = await sessions.open(sessionKey(request), ownerOf(request), backend, transport)
    if (session === undefined) return transport.response
    const { onclose } = transport
    transport.onclose = () => {
      idleTimers.get(sessionId)?.stop()
      idleTimers.delete(sessionId)
      options.onSession?.(sessionId, false)
      onclose?.()
    }
    options.onSession?.(sessionId, true)
    if (idleMs > 0)
      idleTimers.set(
        sessionId,
        new IdleTimer(idleMs, () => void session.server.close().catch(onError)),
      )
    return transport.response
  }

  async function message(request: Request): Promise<Response> {
    if (request.method.toUpperCase() !== 'POST') return methodNotAllowed('POST')
    const params = new URL(request.url).searchParams
    const sessionId = params.get('sessionId') ?? params.get('session_id')
    if (sessionId === null) {
      return jsonRpcErrorResponse(
        400,
        -32000,
        'Bad Request: the sessionId query parameter is required',
      )
    }
    const body = await readJsonRpcBody(request, maxBodyBytes)
    if (body instanceof Response) return body
    const backend = await resolveBackend(request)
    if (backend instanceof Response) return backend
    const session = sessions.find(sessionId, sessionKey(request), ownerOf(request))
    if (session === undefined) {
      return jsonRpcErrorResponse(404, -32001, 'Session not found', { id: body.id })
    }
    idleTimers.get(sessionId)?.touch()
    sessions.receive(session, body.messages, backend, request)
    return new Response('Accepted', { status: 202, headers: { 'content-type': 'text/plain' } })
  }

  const guard = (serve: (request: Request) => Promise<Response>) =>
    guardRequest({ isClosed: () => closed, allowedOrigins: options.allowedOrigins, onError }, serve)

  return {
    handleStream: guard(stream),
    handleMessage: guard(message),
    broadcast: (key, method, params, to) => sessions.broadcast(key, method, params, to),
    collectKeys: (into) => sessions.collectKeys(into),
    hasSession: (sessionId) => sessions.has(sessionId),
    async close() {
      closed = true
      for (const timer of idleTimers.values()) timer.stop()
      idleTimers.clear()
      await sessions.close()
    },
    get sessionCount() {
      return sessions.size
    },
  }
}

/** Ends a session after `ms` without {@link touch}. */
class IdleTimer {
  readonly #ms: number
  readonly #onIdle: () => void
  #last = Date.now()
  #timer: NodeJS.Timeout

  constructor(ms: number, onIdle: () => void) {
    this.#ms = ms
    this.#onIdle = onIdle
    this.#timer = this.#arm(ms)
  }

  touch(): void {
    this.#last = Date.now()
  }

  stop(): void {
    clearTimeout(this.#timer)
  }

  #arm(delayMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const idle = Date.now() - this.#last
      if (idle >= this.#ms) this.#onIdle()
      else this.#timer = this.#arm(this.#ms - idle)
    }, delayMs)
    timer.unref()
    return timer
  }
}

function parentPath(request: Request): string {
  const path = new URL(request.url).pathname.replace(/\/+$/, '')
  return path.slice(0, path.lastIndexOf('/')) || '/'
}

function withSessionId(path: string, sessionId: string): string {
  if (/[?&](sessionId|session_id)=/.test(path)) return path
  const hash = path.indexOf('#')
  const base = hash === -1 ? path : path.slice(0, hash)
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?'
  return `${base}${separator}sessionId=${encodeURIComponent(sessionId)}`
}

function methodNotAllowed(allow: string): Response {
  return jsonRpcErrorResponse(405, -32000, 'Method not allowed.', { headers: { Allow: allow } })
}
