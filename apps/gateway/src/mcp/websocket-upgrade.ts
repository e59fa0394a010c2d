import { STATUS_CODES, type Server as HttpServer, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Principal } from '@switchyard/auth'
import { closeReason, McpFaceError, originAllowed } from '@switchyard/transports'
import { WebSocketServer } from 'ws'
import { auditEntry } from '../audit/audit-entry.js'
import type { AuditQueue } from '../audit/audit-queue.js'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import type { OpenSessions } from '../auth/open-sessions.js'
import { toGatewayError } from '../http/error-response.js'
import type { McpService } from './mcp-service.js'

const WS_PATH = /^(\/v1)?(\/servers\/([^/]+))?\/ws\/?$/

function serverIdOf(pathname: string): string | undefined {
  const id = WS_PATH.exec(pathname)?.[3]
  return id === undefined ? undefined : decodeURIComponent(id)
}

/** What the upgrade checks besides credentials, and where it reports refusals. */
export interface WebSocketGuard {
  /** Origins allowed to open a socket (DNS-rebinding protection); undefined allows any. */
  allowedOrigins: readonly string[] | undefined
  audit: AuditQueue
  /** Where each socket is held, so that revoking its credential closes it (1008, with the 401's message). */
  openSessions: OpenSessions
}

/** The close code of a socket whose credential was revoked: policy violation, as for a refused upgrade. */
const REVOKED = 1008

function refuse(
  socket: Duplex,
  status: number,
  reason: string,
  headers: Record<string, string>,
  code: string,
): void {
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  const body = JSON.stringify({ detail: reason, code })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${extra}content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  )
}

/** The HTTP faces' 404 message for a virtual server the principal cannot see; undefined otherwise. */
function missingServer(
  mcp: McpService,
  serverId: string | undefined,
  principal: Principal,
): string | undefined {
  if (serverId === undefined) return undefined
  try {
    mcp.backendFor(serverId, principal)
    return undefined
  } catch (error) {
    return error instanceof McpFaceError && error.httpStatus === 404 ? error.message : undefined
  }
}

/** Upgrades `/ws` and `/servers/{id}/ws` (also under /v1) to JSON-RPC over WebSocket, after authentication. */
export function attachWebSockets(
  server: HttpServer,
  mcp: McpService,
  auth: GatewayAuth,
  maxMessageBytes: number,
  guard: WebSocketGuard,
): () => void {
  const wss = new WebSocketServer({
    noServer: true,
    // Above the face's own limit, so that the face answers an oversized message itself.
    maxPayload: maxMessageBytes * 2,
    handleProtocols: (protocols) => (protocols.has('mcp') ? 'mcp' : false),
  })
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
    if (!WS_PATH.test(url.pathname))
      return refuse(socket, 404, `no WebSocket endpoint at ${url.pathname}`, {}, 'NOT_FOUND')
    const deny = (status: number, reason: string, principal?: Principal) => {
      const requestId = req.headers['x-request-id']
      const request = {
        method: 'GET',
        path: url.pathname,
        principal,
        clientAddress: req.socket.remoteAddress ?? null,
        requestId: typeof requestId === 'string' ? requestId : undefined,
      }
      guard.audit.record(auditEntry(request, 'denied', status, { reason }))
    }
    const origin = req.headers.origin
    auth
      .authenticate(req.headers.authorization, req.socket.remoteAddress)
      .then((principal) => {
        auth.assertServerAccess(principal, serverIdOf(url.pathname))
        return principal
      })
      .then(
        (principal) => {
          if (origin && guard.allowedOrigins && !originAllowed(origin, guard.allowedOrigins)) {
            deny(403, 'Forbidden: origin not allowed', principal)
            return refuse(socket, 403, 'Forbidden: origin not allowed', {}, 'FORBIDDEN')
          }
          // After the upgrade, a client would only see its socket closed (and reconnect for ever).
          const missing = missingServer(mcp, serverIdOf(url.pathname), principal)
          if (missing !== undefined) return refuse(socket, 404, missing, {}, 'NOT_FOUND')
          wss.handleUpgrade(req, socket, head, (ws) => {
            const release = guard.openSessions.hold(
              req.headers.authorization,
              principal,
              (refusal) => ws.close(REVOKED, closeReason(refusal.message)),
            )
            if (release) ws.once('close', release)
            const headers = new Headers()
            for (const [name, value] of Object.entries(req.headers))
              if (typeof value === 'string') headers.set(name, value)
            mcp.websocket(ws, new Request(url, { headers }), principal)
          })
        },
        (error: unknown) => {
          const failure = toGatewayError(error)
          const status = failure.mapping.status
          if (status === 401 || status === 403) deny(status, failure.message)
          refuse(socket, status, failure.message, failure.headers, failure.code)
        },
      )
  }
  server.on('upgrade', onUpgrade)
  return () => {
    server.off('upgrade', onUpgrade)
    wss.close()
  }
}
