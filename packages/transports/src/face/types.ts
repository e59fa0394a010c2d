import type { TraceContext } from '../trace-context.js'
import type { OwnerFilter } from './session-scope.js'

/** Identity and negotiated state of the client behind a request or notification. */
export interface SessionContext {
  /** The legacy `Mcp-Session-Id`; `undefined` on the modern (stateless) path. */
  sessionId: string | undefined
  era: 'legacy' | 'modern'
  protocolVersion: string
  clientInfo?: { name: string; version: string }
  clientCapabilities?: Record<string, unknown>
}

/** Options for {@link RequestContext.sendRequest}. */
export interface SendRequestOptions {
  signal?: AbortSignal
  /** Gives up after this long without an answer (reset by progress); default 10 minutes. */
  timeoutMs?: number
}

/** What a backend gets with each client request. */
export interface RequestContext extends SessionContext {
  /**
   * Aborted on `notifications/cancelled`, when the legacy session ends, or when the client drops the
   * HTTP request (modern path; legacy path only without resumability, see `replayBufferSize`).
   */
  signal: AbortSignal
  /** The JSON-RPC id of the client's request, when the face knows it. */
  requestId?: string | number
  /** The request's `_meta` (progressToken etc.), without the modern envelope keys. */
  meta: Record<string, unknown> | undefined
  /**
   * Multi round-trip answers (keyed as an `input_required` result asked): those a retried
   * 2026-era request carries, or on the legacy path those the face gathered from the client with
   * server-to-client requests before calling the backend again.
   */
  inputResponses?: Record<string, unknown>
  /** The opaque `requestState` a retried request echoes back, as received (unverified). */
  requestState?: string
  /**
   * The headers of the HTTP request that carried this request (streamable HTTP); what a gateway
   * may pass through to a backend it calls, such as `X-Upstream-Authorization`.
   */
  httpHeaders?: Headers
  /** The trace context of the span serving this request (set by a tracing layer), for the calls it makes. */
  traceContext?: TraceContext
  /** Sends `notifications/progress` for this request; a no-op without a progressToken. Never rejects. */
  sendProgress(progress: number, total?: number, message?: string): Promise<void>
  /** Sends a notification related to this request (logging, progress). Best effort: never rejects. */
  sendNotification(method: string, params?: Record<string, unknown>): Promise<void>
  /**
   * Sends a server-to-client request (sampling/createMessage, elicitation/create, roots/list) on
   * the legacy sessionful path; rejects with a {@link McpFaceError} on the modern path, where such
   * input travels in `input_required` results instead.
   */
  sendRequest(
    method: string,
    params?: Record<string, unknown>,
    options?: SendRequestOptions,
  ): Promise<Record<string, unknown>>
}

/** What a face asks of the gateway behind it, per client request. */
export interface McpBackend {
  serverInfo: { name: string; version: string; title?: string; icons?: unknown[] }
  capabilities: Record<string, unknown>
  instructions?: string
  /**
   * Serves any request other than initialize/ping/server/discover (which the face answers from the
   * fields above). `params` comes without `_meta` (that is `context.meta`). Throw a
   * {@link McpFaceError} for a JSON-RPC error; anything else becomes -32603 "Internal error".
   * An `input_required` result (`resultType: 'input_required'`, `inputRequests`, `requestState`)
   * of tools/call, prompts/get or resources/read asks for client input: a 2026-era client gets it
   * as it is and retries; on the legacy path the face asks the client with server-to-client
   * requests and calls `handle` again with `context.inputResponses`.
   */
  handle(
    method: string,
    params: Record<string, unknown> | undefined,
    context: RequestContext,
  ): Promise<Record<string, unknown>>
  /** Client notifications except notifications/cancelled (which aborts `context.signal`). */
  notify?(
    method: string,
    params: Record<string, unknown> | undefined,
    context: SessionContext,
  ): void
}

/** Options for {@link createStreamableHttpFace}. */
export interface StreamableHttpFaceOptions {
  /**
   * Builds (or returns a cached) backend for a request; called for every POST, GET and DELETE
   * before anything else is done with it. Throw a `Response` to answer with it verbatim, a
   * {@link McpFaceError} (its `httpStatus`, default 400, or 500 for -32603), or any error with a
   * numeric `status` of 400-599 (401, 403, 404, ...) to answer with that status.
   */
  backend: (request: Request) => McpBackend | Promise<McpBackend>
  /**
   * Groups requests: legacy sessions belong to the key of their `initialize` request (a later
   * request with the session's id but another key gets 404), {@link StreamableHttpFace.broadcast}
   * reaches the sessions and modern `subscriptions/listen` streams of one key. Default: the URL's
   * pathname, i.e. one key per MCP URL (per virtual server).
   */
  sessionKey?: (request: Request) => string
  /**
   * Who is behind a request (an authenticated user's id, say). A legacy session serves only the
   * owner whose `initialize` opened it: another owner's request with its id gets 404, as for an
   * unknown session (the MCP security best practices bind session ids to users). broadcast's `to`
   * picks legacy sessions and modern `subscriptions/listen` streams by owner. Default: one owner
   * for every request.
   */
  sessionOwner?: (request: Request) => string
  /** Legacy sessions end after this long without a request or an open stream; default 30 min. */
  sessionIdleMs?: number
  /** Legacy sessions open at once; `initialize` beyond it gets 503. Default 10,000. */
  maxSessions?: number
  /** Largest POST body; larger ones get 413 with a JSON-RPC error body. Default 4 MiB. */
  maxBodyBytes?: number
  /**
   * Allowed `Origin` values (DNS rebinding): full origins (`https://app.example.com`), bare
   * hostnames (any scheme and port) or `*`. A request whose Origin header is present and not
   * allowed gets 403. Unset: no check.
   */
  allowedOrigins?: readonly string[]
  /**
   * Legacy POSTs answer with one JSON body instead of an SSE stream; a request's progress,
   * notifications and server-to-client requests then travel on the session's GET stream (and may
   * arrive after the answer). Modern requests always answer JSON unless a related message precedes
   * the result.
   */
  enableJsonResponse?: boolean
  /**
   * Legacy resumability: SSE events kept per session for `Last-Event-ID` replay; default 1,000.
   * A client dropping a POST stream aborts its requests only when this is 0 or with
   * `enableJsonResponse` (otherwise it may come back with Last-Event-ID).
   */
  replayBufferSize?: number
  /** Receives errors the wire does not show: backend failures answered as -32603, transport errors. */
  onError?: (error: unknown) => void
  /**
   * Told when a legacy session opens (`true`) and ends (`false`), e.g. to record in a shared
   * directory which replica owns it.
   */
  onSession?: (sessionId: string, open: boolean) => void
  /**
   * Sees each 2026-era request that resumes a multi round-trip call (one carrying a
   * `requestState`) before it is served here, and may answer it instead, e.g. by relaying it to
   * the replica of a cluster that holds the call; undefined serves it here.
   */
  resume?: (request: Request, requestState: string, body: unknown) => Promise<Response | undefined>
}

/** A streamable HTTP MCP endpoint serving both protocol eras from one URL. */
export interface StreamableHttpFace {
  /** Web-standard handler for POST/GET/DELETE on one MCP URL (both eras on the same URL). */
  handle(request: Request): Promise<Response>
  /**
   * Sends a notification to every open legacy session of a key and, for the list_changed and
   * resources/updated notifications, to the modern `subscriptions/listen` streams of that key
   * (resources/updated only to those that asked for its URI, and to no legacy session: those get
   * it one by one through notifySession, for their own subscriptions). `to`, when given, picks
   * the sessions and streams by owner (see `sessionOwner`).
   */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void
  /** Adds to `into` the key of every open legacy session and `subscriptions/listen` stream: the keys a broadcast reaches. */
  collectKeys(into: Set<string>): void
  /** Sends a notification on one legacy session's GET stream; false when there is no such session. */
  notifySession(sessionId: string, method: string, params?: Record<string, unknown>): boolean
  /** Whether a legacy session with this id is open on this face. */
  hasSession(sessionId: string): boolean
  /** Ends every session and stream; later requests get 503. */
  close(): Promise<void>
  /** Open legacy sessions. */
  readonly sessionCount: number
}
