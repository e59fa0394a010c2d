import { type RegistryOptions, type Registry, type Store, type StoreQueryHook, type UrlPolicy } from '@switchyard/core';
import type { GatewayConfig } from './config/env-schema.js';
import type { Logger } from './logger.js';
/** The configured store (migrated) and a registry over it. */
export interface OpenRegistry {
    store: Store;
    registry: Registry;
    /** Stops the registry's catalog, then closes the store. */
    close: () => Promise<void>;
}
/**
 * The outbound URL rules of the configuration. Outside production, OUTBOUND_DENY_PRIVATE spares
 * loopback so that local upstreams keep working; OUTBOUND_DENY (e.g. `127.0.0.0/8`) still applies.
 */
export declare function urlPolicyOf(config: GatewayConfig): UrlPolicy;
/** What openRegistry takes besides the configuration; all optional. */
export interface OpenRegistryOptions {
    /** Where a failed catalog rebuild is logged. */
    logger?: Logger;
    onRegistration?: RegistryOptions['onRegistration'];
    /** Told of each store statement (the gateway's spans). */
    onQuery?: StoreQueryHook;
    /** Runs each catalog update (the gateway's span around its store reads). */
    observeCatalogUpdate?: RegistryOptions['observeCatalogUpdate'];
}
/** Opens the store named by the configuration and builds the registry with auth's sealer and hashing. */
export declare function openRegistry(config: GatewayConfig, options?: OpenRegistryOptions): Promise<OpenRegistry>;
//# sourceMappingURL=open-registry.d.ts.map