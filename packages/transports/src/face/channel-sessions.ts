import type { JSONRPCMessage, Server, Transport } from '@modelcontextprotocol/server'
import { deliverNotifications } from './deliver-notifications.js'
import { createFaceServer, sessionContext } from './face-server.js'
import { reaches, serves, type OwnerFilter, type SessionScope } from './session-scope.js'
import type { McpBackend } from './types.js'

/** A transport carrying one legacy session over one long-lived channel (SSE stream, WebSocket). */
export interface ChannelTransport extends Transport {
  readonly sessionId: string
  /** Whether the channel has closed; `onclose` has then been called (or will not be again). */
  readonly isClosed: boolean
}

/** One open session on a channel. */
export interface ChannelSession extends SessionScope {
  readonly id: string
  readonly server: Server
  readonly transport: ChannelTransport
}

/** How a face's channel sessions behave. */
export interface ChannelSessionsOptions {
  maxSessions: number
  /** The backend resolved for the HTTP request a message came in, if it came in one. */
  backendOf: (request: Request | undefined) => McpBackend | undefined
  onError: (error: unknown) => void
}

/** The sessions of a face whose sessions live as long as one channel: an SDK server per channel. */
export class ChannelSessions {
  readonly #options: ChannelSessionsOptions
  readonly #sessions = new Map<string, ChannelSession>()

  constructor(options: ChannelSessionsOptions) {
    this.#options = options
  }

  get size(): number {
    return this.#sessions.size
  }

  /** Whether another session would exceed `maxSessions`. */
  get full(): boolean {
    return this.#sessions.size >= this.#options.maxSessions
  }

  /** Whether a session with this id is open, under any key. */
  has(id: string): boolean {
    return this.#sessions.has(id)
  }

  /** The session with this id, if it was opened under this key by this owner. */
  find(id: string, key: string, owner: string): ChannelSession | undefined {
    const session = this.#sessions.get(id)
    return session !== undefined && serves(session, key, owner) ? session : undefined
  }

  /**
   * Connects a new SDK server for `backend` to the channel; it is forgotten when the channel
   * closes. Undefined when the channel closed before the server was connected.
   */
  async open(
    key: string,
    owner: string,
    backend: McpBackend,
    transport: ChannelTransport,
  ): Promise<ChannelSession | undefined> {
    if (transport.isClosed) return undefined
    const { backendOf, onError } = this.#options
    const server = createFaceServer({
      backend,
      era: 'legacy',
      backendOf,
      relatedStreams: true,
      abortOnDisconnect: false,
      onError,
    })
    const session: ChannelSession = { id: transport.sessionId, key, owner, server, transport }
    this.#sessions.set(session.id, session)
    server.onclose = () => {
      if (this.#sessions.get(session.id) === session) this.#sessions.delete(session.id)
    }
    await server.connect(transport)
    if (!transport.isClosed) return session
    this.#sessions.delete(session.id)
    await server.close()
    return undefined
  }

  /** Hands a client's messages to the session's server, and its notifications to `backend.notify`. */
  receive(
    session: ChannelSession,
    messages: readonly JSONRPCMessage[],
    backend: McpBackend,
    request?: Request,
  ): void {
    const extra = request === undefined ? undefined : { request }
    for (const message of messages) session.transport.onmessage?.(message, extra)
    const context = () => sessionContext(session.server, 'legacy', session.id)
    deliverNotifications(backend, messages, context, this.#options.onError)
  }

  /** Sends a notification to every session of a key (of the owners `to` picks). */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void {
    const notification = { method, ...(params !== undefined && { params }) }
    for (const session of this.#sessions.values()) {
      if (reaches(session, key, to))
        session.server.notification(notification).catch(this.#options.onError)
    }
  }

  /** Adds the key of every open session to `into`. */
  collectKeys(into: Set<string>): void {
    for (const session of this.#sessions.values()) into.add(session.key)
  }

  /** Ends every session and its channel. */
  async close(): Promise<void> {
    const sessions = [...this.#sessions.values()]
    this.#sessions.clear()
    await Promise.all(
      sessions.map((session) => session.server.close().catch(this.#options.onError)),
    )
  }
}
