import { createSecretSealer, hashPassword, verifyPassword } from '@switchyard/auth'
import { createRegistry, openStore, type Registry, type Store } from '@switchyard/core'
import type { GatewayConfig } from './config/env-schema.js'
import type { Logger } from './logger.js'

/** The configured store (migrated) and a registry over it. */
export interface OpenRegistry {
  store: Store
  registry: Registry
  /** Stops the registry's catalog, then closes the store. */
  close: () => Promise<void>
}

/** Opens the store named by the configuration and builds the registry with auth's sealer and hashing. */
export async function openRegistry(config: GatewayConfig, logger?: Logger): Promise<OpenRegistry> {
  const store = await openStore({ url: config.databaseUrl, dataDir: config.dataDir })
  try {
    const registry = await createRegistry({
      store,
      sealer: createSecretSealer({ secret: config.authEncryptionSecret }),
      passwords: { hash: hashPassword, verify: verifyPassword },
      separator: config.toolNameSeparator,
      ...(logger && {
        onCatalogError: (error: unknown) =>
          logger.error({ err: error }, 'catalog rebuild failed; keeping the previous snapshot'),
      }),
    })
    return {
      store,
      registry,
      close: async () => {
        await registry.close()
        await store.close()
      },
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
