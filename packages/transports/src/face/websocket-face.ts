import { ChannelSessions, type ChannelSession } from './channel-sessions.js'
import { McpFaceError } from './errors.js'
import { originAllowed } from './origin.js'
import type { OwnerFilter } from './session-scope.js'
import type { McpBackend } from './types.js'
import { CloseCode, WebSocketServerTransport, type WebSocketLike } from './websocket-transport.js'

/** Options for {@link createWebSocketFace}. */
export interface WebSocketFaceOptions {
  /**
   * Builds (or returns a cached) backend for a connection, from its upgrade request. Throwing
   * refuses the connection: it is closed with 1008 and the error's message (1011 for an error
   * that is neither a `Response`, a {@link McpFaceError} nor one with a 4xx `status`).
   */
  backend: (request: Request) => McpBackend | Promise<McpBackend>
  /** Groups connections for {@link WebSocketFace.broadcast}. Default: the URL's path. */
  sessionKey?: (request: Request) => string
  /** Who is behind a connection, for broadcast's `to`. Default: one owner for every connection. */
  sessionOwner?: (request: Request) => string
  /** Allowed `Origin` values, as for `createStreamableHttpFace`; an unlisted one is closed with 1008. */
  allowedOrigins?: readonly string[]
  /**
   * Largest text frame; a larger one is answered with a -32000 JSON-RPC error and the connection
   * stays open. Default 4 MiB. Keep the WebSocket server's own limit (`ws`'s `maxPayload`) above it.
   */
  maxMessageBytes?: number
  /** Connections open at once; one more is closed with 1013. Default 10,000. */
  maxSessions?: number
  /** Receives errors the wire does not show: backend failures answered as -32603, socket errors. */
  onError?: (error: unknown) => void
}

/** MCP over WebSocket: JSON-RPC in text frames, subprotocol `mcp`, one legacy session per socket. */
export interface WebSocketFace {
  /**
   * Serves a socket the caller has accepted (e.g. with `ws`'s `WebSocketServer({ noServer: true })`)
   * until it closes; `request` is its upgrade request (URL, headers).
   */
  accept(socket: WebSocketLike, request: Request): void
  /** Sends a notification to every connection of a key; `to`, when given, picks them by owner. */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void
  /** Adds the key of every open connection to `into`: the keys a broadcast reaches. */
  collectKeys(into: Set<string>): void
  /** Closes every connection with 1001; later ones are closed at once. */
  close(): Promise<void>
  /** Open connections. */
  readonly sessionCount: number
}

/** Serves MCP over WebSocket connections, one SDK server per connection. */
export function createWebSocketFace(options: WebSocketFaceOptions): WebSocketFace {
  const sessionKey = options.sessionKey ?? ((request: Request) => new URL(request.url).pathname)
  const ownerOf = options.sessionOwner ?? (() => '')
  const maxMessageBytes = options.maxMessageBytes ?? 4 * 1024 * 1024
  const onError = options.onError ?? (() => {})
  const sessions = new ChannelSessions({
    maxSessions: options.maxSessions ?? 10_000,
    backendOf: () => undefined,
    onError,
  })
  const transports = new Set<WebSocketServerTransport>()
  let closed = false

  function accept(socket: WebSocketLike, request: Request): void {
    const refusal = admission(socket, request)
    if (refusal !== undefined) {
      socket.close(refusal[0], refusal[1])
      return
    }
    const transport = new WebSocketServerTransport(socket, maxMessageBytes)
    transports.add(transport)
    const pending: [unknown, boolean][] = []
    let ready: { session: ChannelSession; backend: McpBackend } | undefined
    const receive = (data: unknown, isBinary: boolean) => {
      if (ready === undefined) return void pending.push([data, isBinary])
      const messages = transport.parse(data, isBinary)
      if (messages.length > 0) sessions.receive(ready.session, messages, ready.backend)
    }
    socket.on('message', receive)
    socket.on('close', () => transport.closed())
    socket.on('error', onError)
    // The SDK server chains this when it connects.
    transport.onclose = () => transports.delete(transport)
    const open = async () => {
      let backend: McpBackend
      try {
        backend = await options.backend(request)
      } catch (error) {
        const [code, reason] = refusalClose(error, onError)
        transport.end(code, reason)
        return
      }
      const session = await sessions.open(sessionKey(request), ownerOf(request), backend, transport)
      if (session === undefined) return
      ready = { session, backend }
      for (const [data, isBinary] of pending.splice(0)) receive(data, isBinary)
    }
    open().catch((error: unknown) => {
      onError(error)
      transport.end(CloseCode.internalError, 'Internal error')
    })
  }

  function admission(socket: WebSocketLike, request: Request): [number, string] | undefined {
    if (closed) return [CloseCode.goingAway, 'The server is shutting down']
    const origin = request.headers.get('origin')
    if (
      origin !== null &&
      options.allowedOrigins !== undefined &&
      !originAllowed(origin, options.allowedOrigins)
    ) {
      return [CloseCode.policyViolation, 'Forbidden: origin not allowed']
    }
    if (socket.protocol !== '' && socket.protocol !== 'mcp') {
      return [CloseCode.protocolError, `Unsupported subprotocol ${socket.protocol}; use mcp`]
    }
    if (sessions.full) return [CloseCode.tryAgainLater, 'Too many sessions; try again later']
    return undefined
  }

  return {
    accept,
    broadcast: (key, method, params, to) => sessions.broadcast(key, method, params, to),
    collectKeys: (into) => sessions.collectKeys(into),
    async close() {
      closed = true
      for (const transport of transports)
        transport.end(CloseCode.goingAway, 'The server is shutting down')
      transports.clear()
      await sessions.close()
    },
    get sessionCount() {
      return sessions.size
    },
  }
}

/** The close code and reason for a connection `backend(request)` refused. */
function refusalClose(error: unknown, onError: (error: unknown) => void): [number, string] {
  if (error instanceof McpFaceError) return [CloseCode.policyViolation, error.message]
  if (error instanceof Response) {
    return [CloseCode.policyViolation, `Refused with HTTP ${error.status}`]
  }
  const { status } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error && error.message !== '' ? error.message : 'Refused'
    return [CloseCode.policyViolation, message]
  }
  onError(error)
  return [CloseCode.internalError, 'Internal error']
}
