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
 * Runs the gateway server until `stop` aborts (its reason names the signal), then shuts down
 * gracefully: no new work, the calls under way finish (up to SHUTDOWN_TIMEOUT_SECONDS), sessions
 * and upstreams close. A stop that comes while the gateway starts ends it once it has started.
 */
export async function serveCommand(
  config: GatewayConfig,
  options: ServeCommandOptions,
  stop: AbortSignal,
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
    const shutdown = () => {
      logger.info({ signal: stop.reason as unknown }, 'shutting down')
      running.stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        resolve()
      })
    }
    if (stop.aborted) shutdown()
    else stop.addEventListener('abort', shutdown, { once: true })
  })
}
