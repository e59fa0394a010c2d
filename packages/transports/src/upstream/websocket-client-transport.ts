import { SdkError, SdkErrorCode, parseJSONRPCMessage } from '@modelcontextprotocol/client'
import type { FetchLike, JSONRPCMessage, Transport } from '@modelcontextprotocol/client'
import type { IncomingMessage } from 'node:http'
import type { LookupFunction } from 'node:net'
import { WebSocket } from 'ws'
import type { RawData } from 'ws'
import { handshakeThrough, type OpenSocket } from './handshake.js'

/** Options for a WebSocketClientTransport. */
export interface WebSocketClientTransportOptions {
  headers?: Record<string, string>
  maxPayloadBytes?: number
  /** Resolves the host for the connection; an error fails it. */
  lookup?: LookupFunction
  /** Wraps the handshake, an HTTP GET (see handshakeThrough). */
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
    const given = this.#options.headers ?? {}
    const { wrapFetch } = this.#options
    const open: OpenSocket = (headers) => this.#open(headers)
    const refusal = wrapFetch
      ? await handshakeThrough(this.#url, given, wrapFetch, open)
      : await open(given)
    if (refusal) throw new Error(`Unexpected server response: ${refusal.status}`)
  }

  /** One attempt to open the socket (see OpenSocket); the socket that opens is the transport's. */
  #open(headers: Record<string, string>): Promise<Response | undefined> {
    // closed while an earlier attempt was answered
    if (this.#closeReported)
      return Promise.reject(new SdkError(SdkErrorCode.ConnectionClosed, 'Closed before opening'))
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.#url, 'mcp', {
        headers,
        maxPayload: this.#options.maxPayloadBytes ?? 16 * 1024 * 1024,
        perMessageDeflate: false,
        ...(this.#options.lookup && { lookup: this.#options.lookup }),
      })
      this.#socket = socket
      let opened = false
      socket.on('unexpected-response', (_request, response) => {
        resolve(refusalOf(response))
        socket.terminate()
      })
      socket.on('open', () => {
        opened = true
        resolve(undefined)
      })
      socket.on('error', (error) => {
        if (opened) this.onerror?.(error)
        else reject(error)
      })
      socket.on('close', () => {
        if (opened) this.#reportClose()
        else reject(new SdkError(SdkErrorCode.ConnectionClosed, 'Closed before opening'))
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
    this.#reportClose()
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

/** A refused handshake's answer, as a fetch Response (its body is not read). */
function refusalOf(response: IncomingMessage): Response {
  const headers = new Headers()
  for (const [name, value] of Object.entries(response.headers))
    if (typeof value === 'string') headers.set(name, value)
  const status = response.statusCode ?? 502
  return new Response(null, { status: status >= 200 && status <= 599 ? status : 502, headers })
}
