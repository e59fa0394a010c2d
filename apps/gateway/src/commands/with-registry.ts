import { createSecretSealer, hashPassword, verifyPassword } from '@switchyard/auth'
import { createRegistry, openStore, type Registry } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'

/** Opens the configured store and a registry over it for one CLI command, closing both after. */
export async function withRegistry<T>(config: GatewayConfig, work: (registry: Registry) => Promise<T>): Promise<T> {
  const store = await openStore({ url: config.databaseUrl, dataDir: config.dataDir })
  try {
    const registry = await createRegistry({
      store,
      sealer: createSecretSealer({ secret: config.authEncryptionSecret }),
      passwords: { hash: hashPassword, verify: verifyPassword },
      separator: config.toolNameSeparator,
    })
    try {
      return await work(registry)
    } finally {
      await registry.close()
    }
  } finally {
    await store.close()
  }
}
