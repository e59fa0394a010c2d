import { serve, type ServerType } from '@hono/node-server'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { GatewayConfig } from './config/env-schema.js'
import { allowedOrigins, createGateway, type Gateway, type GatewayOptions } from './gateway.js'
import type { Logger } from './logger.js'
import { attachWebSockets } from './mcp/websocket-upgrade.js'

/** A gateway listening on a port. */
export interface RunningGateway extends Gateway {
  url: string
  /** Stops accepting connections, then closes the gateway. */
  stop(): Promise<void>
}

/** Composes the gateway and listens on `config.host:config.port`. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const gateway = await createGateway(config, logger, options)
  let server: ServerType
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: gateway.app.fetch, hostname: config.host, port: config.port }, () =>
        resolve(s),
      )
      s.once('error', reject)
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
    { allowedOrigins: allowedOrigins(config), audit: gateway.audit.queue },
  )
  const { port } = server.address() as AddressInfo
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  logger.info({ url, store: gateway.store.location }, 'switchyard gateway listening')
  return {
    ...gateway,
    url,
    stop: async () => {
      detach()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      await gateway.close()
      await closed
    },
  }
}
