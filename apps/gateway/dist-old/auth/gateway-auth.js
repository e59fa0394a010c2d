import { authorize, authorizeMcpEndpoint, checkBasicCredentials, createJwtSigner, createJwtVerifier, isAuthError, parseBasicAuthorization, } from '@switchyard/auth';
import { addressInRanges, GatewayError, notFound, } from '@switchyard/core';
import { API_TOKEN_PREFIX, resolveApiToken } from './api-token-auth.js';
import { createTokenUsage } from './token-usage.js';
import { userRights } from './user-access.js';
/** How long a verified bearer token's principal is reused without another store read. */
const PRINCIPAL_TTL_MS = 30_000;
const MAX_CACHED_PRINCIPALS = 10_000;
const CLEARING_CHANGES = new Set(['user', 'token', 'session', 'team', 'role']);
/** What the catalog-wide MCP endpoints (`/mcp`, `/sse`, ...) are decided on. */
const CATALOG = { kind: 'catalog', owner: null, team: null, visibility: 'public' };
/** Wires JWT, API tokens, Basic and the development fallback (AUTH_REQUIRED=false) into one authenticate(). */
export function createGatewayAuth(options) {
    const { config, users, roles, tokens, sessions, events } = options;
    // Bearer -> principal, so that the request path does not read the store on every call.
    const principals = new Map();
    events?.subscribe((changes) => {
        if (changes.some((change) => CLEARING_CHANGES.has(change.entity)))
            principals.clear();
    });
    const usage = createTokenUsage({ tokens, ...(options.onError && { onError: options.onError }) });
    const jwt = {
        secret: config.jwtSecretKey,
        algorithm: config.jwtAlgorithm,
        issuer: config.jwtIssuer,
        audience: config.jwtAudience,
    };
    const verifier = createJwtVerifier({ ...jwt, clockToleranceSeconds: 5 });
    const basic = config.basicAuthUser && config.basicAuthPassword
        ? { username: config.basicAuthUser, password: config.basicAuthPassword }
        : undefined;
    const challenges = ['Bearer realm="switchyard"', ...(basic ? ['Basic realm="switchyard"'] : [])];
    const admin = {
        kind: 'anonymous-admin',
        email: config.platformAdminEmail,
        isAdmin: true,
        teams: [],
    };
    const unauthenticated = (message, error) => new GatewayError('UNAUTHENTICATED', message, {
        headers: {
            'WWW-Authenticate': challenges
                .map((c, i) => (i === 0 && error ? `${c}, error="${error}"` : c))
                .join(', '),
        },
    });
    const invalidToken = (message) => unauthenticated(message, 'invalid_token');
    async function verifyJwt(token) {
        try {
            return await verifier.verify(token);
        }
        catch (error) {
            if (isAuthError(error))
                throw invalidToken(`invalid token: ${error.message}`);
            throw error;
        }
    }
    async function fromJwt(token) {
        const verified = await verifyJwt(token);
        if (await sessions.isRevoked(verified.jti))
            throw invalidToken('invalid token: this session was logged out');
        const user = await users.get(verified.sub).catch(() => undefined);
        if (!user || !user.isActive)
            throw invalidToken(`invalid token: user '${verified.sub}' is unknown or inactive`);
        return {
            principal: {
                kind: 'user',
                email: user.email,
                isAdmin: user.isAdmin,
                ...(await userRights(roles, user.email)),
            },
            until: Math.min(Date.now() + PRINCIPAL_TTL_MS, verified.exp * 1000),
        };
    }
    const grantOf = (token) => token.startsWith(API_TOKEN_PREFIX)
        ? resolveApiToken(token, { tokens, users, roles }, invalidToken, PRINCIPAL_TTL_MS)
        : fromJwt(token);
    async function fromBearer(token, remoteAddress, lookup) {
        let grant = principals.get(token);
        if (!grant || grant.until <= Date.now()) {
            grant = await (lookup === undefined ? grantOf(token) : lookup(() => grantOf(token)));
            if (principals.size >= MAX_CACHED_PRINCIPALS)
                principals.clear();
            principals.set(token, grant);
        }
        const { principal, ipRanges } = grant;
        if (ipRanges && !(remoteAddress && addressInRanges(remoteAddress, ipRanges))) {
            throw new GatewayError('FORBIDDEN', `token ${principal.tokenId ?? ''} may not be used from ${remoteAddress ?? 'an unknown address'}; it is limited to ${ipRanges.join(', ')}`);
        }
        if (principal.tokenId !== undefined)
            usage.record(principal.tokenId);
        return principal;
    }
    const bearerOf = (authorization) => {
        const [scheme = '', value = ''] = (authorization ?? '').trim().split(/\s+/, 2);
        return scheme.toLowerCase() === 'bearer' && value ? value : undefined;
    };
    const refuse = (decision, entity) => {
        if (decision.allowed)
            return;
        if (decision.hidden)
            throw notFound(entity?.kind ?? 'entity', entity?.id ?? entity?.name ?? '');
        throw new GatewayError('FORBIDDEN', decision.reasons.at(-1) ?? 'not allowed');
    };
    // authorizeMcpEndpoint is pure: its answer is kept per principal and server object (a changed
    // principal or catalog brings new objects), which spares building its reasons on every MCP request.
    const endpointDecisions = new WeakMap();
    const endpointDecision = (principal, server) => {
        let decided = endpointDecisions.get(principal);
        if (decided === undefined)
            endpointDecisions.set(principal, (decided = new WeakMap()));
        let decision = decided.get(server);
        if (decision === undefined)
            decided.set(server, (decision = authorizeMcpEndpoint(principal, server)));
        return decision;
    };
    const enforce = (principal, action, entity) => {
        if (typeof action === 'string')
            return refuse(authorize(principal, action, entity), entity);
        const decisions = action.map((a) => authorize(principal, a, entity));
        refuse(decisions.find((d) => d.allowed) ?? decisions[0], entity);
    };
    return {
        signer: createJwtSigner(jwt),
        authorize: enforce,
        assertServerAccess(principal, serverId, action) {
            const server = serverId === undefined
                ? CATALOG
                : (options.serverOf?.(serverId) ?? {
                    kind: 'server',
                    id: serverId,
                    owner: null,
                    team: null,
                    visibility: 'public',
                });
            if (action === undefined)
                refuse(endpointDecision(principal, server), server);
            else
                enforce(principal, action, server);
        },
        async authenticate(authorization, remoteAddress, lookup) {
            if (!authorization) {
                if (!config.authRequired)
                    return admin;
                throw unauthenticated('authentication required: send Authorization: Bearer <token>');
            }
            const bearer = bearerOf(authorization);
            if (bearer)
                return fromBearer(bearer, remoteAddress, lookup);
            const scheme = authorization.trim().split(/\s+/, 1)[0] ?? '';
            if (scheme.toLowerCase() === 'basic' && basic) {
                const given = parseBasicAuthorization(authorization);
                if (given && checkBasicCredentials(given, basic)) {
                    return { kind: 'user', email: config.platformAdminEmail, isAdmin: true, teams: [] };
                }
                throw unauthenticated('invalid Basic credentials');
            }
            throw unauthenticated(`unsupported Authorization scheme '${scheme}'`, 'invalid_request');
        },
        async logout(authorization) {
            const bearer = bearerOf(authorization);
            if (!bearer)
                throw unauthenticated('logout needs the session JWT as Authorization: Bearer');
            if (bearer.startsWith(API_TOKEN_PREFIX))
                throw new GatewayError('BAD_REQUEST', 'logout ends a session JWT; revoke an API token with DELETE /tokens/{id}');
            const verified = await verifyJwt(bearer);
            await sessions.revoke(verified.jti, new Date(verified.exp * 1000).toISOString());
            principals.delete(bearer);
        },
        flushUsage: () => usage.flush(),
        forget: () => principals.clear(),
        close: () => usage.close(),
    };
}
//# sourceMappingURL=gateway-auth.js.map