import type { AuditLog, PluginHost, Registry, Store } from '@switchyard/core'
import { GatewayError } from '@switchyard/core'
import { Hono } from 'hono'
import { auditRequests } from './audit/audit-middleware.js'
import type { AuditQueue } from './audit/audit-queue.js'
import type { GatewayAuth } from './auth/gateway-auth.js'
import type { OpenSessions } from './auth/open-sessions.js'
import { createServerOAuthGuard } from './auth/server-oauth.js'
import type { GatewayConfig } from './config/env-schema.js'
import { locateAdminUi, mountAdminUi } from './http/admin-ui.js'
import { limitBody } from './http/body-limit.js'
import { CachedRouter } from './http/cached-router.js'
import { unrouted } from './http/unrouted.js'
import { createDocsApp } from './http/docs-page.js'
import { errorResponse } from './http/error-response.js'
import { revocableStreams } from './http/revocable-streams.js'
import { buildOpenApiDocument, type OpenApiDocument } from './http/openapi.js'
import { securityHeaders } from './http/security-headers.js'
import { mountRoutes, type GatewayHonoEnv, type Route } from './http/route.js'
import type { PrincipalLimit } from './limits/principal-limit.js'
import type { Logger } from './logger.js'
import type { McpService } from './mcp/mcp-service.js'
import { mountMcpRoutes } from './mcp/routes.js'
import { a2aRoutes } from './routes/a2a.js'
import { auditRoutes } from './routes/audit.js'
import { authRoutes } from './routes/auth.js'
import { rbacRoutes } from './routes/rbac.js'
import { teamRoutes } from './routes/teams.js'
import { entityRoutes } from './routes/entities.js'
import { federationRoutes } from './routes/federation.js'
import { oauthResourceRoutes } from './routes/oauth-resource.js'
import { oauthRoutes } from './routes/oauth.js'
import { logRoutes } from './routes/logs.js'
import { metricsRoutes } from './routes/metrics.js'
import { metricsTimeSeriesRoutes } from './routes/metrics-timeseries.js'
import { gatewayHealthRoutes } from './routes/gateway-health.js'
import { opsRoutes } from './routes/ops.js'
import { rootRoutes } from './routes/roots.js'
import { serverAgentRoutes } from './routes/server-agent.js'
import { tagRoutes } from './routes/tags.js'
import { tokenRoutes } from './routes/tokens.js'
import { transferRoutes } from './routes/transfer.js'
import { userRoutes } from './routes/users.js'
import { observeRequests } from './telemetry/observe-requests.js'
import type { Telemetry } from './telemetry/telemetry.js'

/** What the HTTP app is made of. */
export interface AppOptions {
  config: GatewayConfig
  store: Store
  registry: Registry
  auth: GatewayAuth
  /** The streams open under revocable credentials, ended when those are revoked. */
  openSessions: OpenSessions
  logger: Logger
  version: string
  mcp: McpService
  /** The audit table (`GET /audit`) and the queue that writes it. */
  audit: { log: AuditLog; queue: AuditQueue }
  /** The per-principal budget each authenticated REST request spends, when configured. */
  principalLimit?: PrincipalLimit
  /** Plugin hooks of the REST prompt render and resource content endpoints. */
  plugins?: PluginHost | undefined
  /** Metrics and the log ring (their routes), and the per-request span and sample. */
  telemetry: Telemetry
  /** Whether Redis answers, when the gateway uses one (`/ready`). */
  redisReady?: (() => Promise<boolean>) | undefined
  startedAt?: Date
}

/** The gateway's Hono app: REST API (also under /v1), OpenAPI document and API reference. */
export function createApp(options: AppOptions): { app: Hono<GatewayHonoEnv>; routes: Route[] } {
  const { config, registry, auth, logger } = options
  const app = new Hono<GatewayHonoEnv>({ router: new CachedRouter() })
  const oauth = createServerOAuthGuard({
    registry,
    auth,
    publicBaseUrl: config.publicBaseUrl,
    gatewayIssuer: config.jwtIssuer,
  })
  const routes: Route[] = [
    ...opsRoutes({
      version: options.version,
      startedAt: options.startedAt ?? new Date(),
      store: options.store,
      registry,
      ...(options.redisReady && { redis: options.redisReady }),
    }),
    ...authRoutes(registry, auth, config.tokenExpiry, config.publicBaseUrl),
    ...oauthRoutes({
      registry,
      oauth: options.mcp.oauth,
      pool: options.mcp.pool,
      federation: options.mcp.federation,
      publicBaseUrl: config.publicBaseUrl,
    }),
    ...(config.adminApiEnabled
      ? [
          ...entityRoutes(registry, options.mcp, options.plugins),
          ...federationRoutes(registry, options.mcp.federation),
          ...rootRoutes(registry),
          ...tagRoutes(registry),
          ...userRoutes(registry),
          ...teamRoutes(registry),
          ...rbacRoutes(registry),
          ...tokenRoutes(registry),
          ...transferRoutes(registry),
          ...a2aRoutes(registry, options.mcp.a2a, options.plugins),
          ...auditRoutes(options.audit.log),
          ...metricsRoutes(options.telemetry.metrics, registry.metricsHistory),
          ...logRoutes(options.telemetry.logs),
          ...metricsTimeSeriesRoutes(options.telemetry.metrics),
          ...gatewayHealthRoutes(registry),
        ]
      : []),
    ...serverAgentRoutes(registry, options.mcp, options.version, config.publicBaseUrl),
    ...oauthResourceRoutes(oauth),
  ]

  app.onError((error, c) => errorResponse(c, error, logger))
  app.notFound(unrouted(() => app.routes))
  app.use(observeRequests(logger, options.telemetry))
  app.use(securityHeaders())
  app.use(auditRequests(options.audit.queue))
  app.use(
    limitBody(config.maxBodyBytes, () => {
      throw new GatewayError(
        'PAYLOAD_TOO_LARGE',
        `request body is larger than ${config.maxBodyBytes} bytes`,
      )
    }),
  )
  app.use(revocableStreams(options.openSessions))

  mountRoutes(app, routes, auth, options.principalLimit)
  mountMcpRoutes(app, options.mcp, auth, oauth)
  // Built on first request: converting every route's zod schemas takes a tenth of a cold start.
  let openApi: OpenApiDocument | undefined
  app.get('/openapi.json', (c) =>
    c.json(
      (openApi ??= buildOpenApiDocument(routes, {
        title: 'Switchyard',
        version: options.version,
        description: 'The Switchyard MCP gateway REST API. Every path also answers under /v1.',
      })),
    ),
  )
  app.route('/', createDocsApp({ openApiPath: '/openapi.json' }))
  if (config.uiEnabled) mountAdminUi(app, locateAdminUi())
  app.get('/', (c) => c.redirect('/docs'))
  return { app, routes }
}
