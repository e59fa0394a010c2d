import { visibilityFilterFor, type Principal } from '@switchyard/auth'
import {
  createFederation,
  createServerBackend,
  createUpstreamPool,
  type Federation,
  type Registry,
  type UpstreamPool,
} from '@switchyard/core'
import {
  connectUpstream,
  createStreamableHttpFace,
  McpFaceError,
  type McpBackend,
  type StreamableHttpFace,
} from '@switchyard/transports'
import type { Logger } from '../logger.js'
import { createDownstreamNotifier, type DownstreamNotifier } from './notifications.js'

/** The MCP side of the gateway: pooled upstreams, federation, and the streamable HTTP face. */
export interface McpService {
  /** Serves one MCP HTTP request for an authenticated principal. */
  handle(request: Request, principal: Principal): Promise<Response>
  face: StreamableHttpFace
  federation: Federation
  pool: UpstreamPool
  close(): Promise<void>
}

/** What the MCP side is made from. */
export interface McpServiceOptions {
  registry: Registry
  logger: Logger
  version: string
  maxBodyBytes: number
}

/** `/servers/{id}/mcp` (and `/v1/...`) names a virtual server; `/mcp` serves the caller's whole catalog. */
export function serverIdOf(request: Request): string | null {
  const match = /\/servers\/([^/]+)\/mcp\/?$/.exec(new URL(request.url).pathname)
  return match ? decodeURIComponent(match[1] ?? '') : null
}

/** Wires the pool, federation and face together. */
export function createMcpService(options: McpServiceOptions): McpService {
  const { registry, logger } = options
  // The pool's notifications reach federation, which is created just after it.
  const pool = createUpstreamPool({
    connect: connectUpstream,
    clientInfo: { name: 'switchyard', version: options.version },
    onNotification: (gatewayId, method, params) => {
      if (method.endsWith('/list_changed')) federation.listChanged(gatewayId)
      if (method === 'notifications/resources/updated' && typeof params?.uri === 'string') {
        notifier.resourceUpdated(params.uri, params)
      }
    },
    onStderr: (gatewayId, line) => logger.debug({ gatewayId, line }, 'upstream stderr'),
  })
  const federation = createFederation({
    registry,
    pool,
    onError: (gatewayId, error) =>
      logger.warn(
        { gatewayId, err: error instanceof Error ? error.message : String(error) },
        'upstream discovery failed',
      ),
  })

  // The HTTP route authenticates; the face's backend resolver finds the principal by request.
  const principals = new WeakMap<Request, Principal>()
  // Backends are built once per catalog snapshot, server and viewer: the request path only looks them up.
  const backends = new Map<string, McpBackend>()
  let cachedVersion = -1
  const face = createStreamableHttpFace({
    maxBodyBytes: options.maxBodyBytes,
    sessionKey: (request) => serverIdOf(request) ?? '*',
    backend(request): McpBackend {
      const principal = principals.get(request)
      if (!principal) throw new McpFaceError(-32001, 'authentication required')
      const catalog = registry.catalog.current()
      if (catalog.version !== cachedVersion) {
        backends.clear()
        cachedVersion = catalog.version
      }
      const serverId = serverIdOf(request)
      const viewer = visibilityFilterFor(principal)
      const key = `${serverId ?? '*'}|${viewer.all ? '*' : `${viewer.email}|${viewer.teams.join(',')}`}`
      let backend = backends.get(key)
      if (!backend) {
        backend = withSubscriptions(
          createServerBackend({
            catalog,
            pool,
            serverId,
            viewer,
            serverInfo: { name: 'switchyard', version: options.version },
          }),
          notifier,
        )
        if (backends.size >= 1024) backends.clear()
        backends.set(key, backend)
      }
      return backend
    },
  })

  const notifier = createDownstreamNotifier(registry, face)

  return {
    handle(request, principal) {
      principals.set(request, principal)
      return face.handle(request)
    },
    face,
    federation,
    pool,
    async close() {
      notifier.close()
      await face.close()
      await federation.close()
    },
  }
}

/**
 * Records resource subscriptions per downstream session. Upstream subscriptions are shared by every
 * client of a pooled session, so an unsubscribe goes upstream only when the last subscriber leaves.
 */
function withSubscriptions(backend: McpBackend, notifier: DownstreamNotifier): McpBackend {
  return {
    ...backend,
    handle(method, params, context) {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined
      if (uri && method === 'resources/subscribe')
        notifier.subscription(context.sessionId, uri, true)
      if (uri && method === 'resources/unsubscribe') {
        if (notifier.subscription(context.sessionId, uri, false) > 0) return Promise.resolve({})
      }
      return backend.handle(method, params, context)
    },
  }
}
