import { visibilityFilterFor } from '@switchyard/auth';
import { createConcurrencyGate, createServerBackend, } from '@switchyard/core';
import { McpFaceError } from '@switchyard/transports';
import { auditingDenials } from '../audit/mcp-denials.js';
import { accessKeyOf, createMemberAccess } from './member-access.js';
/** `/servers/{id}/<face>` (also under `/v1`) names a virtual server; any other MCP path the whole catalog. */
export function serverIdOf(request) {
    const match = /\/servers\/([^/]+)\/(mcp|sse|message|ws)\/?$/.exec(new URL(request.url).pathname);
    return match ? decodeURIComponent(match[1] ?? '') : null;
}
/** The key every face uses for a request's sessions: the virtual server, or '*' for the whole catalog. */
export function scopeOf(request) {
    return serverIdOf(request) ?? '*';
}
/**
 * Where a request keeps who is behind it (see remember): a property of its own, as a WeakMap from
 * short-lived requests costs a microsecond per request on Node 20.
 */
const CALLER = Symbol('switchyard.caller');
/**
 * Builds backends once per catalog snapshot, server and viewer, so that the request path only looks
 * them up; a new snapshot starts afresh.
 */
export function createBackendResolver(options) {
    const backends = new Map();
    // One gate for every backend, so a tool's cap holds across servers, viewers and snapshots.
    const concurrency = createConcurrencyGate();
    let version = -1;
    return {
        remember: (request, principal, serverId) => {
            ;
            request[CALLER] = { principal, serverId };
        },
        resolve(request, counted = true) {
            const caller = request[CALLER];
            if (!caller)
                throw new McpFaceError(-32001, 'authentication required');
            const { principal } = caller;
            const catalog = options.registry.catalog.current();
            if (catalog.version !== version) {
                backends.clear();
                version = catalog.version;
            }
            const serverId = caller.serverId !== undefined ? caller.serverId : serverIdOf(request);
            // Per-user upstream sessions and plugins see who calls: every principal gets its own backend.
            const key = `${serverId ?? '*'}|${accessKeyOf(principal)}`;
            let backend = backends.get(key);
            if (!backend) {
                const viewer = visibilityFilterFor(principal);
                const plugins = options.plugins?.forServer(serverId);
                const inner = createServerBackend({
                    catalog,
                    pool: options.pool,
                    inflight: options.inflight,
                    inputBridge: options.inputBridge,
                    ...(options.invokers && { invokers: options.invokers }),
                    limiter: options.limiter,
                    concurrency,
                    serverId,
                    viewer,
                    ...(plugins && { plugins, principalEmail: principal.email }),
                    user: principal.email,
                    access: createMemberAccess(principal),
                    serverInfo: { name: 'switchyard', version: options.version },
                });
                backend = withSubscriptions(options.observe(inner, serverId), options.notifier());
                if (backends.size >= 1024)
                    backends.clear();
                backends.set(key, backend);
            }
            if (options.audit)
                backend = auditingDenials(backend, request, principal, options.audit);
            return counted && options.principalLimit
                ? options.principalLimit.mcp(backend, principal)
                : backend;
        },
    };
}
/**
 * Records resource subscriptions per downstream session. Upstream subscriptions are shared by every
 * client of a pooled session, so an unsubscribe goes upstream only when the last subscriber leaves.
 */
function withSubscriptions(backend, notifier) {
    return {
        ...backend,
        handle(method, params, context) {
            const uri = typeof params?.uri === 'string' ? params.uri : undefined;
            if (uri && method === 'resources/subscribe')
                notifier.subscription(context.sessionId, uri, true);
            if (uri && method === 'resources/unsubscribe') {
                if (notifier.subscription(context.sessionId, uri, false) > 0)
                    return Promise.resolve({});
            }
            return backend.handle(method, params, context);
        },
    };
}
//# sourceMappingURL=backend-resolver.js.map