import { bearerChallenge, buildProtectedResourceMetadata, createExternalJwtVerifier, DEFAULT_SCOPE_MAP, isAuthError, peekIssuer, permissionsForScopes, protectedResourceMetadataUrl, } from '@switchyard/auth';
import { GatewayError, isGatewayError } from '@switchyard/core';
import { API_TOKEN_PREFIX } from './api-token-auth.js';
const MAX_VERIFIERS = 256;
/** Resource URLs, metadata and token checks for virtual servers marked for OAuth 2.1. */
export function createServerOAuthGuard(options) {
    const verifiers = new Map();
    const base = options.publicBaseUrl?.replace(/\/+$/, '');
    const resourceOf = (serverId, request) => `${base ?? new URL(request.url).origin}/servers/${encodeURIComponent(serverId)}/mcp`;
    const settingsOf = (serverId) => {
        const server = options.registry.catalog.current().servers.get(serverId);
        return server?.oauth?.enabled ? { name: server.name, oauth: server.oauth } : undefined;
    };
    // One verifier (and JWKS cache) per issuer and key set; the audience is given per token, so
    // requests naming other hosts cannot multiply key fetches.
    const verifierFor = (oauth) => {
        const key = JSON.stringify([oauth.issuer, oauth.jwksUri ?? null]);
        let verifier = verifiers.get(key);
        if (!verifier) {
            verifier = createExternalJwtVerifier({
                issuer: oauth.issuer,
                ...(oauth.jwksUri && { jwksUri: oauth.jwksUri }),
            });
            if (verifiers.size >= MAX_VERIFIERS)
                verifiers.clear();
            verifiers.set(key, verifier);
        }
        return verifier;
    };
    return {
        protectedServer(serverId, request) {
            const settings = settingsOf(serverId);
            if (!settings)
                return undefined;
            const { oauth } = settings;
            const resource = resourceOf(serverId, request);
            const resourceMetadata = protectedResourceMetadataUrl(resource);
            const scopeMap = oauth.scopeMap ?? DEFAULT_SCOPE_MAP;
            const requiredScopes = oauth.requiredScopes ?? [];
            const challenge = (message, error) => new GatewayError('UNAUTHENTICATED', message, {
                headers: {
                    'WWW-Authenticate': bearerChallenge({
                        resourceMetadata,
                        ...(error && { error }),
                        scopes: oauth.requiredScopes ?? oauth.scopesSupported ?? Object.keys(scopeMap),
                    }),
                },
            });
            async function external(token) {
                try {
                    const verified = await verifierFor(oauth).verify(token, oauth.audience ?? resource);
                    return {
                        kind: 'external',
                        email: `${verified.subject}@${new URL(verified.issuer).host}`,
                        isAdmin: false,
                        teams: [],
                        scopes: permissionsForScopes(verified.scopes, scopeMap),
                        oauthScopes: verified.scopes,
                        serverIds: [serverId],
                    };
                }
                catch (error) {
                    if (isAuthError(error))
                        throw challenge(`invalid token: ${error.message}`, 'invalid_token');
                    throw error;
                }
            }
            return {
                serverId,
                resource,
                resourceMetadata,
                scopeMap,
                requiredScopes,
                async authenticate(authorization, remoteAddress, lookup) {
                    if (!authorization?.trim())
                        throw challenge(`server '${serverId}' needs an OAuth access token: send Authorization: Bearer <token>`);
                    const [scheme = '', token = ''] = authorization.trim().split(/\s+/, 2);
                    if (scheme.toLowerCase() === 'bearer' && token && !token.startsWith(API_TOKEN_PREFIX)) {
                        if (peekIssuer(token) === oauth.issuer)
                            return external(token);
                    }
                    try {
                        return await options.auth.authenticate(authorization, remoteAddress, lookup);
                    }
                    catch (error) {
                        if (isGatewayError(error) && error.code === 'UNAUTHENTICATED')
                            throw challenge(error.message, 'invalid_token');
                        throw error;
                    }
                },
            };
        },
        metadata(serverId, request) {
            const settings = settingsOf(serverId);
            if (!settings)
                throw new GatewayError('NOT_FOUND', `server '${serverId}' is unknown, disabled or not protected by OAuth`);
            const { oauth, name } = settings;
            return buildProtectedResourceMetadata({
                resource: resourceOf(serverId, request),
                authorizationServers: [oauth.issuer],
                scopesSupported: oauth.scopesSupported ?? Object.keys(oauth.scopeMap ?? DEFAULT_SCOPE_MAP),
                resourceName: name,
            });
        },
    };
}
//# sourceMappingURL=server-oauth.js.map