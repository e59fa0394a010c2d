import type { ServerResponse } from 'node:http'
import { serialize, type JsonRpcMessage } from '../json-rpc.js'

/** One open Server-Sent Events response. */
export interface SseStream {
  /** Sends a JSON-RPC message as an `event: message`. */
  send: (message: JsonRpcMessage) => void
  /** Sends a named event with raw data. */
  event: (name: string, data: string) => void
  /** Ends the response. */
  close(): void
  readonly closed: boolean
}

/**
 * Starts an SSE response (status 200, no caching) with a `: ping` comment every `keepAliveMs`
 * (0: none); `onClose` fires once when it ends, from either side.
 */
export function openSseStream(
  res: ServerResponse,
  options: { keepAliveMs: number; headers?: Record<string, string>; onClose?: () => void },
): SseStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    ...options.headers,
  })
  res.flushHeaders()
  let closed = false
  const timer =
    options.keepAliveMs > 0
      ? setInterval(() => res.write(': ping\n\n'), options.keepAliveMs)
      : undefined
  timer?.unref()
  const finish = () => {
    if (closed) return
    closed = true
    if (timer !== undefined) clearInterval(timer)
    options.onClose?.()
  }
  res.on('close', finish)
  const write = (name: string, data: string) => {
    if (!closed) res.write(`event: ${name}\ndata: ${data}\n\n`)
  }
  return {
    send: (message) => write('message', serialize(message)),
    event: write,
    close() {
      if (closed) return
      res.end()
      finish()
    },
    get closed() {
      return closed
    },
  }
}
