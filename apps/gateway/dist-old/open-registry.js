import { createSecretSealer, hashPassword, verifyPassword } from '@switchyard/auth';
import { createRegistry, createUrlPolicy, openStore, } from '@switchyard/core';
import { createGrpcDiscoverer } from './grpc/grpc-discoverer.js';
/**
 * The outbound URL rules of the configuration. Outside production, OUTBOUND_DENY_PRIVATE spares
 * loopback so that local upstreams keep working; OUTBOUND_DENY (e.g. `127.0.0.0/8`) still applies.
 */
export function urlPolicyOf(config) {
    return createUrlPolicy({
        ...(config.outboundAllow && { allow: config.outboundAllow }),
        ...(config.outboundDeny && { deny: config.outboundDeny }),
        denyPrivate: config.outboundDenyPrivate,
        allowLoopback: config.nodeEnv !== 'production',
    });
}
/** Opens the store named by the configuration and builds the registry with auth's sealer and hashing. */
export async function openRegistry(config, options = {}) {
    const { logger, onRegistration, onQuery, observeCatalogUpdate } = options;
    const store = await openStore({
        url: config.databaseUrl,
        dataDir: config.dataDir,
        ...(onQuery && { onQuery }),
    });
    try {
        const urlPolicy = urlPolicyOf(config);
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
            ...(logger && {
                onCatalogError: (error) => logger.error({ err: error }, 'catalog rebuild failed; keeping the previous snapshot'),
            }),
        });
        return {
            store,
            registry,
            close: async () => {
                await registry.close();
                await store.close();
            },
        };
    }
    catch (error) {
        await store.close();
        throw error;
    }
}
//# sourceMappingURL=open-registry.js.map