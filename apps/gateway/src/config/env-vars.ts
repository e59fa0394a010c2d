import type { z } from 'zod'
import {
  databaseUrl,
  email,
  flag,
  list,
  oneOf,
  positiveNumber,
  rate,
  secret,
  text,
  urlOf,
  wholeNumber,
  MAX_TIMER_SECONDS,
} from './env-types.js'
import { OTEL_ENV_VARS } from './otel-env-vars.js'

/** One environment variable: its name, config key, parser, default and documentation. */
export interface EnvVar {
  /** The environment variable. */
  name: string
  /** The camelCase key in GatewayConfig. */
  key: string
  /** Parses the (non-empty) raw string. */
  schema: z.ZodType<unknown, string>
  /** Raw value used when the variable is unset or empty; none means the setting is optional. */
  default?: string
  /** The kind of value, for the docs. */
  type: string
  /** What it means, in one line. */
  description: string
  /** Masked when printed and never echoed in errors. */
  secret?: boolean
}

/** The log levels of LOG_LEVEL. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

/** A LOG_LEVEL value. */
export type LogLevel = (typeof LOG_LEVELS)[number]

/** The separators GATEWAY_TOOL_NAME_SEPARATOR may take. */
export const TOOL_NAME_SEPARATORS = ['-', '_', '.', '__'] as const

/** Every environment variable the gateway reads, in documentation order: the one source of truth. */
export const ENV_VARS = [
  {
    name: 'HOST',
    key: 'host',
    schema: text(),
    default: '127.0.0.1',
    type: 'host',
    description: 'Interface the HTTP server listens on (`0.0.0.0` for all).',
  },
  {
    name: 'PORT',
    key: 'port',
    schema: wholeNumber(1, 65535),
    default: '4444',
    type: 'integer 1-65535',
    description: 'TCP port the HTTP server listens on.',
  },
  {
    name: 'DATABASE_URL',
    key: 'databaseUrl',
    schema: databaseUrl(),
    type: 'URL',
    description:
      'Store: `sqlite:///path/to/file.db` or `postgres://user:password@host:5432/db`; unset means SQLite at `switchyard.db` under SWITCHYARD_DATA_DIR.',
  },
  {
    name: 'SWITCHYARD_DATA_DIR',
    key: 'dataDir',
    schema: text(),
    default: './data',
    type: 'path',
    description: 'Directory for local state, such as the default SQLite database.',
  },
  {
    name: 'REDIS_URL',
    key: 'redisUrl',
    schema: urlOf(['redis:', 'rediss:'], 'must be a redis:// or rediss:// URL'),
    type: 'URL',
    description:
      'Redis shared by gateway replicas for rate limits, legacy sessions, the metrics every replica adds up and the log records every replica shows (cluster mode); unset keeps them in process.',
  },
  {
    name: 'JWT_SECRET_KEY',
    key: 'jwtSecretKey',
    schema: secret(),
    default: 'my-test-key',
    type: 'secret',
    description:
      'HMAC secret that signs and verifies JWTs; with NODE_ENV=production it must have 16+ characters and not be a well-known value.',
    secret: true,
  },
  {
    name: 'JWT_ALGORITHM',
    key: 'jwtAlgorithm',
    schema: oneOf(['HS256', 'HS384', 'HS512'], 'upper'),
    default: 'HS256',
    type: 'HS256, HS384 or HS512',
    description: 'HMAC algorithm of JWTs.',
  },
  {
    name: 'JWT_ISSUER',
    key: 'jwtIssuer',
    schema: text(),
    default: 'switchyard',
    type: 'string',
    description: '`iss` claim written into and required of JWTs.',
  },
  {
    name: 'JWT_AUDIENCE',
    key: 'jwtAudience',
    schema: text(),
    default: 'switchyard-api',
    type: 'string',
    description: '`aud` claim written into and required of JWTs.',
  },
  {
    name: 'TOKEN_EXPIRY',
    key: 'tokenExpiry',
    schema: wholeNumber(1),
    default: '10080',
    type: 'minutes',
    description: 'Lifetime of JWTs issued at login (10080 minutes = 7 days).',
  },
  {
    name: 'MAX_FAILED_LOGIN_ATTEMPTS',
    key: 'maxFailedLoginAttempts',
    schema: wholeNumber(1),
    default: '5',
    type: 'integer',
    description: 'Failed logins within the lockout duration that lock an account.',
  },
  {
    name: 'ACCOUNT_LOCKOUT_DURATION_MINUTES',
    key: 'accountLockoutDurationMinutes',
    schema: positiveNumber(),
    default: '15',
    type: 'minutes',
    description:
      'How long a locked account stays locked (login answers 429), and the window in which failures count.',
  },
  {
    name: 'AUTH_REQUIRED',
    key: 'authRequired',
    schema: flag(),
    default: 'true',
    type: 'boolean',
    description:
      'When false, requests without credentials act as the platform admin (development only; refused when NODE_ENV=production).',
  },
  {
    name: 'AUTH_ENCRYPTION_SECRET',
    key: 'authEncryptionSecret',
    schema: secret(),
    default: 'my-test-salt',
    type: 'secret',
    description:
      'Secret from which the key sealing stored credentials is derived; with NODE_ENV=production it must have 16+ characters and not be a well-known value.',
    secret: true,
  },
  {
    name: 'BASIC_AUTH_USER',
    key: 'basicAuthUser',
    schema: text(),
    type: 'string',
    description:
      'User name for HTTP Basic auth; Basic auth is on only when this and the password are set.',
  },
  {
    name: 'BASIC_AUTH_PASSWORD',
    key: 'basicAuthPassword',
    schema: secret(),
    type: 'secret',
    description:
      'Password for HTTP Basic auth; a well-known value is refused when NODE_ENV=production.',
    secret: true,
  },
  {
    name: 'PLATFORM_ADMIN_EMAIL',
    key: 'platformAdminEmail',
    schema: email(),
    default: 'admin@example.com',
    type: 'e-mail',
    description: 'E-mail of the platform admin account created at first start.',
  },
  {
    name: 'PLATFORM_ADMIN_PASSWORD',
    key: 'platformAdminPassword',
    schema: secret(),
    default: 'changeme',
    type: 'secret',
    description:
      'Password of the platform admin account created at first start; the default is refused when NODE_ENV=production.',
    secret: true,
  },
  {
    name: 'PLATFORM_ADMIN_FULL_NAME',
    key: 'platformAdminFullName',
    schema: text(),
    default: 'Platform Administrator',
    type: 'string',
    description: 'Full name of the platform admin account.',
  },
  {
    name: 'MCPGATEWAY_UI_ENABLED',
    key: 'uiEnabled',
    schema: flag(),
    default: 'true',
    type: 'boolean',
    description: 'Serve the admin UI at `/admin`.',
  },
  {
    name: 'MCPGATEWAY_ADMIN_API_ENABLED',
    key: 'adminApiEnabled',
    schema: flag(),
    default: 'true',
    type: 'boolean',
    description: 'Serve the admin REST API.',
  },
  {
    name: 'LOG_LEVEL',
    key: 'logLevel',
    schema: oneOf(LOG_LEVELS, 'lower'),
    default: 'info',
    type: LOG_LEVELS.join(', '),
    description: 'Least severe log level written (JSON lines on stderr); any case.',
  },
  {
    name: 'GATEWAY_TOOL_NAME_SEPARATOR',
    key: 'toolNameSeparator',
    schema: oneOf(TOOL_NAME_SEPARATORS),
    default: '-',
    type: TOOL_NAME_SEPARATORS.map((s) => `\`${s}\``).join(', '),
    description:
      'Joins an upstream slug and a tool name in federated names (`weather-get_forecast`).',
  },
  {
    name: 'HEALTH_CHECK_INTERVAL',
    key: 'healthCheckInterval',
    schema: wholeNumber(0, MAX_TIMER_SECONDS),
    default: '60',
    type: 'seconds',
    description:
      "How often every active upstream's pooled session is pinged; one that stops answering becomes `unreachable` and is retried with backoff. 0 turns pings off.",
  },
  {
    name: 'UPSTREAM_TIMEOUT_SECONDS',
    key: 'upstreamTimeoutSeconds',
    schema: positiveNumber(MAX_TIMER_SECONDS),
    default: '60',
    type: 'seconds',
    description:
      "How long a request to an upstream MCP server waits for its answer before it is cancelled and fails with `-32011`; a tool's own `timeoutMs` wins for that tool.",
  },
  {
    name: 'DISCOVERY_TIMEOUT_SECONDS',
    key: 'discoveryTimeoutSeconds',
    schema: positiveNumber(MAX_TIMER_SECONDS),
    default: '15',
    type: 'seconds',
    description:
      "How long connecting to an upstream MCP server (a stdio upstream's start and handshake) may take, and its whole discovery (connect and listing its tools, resources and prompts); past it the upstream is `unreachable` and retried with backoff, each retry allowed twice as long as the one before, up to four times this.",
  },
  {
    name: 'METRICS_HISTORY_INTERVAL',
    key: 'metricsHistoryInterval',
    schema: wholeNumber(0, MAX_TIMER_SECONDS),
    default: '60',
    type: 'seconds',
    description:
      'How often each replica adds its per-tool, server and upstream figures to the store (and once more when it stops), so that `/metrics` counts across restarts; a killed replica loses at most this much. 0 keeps nothing: `/metrics` counts since each live replica started.',
  },
  {
    name: 'PUBLIC_BASE_URL',
    key: 'publicBaseUrl',
    schema: urlOf(['http:', 'https:'], 'must be an http:// or https:// URL'),
    type: 'URL',
    description:
      'The URL clients reach the gateway at (behind a proxy), e.g. `https://gw.example.com`; OAuth resource URLs and their metadata use it. Unset: the origin of each request.',
  },
  {
    name: 'ALLOWED_ORIGINS',
    key: 'allowedOrigins',
    schema: list(),
    type: 'comma-separated origins or hostnames',
    description:
      'Origins allowed to call the MCP endpoints (DNS-rebinding protection), e.g. `https://app.example.com,localhost`; `*` allows any. Unset: only localhost, 127.0.0.1 and [::1] when HOST is a loopback address, any otherwise.',
  },
  {
    name: 'OUTBOUND_ALLOW',
    key: 'outboundAllow',
    schema: list(),
    type: 'comma-separated hosts or CIDRs',
    description:
      "When set, outbound calls (upstream MCP servers, REST tools, OpenAPI documents, A2A agents, gRPC services) may go only to these hosts: names (`api.example.com`, `*.example.com` for its subdomains), matched against the URL's host name, or addresses and CIDRs (`10.1.0.0/16`), matched against the URL's literal address and every address a name resolves to; checked on every redirect hop too. A host allowed by name may resolve to any address; OUTBOUND_DENY, OUTBOUND_DENY_METADATA and OUTBOUND_DENY_PRIVATE still win.",
  },
  {
    name: 'OUTBOUND_DENY',
    key: 'outboundDeny',
    schema: list(),
    type: 'comma-separated hosts or CIDRs',
    description:
      "Hosts outbound calls may never reach, e.g. `10.0.0.0/8,*.internal`: names are matched against the URL's host name, addresses and CIDRs against its literal address and every address it resolves to. Wins over OUTBOUND_ALLOW.",
  },
  {
    name: 'OUTBOUND_DENY_METADATA',
    key: 'outboundDenyMetadata',
    schema: flag(),
    default: 'true',
    type: 'boolean',
    description:
      "Refuse outbound calls to the cloud instance metadata services (169.254.169.254, 169.254.170.2, fd00:ec2::254, 100.100.100.200, metadata.google.internal), by name and after DNS resolution: a tool or upstream URL there would hand the host's cloud credentials to whoever registered it. Set `false` only where the gateway must call such a service.",
  },
  {
    name: 'OUTBOUND_DENY_PRIVATE',
    key: 'outboundDenyPrivate',
    schema: flag(),
    default: 'false',
    type: 'boolean',
    description:
      'Refuse outbound calls to loopback, private, link-local and other non-public addresses, after DNS resolution (SSRF protection for shared deployments). Outside `NODE_ENV=production` loopback (`localhost`, 127.0.0.0/8, ::1) stays allowed; deny it there with `OUTBOUND_DENY=127.0.0.0/8,::1/128,localhost`.',
  },
  ...OTEL_ENV_VARS,
  {
    name: 'LOG_BUFFER_SIZE',
    key: 'logBufferSize',
    schema: wholeNumber(1),
    default: '1000',
    type: 'records',
    description: 'Log records kept in memory for `/admin/logs/stream`.',
  },
  {
    name: 'SWITCHYARD_MAX_BODY_BYTES',
    key: 'maxBodyBytes',
    schema: wholeNumber(1),
    default: '4194304',
    type: 'bytes',
    description: 'Largest request body accepted (4194304 = 4 MiB); larger ones get 413.',
  },
  {
    name: 'AUDIT_RETENTION_DAYS',
    key: 'auditRetentionDays',
    schema: wholeNumber(1),
    default: '30',
    type: 'days',
    description:
      'How long audit records (administrative changes, denied requests; `GET /audit`) are kept; older ones are pruned hourly.',
  },
  {
    name: 'RATE_LIMIT_PER_PRINCIPAL',
    key: 'rateLimitPerPrincipal',
    schema: rate(),
    type: 'requests/seconds',
    description:
      'Token bucket for every authenticated REST and MCP request of one principal, such as `600/60`; unset means no limit.',
  },
  {
    name: 'RATE_LIMIT_KEY_PREFIX',
    key: 'rateLimitKeyPrefix',
    schema: text(),
    default: 'switchyard:rl:',
    type: 'string',
    description:
      "Prefix of the Redis keys (rate-limit buckets, legacy session owners, replicas' metrics and log records) in cluster mode, so that deployments sharing one Redis keep apart.",
  },
  {
    name: 'CLUSTER_ADVERTISE_URL',
    key: 'clusterAdvertiseUrl',
    schema: urlOf(['http:', 'https:'], 'must be an http:// or https:// URL'),
    type: 'URL',
    description:
      "This replica's address as the other replicas reach it (cluster mode: they relay requests of legacy sessions it owns there). Unset: `http://{HOST}:{PORT}`, with this machine's hostname when HOST is `0.0.0.0` or `::` (as in a container).",
  },
  {
    name: 'SHUTDOWN_TIMEOUT_SECONDS',
    key: 'shutdownTimeoutSeconds',
    schema: positiveNumber(MAX_TIMER_SECONDS),
    default: '10',
    type: 'seconds',
    description:
      'On SIGTERM or SIGINT: how long calls in flight may take to finish before sessions, streams and upstreams are closed anyway.',
  },
  {
    name: 'OAUTH_WORKLOAD_TOKEN_FILE',
    key: 'oauthWorkloadTokenFile',
    schema: text(),
    type: 'path',
    description:
      "A file holding this deployment's workload identity token (a JWT, such as a Kubernetes projected service account token), read afresh at every grant: `oauth2-client` upstreams with `workloadIdentity: true` trade it for access tokens by the JWT bearer grant (RFC 7523); unset means none can.",
  },
  {
    name: 'PLUGINS_CONFIG',
    key: 'pluginsConfig',
    schema: text(),
    type: 'path',
    description:
      'Plugins config file (YAML or JSON, see docs/plugins.md): hooks around tool calls, prompt renders, resource reads and registration; unset means no plugins.',
  },
  {
    name: 'NODE_ENV',
    key: 'nodeEnv',
    schema: text(),
    type: 'string',
    description:
      '`production` turns on the production rules: no well-known or short secrets, auth required.',
  },
] as const satisfies readonly EnvVar[]
