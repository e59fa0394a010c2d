import {
  isJSONRPCResponse,
  type JSONRPCMessage,
  type JSONRPCRequest,
  type JSONRPCResponse,
  type Transport,
} from '@modelcontextprotocol/server'

type RequestId = JSONRPCRequest['id']

/**
 * A one-shot SDK transport: hands an HTTP request's JSON-RPC requests to a server and collects its
 * answers; everything else the server sends (progress, logging, notifications) is dropped.
 */
export class RpcExchangeTransport implements Transport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: Transport['onmessage']
  readonly #waiting: Set<RequestId>
  readonly #answers = new Map<RequestId, JSONRPCResponse>()
  readonly #done: Promise<void>
  #finish: () => void = () => {}
  #closed = false

  constructor(requests: readonly JSONRPCRequest[]) {
    this.#waiting = new Set(requests.map((request) => request.id))
    this.#done = new Promise((resolve) => (this.#finish = resolve))
    if (this.#waiting.size === 0) this.#finish()
  }

  start(): Promise<void> {
    return Promise.resolve()
  }

  /** Resolves with the answers (by id) once every request has one, or when `signal` aborts. */
  async answers(signal: AbortSignal): Promise<Map<RequestId, JSONRPCResponse>> {
    const onAbort = () => this.#finish()
    signal.addEventListener('abort', onAbort, { once: true })
    if (signal.aborted) this.#finish()
    await this.#done
    signal.removeEventListener('abort', onAbort)
    return this.#answers
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (
      isJSONRPCResponse(message) &&
      message.id !== undefined &&
      this.#waiting.delete(message.id)
    ) {
      this.#answers.set(message.id, message)
      if (this.#waiting.size === 0) this.#finish()
    }
    return Promise.resolve()
  }

  close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true
      this.#finish()
      this.onclose?.()
    }
    return Promise.resolve()
  }
}
