import type { UpstreamOAuthStore } from '@switchyard/auth';
import type { Registry } from '@switchyard/core';
/** One upstream's OAuth state for one user ('' for the shared credential), in the database, sealed. */
export declare function dbOAuthStore(registry: Registry, gatewayId: string, user: string): UpstreamOAuthStore;
//# sourceMappingURL=db-oauth-store.d.ts.map