import { hostname } from 'node:os'
import { BUILT_IN_ROLES, type Owned } from '@switchyard/auth'
import { createAuditLog, type AuditLog, type Registry, type Store } from '@switchyard/core'
import type { Hono } from 'hono'
import { createApp } from './app.js'
import { createAuditQueue, type AuditQueue } from './audit/audit-queue.js'
import { startAuditRetention } from './audit/audit-retention.js'
import { createGatewayAuth, type GatewayAuth } from './auth/gateway-auth.js'
import { createOpenSessions, type OpenSessions } from './auth/open-sessions.js'
import { joinCluster, type ClusterMember } from './cluster/cluster.js'
import type { GatewayConfig } from './config/env-schema.js'
import type { GatewayHonoEnv, Route } from './http/route.js'
import { createLimiter } from './limits/create-limiter.js'
import { createPrincipalLimit } from './limits/principal-limit.js'
import type { Logger } from './logger.js'
import type { LogRing } from './logs/log-ring.js'
import { createMcpService, type McpService } from './mcp/mcp-service.js'
import { openRegistry } from './open-registry.js'
import { loadGatewayPlugins } from './plugins/gateway-plugins.js'
import { keepMetrics } from './metrics/store-history.js'
import { createTelemetry, type Telemetry } from './telemetry/telemetry.js'
import { packageVersion } from './version.js'

/** A composed gateway: store, registry and HTTP app, not yet listening. */
export interface Gateway {
  app: Hono<GatewayHonoEnv>
  /** Every REST operation the app serves (also under /v1). */
  routes: readonly Route[]
  store: Store
  registry: Registry
  /** Upstream pool, federation and the MCP faces. */
  mcp: McpService
  /** Turns credentials into principals (also for WebSocket upgrades). */
  auth: GatewayAuth
  /** The streams and sockets open under revocable credentials, ended when those are revoked. */
  openSessions: OpenSessions
  /** The audit table and the queue that takes records off the request path. */
  audit: { log: AuditLog; queue: AuditQueue }
  /** Spans, metrics and the log ring. */
  telemetry: Telemetry
  /** Ends MCP sessions and upstreams, the rate limiter, stops the catalog and closes the store. */
  close(): Promise<void>
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])

/** ALLOWED_ORIGINS, or only loopback origins when the gateway listens on loopback (DNS-rebinding protection). */
export function allowedOrigins(config: GatewayConfig): readonly string[] | undefined {
  if (config.allowedOrigins) return config.allowedOrigins
  return LOOPBACK.has(config.host) ? ['localhost', '127.0.0.1', '[::1]'] : undefined
}

/**
 * This replica's URL as the others reach it: CLUSTER_ADVERTISE_URL, else from HOST (this machine's
 * hostname when listening on every interface, as in a container) and PORT.
 */
export function advertiseUrl(config: GatewayConfig): string {
  if (config.clusterAdvertiseUrl) return config.clusterAdvertiseUrl.replace(/\/+$/, '')
  const host = ['0.0.0.0', '::', '[::]'].includes(config.host) ? hostname() : config.host
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${config.port}`
}

/** What a gateway is composed with besides its config and logger. */
export interface GatewayOptions {
  /** The ring the logger writes to, served at `/admin/logs/stream`. */
  logs?: LogRing
}

/** Opens the store (migrating it), builds the registry, ensures the platform admin and composes the app. */
export async function createGateway(
  config: GatewayConfig,
  logger: Logger,
  options: GatewayOptions = {},
): Promise<Gateway> {
  const plugins = await loadGatewayPlugins(config, logger)
  const tracesUrl =
    config.otelExporterOtlpTracesEndpoint ??
    (config.otelExporterOtlpEndpoint &&
      `${config.otelExporterOtlpEndpoint.replace(/\/+$/, '')}/v1/traces`)
  // The signal's own OTEL_EXPORTER_OTLP_TRACES_* settings win over the general ones.
  const otlpHeaders = config.otelExporterOtlpTracesHeaders ?? config.otelExporterOtlpHeaders
  // Before the store opens, so that its statements are traced.
  const telemetry = await createTelemetry({
    enabled: config.observabilityEnabled,
    ...(tracesUrl && { otlpTracesUrl: tracesUrl }),
    ...(otlpHeaders && { otlpHeaders }),
    otlpProtocol: config.otelExporterOtlpTracesProtocol ?? config.otelExporterOtlpProtocol,
    otlpGzip:
      (config.otelExporterOtlpTracesCompression ?? config.otelExporterOtlpCompression) === 'gzip',
    otlpTimeoutMs: config.otelExporterOtlpTracesTimeout ?? config.otelExporterOtlpTimeout,
    sampler: { name: config.otelTracesSampler, ratio: config.otelTracesSamplerArg },
    warn: (message, fields) => logger.warn(fields, message),
    ...(config.otelServiceName && { serviceName: config.otelServiceName }),
    ...(config.otelResourceAttributes && { resourceAttributes: config.otelResourceAttributes }),
    version: packageVersion,
    catalog: () => opened.registry.catalog.current(),
    ...(options.logs && { logs: options.logs }),
  })
  const { task } = telemetry
  const limiter = await createLimiter(config, logger)
  const opened = await task('open store', () =>
    openRegistry(config, {
      logger,
      ...(plugins && { onRegistration: (payload, email) => plugins.registration(payload, email) }),
      ...(telemetry.storeQueries && { onQuery: telemetry.storeQueries }),
      ...(telemetry.tracing && { observeCatalogUpdate: (run) => task('update catalog', run) }),
      // a limit set again after a change or removal starts from a full bucket
      onRateLimitChange: (key) =>
        limiter.forget(key).catch((error: unknown) => {
          logger.warn({ err: error, key }, 'could not reset the rate-limit bucket')
        }),
    }),
  ).catch(async (error: unknown) => {
    await limiter.close()
    await plugins?.close()
    await telemetry.close()
    throw error
  })
  const { store, registry } = opened
  let cluster: ClusterMember | undefined
  try {
    await task('seed roles and admin', async () => {
      await registry.roles.syncBuiltIns(BUILT_IN_ROLES)
      await registry.users.ensureAdmin({
        email: config.platformAdminEmail,
        password: config.platformAdminPassword,
        fullName: config.platformAdminFullName,
      })
    })
    // one ownership object per catalog entry of a server, so that decisions about it can be kept
    const ownership = new WeakMap<object, Owned & { id: string }>()
    const auth = createGatewayAuth({
      config,
      users: registry.users,
      roles: registry.roles,
      serverOf: (id) => {
        const server = registry.catalog.current().servers.get(id)
        if (server === undefined) return undefined
        let owned = ownership.get(server)
        if (owned === undefined) {
          owned = {
            kind: 'server',
            id,
            name: server.name,
            owner: server.owner,
            team: server.team,
            visibility: server.visibility,
          }
          ownership.set(server, owned)
        }
        return owned
      },
      tokens: {
        findByHash: (hash) => registry.tokens.findByHash(hash),
        recordUsage: (uses) => task('record token usage', () => registry.tokens.recordUsage(uses)),
      },
      sessions: registry.sessions,
      events: registry.context.events,
      onError: (error) => logger.warn({ err: error }, 'writing API token usage failed'),
    })
    const openSessions = createOpenSessions({
      events: registry.context.events,
      refusalOf: (authorization) => auth.refusalOf(authorization),
      onError: (error) =>
        logger.warn({ err: error }, 'ending the streams of a revoked credential failed'),
    })
    cluster = await joinCluster({
      databaseUrl: config.databaseUrl,
      events: registry.context.events,
      resync: async () => {
        auth.forget()
        await task('resync catalog', () => registry.catalog.resync())
      },
      logger,
    })
    const leading = () => cluster?.leading() ?? false
    const principalLimit = createPrincipalLimit(
      limiter,
      config.rateLimitPerPrincipal,
      telemetry.refused,
    )
    const log = createAuditLog(store)
    const queue = createAuditQueue({
      write: (entries) => task('write audit records', () => log.append(entries)),
      onError: (error, lost) =>
        logger.warn({ err: error, lost }, 'audit records could not be written'),
    })
    const audit = { log, queue }
    const mcp = createMcpService({
      registry,
      logger,
      version: packageVersion,
      maxBodyBytes: config.maxBodyBytes,
      allowedOrigins: allowedOrigins(config),
      healthCheckInterval: config.healthCheckInterval,
      upstreamTimeout: config.upstreamTimeoutSeconds,
      discoveryTimeout: config.discoveryTimeoutSeconds,
      workloadTokenFile: config.oauthWorkloadTokenFile,
      limiter,
      principalLimit,
      plugins,
      telemetry,
      audit: queue,
      sessionRelay: config.redisUrl
        ? (await import('./cluster/session-relay.js')).createSessionRelay({
            redisUrl: config.redisUrl,
            prefix: config.rateLimitKeyPrefix,
            self: advertiseUrl(config),
            secret: config.authEncryptionSecret,
            onError: (error) => logger.debug({ err: error }, 'session relay'),
          })
        : undefined,
      leading,
    })
    cluster.on('lead', () => mcp.federation.catchUp())
    cluster.on('resync', () => mcp.resynced())
    cluster.on('resync', () => void openSessions.recheckAll())
    const stopRetention = startAuditRetention({
      log: { prune: (before) => task('prune audit records', () => log.prune(before)) },
      leading,
      days: config.auditRetentionDays,
      onError: (error) => logger.warn({ err: error }, 'audit retention prune failed'),
    })
    const metricsShare =
      config.redisUrl && config.observabilityEnabled
        ? (await import('./cluster/metrics-share.js')).createMetricsShare({
            redisUrl: config.redisUrl,
            prefix: config.rateLimitKeyPrefix,
            changes: (all) => telemetry.metrics.changes(all),
            onError: (error) => logger.debug({ err: error }, 'sharing metrics'),
          })
        : undefined
    if (metricsShare) telemetry.metrics.shareWith(metricsShare)
    const keptMetrics = keepMetrics({
      metrics: telemetry.metrics,
      registry,
      intervalMs: config.observabilityEnabled ? config.metricsHistoryInterval * 1000 : 0,
      task,
      warn: (message, error) => logger.warn({ err: error }, message),
    })
    const { app, routes } = createApp({
      config,
      store,
      registry,
      auth,
      openSessions,
      logger,
      version: packageVersion,
      mcp,
      audit,
      principalLimit,
      plugins,
      telemetry,
      redisReady: limiter.ping,
    })
    // last: nothing after it can fail and leave its connections open
    const logShare =
      config.redisUrl &&
      (await import('./cluster/log-share.js')).createLogShare({
        redisUrl: config.redisUrl,
        prefix: config.rateLimitKeyPrefix,
        ring: telemetry.logs,
        onOutage: (error) =>
          error === undefined
            ? logger.info('sharing log records with the other replicas again')
            : logger.warn({ err: error }, 'log records are not shared while Redis is away'),
      })
    return {
      app,
      routes,
      store,
      registry,
      mcp,
      auth,
      openSessions,
      audit,
      telemetry,
      close: async () => {
        openSessions.close()
        await stopRetention()
        await mcp.close()
        // what the calls drained just now recorded goes to the store too
        await keptMetrics.close()
        await metricsShare?.close()
        await auth.close()
        await cluster?.close()
        await queue.close()
        await limiter.close()
        await plugins?.close()
        await opened.close()
        if (logShare) await logShare.close()
        await telemetry.close()
      },
    }
  } catch (error) {
    await cluster?.close()
    await telemetry.close()
    await limiter.close()
    await plugins?.close()
    await opened.close()
    throw error
  }
}
