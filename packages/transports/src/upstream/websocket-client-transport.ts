import { SdkError, SdkErrorCode, parseJSONRPCMessage } from '@modelcontextprotocol/client'
import type { FetchLike, JSONRPCMessage, Transport } from '@modelcontextprotocol/client'
import type { LookupFunction } from 'node:net'
import { WebSocket } from 'ws'
import type { RawData } from 'ws'
import { handshakeHeaders } from './handshake-headers.js'

/** Options for a WebSocketClientTransport. */
export interface WebSocketClientTransportOptions {
  headers?: Record<string, string>
  maxPayloadBytes?: number
  /** Resolves the host for the connection; an error fails it. */
  lookup?: LookupFunction
  /** Wraps the handshake (an HTTP GET): the headers it adds go with it (see handshakeHeaders). */
  wrapFetch?: (fetch: FetchLike) => FetchLike
}

/** An MCP client transport over WebSocket: JSON-RPC in text frames, subprotocol `mcp`. */
export class WebSocketClientTransport implements Transport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: (message: JSONRPCMessage) => void
  readonly #url: URL
  readonly #options: WebSocketClientTransportOptions
  #socket: WebSocket | undefined
  #started = false
  #closeReported = false

  constructor(url: URL, options: WebSocketClientTransportOptions = {}) {
    this.#url = url
    this.#options = options
  }

  async start(): Promise<void> {
    if (this.#started) throw new SdkError(SdkErrorCode.AlreadyConnected, 'Already started')
    this.#started = true
    const { wrapFetch } = this.#options
    const given = this.#options.headers ?? {}
    const headers = wrapFetch ? await handshakeHeaders(this.#url, given, wrapFetch) : given
    // closed while the headers were being made
    if (this.#closeReported)
      throw new SdkError(SdkErrorCode.ConnectionClosed, 'Closed before opening')
    await new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(this.#url, 'mcp', {
        headers,
        maxPayload: this.#options.maxPayloadBytes ?? 16 * 1024 * 1024,
        perMessageDeflate: false,
        ...(this.#options.lookup && { lookup: this.#options.lookup }),
      })
      this.#socket = socket
      let opened = false
      socket.on('open', () => {
        opened = true
        resolve()
      })
      socket.on('error', (error) => {
        if (opened) this.onerror?.(error)
        else reject(error)
      })
      socket.on('close', () => {
        if (!opened) reject(new SdkError(SdkErrorCode.ConnectionClosed, 'Closed before opening'))
        this.#reportClose()
      })
      socket.on('message', (data, isBinary) => this.#receive(data, isBinary))
    })
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const socket = this.#socket
    if (socket?.readyState !== WebSocket.OPEN) {
      throw new SdkError(SdkErrorCode.NotConnected, 'Not connected')
    }
    await new Promise<void>((resolve, reject) => {
      socket.send(JSON.stringify(message), (error) => (error ? reject(error) : resolve()))
    })
  }

  async close(): Promise<void> {
    const socket = this.#socket
    if (socket === undefined || socket.readyState === WebSocket.CLOSED) {
      this.#reportClose()
      return
    }
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
    if (socket.readyState === WebSocket.CONNECTING) socket.terminate()
    else socket.close(1000)
    const timer = setTimeout(() => socket.terminate(), 1000)
    await closed
    clearTimeout(timer)
  }

  #receive(data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.onerror?.(new Error('Ignored a binary WebSocket frame'))
      return
    }
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data)
    const text = bytes.toString('utf8')
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)))
      return
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      let message: JSONRPCMessage
      try {
        message = parseJSONRPCMessage(item)
      } catch (error) {
        this.onerror?.(error instanceof Error ? error : new Error(String(error)))
        continue
      }
      this.onmessage?.(message)
    }
  }

  #reportClose(): void {
    if (this.#closeReported) return
    this.#closeReported = true
    this.onclose?.()
  }
}
