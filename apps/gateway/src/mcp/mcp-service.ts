import { readFile } from 'node:fs/promises'
import { createUpstreamOAuth, type Principal, type UpstreamOAuth } from '@switchyard/auth'
import {
  createFederation,
  createHttpCaller,
  createInflightRequests,
  createInputBridge,
  createRestInvoker,
  createTokenCache,
  createUpstreamPool,
  type Federation,
  type InflightRequests,
  type PluginHost,
  type RateLimiter,
  type Registry,
  type UpstreamPool,
} from '@switchyard/core'
import {
  createRpcFace,
  createSseFace,
  createStreamableHttpFace,
  createWebSocketFace,
  type RpcFace,
  type SseFace,
  type StreamableHttpFace,
  type McpBackend,
  type WebSocketFace,
  type WebSocketLike,
} from '@switchyard/transports'
import { createA2aInvoker, type A2aInvoker } from '../a2a/a2a-invoker.js'
import type { PrincipalLimit } from '../limits/principal-limit.js'
import type { Logger } from '../logger.js'
import type { Telemetry } from '../telemetry/telemetry.js'
import type { AuditQueue } from '../audit/audit-queue.js'
import type { SessionRelay } from '../cluster/session-relay.js'
import { createBackendResolver, scopeOf } from './backend-resolver.js'
import { connectUpstreamLazily } from './connect-lazily.js'
import { createGrpcInvoker } from '../grpc/grpc-invoker.js'
import { createInflightCalls, type InflightCalls } from './inflight-calls.js'
import { createDownstreamNotifier } from './notifications.js'
import { createSessionOwners } from './session-owners.js'
import { withCurrentRights } from '../auth/user-access.js'
import { createUpstreamCredentials } from '../oauth/upstream-credentials.js'
import { createPolicyFetch } from '../outbound/policy-fetch.js'

/**
 * Serves an MCP request of an authenticated principal; `serverId` is the virtual server the route
 * matched (null on the catalog-wide paths); without it the request's path is read for it.
 */
type Served = (
  request: Request,
  principal: Principal,
  serverId?: string | null,
) => Promise<Response>

/** The MCP side of the gateway: pooled upstreams, federation, and every client face. */
export interface McpService {
  /** Streamable HTTP (both eras): `/mcp`, `/servers/{id}/mcp`. */
  streamable: Served
  /** Legacy HTTP+SSE: the GET stream of `/sse`, `/servers/{id}/sse`. */
  sseStream: Served
  /** Legacy HTTP+SSE: the POST of `/message`, `/servers/{id}/message`. */
  sseMessage: Served
  /** One JSON-RPC request (or batch) over plain POST: `/rpc`. */
  rpc: Served
  /** JSON-RPC over an upgraded WebSocket: `/ws`, `/servers/{id}/ws`. */
  websocket: (socket: WebSocketLike, request: Request, principal: Principal) => void
  /** The backend a virtual server's MCP endpoint uses for this caller (the server's A2A face runs tools on it). */
  backendFor: (serverId: string, principal: Principal) => McpBackend
  /**
   * The backend `/mcp` uses for this caller, for a REST route that reads a federated member at its
   * upstream; the REST layer has spent the caller's budget and audits its refusals itself.
   */
  catalogBackend: (principal: Principal) => McpBackend
  a2a: A2aInvoker
  federation: Federation
  pool: UpstreamPool
  /** The upstream OAuth client (authorization code + PKCE) the pool's credentials come from. */
  oauth: UpstreamOAuth
  /** The MCP requests under way, which a graceful shutdown waits for. */
  calls: InflightCalls
  /**
   * The catalog was read again whole (a replica's cluster connection came back): federation catches
   * up, and clients hear of the lists that changed meanwhile.
   */
  resynced(): void
  close(): Promise<void>
}

/** What the MCP side is made from. */
export interface McpServiceOptions {
  registry: Registry
  logger: Logger
  version: string
  maxBodyBytes: number
  /** Seconds between pings of active upstreams; 0 for none. */
  healthCheckInterval: number
  /** Seconds a request to an upstream waits for its answer (a tool's own timeout wins). */
  upstreamTimeout: number
  /** Seconds an upstream's connect, and its whole discovery, may take. */
  discoveryTimeout: number
  /** Origins allowed to call (DNS-rebinding protection); undefined allows any. */
  allowedOrigins: readonly string[] | undefined
  /** Enforces tool and virtual-server rate limits. */
  limiter: RateLimiter
  /** The per-principal budget each MCP request spends, when configured. */
  principalLimit: PrincipalLimit | undefined
  /** Plugin hooks around every tool call, prompt render and resource read. */
  plugins?: PluginHost | undefined
  /** Records (and traces) MCP requests, upstream requests and invocations. */
  telemetry: Telemetry
  /** Audits requests refused inside JSON-RPC exchanges. */
  audit?: AuditQueue
  /** Cluster mode: relays requests of legacy sessions other replicas own; closed with the service. */
  sessionRelay?: SessionRelay | undefined
  /** Whether this replica runs upstream discovery, refreshes and health checks (see Federation). */
  leading?: () => boolean
  /** OAUTH_WORKLOAD_TOKEN_FILE: the workload identity token `oauth2-client` upstreams may present. */
  workloadTokenFile?: string | undefined
}

/** Reads a token file afresh each time (the platform rotates it), without its line end. */
const fileReader = (path: string) => async () => (await readFile(path, 'utf8')).trim()

/** Wires the pool, federation, downstream notifications and the faces together. */
export function createMcpService(options: McpServiceOptions): McpService {
  const { registry, logger, telemetry } = options
  const inflight = createInflightRequests()
  const relay = options.sessionRelay
  const inputBridge = relay ? relay.bridge(createInputBridge()) : createInputBridge()
  const calls = createInflightCalls()
  const rest = createRestInvoker(
    registry.context.urlPolicy && { urlPolicy: registry.context.urlPolicy },
  )
  const grpc = createGrpcInvoker(registry.catalog, registry.context.urlPolicy)
  const a2a = createA2aInvoker({
    catalog: registry.catalog,
    ...(registry.context.urlPolicy && { urlPolicy: registry.context.urlPolicy }),
  })
  // Discovery, registration and token requests of upstream OAuth pass the after-DNS policy too.
  const oauthFetch = registry.context.urlPolicy && createPolicyFetch(registry.context.urlPolicy)
  const oauth = createUpstreamOAuth(oauthFetch ? { fetch: oauthFetch.fetch } : {})
  const tokenCaller = createHttpCaller(registry.context.urlPolicy)
  const pool = createUpstreamPool({
    credentials: createUpstreamCredentials({
      registry,
      oauth,
      tokens: createTokenCache(tokenCaller),
      workloadToken: options.workloadTokenFile ? fileReader(options.workloadTokenFile) : undefined,
    }),
    connect: telemetry.connect(connectUpstreamLazily),
    clientInfo: { name: 'switchyard', version: options.version },
    requestTimeoutMs: Math.ceil(options.upstreamTimeout * 1000),
    connectTimeoutMs: Math.ceil(options.discoveryTimeout * 1000),
    ...(registry.context.urlPolicy && { urlPolicy: registry.context.urlPolicy }),
    onNotification: (gatewayId, method, params) => {
      if (method.endsWith('/list_changed')) federation.listChanged(gatewayId)
      if (method === 'notifications/message') inflight.deliver(gatewayId, method, params)
      if (method === 'notifications/resources/updated' && typeof params?.uri === 'string') {
        notifier.resourceUpdated(params.uri, params)
      }
    },
    onStderr: (gatewayId, line) => logger.debug({ gatewayId, line }, 'upstream stderr'),
    capabilities: { sampling: {}, elicitation: {}, roots: {} },
    onRequest: (gatewayId, method, params, signal) =>
      answerUpstream(registry, inflight, gatewayId, method, params, signal),
  })
  const federation = createFederation({
    registry,
    pool,
    healthIntervalMs: options.healthCheckInterval * 1000,
    discoveryTimeoutMs: Math.ceil(options.discoveryTimeout * 1000),
    ...(options.leading && { leading: options.leading }),
    ...(telemetry.jobs && { observeJob: telemetry.jobs }),
    onError: (gatewayId, error) =>
      logger.warn(
        { gatewayId, err: error instanceof Error ? error.message : String(error) },
        'upstream discovery failed',
      ),
  })
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
  })
  const backend = (request: Request) => resolver.resolve(request)
  const owners = createSessionOwners({
    refresh: (principal) => withCurrentRights(registry, principal),
  })
  const sessionOwner = (request: Request) => owners.ownerOf(resolver.principalOf(request))
  const onError = (error: unknown) => logger.debug({ err: error }, 'mcp face')
  const limits = {
    maxBodyBytes: options.maxBodyBytes,
    onError,
    ...(options.allowedOrigins && { allowedOrigins: options.allowedOrigins }),
  }
  const owned = relay && { onSession: relay.onSession }

  const streamable: StreamableHttpFace = createStreamableHttpFace({
    backend,
    sessionKey: scopeOf,
    sessionOwner,
    ...limits,
    ...owned,
    ...(relay && { resume: relay.resume }),
  })
  const sse: SseFace = createSseFace({
    backend,
    sessionKey: scopeOf,
    sessionOwner,
    messagePath: (_sessionId, request) =>
      new URL(request.url).pathname.replace(/\/sse\/?$/, '/message'),
    ...limits,
    ...owned,
  })
  const websockets: WebSocketFace = createWebSocketFace({
    backend,
    sessionKey: scopeOf,
    sessionOwner,
    maxMessageBytes: options.maxBodyBytes,
    onError,
    ...(options.allowedOrigins && { allowedOrigins: options.allowedOrigins }),
  })
  const rpc: RpcFace = createRpcFace({ backend, ...limits })
  const notifier = createDownstreamNotifier(
    registry,
    {
      broadcast(key, method, params, to) {
        for (const face of [streamable, sse, websockets]) face.broadcast(key, method, params, to)
      },
      keys() {
        const keys = new Set<string>()
        for (const face of [streamable, sse, websockets]) face.collectKeys(keys)
        return keys
      },
      publishUpdate: (key, params, to) =>
        streamable.broadcast(key, 'notifications/resources/updated', params, to),
      notifySession: (sessionId, method, params) =>
        streamable.notifySession(sessionId, method, params),
    },
    {
      owners,
      onError: (error) =>
        logger.warn({ err: error }, 'telling MCP clients of changed lists failed'),
    },
  )

  const as =
    (serve: (request: Request) => Promise<Response>): Served =>
    (request, principal, serverId) => {
      resolver.remember(request, principal, serverId)
      return serve(request)
    }
  const serveStreamable = (request: Request) => streamable.handle(request)
  const serveMessage = (request: Request) => sse.handleMessage(request)
  return {
    streamable: as(
      relay
        ? relay.route(serveStreamable, sessionHeader, (id) => streamable.hasSession(id))
        : serveStreamable,
    ),
    sseStream: as((request) => sse.handleStream(request)),
    sseMessage: as(
      relay ? relay.route(serveMessage, sessionParam, (id) => sse.hasSession(id)) : serveMessage,
    ),
    rpc: as((request) => rpc.handle(request)),
    websocket(socket, request, principal) {
      resolver.remember(request, principal)
      websockets.accept(socket, request)
    },
    backendFor(serverId, principal) {
      const request = new Request(
        `http://switchyard.internal/servers/${encodeURIComponent(serverId)}/mcp`,
      )
      resolver.remember(request, principal, serverId)
      // The server's A2A face is a REST route: it has spent the principal's budget already.
      return resolver.resolve(request, { counted: false })
    },
    catalogBackend(principal) {
      const request = new Request('http://switchyard.internal/mcp')
      resolver.remember(request, principal, null)
      return resolver.resolve(request, { counted: false, audited: false })
    },
    a2a,
    federation,
    pool,
    oauth,
    calls,
    resynced() {
      federation.catchUp()
      notifier.catchUp()
    },
    async close() {
      notifier.close()
      inputBridge.close()
      rest.close()
      tokenCaller.close()
      grpc.close()
      await Promise.all([
        a2a.close(),
        oauthFetch?.close(),
        streamable.close(),
        sse.close(),
        websockets.close(),
      ])
      await federation.close()
      await relay?.close()
    },
  }
}

function sessionHeader(request: Request): string | null {
  return request.headers.get('mcp-session-id')
}

function sessionParam(request: Request): string | null {
  const params = new URL(request.url).searchParams
  return params.get('sessionId') ?? params.get('session_id')
}

/**
 * An upstream's request (sampling, elicitation, roots) goes to the client whose call is in flight to
 * that upstream; roots/list falls back to the registry's roots when no client can answer it.
 */
async function answerUpstream(
  registry: Registry,
  inflight: InflightRequests,
  gatewayId: string,
  method: string,
  params: Record<string, unknown> | undefined,
  signal: AbortSignal,
): Promise<Record<string, unknown>> {
  const ask = inflight.requester(gatewayId)
  if (method === 'roots/list') {
    const answer = ask ? await ask(method, params, signal).catch(() => undefined) : undefined
    if (answer) return answer
    const roots = await registry.roots.list()
    return {
      roots: roots.map((root) => ({
        uri: root.uri,
        ...(root.name !== null && { name: root.name }),
      })),
    }
  }
  if (!ask) {
    throw new Error(
      `${method} cannot be routed: it needs exactly one client call in flight to this upstream`,
    )
  }
  return ask(method, params, signal)
}
