import type { Registry } from '@switchyard/core'
import { joinCluster } from '../cluster/cluster.js'
import type { GatewayConfig } from '../config/env-schema.js'
import { createLogger } from '../logger.js'
import { openRegistry } from '../open-registry.js'
import { prepareDataDir } from './data-dir.js'

/**
 * Opens the configured registry for one CLI command, closing it after. On PostgreSQL its changes (an
 * import) are announced to the running replicas, as a change made through one of them would be.
 */
export async function withRegistry<T>(
  config: GatewayConfig,
  work: (registry: Registry) => Promise<T>,
): Promise<T> {
  prepareDataDir(config)
  const opened = await openRegistry(config)
  try {
    const cluster = await joinCluster({
      databaseUrl: config.databaseUrl,
      events: opened.registry.context.events,
      resync: () => Promise.resolve(),
      jobs: false,
      logger: createLogger({ level: 'silent' }),
    })
    try {
      return await work(opened.registry)
    } finally {
      await cluster.close()
    }
  } finally {
    await opened.close()
  }
}
