import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import {
  errorResponse,
  invalidMessage,
  isRequest,
  parseMessages,
  serialize,
  type JsonRpcMessage,
} from '../json-rpc.js'
import type { SessionHub } from '../session-hub.js'

/** Options for {@link createWebSocketFace}. */
export interface WebSocketFaceOptions {
  hub: SessionHub
  maxBodyBytes: number
}

/** JSON-RPC over WebSocket (subprotocol `mcp` when asked for): one connection, one session. */
export interface WebSocketFace {
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  close(): void
}

/** Creates the WebSocket face of a bridge; closing the socket ends the session and its server. */
export function createWebSocketFace(options: WebSocketFaceOptions): WebSocketFace {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxBodyBytes,
    perMessageDeflate: false,
    handleProtocols: (protocols) => (protocols.has('mcp') ? 'mcp' : false),
  })
  const serve = (socket: WebSocket, req: IncomingMessage) => {
    const session = options.hub.open(req.headers)
    const send = (message: JsonRpcMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(serialize(message))
    }
    session.setOutlet(send)
    void session.done.then(() => socket.close(1000))
    socket.on('close', () => void session.end('the client closed the WebSocket'))
    socket.on('error', () => socket.terminate())
    socket.on('message', (data, isBinary) => {
      const text = Buffer.isBuffer(data) ? data.toString('utf8') : undefined
      const messages = isBinary || text === undefined ? undefined : parseMessages(text)
      if (messages === undefined) {
        send(errorResponse(null, -32700, 'Parse error: the frame is not a JSON-RPC message'))
        return
      }
      for (const message of messages) {
        const refusal = invalidMessage(message)
        if (refusal !== undefined) send(refusal)
        else session.send(message, isRequest(message) ? send : undefined)
      }
    })
  }
  return {
    upgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => serve(ws, req))
    },
    close() {
      for (const client of wss.clients) client.terminate()
      wss.close()
    },
  }
}
