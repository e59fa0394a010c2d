import type { IncomingMessage, ServerResponse } from 'node:http'
import { isRequest } from '../json-rpc.js'
import type { SessionHub } from '../session-hub.js'
import { sendRpcError, sendText } from './http-io.js'
import { parseBody } from './parse-body.js'
import { openSseStream, type SseStream } from './sse-stream.js'

/** Options for {@link createSseFace}. */
export interface SseFaceOptions {
  hub: SessionHub
  /** Where clients POST their messages, announced in the `endpoint` event. */
  messagePath: string
  keepAliveMs: number
  maxBodyBytes: number
}

/** The legacy HTTP+SSE transport: GET opens a session and its event stream, POST sends to it. */
export interface SseFace {
  stream(req: IncomingMessage, res: ServerResponse): void
  message(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>
}

/** Creates the legacy HTTP+SSE face of a bridge; a session ends when its event stream closes. */
export function createSseFace(options: SseFaceOptions): SseFace {
  const streams = new Map<string, SseStream>()
  return {
    stream(req, res) {
      const session = options.hub.open(req.headers)
      const stream = openSseStream(res, {
        keepAliveMs: options.keepAliveMs,
        onClose: () => {
          streams.delete(session.id)
          void session.end('the client closed its event stream')
        },
      })
      streams.set(session.id, stream)
      session.setOutlet(stream.send)
      void session.done.then(() => stream.close())
      stream.event('endpoint', `${options.messagePath}?sessionId=${encodeURIComponent(session.id)}`)
    },
    async message(req, res, url) {
      const id = url.searchParams.get('sessionId') ?? ''
      const session = options.hub.get(id)
      const stream = streams.get(id)
      if (session === undefined || stream === undefined) {
        sendRpcError(res, 404, -32001, 'Session not found')
        return
      }
      const messages = await parseBody(req, res, options.maxBodyBytes)
      if (messages === undefined) return
      sendText(res, 202, 'Accepted')
      for (const message of messages) {
        session.send(message, isRequest(message) ? stream.send : undefined)
      }
    },
  }
}
