import type { Registry } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { openRegistry } from '../open-registry.js'

/** Opens the configured registry for one CLI command, closing it after. */
export async function withRegistry<T>(
  config: GatewayConfig,
  work: (registry: Registry) => Promise<T>,
): Promise<T> {
  const opened = await openRegistry(config)
  try {
    return await work(opened.registry)
  } finally {
    await opened.close()
  }
}
