import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Logger } from '../logger.js'
import { sendRpcError, sendText } from './http-io.js'

/** What a bridge's HTTP server does beyond its health check, bearer check and error handling. */
export interface BridgeServerOptions {
  logger: Logger
  /** The token clients must send as `Authorization: Bearer`; none required when undefined. */
  bearer: string | undefined
  healthPath: string
  /** Answers before anything else (a CORS preflight); true when it did. */
  before?: (req: IncomingMessage, res: ServerResponse) => boolean
  /** Serves an authorized request; answers 404 itself when no face owns the path. */
  route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>
  /** The WebSocket path and what takes an authorized upgrade there; none when undefined. */
  websocket?: { path: string; upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void }
}

/**
 * An HTTP server for a bridge: `GET <healthPath>` answers ok, a missing bearer token 401, a
 * failing route 500 (logged), and upgrades anywhere but the WebSocket path 404.
 */
export function createBridgeServer(options: BridgeServerOptions): Server {
  const authorized = (req: IncomingMessage) =>
    options.bearer === undefined || req.headers.authorization === `Bearer ${options.bearer}`

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (options.before?.(req, res)) return
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === options.healthPath && req.method === 'GET') return sendText(res, 200, 'ok')
    if (!authorized(req)) {
      res.setHeader('www-authenticate', 'Bearer')
      return sendRpcError(res, 401, -32000, 'Unauthorized: a valid bearer token is required')
    }
    return options.route(req, res, url)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error(`${req.method ?? '?'} ${req.url ?? ''}: ${String(error)}`)
      if (!res.headersSent) sendRpcError(res, 500, -32603, 'Internal error')
      else res.end()
    })
  })
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const { websocket } = options
    if (websocket === undefined || path !== websocket.path || !authorized(req)) {
      const status = websocket?.path === path ? '401 Unauthorized' : '404 Not Found'
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`)
      return
    }
    websocket.upgrade(req, socket, head)
  })
  return server
}
