import {
  SdkError,
  SdkErrorCode,
  type JSONRPCMessage,
  type Transport,
} from '@modelcontextprotocol/server'
import {
  parseJsonRpcFrame,
  rejectionMessage,
  tooLargeRejection,
  type FrameRejection,
} from './json-rpc-frame.js'

const NEWLINE = 0x0a

/** Options for a {@link StdioLineTransport}. */
export interface StdioLineTransportOptions {
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
  /** Longest line; a longer one is answered with -32000 and skipped. */
  maxMessageBytes: number
  /** Told of each line's messages after they went to `onmessage`. */
  onReceive?: (messages: readonly JSONRPCMessage[]) => void
}

/**
 * The server side of one MCP connection over a pair of streams: one JSON-RPC message (or batch)
 * per line, LF or CR LF. A line that is too long, not JSON or not JSON-RPC is answered with a
 * JSON-RPC error and the connection goes on; it ends when the input ends or fails, or the output
 * fails. The streams are not ended or destroyed: the caller owns them.
 */
export class StdioLineTransport implements Transport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: Transport['onmessage']
  /** Resolves once the transport has closed. */
  readonly closed: Promise<void>
  readonly #options: StdioLineTransportOptions
  #chunks: Buffer[] = []
  #pendingBytes = 0
  /** Dropping the rest of a line that was too long. */
  #skipping = false
  #started = false
  #closed = false
  #resolveClosed: () => void = () => {}

  constructor(options: StdioLineTransportOptions) {
    this.#options = options
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve))
  }

  start(): Promise<void> {
    if (this.#started) return Promise.reject(new Error('The stdio transport was already started'))
    this.#started = true
    const { input, output } = this.#options
    input.on('data', this.#onData)
    input.on('end', this.#onEnd)
    input.on('close', this.#onEnd)
    // Stay attached after close: a late stream error must not become an uncaught exception.
    input.on('error', this.#onStreamError)
    output.on('error', this.#onStreamError)
    const readable = input as { readableEnded?: boolean; destroyed?: boolean }
    if (readable.readableEnded === true || readable.destroyed === true) setImmediate(this.#onEnd)
    else input.resume()
    return Promise.resolve()
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) {
      return Promise.reject(
        new SdkError(SdkErrorCode.NotConnected, 'The stdio connection is closed'),
      )
    }
    return new Promise((resolve, reject) => {
      // The callback fires once the line is flushed, which is the output's backpressure.
      this.#options.output.write(`${JSON.stringify(message)}\n`, (error) =>
        error ? reject(error) : resolve(),
      )
    })
  }

  close(): Promise<void> {
    this.#end()
    return Promise.resolve()
  }

  readonly #onData = (chunk: Buffer | string): void => {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    let start = 0
    while (!this.#closed) {
      const end = data.indexOf(NEWLINE, start)
      if (end === -1) return this.#hold(data.subarray(start))
      const piece = data.subarray(start, end)
      start = end + 1
      if (this.#skipping) {
        this.#skipping = false
        continue
      }
      const chunks = this.#chunks
      const size = this.#pendingBytes + piece.byteLength
      this.#chunks = []
      this.#pendingBytes = 0
      if (size > this.#options.maxMessageBytes) this.#tooLong()
      else this.#line(chunks.length === 0 ? piece : Buffer.concat([...chunks, piece]))
    }
  }

  /** Keeps the start of a line until its end arrives. */
  #hold(part: Buffer): void {
    if (this.#skipping || part.byteLength === 0) return
    this.#pendingBytes += part.byteLength
    this.#chunks.push(part)
    if (this.#pendingBytes <= this.#options.maxMessageBytes) return
    this.#chunks = []
    this.#pendingBytes = 0
    this.#skipping = true
    this.#tooLong()
  }

  #tooLong(): void {
    this.#reject(tooLargeRejection(this.#options.maxMessageBytes))
  }

  #line(bytes: Buffer): void {
    const text = bytes.toString('utf8')
    if (text.trim() === '') return
    const { messages, rejections } = parseJsonRpcFrame(text)
    for (const rejection of rejections) this.#reject(rejection)
    for (const message of messages) this.onmessage?.(message)
    if (messages.length > 0) this.#options.onReceive?.(messages)
  }

  #reject(rejection: FrameRejection): void {
    this.send(rejectionMessage(rejection)).catch(this.#onStreamError)
  }

  readonly #onEnd = (): void => this.#end()

  readonly #onStreamError = (error: unknown): void => {
    if (this.#closed) return
    this.onerror?.(error instanceof Error ? error : new Error(String(error)))
    this.#end()
  }

  #end(): void {
    if (this.#closed) return
    this.#closed = true
    const { input } = this.#options
    input.removeListener('data', this.#onData)
    input.removeListener('end', this.#onEnd)
    input.removeListener('close', this.#onEnd)
    if (input.listenerCount('data') === 0) input.pause()
    this.#chunks = []
    this.onclose?.()
    this.#resolveClosed()
  }
}
