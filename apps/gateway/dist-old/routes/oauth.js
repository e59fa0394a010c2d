import { isAuthError } from '@switchyard/auth';
import { BooleanParamSchema, GatewayError, gatewayAuth, } from '@switchyard/core';
import { z } from 'zod';
import { defineRoute } from '../http/route.js';
import { dbOAuthStore } from '../oauth/db-oauth-store.js';
import { authorizePath, tokenOwner } from '../oauth/upstream-credentials.js';
/** How long a started authorization may wait for its callback. */
const PENDING_MS = 10 * 60_000;
const AuthorizeQuerySchema = z.object({
    redirect: z
        .string()
        .max(2048)
        .regex(/^\/(?![/\\])/, 'must be a path on this gateway, such as /admin')
        .optional(),
});
const CallbackQuerySchema = z.object({
    code: z.string().max(4096).optional(),
    state: z.string().max(512).optional(),
    iss: z.string().max(2048).optional(),
    error: z.string().max(256).optional(),
    errorDescription: z.string().max(2048).optional(),
});
const ForgetQuerySchema = z.object({ all: BooleanParamSchema.optional() });
/** Turns the OAuth client's failures into gateway errors (the AS or upstream failed: 502). */
async function upstreamStep(work) {
    try {
        return await work;
    }
    catch (error) {
        if (isAuthError(error))
            throw new GatewayError('UPSTREAM_ERROR', error.message, { cause: error });
        throw error;
    }
}
/**
 * Upstream OAuth (authorization code + PKCE): start at `/oauth/authorize/{gatewayId}`, come back to
 * `/oauth/callback`, read `/oauth/status/{gatewayId}`, forget with `DELETE /oauth/tokens/{gatewayId}`.
 */
export function oauthRoutes(options) {
    const { registry, oauth } = options;
    const tag = 'Upstream OAuth';
    /** The gateway and its authorization code settings; 404 unseen, 409 another auth kind. */
    async function codeGateway(id, viewer) {
        const gateway = await registry.gateways.get(id, viewer);
        const auth = gatewayAuth(await registry.gateways.getRow(id), registry.context);
        if (auth.type !== 'oauth2-code')
            throw new GatewayError('CONFLICT', `gateway '${gateway.name}' does not use OAuth authorization code (its auth type is '${auth.type}')`);
        if (gateway.url === null)
            throw new GatewayError('CONFLICT', `gateway '${gateway.name}' has no URL to authorize for`);
        return { gateway: gateway, auth };
    }
    function target(gateway, auth, owner) {
        return {
            serverUrl: gateway.url,
            config: auth,
            store: dbOAuthStore(registry, gateway.id, owner),
        };
    }
    return [
        defineRoute({
            method: 'get',
            path: '/oauth/authorize/:gatewayId',
            // A user connects their own credential to any upstream they can see.
            permission: 'gateways.read',
            summary: "Start the upstream's OAuth authorization (302 to its authorization server, PKCE S256, state, resource)",
            tag,
            query: AuthorizeQuerySchema,
            async handle({ c, param, query, principal, viewer, authorize }) {
                const { gateway, auth } = await codeGateway(param('gatewayId'), viewer);
                // A shared credential acts for everyone: only who may edit the upstream sets it.
                if (auth.perUser !== true)
                    authorize('gateways.write', gateway);
                const owner = tokenOwner(auth, principal.email);
                const redirectUri = new URL('/oauth/callback', options.publicBaseUrl ?? c.req.url).toString();
                const start = await upstreamStep(oauth.begin(target(gateway, auth, owner), redirectUri));
                await registry.oauth.begin({
                    state: start.state,
                    gatewayId: gateway.id,
                    user: owner,
                    codeVerifier: start.codeVerifier,
                    redirectUri,
                    redirectAfter: query.redirect ?? null,
                    expiresAt: new Date(Date.now() + PENDING_MS).toISOString(),
                });
                return c.redirect(start.authorizationUrl.toString(), 302);
            },
        }),
        defineRoute({
            method: 'get',
            path: '/oauth/callback',
            summary: "The authorization server's redirect: checks the state once, exchanges the code, stores the tokens",
            tag,
            auth: false,
            query: CallbackQuerySchema,
            async handle({ c, query }) {
                if (!query.state)
                    throw new GatewayError('BAD_REQUEST', 'the callback has no state parameter');
                const pending = await registry.oauth.take(query.state);
                if (!pending)
                    throw new GatewayError('BAD_REQUEST', 'unknown or already used state: start again at /oauth/authorize/{gatewayId}');
                const again = `start again at ${authorizePath(pending.gatewayId)}`;
                if (Date.parse(pending.expiresAt) <= Date.now())
                    throw new GatewayError('BAD_REQUEST', `the authorization expired; ${again}`);
                if (query.error)
                    throw new GatewayError('BAD_REQUEST', `the authorization server refused: ${query.error}${query.errorDescription ? ` (${query.errorDescription})` : ''}; ${again}`);
                if (!query.code)
                    throw new GatewayError('BAD_REQUEST', `the callback has no code; ${again}`);
                const { gateway, auth } = await codeGateway(pending.gatewayId, { all: true });
                const tokens = await upstreamStep(oauth.finish(target(gateway, auth, pending.user), {
                    code: query.code,
                    codeVerifier: pending.codeVerifier,
                    redirectUri: pending.redirectUri,
                    ...(query.iss !== undefined && { iss: query.iss }),
                }));
                // New credentials: reconnect and discover the upstream with them now.
                await options.pool.drop(gateway.id);
                const discovery = await options.federation.refresh(gateway.id).then(() => ({ status: 'active' }), (error) => ({
                    status: 'unreachable',
                    reason: error instanceof Error ? error.message : String(error),
                }));
                if (pending.redirectAfter !== null)
                    return c.redirect(pending.redirectAfter, 302);
                return {
                    gatewayId: gateway.id,
                    authorized: true,
                    user: pending.user,
                    expiresAt: tokens.expires_at === undefined ? null : new Date(tokens.expires_at).toISOString(),
                    scopes: tokens.scope ?? null,
                    ...discovery,
                };
            },
        }),
        defineRoute({
            method: 'get',
            path: '/oauth/status/:gatewayId',
            // A user connects their own credential to any upstream they can see.
            permission: 'gateways.read',
            summary: 'Whether the caller (or the shared credential) has authorized the upstream, and until when',
            tag,
            async handle({ param, principal, viewer }) {
                const { gateway, auth } = await codeGateway(param('gatewayId'), viewer);
                const owner = tokenOwner(auth, principal.email);
                const stored = await registry.oauth.get(gateway.id, owner);
                return {
                    gatewayId: gateway.id,
                    perUser: auth.perUser === true,
                    user: owner === '' ? null : owner,
                    authorized: stored !== undefined,
                    expiresAt: stored?.expiresAt ?? null,
                    scopes: stored?.scopes ?? null,
                    refreshable: typeof stored?.tokens.refresh_token === 'string',
                    authorizeUrl: authorizePath(gateway.id),
                    status: gateway.status,
                };
            },
        }),
        defineRoute({
            method: 'delete',
            path: '/oauth/tokens/:gatewayId',
            // A user connects their own credential to any upstream they can see.
            permission: 'gateways.read',
            summary: "Forget the caller's tokens for an upstream (the shared ones, or with ?all=true every user's)",
            tag,
            status: 204,
            query: ForgetQuerySchema,
            async handle({ param, query, principal, viewer, authorize }) {
                const { gateway, auth } = await codeGateway(param('gatewayId'), viewer);
                if (auth.perUser !== true || query.all === true)
                    authorize('gateways.write', gateway);
                const owner = query.all === true ? undefined : tokenOwner(auth, principal.email);
                await registry.oauth.forget(gateway.id, owner);
                await options.pool.drop(gateway.id);
                void options.federation.refresh(gateway.id).catch(() => undefined);
                return undefined;
            },
        }),
    ];
}
//# sourceMappingURL=oauth.js.map