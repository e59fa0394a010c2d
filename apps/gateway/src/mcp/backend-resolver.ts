import { visibilityFilterFor, type Principal } from '@switchyard/auth'
import {
  createConcurrencyGate,
  createLogLevels,
  createServerBackend,
  type InflightRequests,
  type InputBridge,
  type PluginHost,
  type RateLimiter,
  type ServerBackendOptions,
  type Registry,
  type UpstreamPool,
} from '@switchyard/core'
import { McpFaceError, type McpBackend } from '@switchyard/transports'
import type { AuditQueue } from '../audit/audit-queue.js'
import { auditingDenials } from '../audit/mcp-denials.js'
import type { PrincipalLimit } from '../limits/principal-limit.js'
import { accessKeyOf, createMemberAccess } from './member-access.js'
import type { DownstreamNotifier } from './notifications.js'

/** `/servers/{id}/<face>` (also under `/v1`) names a virtual server; any other MCP path the whole catalog. */
export function serverIdOf(request: Request): string | null {
  const match = /\/servers\/([^/]+)\/(mcp|sse|message|ws)\/?$/.exec(new URL(request.url).pathname)
  return match ? decodeURIComponent(match[1] ?? '') : null
}

/** The key every face uses for a request's sessions: the virtual server, or '*' for the whole catalog. */
export function scopeOf(request: Request): string {
  return serverIdOf(request) ?? '*'
}

/**
 * Where a request keeps who is behind it (see remember): a property of its own, as a WeakMap from
 * short-lived requests costs a microsecond per request on Node 20.
 */
const CALLER = Symbol('switchyard.caller')
type CallerRequest = Request & {
  [CALLER]?: { principal: Principal; serverId: string | null | undefined }
}

/** Resolves the backend for a request whose principal the HTTP layer has authenticated. */
export interface BackendResolver {
  /**
   * Records who is behind a request (the route or upgrade handler calls this first) and, when the
   * route knows it, its virtual server (null: the whole catalog); without `serverId` the request's
   * path is read for it.
   */
  remember(request: Request, principal: Principal, serverId?: string | null): void
  /** Who is behind a request, as remembered. */
  principalOf(request: Request): Principal | undefined
  /**
   * The backend; each of its requests spends the principal's budget and has its refusals audited,
   * unless the REST route it serves has done either (`counted`, `audited` false).
   */
  resolve(request: Request, served?: { counted?: boolean; audited?: boolean }): McpBackend
}

/**
 * Builds backends once per catalog snapshot, server and viewer, so that the request path only looks
 * them up; a new snapshot starts afresh.
 */
export function createBackendResolver(options: {
  registry: Registry
  pool: UpstreamPool
  inflight: InflightRequests
  inputBridge: InputBridge
  invokers: ServerBackendOptions['invokers']
  notifier: () => DownstreamNotifier
  version: string
  limiter: RateLimiter
  principalLimit: PrincipalLimit | undefined
  plugins?: PluginHost | undefined
  /** Instruments a built backend (metrics, spans). */
  observe: (backend: McpBackend, serverId: string | null) => McpBackend
  /** Where refusals inside JSON-RPC exchanges are audited. */
  audit?: AuditQueue | undefined
}): BackendResolver {
  const backends = new Map<string, McpBackend>()
  // One gate for every backend, so a tool's cap holds across servers, viewers and snapshots.
  const concurrency = createConcurrencyGate()
  // One record of the sessions' log levels for every backend: they share pooled upstreams.
  const logLevels = createLogLevels()
  let version = -1
  return {
    remember: (request, principal, serverId) => {
      ;(request as CallerRequest)[CALLER] = { principal, serverId }
    },
    principalOf: (request) => (request as CallerRequest)[CALLER]?.principal,
    resolve(request, { counted = true, audited = true } = {}) {
      const caller = (request as CallerRequest)[CALLER]
      if (!caller) throw new McpFaceError(-32001, 'authentication required')
      const { principal } = caller
      const catalog = options.registry.catalog.current()
      if (catalog.version !== version) {
        backends.clear()
        version = catalog.version
      }
      const serverId = caller.serverId !== undefined ? caller.serverId : serverIdOf(request)
      // Per-user upstream sessions and plugins see who calls: every principal gets its own backend.
      const key = `${serverId ?? '*'}|${accessKeyOf(principal)}`
      let backend = backends.get(key)
      if (!backend) {
        const viewer = visibilityFilterFor(principal)
        const plugins = options.plugins?.forServer(serverId)
        const inner = createServerBackend({
          catalog,
          pool: options.pool,
          inflight: options.inflight,
          inputBridge: options.inputBridge,
          logLevels,
          ...(options.invokers && { invokers: options.invokers }),
          limiter: options.limiter,
          concurrency,
          serverId,
          viewer,
          ...(plugins && { plugins, principalEmail: principal.email }),
          user: principal.email,
          access: createMemberAccess(principal),
          serverInfo: { name: 'switchyard', version: options.version },
        })
        backend = withSubscriptions(options.observe(inner, serverId), options.notifier())
        if (backends.size >= 1024) backends.clear()
        backends.set(key, backend)
      }
      if (options.audit && audited)
        backend = auditingDenials(backend, request, principal, options.audit)
      return counted && options.principalLimit
        ? options.principalLimit.mcp(backend, principal)
        : backend
    },
  }
}

/**
 * Records resource subscriptions per downstream session, once the backend has taken them (a
 * resource the caller may not read is refused). Upstream subscriptions are shared by every client
 * of a pooled session, so an unsubscribe goes upstream only when the last subscriber leaves.
 */
function withSubscriptions(backend: McpBackend, notifier: DownstreamNotifier): McpBackend {
  return {
    ...backend,
    handle(method, params, context) {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined
      if (uri && method === 'resources/subscribe') {
        return backend.handle(method, params, context).then((result) => {
          notifier.subscription(context.sessionId, uri, true)
          return result
        })
      }
      if (uri && method === 'resources/unsubscribe') {
        if (notifier.subscription(context.sessionId, uri, false) > 0) return Promise.resolve({})
      }
      return backend.handle(method, params, context)
    },
  }
}
