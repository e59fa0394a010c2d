import { createUpstreamOAuth } from '@switchyard/auth';
import { createFederation, createHttpCaller, createInflightRequests, createInputBridge, createRestInvoker, createTokenCache, createUpstreamPool, } from '@switchyard/core';
import { connectUpstream, createRpcFace, createSseFace, createStreamableHttpFace, createWebSocketFace, } from '@switchyard/transports';
import { createA2aInvoker } from '../a2a/a2a-invoker.js';
import { createBackendResolver, scopeOf } from './backend-resolver.js';
import { createGrpcInvoker } from '../grpc/grpc-invoker.js';
import { createInflightCalls } from './inflight-calls.js';
import { createDownstreamNotifier } from './notifications.js';
import { createUpstreamCredentials } from '../oauth/upstream-credentials.js';
import { createPolicyFetch } from '../outbound/policy-fetch.js';
/** Wires the pool, federation, downstream notifications and the faces together. */
export function createMcpService(options) {
    const { registry, logger, telemetry } = options;
    const inflight = createInflightRequests();
    const inputBridge = createInputBridge();
    const calls = createInflightCalls();
    const rest = createRestInvoker(registry.context.urlPolicy && { urlPolicy: registry.context.urlPolicy });
    const grpc = createGrpcInvoker(registry.catalog, registry.context.urlPolicy);
    const a2a = createA2aInvoker({
        catalog: registry.catalog,
        ...(registry.context.urlPolicy && { urlPolicy: registry.context.urlPolicy }),
    });
    // Discovery, registration and token requests of upstream OAuth pass the after-DNS policy too.
    const oauthFetch = registry.context.urlPolicy && createPolicyFetch(registry.context.urlPolicy);
    const oauth = createUpstreamOAuth(oauthFetch ? { fetch: oauthFetch.fetch } : {});
    const tokenCaller = createHttpCaller(registry.context.urlPolicy);
    const pool = createUpstreamPool({
        credentials: createUpstreamCredentials({
            registry,
            oauth,
            tokens: createTokenCache(tokenCaller),
        }),
        connect: telemetry.connect(connectUpstream),
        clientInfo: { name: 'switchyard', version: options.version },
        ...(registry.context.urlPolicy && { urlPolicy: registry.context.urlPolicy }),
        onNotification: (gatewayId, method, params) => {
            if (method.endsWith('/list_changed'))
                federation.listChanged(gatewayId);
            if (method === 'notifications/message')
                inflight.deliver(gatewayId, method, params);
            if (method === 'notifications/resources/updated' && typeof params?.uri === 'string') {
                notifier.resourceUpdated(params.uri, params);
            }
        },
        onStderr: (gatewayId, line) => logger.debug({ gatewayId, line }, 'upstream stderr'),
        capabilities: { sampling: {}, elicitation: {}, roots: {} },
        onRequest: (gatewayId, method, params, signal) => answerUpstream(registry, inflight, gatewayId, method, params, signal),
    });
    const federation = createFederation({
        registry,
        pool,
        healthIntervalMs: options.healthCheckInterval * 1000,
        ...(options.leading && { leading: options.leading }),
        ...(telemetry.jobs && { observeJob: telemetry.jobs }),
        onError: (gatewayId, error) => logger.warn({ gatewayId, err: error instanceof Error ? error.message : String(error) }, 'upstream discovery failed'),
    });
    const resolver = createBackendResolver({
        registry,
        pool,
        inflight,
        inputBridge,
        invokers: {
            REST: telemetry.invoker('REST', rest.invoke),
            GRPC: telemetry.invoker('GRPC', grpc.invoke),
            A2A: telemetry.invoker('A2A', a2a.invoke),
        },
        observe: (backend, serverId) => calls.track(telemetry.backend(backend, serverId)),
        notifier: () => notifier,
        version: options.version,
        limiter: options.limiter,
        principalLimit: options.principalLimit,
        plugins: options.plugins,
        audit: options.audit,
    });
    const backend = (request) => resolver.resolve(request);
    const onError = (error) => logger.debug({ err: error }, 'mcp face');
    const limits = {
        maxBodyBytes: options.maxBodyBytes,
        onError,
        ...(options.allowedOrigins && { allowedOrigins: options.allowedOrigins }),
    };
    const relay = options.sessionRelay;
    const owned = relay && { onSession: relay.onSession };
    const streamable = createStreamableHttpFace({
        backend,
        sessionKey: scopeOf,
        ...limits,
        ...owned,
    });
    const sse = createSseFace({
        backend,
        sessionKey: scopeOf,
        messagePath: (_sessionId, request) => new URL(request.url).pathname.replace(/\/sse\/?$/, '/message'),
        ...limits,
        ...owned,
    });
    const websockets = createWebSocketFace({
        backend,
        sessionKey: scopeOf,
        maxMessageBytes: options.maxBodyBytes,
        onError,
        ...(options.allowedOrigins && { allowedOrigins: options.allowedOrigins }),
    });
    const rpc = createRpcFace({ backend, ...limits });
    const notifier = createDownstreamNotifier(registry, {
        broadcast(key, method, params) {
            for (const face of [streamable, sse, websockets])
                face.broadcast(key, method, params);
        },
        publishUpdate: (key, params) => streamable.broadcast(key, 'notifications/resources/updated', params),
        notifySession: (sessionId, method, params) => streamable.notifySession(sessionId, method, params),
    }, {
        onError: (error) => logger.warn({ err: error }, 'telling MCP clients of changed lists failed'),
    });
    const as = (serve) => (request, principal, serverId) => {
        resolver.remember(request, principal, serverId);
        return serve(request);
    };
    const serveStreamable = (request) => streamable.handle(request);
    const serveMessage = (request) => sse.handleMessage(request);
    return {
        streamable: as(relay
            ? relay.route(serveStreamable, sessionHeader, (id) => streamable.hasSession(id))
            : serveStreamable),
        sseStream: as((request) => sse.handleStream(request)),
        sseMessage: as(relay ? relay.route(serveMessage, sessionParam, (id) => sse.hasSession(id)) : serveMessage),
        rpc: as((request) => rpc.handle(request)),
        websocket(socket, request, principal) {
            resolver.remember(request, principal);
            websockets.accept(socket, request);
        },
        backendFor(serverId, principal) {
            const request = new Request(`http://switchyard.internal/servers/${encodeURIComponent(serverId)}/mcp`);
            resolver.remember(request, principal, serverId);
            // The server's A2A face is a REST route: it has spent the principal's budget already.
            return resolver.resolve(request, false);
        },
        a2a,
        federation,
        pool,
        oauth,
        calls,
        resynced() {
            federation.catchUp();
            notifier.catchUp();
        },
        async close() {
            notifier.close();
            inputBridge.close();
            rest.close();
            tokenCaller.close();
            grpc.close();
            await Promise.all([
                a2a.close(),
                oauthFetch?.close(),
                streamable.close(),
                sse.close(),
                websockets.close(),
            ]);
            await federation.close();
            await relay?.close();
        },
    };
}
function sessionHeader(request) {
    return request.headers.get('mcp-session-id');
}
function sessionParam(request) {
    const params = new URL(request.url).searchParams;
    return params.get('sessionId') ?? params.get('session_id');
}
/**
 * An upstream's request (sampling, elicitation, roots) goes to the client whose call is in flight to
 * that upstream; roots/list falls back to the registry's roots when no client can answer it.
 */
async function answerUpstream(registry, inflight, gatewayId, method, params, signal) {
    const ask = inflight.requester(gatewayId);
    if (method === 'roots/list') {
        const answer = ask ? await ask(method, params, signal).catch(() => undefined) : undefined;
        if (answer)
            return answer;
        const roots = await registry.roots.list();
        return {
            roots: roots.map((root) => ({
                uri: root.uri,
                ...(root.name !== null && { name: root.name }),
            })),
        };
    }
    if (!ask) {
        throw new Error(`${method} cannot be routed: it needs exactly one client call in flight to this upstream`);
    }
    return ask(method, params, signal);
}
//# sourceMappingURL=mcp-service.js.map