import { type UpstreamOAuth } from '@switchyard/auth';
import { type Federation, type Registry, type UpstreamPool } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** What the OAuth routes work with. */
export interface OAuthRouteOptions {
    registry: Registry;
    oauth: UpstreamOAuth;
    pool: UpstreamPool;
    federation: Federation;
    /** The gateway's public origin (`PUBLIC_BASE_URL`), for the callback URL; else the request's. */
    publicBaseUrl?: string | undefined;
}
/**
 * Upstream OAuth (authorization code + PKCE): start at `/oauth/authorize/{gatewayId}`, come back to
 * `/oauth/callback`, read `/oauth/status/{gatewayId}`, forget with `DELETE /oauth/tokens/{gatewayId}`.
 */
export declare function oauthRoutes(options: OAuthRouteOptions): Route[];
//# sourceMappingURL=oauth.d.ts.map