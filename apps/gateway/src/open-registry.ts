import { createSecretSealer, hashPassword, verifyPassword } from '@switchyard/auth'
import {
  createRegistry,
  type RegistryOptions,
  createUrlPolicy,
  openStore,
  type Registry,
  type Store,
  type StoreQueryHook,
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

/**
 * The outbound URL rules of the configuration. Outside production, OUTBOUND_DENY_PRIVATE spares
 * loopback so that local upstreams keep working; OUTBOUND_DENY (e.g. `127.0.0.0/8`) still applies.
 */
export function urlPolicyOf(config: GatewayConfig): UrlPolicy {
  return createUrlPolicy({
    ...(config.outboundAllow && { allow: config.outboundAllow }),
    ...(config.outboundDeny && { deny: config.outboundDeny }),
    denyPrivate: config.outboundDenyPrivate,
    denyMetadata: config.outboundDenyMetadata,
    allowLoopback: config.nodeEnv !== 'production',
  })
}

/** What openRegistry takes besides the configuration; all optional. */
export interface OpenRegistryOptions {
  /** Where a failed catalog rebuild is logged. */
  logger?: Logger
  onRegistration?: RegistryOptions['onRegistration']
  /** Told of each store statement (the gateway's spans). */
  onQuery?: StoreQueryHook
  /** Runs each catalog update (the gateway's span around its store reads). */
  observeCatalogUpdate?: RegistryOptions['observeCatalogUpdate']
  /** Told of a changed or removed rate limit's bucket key. */
  onRateLimitChange?: RegistryOptions['onRateLimitChange']
}

/** Opens the store named by the configuration and builds the registry with auth's sealer and hashing. */
export async function openRegistry(
  config: GatewayConfig,
  options: OpenRegistryOptions = {},
): Promise<OpenRegistry> {
  const { logger, onRegistration, onQuery, observeCatalogUpdate, onRateLimitChange } = options
  const store = await openStore({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    ...(onQuery && { onQuery }),
  })
  try {
    const urlPolicy = urlPolicyOf(config)
    const registry = await createRegistry({
      store,
      sealer: createSecretSealer({ secret: config.authEncryptionSecret }),
      passwords: { hash: hashPassword, verify: verifyPassword },
      separator: config.toolNameSeparator,
      urlPolicy,
      discoverGrpc: createGrpcDiscoverer({ urlPolicy }),
      lockout: {
        maxAttempts: config.maxFailedLoginAttempts,
        durationMs: config.accountLockoutDurationMinutes * 60_000,
      },
      ...(onRegistration && { onRegistration }),
      ...(observeCatalogUpdate && { observeCatalogUpdate }),
      ...(onRateLimitChange && { onRateLimitChange }),
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
