import type { IncomingMessage, ServerResponse } from 'node:http'
import type { JsonRpcMessage } from '../json-rpc.js'
import type { Session } from '../session.js'
import type { SessionHub } from '../session-hub.js'
import { answerPost } from './answer-post.js'
import { sendRpcError } from './http-io.js'
import { parseBody } from './parse-body.js'
import { openSseStream } from './sse-stream.js'

/** Options for {@link createStreamableFace}. */
export interface StreamableFaceOptions {
  hub: SessionHub
  jsonResponse: boolean
  keepAliveMs: number
  maxBodyBytes: number
}

/** Streamable HTTP with sessions: POST, GET (the session's stream), DELETE on one URL. */
export interface StreamableFace {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
  /** Whether a session has a stream open (such a session is never idle). */
  hasStream(session: Session): boolean
}

interface Outlets {
  get: ((message: JsonRpcMessage) => void) | undefined
  posts: ((message: JsonRpcMessage) => void)[]
}

/**
 * Creates the sessionful streamable HTTP face: `initialize` opens a session (`Mcp-Session-Id`),
 * messages the server sends unasked go to the session's GET stream, or to its newest open POST
 * stream when it has none; DELETE ends the session.
 */
export function createStreamableFace(options: StreamableFaceOptions): StreamableFace {
  const outlets = new Map<string, Outlets>()
  const outletOf = (session: Session): Outlets => {
    let found = outlets.get(session.id)
    if (found === undefined) {
      const created: Outlets = { get: undefined, posts: [] }
      found = created
      outlets.set(session.id, created)
      void session.done.then(() => outlets.delete(session.id))
      session.setOutlet((message) => (created.get ?? created.posts.at(-1))?.(message))
    }
    return found
  }

  const post = async (req: IncomingMessage, res: ServerResponse) => {
    const messages = await parseBody(req, res, options.maxBodyBytes)
    if (messages === undefined) return
    const header = req.headers['mcp-session-id']
    let session: Session | undefined
    if (typeof header === 'string') {
      session = options.hub.get(header)
      if (session === undefined) return sendRpcError(res, 404, -32001, 'Session not found')
    } else if (messages.some((message) => message.method === 'initialize')) {
      session = options.hub.open(req.headers)
    } else {
      return sendRpcError(res, 400, -32000, 'Bad Request: no Mcp-Session-Id header')
    }
    const outlet = outletOf(session)
    let mine: ((message: JsonRpcMessage) => void) | undefined
    answerPost(session, messages, messages.length > 1, res, {
      jsonResponse: options.jsonResponse,
      keepAliveMs: options.keepAliveMs,
      headers: { 'mcp-session-id': session.id },
      elsewhere: (message) => outlet.get?.(message),
      onStream: (send) => {
        if (send !== undefined) outlet.posts.push((mine = send))
        else outlet.posts = outlet.posts.filter((one) => one !== mine)
      },
    })
  }

  const get = (req: IncomingMessage, res: ServerResponse, session: Session) => {
    const outlet = outletOf(session)
    if (outlet.get !== undefined) {
      return sendRpcError(res, 409, -32000, 'Conflict: the session already has a GET stream')
    }
    const stream = openSseStream(res, {
      keepAliveMs: options.keepAliveMs,
      headers: { 'mcp-session-id': session.id },
      onClose: () => {
        if (outlet.get === stream.send) outlet.get = undefined
      },
    })
    outlet.get = stream.send
    void session.done.then(() => stream.close())
  }

  return {
    async handle(req, res) {
      if (req.method === 'POST') return post(req, res)
      const header = req.headers['mcp-session-id']
      const session = typeof header === 'string' ? options.hub.get(header) : undefined
      if (req.method !== 'GET' && req.method !== 'DELETE') {
        return sendRpcError(res, 405, -32000, 'Method not allowed')
      }
      if (typeof header !== 'string') {
        return sendRpcError(res, 400, -32000, 'Bad Request: no Mcp-Session-Id header')
      }
      if (session === undefined) return sendRpcError(res, 404, -32001, 'Session not found')
      if (req.method === 'GET') return get(req, res, session)
      res.writeHead(200).end()
      await session.end('the client deleted the session')
    },
    hasStream: (session) => {
      const outlet = outlets.get(session.id)
      return outlet !== undefined && (outlet.get !== undefined || outlet.posts.length > 0)
    },
  }
}
