import { type UpstreamOAuth } from '@switchyard/auth';
import { GatewayError, type CatalogGateway, type OAuth2Code, type Registry, type TokenCache, type UpstreamCredentials } from '@switchyard/core';
/** Where a user authorizes an upstream (relative to the gateway). */
export declare function authorizePath(gatewayId: string): string;
/** Whose tokens a session of this upstream uses: '' (shared) unless it is per user. */
export declare function tokenOwner(auth: OAuth2Code, user: string | undefined): string;
/** The error a call gets while the upstream waits for authorization. */
export declare function authorizationRequired(gateway: {
    id: string;
    name: string;
}, why: string): GatewayError;
/**
 * The pool's credentials: static kinds as they are, OAuth client credentials from the token cache,
 * authorization code tokens from the database (refreshed before expiry, and after a failure).
 */
export declare function createUpstreamCredentials(options: {
    registry: Registry;
    oauth: UpstreamOAuth;
    tokens: TokenCache;
}): (gateway: CatalogGateway, user: string | undefined, stale: boolean) => Promise<UpstreamCredentials>;
//# sourceMappingURL=upstream-credentials.d.ts.map