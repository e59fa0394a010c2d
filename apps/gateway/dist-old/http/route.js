import { visibilityFilterFor } from '@switchyard/auth';
import { validated } from '@switchyard/core';
import { permissionFor } from '../auth/token-scope.js';
import { credentialsOf } from '../auth/session-cookie.js';
import { normalizeBody, normalizeQuery } from './normalize.js';
import { readJsonBody } from './read-body.js';
import { remoteAddressOf } from './remote-address.js';
/** Declares a route with its input types inferred from the schemas. */
export function defineRoute(route) {
    return route;
}
/**
 * Mounts routes at their paths and again under /v1, authenticating and authorising the route's
 * permission (`permissionFor`) unless a route says `auth: false`; each authenticated request spends
 * the principal's budget when one is configured.
 */
export function mountRoutes(app, routes, auth, principalLimit) {
    for (const route of routes) {
        const handler = async (c) => {
            c.set('matched', { route, params: c.req.param() });
            const principal = route.auth === false
                ? { kind: 'anonymous-admin', email: '', isAdmin: false, teams: [] }
                : await auth.authenticate(credentialsOf(c), remoteAddressOf(c));
            c.set('principal', principal);
            if (route.auth !== false) {
                const required = route.permission ?? permissionFor(route.method, route.path);
                if (required !== undefined)
                    auth.authorize(principal, required);
                if (required !== undefined && route.path.startsWith('/servers/:id/a2a'))
                    auth.assertServerAccess(principal, c.req.param('id'), required);
                await principalLimit?.rest(principal);
            }
            const raw = route.body ? ((await readJsonBody(c)) ?? {}) : undefined;
            const body = route.body
                ? validated(route.body, route.keepKeys ? raw : normalizeBody(raw, route.wrapKey))
                : undefined;
            const query = route.query ? validated(route.query, normalizeQuery(c.req.query())) : undefined;
            const result = await route.handle({
                c,
                body,
                query,
                param: (name) => c.req.param(name) ?? '',
                principal,
                viewer: visibilityFilterFor(principal),
                authorize: (action, entity) => auth.authorize(principal, action, entity),
            });
            if (result instanceof Response)
                return result;
            const status = route.status ?? 200;
            if (status === 204)
                return c.body(null, 204);
            return c.json(result, status);
        };
        app.on(route.method.toUpperCase(), [route.path, `/v1${route.path}`], handler);
    }
}
//# sourceMappingURL=route.js.map