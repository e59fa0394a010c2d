import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkCommand, childServers, type ChildServerOptions } from './child-server.js'
import { TranslateError } from './errors.js'
import { timerMs } from './seconds.js'
import type { ExposeOptions } from './expose-options.js'
import { applyCors } from './http/cors.js'
import { createBridgeServer } from './http/bridge-server.js'
import { sendRpcError } from './http/http-io.js'
import { createSseFace } from './http/sse-face.js'
import { createStatelessFace } from './http/stateless-face.js'
import { createStreamableFace } from './http/streamable-face.js'
import { createWebSocketFace } from './http/websocket-face.js'
import { silentLogger } from './logger.js'
import type { LinkFactory } from './server-link.js'
import { createSessionHub, type SessionHub } from './session-hub.js'
import { createSharedServer, type SharedServer } from './shared-link.js'

/** A stdio server exposed over HTTP: its address and how to stop it. */
export interface ExposedServer {
  /** `http://host:port`. */
  readonly url: string
  readonly port: number
  /** Open client sessions over every face. */
  readonly sessionCount: number
  /** Stops listening, ends every session and every child (with its process tree). */
  close(): Promise<void>
}

const clientInfo = { name: 'switchyard-translate', version: '0.1.0' }

/**
 * Serves a stdio MCP server over legacy SSE, streamable HTTP and WebSocket at once (as asked), plus
 * a health check. Rejects with a {@link TranslateError} when the command fails at once or the port
 * cannot be used.
 */
export async function exposeStdio(options: ExposeOptions): Promise<ExposedServer> {
  const logger = options.logger ?? silentLogger
  const host = options.host ?? '127.0.0.1'
  const shared = options.shared === true || options.stateless === true
  const headerToEnv = options.headerToEnv ?? {}
  if (shared && Object.keys(headerToEnv).length > 0) {
    throw new TranslateError(
      'BAD_OPTION',
      '--header-to-env gives each session its own server; it cannot be used with --shared or --stateless',
    )
  }
  if (!options.sse && !options.streamableHttp && !options.websocket) {
    throw new TranslateError(
      'BAD_OPTION',
      'nothing to expose: give --expose-sse, --expose-streamable-http or --expose-ws',
    )
  }
  const maxBytes = options.maxMessageBytes ?? 4 * 1024 * 1024
  const keepAliveMs = timerMs('keepAliveMs', options.keepAliveMs, 30_000, true)
  const requestTimeoutMs = timerMs('requestTimeoutMs', options.requestTimeoutMs, 600_000, false)
  const sessionIdleMs = timerMs('sessionIdleMs', options.sessionIdleMs, 1_800_000, false)
  const startupCheckMs = timerMs('startupCheckMs', options.startupCheckMs, 1000, true)
  const child: ChildServerOptions = {
    command: options.command,
    env: options.env,
    logger,
    maxMessageBytes: maxBytes,
    killGraceMs: timerMs('killGraceMs', options.killGraceMs, 2000, true),
  }

  const servers = childServers(child)
  const sharedServer: SharedServer | undefined = shared
    ? createSharedServer(
        (handlers) => servers(handlers, {}),
        logger,
        options.stateless === true
          ? { protocolVersion: '2025-06-18', capabilities: {}, clientInfo }
          : undefined,
      )
    : undefined
  const link: LinkFactory = sharedServer?.link ?? servers
  const hub = (): SessionHub =>
    createSessionHub({
      link,
      headerToEnv,
      requestTimeoutMs,
      sessionIdleMs,
      logger,
    })
  const hubs: SessionHub[] = []
  const newHub = () => {
    const created = hub()
    hubs.push(created)
    return created
  }
  const paths = {
    sse: options.ssePath ?? '/sse',
    message: options.messagePath ?? '/message',
    mcp: options.mcpPath ?? '/mcp',
    ws: options.wsPath ?? '/ws',
    health: options.healthPath ?? '/healthz',
  }
  const sse = options.sse
    ? createSseFace({
        hub: newHub(),
        messagePath: paths.message,
        keepAliveMs,
        maxBodyBytes: maxBytes,
      })
    : undefined
  const streamableHub = options.streamableHttp && options.stateless !== true ? newHub() : undefined
  const streamable =
    streamableHub === undefined
      ? undefined
      : createStreamableFace({
          hub: streamableHub,
          jsonResponse: options.jsonResponse === true,
          keepAliveMs,
          maxBodyBytes: maxBytes,
        })
  const stateless =
    options.streamableHttp && options.stateless === true
      ? createStatelessFace({
          hub: newHub(),
          jsonResponse: options.jsonResponse === true,
          keepAliveMs,
          maxBodyBytes: maxBytes,
        })
      : undefined
  const ws = options.websocket
    ? createWebSocketFace({ hub: newHub(), maxBodyBytes: maxBytes })
    : undefined

  const server = createBridgeServer({
    logger,
    bearer: options.oauth2Bearer,
    healthPath: paths.health,
    ...(options.cors !== undefined && {
      before: (req, res) => applyCors(req, res, options.cors ?? []),
    }),
    async route(req, res, url) {
      if (sse !== undefined && url.pathname === paths.sse && req.method === 'GET') {
        return sse.stream(req, res)
      }
      if (sse !== undefined && url.pathname === paths.message && req.method === 'POST') {
        return sse.message(req, res, url)
      }
      if (url.pathname === paths.mcp) {
        if (streamable !== undefined) return streamable.handle(req, res)
        if (stateless !== undefined) return stateless(req, res)
      }
      sendRpcError(res, 404, -32000, `Not found: ${url.pathname}`)
    },
    ...(ws && {
      websocket: { path: paths.ws, upgrade: (req, socket, head) => ws.upgrade(req, socket, head) },
    }),
  })
  options.signal?.throwIfAborted()
  await listen(server, options.port, host)
  if (startupCheckMs > 0) {
    await checkCommand(child, startupCheckMs, options.signal).catch(async (error: unknown) => {
      await new Promise((resolve) => server.close(resolve))
      throw error
    })
  }
  const { port } = server.address() as AddressInfo
  const reaper = setInterval(
    () => streamableHub?.reapIdle((session) => streamable?.hasStream(session) ?? false),
    Math.min(sessionIdleMs, 60_000) / 2,
  )
  reaper.unref()
  const shown = host.includes(':') ? `[${host}]` : host
  logger.info(`listening on http://${shown}:${port}`)
  let closing: Promise<void> | undefined
  return {
    url: `http://${shown}:${port}`,
    port,
    get sessionCount() {
      return hubs.reduce((sum, one) => sum + one.size, 0)
    },
    close() {
      closing ??= (async () => {
        clearInterval(reaper)
        const stopped = new Promise((resolve) => server.close(resolve))
        // Sessions end first, so that their clients hear why; then every connection is dropped.
        await Promise.all(hubs.map((one) => one.closeAll()))
        await sharedServer?.close()
        ws?.close()
        server.closeAllConnections()
        await stopped
      })()
      return closing
    },
  }
}

/** Listens on a port; a port in use or refused becomes a one-line LISTEN_FAILED error. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new TranslateError('LISTEN_FAILED', listenProblem(error, port, host)))
    })
    server.listen(port, host, () => resolve())
  })
}

function listenProblem(error: NodeJS.ErrnoException, port: number, host: string): string {
  const where = `${host}:${port}`
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use on ${host}`
    case 'EACCES':
      return `no permission to listen on ${where}`
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${where}: no such address on this machine`
    case 'ENOTFOUND':
      return `cannot listen on ${where}: unknown host`
    default:
      return `cannot listen on ${where}: ${error.message}`
  }
}
