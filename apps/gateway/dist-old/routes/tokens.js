import { generateApiToken, isAdminPrincipal } from '@switchyard/auth';
import { BooleanParamSchema, GatewayError, isGatewayError, notFound, TokenCreateSchema, } from '@switchyard/core';
import { z } from 'zod';
import { defineRoute } from '../http/route.js';
const TokenListQuerySchema = z.object({ all: BooleanParamSchema.optional() });
const DAY_MS = 86_400_000;
function expiryOf(body) {
    if (body.expiresInDays !== undefined)
        return new Date(Date.now() + body.expiresInDays * DAY_MS).toISOString();
    return body.expiresAt === undefined ? null : new Date(body.expiresAt).toISOString();
}
/** API tokens: created by a signed-in user, shown once, listed, read and revoked by their owner. */
export function tokenRoutes(registry) {
    const tag = 'Tokens';
    /** The token if the caller owns it or is an admin; otherwise "not found", never leaked. */
    async function visibleToken(principal, id) {
        const token = await registry.tokens.get(id);
        if (isAdminPrincipal(principal) || token.ownerEmail === principal.email.toLowerCase())
            return token;
        throw notFound('token', id);
    }
    /** Each scoped server must exist and be visible to the token's owner. */
    async function checkServers(principal, serverIds) {
        const viewer = isAdminPrincipal(principal)
            ? { all: true }
            : { all: false, email: principal.email, teams: principal.teams };
        for (const [index, id] of serverIds.entries()) {
            await registry.servers.get(id, viewer).catch((error) => {
                if (!isGatewayError(error) || error.code !== 'NOT_FOUND')
                    throw error;
                const path = `scope.serverIds.${index}`;
                throw new GatewayError('VALIDATION_FAILED', `${path}: no server '${id}' you can see`, {
                    issues: [{ path, message: `no server '${id}' you can see` }],
                });
            });
        }
    }
    return [
        defineRoute({
            method: 'post',
            path: '/tokens',
            summary: 'Create an API token (its text is shown only in this answer)',
            tag,
            status: 201,
            body: TokenCreateSchema,
            async handle({ body, principal }) {
                if (principal.kind === 'token')
                    throw new GatewayError('FORBIDDEN', 'an API token cannot create tokens; sign in instead');
                const scope = body.scope ?? {};
                if (scope.serverIds)
                    await checkServers(principal, scope.serverIds);
                const generated = generateApiToken('sy');
                const token = await registry.tokens.create({
                    ownerEmail: principal.email,
                    name: body.name,
                    tokenHash: generated.hash,
                    expiresAt: expiryOf(body),
                    scope,
                    rateLimit: body.rateLimit ?? null,
                });
                return { ...token, accessToken: generated.token };
            },
        }),
        defineRoute({
            method: 'get',
            path: '/tokens',
            summary: "List the caller's API tokens (admins: every token with ?all=true)",
            tag,
            query: TokenListQuerySchema,
            handle({ query, principal, authorize }) {
                if (query.all === true) {
                    authorize('admin.tokens');
                    return registry.tokens.list();
                }
                return registry.tokens.list(principal.email);
            },
        }),
        defineRoute({
            method: 'get',
            path: '/tokens/:id',
            summary: 'Get an API token (never its text)',
            tag,
            handle: ({ param, principal }) => visibleToken(principal, param('id')),
        }),
        defineRoute({
            method: 'delete',
            path: '/tokens/:id',
            summary: 'Revoke an API token; it is refused from the next request on',
            tag,
            async handle({ param, principal }) {
                const token = await visibleToken(principal, param('id'));
                return registry.tokens.revoke(token.id);
            },
        }),
    ];
}
//# sourceMappingURL=tokens.js.map