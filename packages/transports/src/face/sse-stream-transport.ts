import { SdkError, SdkErrorCode, type JSONRPCMessage } from '@modelcontextprotocol/server'
import type { ChannelTransport } from './channel-sessions.js'

const encoder = new TextEncoder()
/** A client this far behind on the stream is dropped rather than buffered without bound. */
const MAX_QUEUED_BYTES = 64 * 1024 * 1024

/** Options for a {@link SseStreamTransport}. */
export interface SseStreamTransportOptions {
  sessionId: string
  /** The message URL sent in the `endpoint` event. */
  endpoint: string
  /** Interval of `: keep-alive` comments; 0 disables. */
  keepAliveMs: number
}

/**
 * The server side of one legacy HTTP+SSE session (protocol 2024-11-05): outgoing messages are
 * `message` events on {@link response}'s stream, which opens with the `endpoint` event; the face
 * hands the client's POSTed messages to `onmessage`.
 */
export class SseStreamTransport implements ChannelTransport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: ChannelTransport['onmessage']
  readonly sessionId: string
  /** The `text/event-stream` response that carries the session. */
  readonly response: Response
  #controller!: ReadableStreamDefaultController<Uint8Array>
  #keepAlive: NodeJS.Timeout | undefined
  #closed = false

  constructor(options: SseStreamTransportOptions) {
    if (/[\r\n]/.test(options.endpoint))
      throw new TypeError('The endpoint must not contain line breaks')
    this.sessionId = options.sessionId
    const stream = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.#controller = controller
        },
        cancel: () => this.#end(false),
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
    )
    this.#write(`event: endpoint\ndata: ${options.endpoint}\n\n`)
    if (options.keepAliveMs > 0) {
      this.#keepAlive = setInterval(() => this.#write(': keep-alive\n\n'), options.keepAliveMs)
      this.#keepAlive.unref()
    }
    this.response = new Response(stream, {
      headers: {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      },
    })
  }

  get isClosed(): boolean {
    return this.#closed
  }

  start(): Promise<void> {
    return Promise.resolve()
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) {
      return Promise.reject(new SdkError(SdkErrorCode.NotConnected, 'The SSE stream is closed'))
    }
    this.#write(`event: message\ndata: ${JSON.stringify(message)}\n\n`)
    return Promise.resolve()
  }

  close(): Promise<void> {
    this.#end(true)
    return Promise.resolve()
  }

  #write(text: string): void {
    if (this.#closed) return
    if ((this.#controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) {
      this.onerror?.(new Error('The SSE client fell too far behind; closing its stream'))
      this.#end(true)
      return
    }
    this.#controller.enqueue(encoder.encode(text))
  }

  /** Ends the stream once; `closeStream` is false when the reader went away by itself. */
  #end(closeStream: boolean): void {
    if (this.#closed) return
    this.#closed = true
    clearInterval(this.#keepAlive)
    if (closeStream) {
      try {
        this.#controller.close()
      } catch {
        // already errored or cancelled
      }
    }
    this.onclose?.()
  }
}
