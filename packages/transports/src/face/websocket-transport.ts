import { randomUUID } from 'node:crypto'
import { SdkError, SdkErrorCode, type JSONRPCMessage } from '@modelcontextprotocol/server'
import type { ChannelTransport } from './channel-sessions.js'
import {
  parseJsonRpcFrame,
  rejectionMessage,
  tooLargeRejection,
  type FrameRejection,
} from './json-rpc-frame.js'

/**
 * The part of a server-side WebSocket a face uses; the `ws` package's `WebSocket` satisfies it.
 * Frames are JSON-RPC text; `on('message')` receives the data and whether the frame was binary.
 */
export interface WebSocketLike {
  /** The negotiated subprotocol; '' when none. */
  readonly protocol: string
  send(text: string): void
  close(code?: number, reason?: string): void
  on(event: 'message', listener: (data: unknown, isBinary: boolean) => void): unknown
  on(event: 'close', listener: (code: number, reason: unknown) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
}

/** WebSocket close codes the face uses. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  unsupportedData: 1003,
  policyViolation: 1008,
  internalError: 1011,
  tryAgainLater: 1013,
} as const

/**
 * One legacy MCP session over one WebSocket. Text frames carry JSON-RPC messages (or batches);
 * a frame that is too large, not JSON or not JSON-RPC is answered with a JSON-RPC error and the
 * connection stays open; a binary frame closes it with 1003.
 */
export class WebSocketServerTransport implements ChannelTransport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: ChannelTransport['onmessage']
  readonly sessionId = randomUUID()
  readonly #socket: WebSocketLike
  readonly #maxMessageBytes: number
  #closed = false

  constructor(socket: WebSocketLike, maxMessageBytes: number) {
    this.#socket = socket
    this.#maxMessageBytes = maxMessageBytes
  }

  /** Whether the socket has closed (or is closing). */
  get isClosed(): boolean {
    return this.#closed
  }

  start(): Promise<void> {
    return Promise.resolve()
  }

  /** Turns a received frame into messages, answering unusable ones itself. */
  parse(data: unknown, isBinary: boolean): JSONRPCMessage[] {
    if (this.#closed) return []
    if (isBinary) {
      this.#end(CloseCode.unsupportedData, 'Binary frames are not supported; send JSON-RPC text')
      return []
    }
    const bytes = bytesOf(data)
    if (bytes.byteLength > this.#maxMessageBytes) {
      this.#reject(tooLargeRejection(this.#maxMessageBytes))
      return []
    }
    const { messages, rejections } = parseJsonRpcFrame(bytes.toString('utf8'))
    for (const rejection of rejections) this.#reject(rejection)
    return messages
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) {
      return Promise.reject(new SdkError(SdkErrorCode.NotConnected, 'The WebSocket is closed'))
    }
    try {
      this.#socket.send(JSON.stringify(message))
      return Promise.resolve()
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  close(): Promise<void> {
    this.#end(CloseCode.normal, '')
    return Promise.resolve()
  }

  /** Closes the socket with a code and reason (truncated to the 123 bytes a close frame allows). */
  end(code: number, reason: string): void {
    this.#end(code, reason)
  }

  /** The socket closed on its own. */
  closed(): void {
    if (this.#closed) return
    this.#closed = true
    this.onclose?.()
  }

  #reject(rejection: FrameRejection): void {
    this.send(rejectionMessage(rejection)).catch((e: unknown) =>
      this.onerror?.(e instanceof Error ? e : new Error(String(e))),
    )
  }

  #end(code: number, reason: string): void {
    if (this.#closed) return
    try {
      this.#socket.close(code, closeReason(reason))
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)))
    }
    this.closed()
  }
}

function bytesOf(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data
  if (typeof data === 'string') return Buffer.from(data, 'utf8')
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[])
  if (data instanceof ArrayBuffer) return Buffer.from(data)
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return Buffer.from(String(data), 'utf8')
}

/** A WebSocket close reason: `text` cut to the 123 bytes a close frame allows. */
export function closeReason(text: string): string {
  let result = text
  while (Buffer.byteLength(result, 'utf8') > 123) result = result.slice(0, -1)
  return result
}
