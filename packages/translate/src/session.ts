import {
  errorResponse,
  isRequest,
  isResponse,
  progressTokenOf,
  type JsonRpcId,
  type JsonRpcMessage,
} from './json-rpc.js'
import type { Logger } from './logger.js'
import type { LinkFactory, ServerLink } from './server-link.js'

/** Options for a {@link Session}. */
export interface SessionOptions {
  id: string
  link: LinkFactory
  /** The session's `--header-to-env` values. */
  env: Record<string, string>
  /** A request without an answer after this long gets a -32001 error (and is cancelled upstream). */
  requestTimeoutMs: number
  logger: Logger
  /** Told once, when the session has ended for any reason. */
  onEnd: (session: Session) => void
}

/** Receives a message for the client. */
export type Deliver = (message: JsonRpcMessage) => void

interface Pending {
  deliver: Deliver
  progressToken: JsonRpcId | undefined
  timer: NodeJS.Timeout
}

/**
 * One client session bridged to its server link: requests wait for their answer (bounded by the
 * request timeout), answers go back to whoever sent the request, progress to the request that asked
 * for it, and everything else the server says to the session's outlet.
 */
export class Session {
  readonly id: string
  /** When the client was last heard from. */
  lastSeen = Date.now()
  /** Resolves with the reason once the session has ended. */
  readonly done: Promise<string>
  /** Resolves once its link is closed too (a child of its own has exited). */
  closed: Promise<void> = Promise.resolve()
  #resolveDone: (reason: string) => void = () => undefined
  readonly #options: SessionOptions
  readonly #pending = new Map<JsonRpcId, Pending>()
  readonly #link: ServerLink
  #outlet: Deliver | undefined
  #ended = false

  constructor(options: SessionOptions) {
    this.id = options.id
    this.#options = options
    this.done = new Promise((resolve) => (this.#resolveDone = resolve))
    this.#link = options.link(
      {
        onMessage: (message) => this.#fromServer(message),
        onClose: (reason) => void this.end(reason),
      },
      options.env,
    )
  }

  /** Whether the session has ended. */
  get ended(): boolean {
    return this.#ended
  }

  /** Requests still waiting for an answer. */
  get pendingCount(): number {
    return this.#pending.size
  }

  /** Sets where server messages that answer no pending request go (a stream, a socket). */
  setOutlet(outlet: Deliver | undefined): void {
    this.#outlet = outlet
  }

  /** Sends a client message on; a request's answer (or error) goes to `deliver`. */
  send(message: JsonRpcMessage, deliver?: Deliver): void {
    this.lastSeen = Date.now()
    if (this.#ended) {
      if (isRequest(message)) deliver?.(errorResponse(message.id, -32000, 'The session has ended'))
      return
    }
    if (isRequest(message) && deliver !== undefined) {
      const { id } = message
      const timeoutMs = this.#options.requestTimeoutMs
      const timer = setTimeout(() => this.#timeOut(id, timeoutMs), timeoutMs)
      this.#pending.set(id, { deliver, progressToken: progressTokenOf(message), timer })
    } else if (message.method === 'notifications/cancelled') {
      const params = message.params as { requestId?: unknown } | undefined
      const entry = this.#pending.get(params?.requestId as JsonRpcId)
      if (entry !== undefined) {
        clearTimeout(entry.timer)
        this.#pending.delete(params?.requestId as JsonRpcId)
      }
    }
    this.#link.send(message)
  }

  /** Ends the session: waiting requests get an error naming `reason`; the link is closed. */
  async end(reason = 'The session was closed'): Promise<void> {
    if (this.#ended) return
    this.#ended = true
    for (const [id, entry] of this.#pending) {
      clearTimeout(entry.timer)
      entry.deliver(errorResponse(id, -32000, `The request was not completed: ${reason}`))
    }
    this.#pending.clear()
    this.#outlet = undefined
    this.#options.logger.debug(`session ${this.id} ended: ${reason}`)
    this.closed = this.#link.close()
    this.#options.onEnd(this)
    this.#resolveDone(reason)
    await this.closed
  }

  #fromServer(message: JsonRpcMessage): void {
    if (isResponse(message)) {
      const entry = this.#pending.get(message.id)
      if (entry === undefined) {
        this.#options.logger.debug(`session ${this.id}: an answer to no waiting request, dropped`)
        return
      }
      clearTimeout(entry.timer)
      this.#pending.delete(message.id)
      entry.deliver(message)
      return
    }
    if (message.method === 'notifications/progress') {
      const token = (message.params as { progressToken?: unknown } | undefined)?.progressToken
      for (const entry of this.#pending.values()) {
        if (entry.progressToken !== undefined && entry.progressToken === token) {
          entry.deliver(message)
          return
        }
      }
    }
    if (this.#outlet === undefined) {
      this.#options.logger.debug(`session ${this.id}: no open stream for ${String(message.method)}`)
      if (isRequest(message)) {
        const why = 'The client has no open stream to receive server requests'
        this.#link.send(errorResponse(message.id, -32603, why))
      }
      return
    }
    this.#outlet(message)
  }

  #timeOut(id: JsonRpcId, timeoutMs: number): void {
    const entry = this.#pending.get(id)
    if (entry === undefined) return
    this.#pending.delete(id)
    const seconds = timeoutMs / 1000
    entry.deliver(errorResponse(id, -32001, `Request timed out after ${seconds} s`))
    const reason = 'timed out'
    this.#link.send({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: id, reason },
    })
  }
}
