import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SessionHub } from '../session-hub.js'
import { answerPost } from './answer-post.js'
import { sendRpcError } from './http-io.js'
import { parseBody } from './parse-body.js'

/** Options for {@link createStatelessFace}. */
export interface StatelessFaceOptions {
  /** A hub over the shared server (`--stateless` always shares one). */
  hub: SessionHub
  jsonResponse: boolean
  keepAliveMs: number
  maxBodyBytes: number
}

/**
 * Streamable HTTP without sessions: every POST stands alone (no `Mcp-Session-Id`), its requests
 * answered by the one shared server, which initialises itself if no client did; GET and DELETE get
 * 405. The server cannot ask such a client anything: its requests are answered with an error.
 */
export function createStatelessFace(
  options: StatelessFaceOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      return sendRpcError(res, 405, -32000, 'Method not allowed: this server is stateless')
    }
    const messages = await parseBody(req, res, options.maxBodyBytes)
    if (messages === undefined) return
    const session = options.hub.open(req.headers)
    res.on('close', () => void session.end('the request was answered'))
    answerPost(session, messages, messages.length > 1, res, {
      jsonResponse: options.jsonResponse,
      keepAliveMs: options.keepAliveMs,
      headers: {},
      elsewhere: () => undefined,
    })
  }
}
