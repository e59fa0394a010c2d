import { isAuthError } from '@switchyard/auth';
import { authHeaders, GatewayError, } from '@switchyard/core';
import { dbOAuthStore } from './db-oauth-store.js';
/** Where a user authorizes an upstream (relative to the gateway). */
export function authorizePath(gatewayId) {
    return `/oauth/authorize/${encodeURIComponent(gatewayId)}`;
}
/** Whose tokens a session of this upstream uses: '' (shared) unless it is per user. */
export function tokenOwner(auth, user) {
    return auth.perUser === true ? (user ?? '').toLowerCase() : '';
}
/** The error a call gets while the upstream waits for authorization. */
export function authorizationRequired(gateway, why) {
    return new GatewayError('UPSTREAM_AUTH_REQUIRED', `upstream '${gateway.name}' needs OAuth authorization (${why}): open ${authorizePath(gateway.id)}`);
}
/**
 * The pool's credentials: static kinds as they are, OAuth client credentials from the token cache,
 * authorization code tokens from the database (refreshed before expiry, and after a failure).
 */
export function createUpstreamCredentials(options) {
    const { registry, oauth } = options;
    return async (gateway, user, stale) => {
        const { auth } = gateway;
        if (auth.type === 'oauth2') {
            const token = await options.tokens.token(auth, AbortSignal.timeout(15_000), stale);
            return { headers: { authorization: `Bearer ${token}` } };
        }
        if (auth.type !== 'oauth2-code')
            return { headers: authHeaders(auth) };
        if (gateway.url === null)
            throw authorizationRequired(gateway, 'it has no URL');
        // Discovery of a per-user upstream (no user) borrows the most recently authorized user's tokens.
        const owner = user === undefined && auth.perUser === true
            ? (await registry.oauth.latest(gateway.id))?.user
            : tokenOwner(auth, user);
        if (owner === undefined)
            throw authorizationRequired(gateway, 'no user has authorized it yet');
        const target = {
            serverUrl: gateway.url,
            config: auth,
            store: dbOAuthStore(registry, gateway.id, owner),
        };
        try {
            const token = await oauth.accessToken(target, stale);
            return {
                headers: { authorization: `Bearer ${token.token}` },
                ...(token.expiresAt !== undefined && { expiresAt: token.expiresAt }),
            };
        }
        catch (error) {
            if (!isAuthError(error))
                throw error;
            if (error.code === 'OAUTH_REQUIRED')
                throw authorizationRequired(gateway, owner === '' ? error.message : `${error.message} for ${owner}`);
            throw new GatewayError('UNAVAILABLE', `upstream '${gateway.name}': ${error.message}`, {
                cause: error,
            });
        }
    };
}
//# sourceMappingURL=upstream-credentials.js.map