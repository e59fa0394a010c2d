import type { GatewayConfig } from '../config/env-schema.js'
import { createLogger } from '../logger.js'
import { LogRing } from '../logs/log-ring.js'
import { startGateway } from '../server.js'
import { prepareDataDir } from './data-dir.js'

/** Options of `switchyard serve`: overrides of HOST and PORT. */
export interface ServeCommandOptions {
  host?: string
  port?: number
}

/**
 * Runs the gateway server until SIGINT or SIGTERM, then shuts down gracefully: no new work, the
 * calls under way finish (up to SHUTDOWN_TIMEOUT_SECONDS), sessions and upstreams close. A second
 * signal ends the process at once.
 */
export async function serveCommand(
  config: GatewayConfig,
  options: ServeCommandOptions,
): Promise<void> {
  prepareDataDir(config)
  const logs = new LogRing(config.logBufferSize)
  const logger = createLogger({ level: config.logLevel, pretty: process.stderr.isTTY, ring: logs })
  const running = await startGateway(
    {
      ...config,
      ...(options.host && { host: options.host }),
      ...(options.port && { port: options.port }),
    },
    logger,
    { logs },
  )
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down')
      running.stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        resolve()
      })
    }
    process.once('SIGINT', shutdown)
    process.once('SIGTERM', shutdown)
  })
}
