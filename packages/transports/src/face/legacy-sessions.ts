import { randomUUID } from 'node:crypto'
import { WebStandardStreamableHTTPServerTransport, type Server } from '@modelcontextprotocol/server'
import { jsonRpcErrorResponse } from './errors.js'
import { createFaceServer, sessionContext } from './face-server.js'
import { ReplayBuffer, unresumable } from './replay-buffer.js'
import { reaches, serves, type OwnerFilter, type SessionScope } from './session-scope.js'
import type { McpBackend, SessionContext } from './types.js'

/** How the legacy sessions of a face behave. */
export interface LegacySessionsOptions {
  idleMs: number
  maxSessions: number
  maxBodyBytes: number
  enableJsonResponse: boolean
  replayBufferSize: number
  backendOf: (request: Request | undefined) => McpBackend | undefined
  onError: (error: unknown) => void
  /** Told when a session opens (`true`) and when it ends (`false`). */
  onSession?: ((sessionId: string, open: boolean) => void) | undefined
}

/** One open legacy session. */
export interface LegacySession extends SessionScope {
  readonly id: string
  readonly server: Server
  readonly transport: WebStandardStreamableHTTPServerTransport
  /** The events kept for `Last-Event-ID` replay; none when resumability is off. */
  readonly replay: ReplayBuffer | undefined
  lastSeen: number
  openStreams: number
  timer: NodeJS.Timeout | undefined
}

/** The sessionful 2025-era side of a face: one SDK server and transport per `Mcp-Session-Id`. */
export class LegacySessions {
  readonly #options: LegacySessionsOptions
  readonly #sessions = new Map<string, LegacySession>()

  constructor(options: LegacySessionsOptions) {
    this.#options = options
  }

  get size(): number {
    return this.#sessions.size
  }

  /** Whether a session with this id is open here, under any key. */
  has(id: string): boolean {
    return this.#sessions.has(id)
  }

  /** The session with this id, if it was opened under this key by this owner. */
  find(id: string, key: string, owner: string): LegacySession | undefined {
    const session = this.#sessions.get(id)
    return session !== undefined && serves(session, key, owner) ? session : undefined
  }

  /** Serves an `initialize` POST on a new session. */
  async open(
    request: Request,
    key: string,
    owner: string,
    backend: McpBackend,
    parsedBody: unknown,
  ): Promise<Response> {
    if (this.#sessions.size >= this.#options.maxSessions) {
      return jsonRpcErrorResponse(503, -32000, 'Too many sessions; try again later')
    }
    const { idleMs, replayBufferSize } = this.#options
    const server = createFaceServer({
      backend,
      era: 'legacy',
      backendOf: this.#options.backendOf,
      relatedStreams: !this.#options.enableJsonResponse,
      // A dropped stream can only be resumed when events are kept and answers stream.
      abortOnDisconnect: replayBufferSize === 0 || this.#options.enableJsonResponse,
      onError: this.#options.onError,
    })
    let session: LegacySession | undefined
    const replay = replayBufferSize > 0 ? new ReplayBuffer(replayBufferSize) : undefined
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: this.#options.enableJsonResponse,
      maxRequestBodySize: this.#options.maxBodyBytes,
      ...(replay && { eventStore: replay }),
      onsessioninitialized: (id) => {
        session = {
          id,
          key,
          owner,
          server,
          transport,
          replay,
          lastSeen: Date.now(),
          openStreams: 0,
          timer: undefined,
        }
        this.#sessions.set(id, session)
        this.#arm(session, idleMs)
        this.#options.onSession?.(id, true)
      },
    })
    server.onclose = () => {
      if (session !== undefined) this.#forget(session)
    }
    await server.connect(transport)
    const response = await transport.handleRequest(request, { parsedBody })
    if (session === undefined) {
      await server.close()
      return response
    }
    return this.#watch(session, response)
  }

  /** Serves a POST, GET or DELETE of an open session. */
  async serve(session: LegacySession, request: Request, parsedBody?: unknown): Promise<Response> {
    session.lastSeen = Date.now()
    const refused = session.replay && unresumable(request, session.replay)
    if (refused) return refused
    const response = await session.transport.handleRequest(
      request,
      parsedBody === undefined ? undefined : { parsedBody },
    )
    return this.#watch(session, response)
  }

  /** The client behind a session, for notifications it posts. */
  context(session: LegacySession): SessionContext {
    return sessionContext(session.server, 'legacy', session.id)
  }

  /** Sends a notification on the GET stream of every session of a key (of the owners `to` picks). */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void {
    for (const session of this.#sessions.values()) {
      if (reaches(session, key, to)) this.#notify(session, method, params)
    }
  }

  /** Adds the key of every open session to `into`. */
  collectKeys(into: Set<string>): void {
    for (const session of this.#sessions.values()) into.add(session.key)
  }

  /** Sends a notification on one session's GET stream. */
  notify(id: string, method: string, params?: Record<string, unknown>): boolean {
    const session = this.#sessions.get(id)
    if (session === undefined) return false
    this.#notify(session, method, params)
    return true
  }

  /** Ends every session. */
  async close(): Promise<void> {
    await Promise.all([...this.#sessions.values()].map((session) => this.#end(session)))
  }

  #notify(
    session: LegacySession,
    method: string,
    params: Record<string, unknown> | undefined,
  ): void {
    const notification = { method, ...(params !== undefined && { params }) }
    session.server.notification(notification).catch(this.#options.onError)
  }

  #arm(session: LegacySession, delayMs: number): void {
    session.timer = setTimeout(() => {
      const idle = Date.now() - session.lastSeen
      if (session.openStreams > 0) this.#arm(session, this.#options.idleMs)
      else if (idle < this.#options.idleMs) this.#arm(session, this.#options.idleMs - idle)
      else void this.#end(session)
    }, delayMs)
    session.timer.unref()
  }

  async #end(session: LegacySession): Promise<void> {
    this.#forget(session)
    await session.server.close().catch(this.#options.onError)
  }

  #forget(session: LegacySession): void {
    clearTimeout(session.timer)
    if (this.#sessions.get(session.id) !== session) return
    this.#sessions.delete(session.id)
    this.#options.onSession?.(session.id, false)
  }

  /** Counts an SSE answer as activity until it ends, so idle expiry spares open streams. */
  #watch(session: LegacySession, response: Response): Response {
    const body = response.body
    if (body === null || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      return response
    }
    session.openStreams++
    let done = false
    const finish = () => {
      if (done) return
      done = true
      session.openStreams--
      session.lastSeen = Date.now()
    }
    const reader = (body as ReadableStream<Uint8Array>).getReader()
    const watched = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const chunk = await reader.read()
          if (chunk.done) {
            finish()
            controller.close()
          } else controller.enqueue(chunk.value)
        } catch (error) {
          finish()
          controller.error(error)
        }
      },
      cancel(reason) {
        finish()
        return reader.cancel(reason)
      },
    })
    return new Response(watched, { status: response.status, headers: response.headers })
  }
}
