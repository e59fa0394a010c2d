import type { AddressInfo } from 'node:net'
import {
  createGrpcBridge,
  discover,
  GrpcBridgeError,
  type GrpcTlsOptions,
} from '@switchyard/grpc-bridge'
import {
  createSseFace,
  createStreamableHttpFace,
  createWebSocketFace,
  type McpBackend,
} from '@switchyard/transports'
import { WebSocketServer } from 'ws'
import { TranslateError } from './errors.js'
import { timerMs } from './seconds.js'
import type { ExposedServer } from './expose.js'
import { listen } from './expose.js'
import { createGrpcBackend } from './grpc-backend.js'
import { createBridgeServer } from './http/bridge-server.js'
import { sendRpcError } from './http/http-io.js'
import { sendWebResponse, toWebRequest } from './http/web-io.js'
import type { BridgeHttpOptions } from './expose-options.js'
import { silentLogger } from './logger.js'
import { untilAborted } from './until-aborted.js'

/** Options for {@link exposeGrpc}: the gRPC target, and which faces to open where. */
export interface ExposeGrpcOptions extends BridgeHttpOptions {
  /** The gRPC server, `host:port`; it must offer server reflection. */
  target: string
  /** TLS to the target: `true` for the system's roots, or PEM text (`ca`, `cert` + `key`). */
  tls?: boolean | GrpcTlsOptions
  /** gRPC metadata sent with every call and the reflection requests. */
  metadata?: Readonly<Record<string, string>>
  /** Each gRPC call's deadline; default 600000. */
  requestTimeoutMs?: number
  /** Server reflection at startup gives up after this long; default 10000. */
  discoveryTimeoutMs?: number
}

/**
 * Serves a gRPC service as an MCP server: discovers it through server reflection, then answers
 * `tools/list` and `tools/call` over streamable HTTP, legacy SSE and WebSocket (as asked). Rejects
 * with a {@link TranslateError} when the target cannot be reached, offers no reflection, or the
 * port cannot be used.
 */
export async function exposeGrpc(options: ExposeGrpcOptions): Promise<ExposedServer> {
  const logger = options.logger ?? silentLogger
  const host = options.host ?? '127.0.0.1'
  if (!options.sse && !options.streamableHttp && !options.websocket) {
    throw new TranslateError(
      'BAD_OPTION',
      'nothing to expose: give --expose-sse, --expose-streamable-http or --expose-ws',
    )
  }
  const discoveryTimeoutMs = timerMs(
    'discoveryTimeoutMs',
    options.discoveryTimeoutMs,
    10_000,
    false,
  )
  const requestTimeoutMs = timerMs('requestTimeoutMs', options.requestTimeoutMs, 600_000, false)
  const sessionIdleMs = timerMs('sessionIdleMs', options.sessionIdleMs, 1_800_000, false)
  const keepAliveMs = timerMs('keepAliveMs', options.keepAliveMs, 30_000, true)
  const target = {
    target: options.target,
    ...(options.tls !== undefined && { tls: options.tls }),
    ...(options.metadata !== undefined && { metadata: options.metadata }),
  }
  options.signal?.throwIfAborted()
  const discovery = discover({ ...target, timeoutMs: discoveryTimeoutMs })
  const found = await untilAborted(discovery, options.signal).catch((error: unknown) => {
    if (!(error instanceof GrpcBridgeError)) throw error
    throw new TranslateError(
      error.code === 'BAD_OPTION' ? 'BAD_OPTION' : 'CONNECT_FAILED',
      error.message,
    )
  })
  logger.info(`${options.target}: ${found.tools.length} tools from ${found.services.join(', ')}`)
  for (const { name, reason } of found.skipped)
    logger.warn(`${options.target}: service ${name} left out, it cannot be described: ${reason}`)
  const bridge = createGrpcBridge({ ...target, descriptorSet: found.descriptorSet })
  const backend: McpBackend = createGrpcBackend(bridge, {
    target: options.target,
    services: found.services,
    timeoutMs: requestTimeoutMs,
  })
  const maxBodyBytes = options.maxMessageBytes ?? 4 * 1024 * 1024
  const onError = (error: unknown) => logger.debug(`mcp face: ${String(error)}`)
  const paths = {
    sse: options.ssePath ?? '/sse',
    message: options.messagePath ?? '/message',
    mcp: options.mcpPath ?? '/mcp',
    ws: options.wsPath ?? '/ws',
    health: options.healthPath ?? '/healthz',
  }
  const same = () => 'grpc'
  const streamable = options.streamableHttp
    ? createStreamableHttpFace({
        backend: () => backend,
        sessionKey: same,
        sessionIdleMs,
        maxBodyBytes,
        enableJsonResponse: options.jsonResponse === true,
        onError,
      })
    : undefined
  const sse = options.sse
    ? createSseFace({
        backend: () => backend,
        sessionKey: same,
        messagePath: () => paths.message,
        keepAliveMs,
        maxBodyBytes,
        onError,
      })
    : undefined
  const ws = options.websocket
    ? createWebSocketFace({
        backend: () => backend,
        sessionKey: same,
        maxMessageBytes: maxBodyBytes,
        onError,
      })
    : undefined
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxBodyBytes * 2,
    handleProtocols: (protocols) => (protocols.has('mcp') ? 'mcp' : false),
  })

  const server = createBridgeServer({
    logger,
    bearer: options.oauth2Bearer,
    healthPath: paths.health,
    async route(req, res, { pathname }) {
      const serve =
        streamable !== undefined && pathname === paths.mcp
          ? (request: Request) => streamable.handle(request)
          : sse !== undefined && pathname === paths.sse && req.method === 'GET'
            ? (request: Request) => sse.handleStream(request)
            : sse !== undefined && pathname === paths.message && req.method === 'POST'
              ? (request: Request) => sse.handleMessage(request)
              : undefined
      if (serve === undefined) return sendRpcError(res, 404, -32000, `Not found: ${pathname}`)
      await sendWebResponse(res, await serve(toWebRequest(req, res)))
    },
    ...(ws && {
      websocket: {
        path: paths.ws,
        upgrade: (req, socket, head) =>
          wss.handleUpgrade(req, socket, head, (client) => {
            const headers = new Headers()
            for (const [name, value] of Object.entries(req.headers))
              if (typeof value === 'string') headers.set(name, value)
            ws.accept(client, new Request(`http://localhost${req.url ?? '/'}`, { headers }))
          }),
      },
    }),
  })
  await listen(server, options.port, host).catch((error: unknown) => {
    bridge.close()
    throw error
  })
  const { port } = server.address() as AddressInfo
  const shown = host.includes(':') ? `[${host}]` : host
  logger.info(`listening on http://${shown}:${port}`)
  let closing: Promise<void> | undefined
  return {
    url: `http://${shown}:${port}`,
    port,
    get sessionCount() {
      return (streamable?.sessionCount ?? 0) + (sse?.sessionCount ?? 0) + (ws?.sessionCount ?? 0)
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise((resolve) => server.close(resolve))
        await Promise.all([streamable?.close(), sse?.close(), ws?.close()])
        wss.close()
        server.closeAllConnections()
        bridge.close()
        await stopped
      })()
      return closing
    },
  }
}
