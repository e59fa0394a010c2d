import { serve, type ServerType } from '@hono/node-server'
import { GatewayError } from '@switchyard/core'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import type { GatewayConfig } from './config/env-schema.js'
import { allowedOrigins, createGateway, type Gateway, type GatewayOptions } from './gateway.js'
import type { Logger } from './logger.js'
import { attachWebSockets } from './mcp/websocket-upgrade.js'

/** A gateway listening on a port. */
export interface RunningGateway extends Gateway {
  url: string
  /**
   * Stops accepting connections and new work, lets the requests under way finish (up to
   * SHUTDOWN_TIMEOUT_SECONDS), then closes sessions, streams, upstreams and the store.
   */
  stop(): Promise<void>
}

/** Composes the gateway and listens on `config.host:config.port`. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const gateway = await createGateway(config, logger, options)
  let draining = false
  let requests = 0
  // While draining, only requests of sessions already open (answers the calls under way wait for)
  // are served; anything new is refused so that a load balancer sends it elsewhere.
  const fetch = async (request: Request, env: unknown): Promise<Response> => {
    if (draining && !ofOpenSession(request)) return shuttingDown()
    requests++
    try {
      return await gateway.app.fetch(request, env)
    } finally {
      requests--
    }
  }
  let server: ServerType
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch, hostname: config.host, port: config.port }, () => resolve(s))
      s.once('error', (error: NodeJS.ErrnoException) =>
        reject(listenFailure(error, config.host, config.port)),
      )
    })
  } catch (error) {
    await gateway.close()
    throw error
  }
  const detach = attachWebSockets(
    server as HttpServer,
    gateway.mcp,
    gateway.auth,
    config.maxBodyBytes,
    {
      allowedOrigins: allowedOrigins(config),
      audit: gateway.audit.queue,
      openSessions: gateway.openSessions,
    },
  )
  const { port } = server.address() as AddressInfo
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  logger.info({ url, store: gateway.store.location }, 'switchyard gateway listening')
  return {
    ...gateway,
    url,
    stop: async () => {
      draining = true
      detach()
      const http = server as HttpServer
      const closed = new Promise<void>((resolve) => http.close(() => resolve()))
      http.closeIdleConnections()
      const deadline = Date.now() + config.shutdownTimeoutSeconds * 1000
      const drained = await gateway.mcp.calls.drained(config.shutdownTimeoutSeconds * 1000)
      while (requests > 0 && Date.now() < deadline) await sleep(20)
      if (!drained || requests > 0) {
        logger.warn(
          { calls: gateway.mcp.calls.count, requests },
          'shutdown deadline reached with requests under way',
        )
        gateway.mcp.calls.abort()
      }
      // Answers written just now reach their streams before the streams end.
      await sleep(50)
      await gateway.close()
      http.closeAllConnections()
      await closed
    },
  }
}

/** Why the gateway cannot listen, in one line naming the setting to change. */
function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): GatewayError {
  const where = `${host}:${port}`
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use on ${host} (set PORT or pass --port)`
      : error.code === 'EACCES'
        ? `no permission to listen on ${where} (ports below 1024 need privileges)`
        : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
          ? `cannot listen on ${where}: no such address on this machine (set HOST or pass --host)`
          : `cannot listen on ${where}: ${error.message}`
  return new GatewayError('UNAVAILABLE', reason, { cause: error })
}

function ofOpenSession(request: Request): boolean {
  return request.headers.has('mcp-session-id') || /[?&]session_?[iI]d=/.test(request.url)
}

function shuttingDown(): Response {
  return Response.json(
    { detail: 'The gateway is shutting down; try another replica', code: 'UNAVAILABLE' },
    { status: 503, headers: { connection: 'close', 'retry-after': '1' } },
  )
}
