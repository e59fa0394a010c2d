import { createSecretSealer, hashPassword, verifyPassword } from '@switchyard/auth'
import {
  createRegistry,
  type RegistryOptions,
  createUrlPolicy,
  openStore,
  type Registry,
  type Store,
  type UrlPolicy,
} from '@switchyard/core'
import type { GatewayConfig } from './config/env-schema.js'
import { createGrpcDiscoverer } from './grpc/grpc-discoverer.js'
import type { Logger } from './logger.js'

/** The configured store (migrated) and a registry over it. */
export interface OpenRegistry {
  store: Store
  registry: Registry
  /** Stops the registry's catalog, then closes the store. */
  close: () => Promise<void>
}

/** The outbound URL rules of the configuration. */
export function urlPolicyOf(config: GatewayConfig): UrlPolicy {
  return createUrlPolicy({
    ...(config.outboundAllow && { allow: config.outboundAllow }),
    ...(config.outboundDeny && { deny: config.outboundDeny }),
    denyPrivate: config.outboundDenyPrivate,
  })
}

/** Opens the store named by the configuration and builds the registry with auth's sealer and hashing. */
export async function openRegistry(
  config: GatewayConfig,
  logger?: Logger,
  onRegistration?: RegistryOptions['onRegistration'],
): Promise<OpenRegistry> {
  const store = await openStore({ url: config.databaseUrl, dataDir: config.dataDir })
  try {
    const registry = await createRegistry({
      store,
      sealer: createSecretSealer({ secret: config.authEncryptionSecret }),
      passwords: { hash: hashPassword, verify: verifyPassword },
      separator: config.toolNameSeparator,
      urlPolicy: urlPolicyOf(config),
      discoverGrpc: createGrpcDiscoverer(),
      lockout: {
        maxAttempts: config.maxFailedLoginAttempts,
        durationMs: config.accountLockoutDurationMinutes * 60_000,
      },
      ...(onRegistration && { onRegistration }),
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
