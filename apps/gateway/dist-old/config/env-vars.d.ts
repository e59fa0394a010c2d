import type { z } from 'zod';
/** One environment variable: its name, config key, parser, default and documentation. */
export interface EnvVar {
    /** The environment variable. */
    name: string;
    /** The camelCase key in GatewayConfig. */
    key: string;
    /** Parses the (non-empty) raw string. */
    schema: z.ZodType<unknown, string>;
    /** Raw value used when the variable is unset or empty; none means the setting is optional. */
    default?: string;
    /** The kind of value, for the docs. */
    type: string;
    /** What it means, in one line. */
    description: string;
    /** Masked when printed and never echoed in errors. */
    secret?: boolean;
}
/** The log levels of LOG_LEVEL. */
export declare const LOG_LEVELS: readonly ["trace", "debug", "info", "warn", "error", "fatal", "silent"];
/** A LOG_LEVEL value. */
export type LogLevel = (typeof LOG_LEVELS)[number];
/** The separators GATEWAY_TOOL_NAME_SEPARATOR may take. */
export declare const TOOL_NAME_SEPARATORS: readonly ["-", "_", ".", "__"];
/** The OTLP/HTTP encodings of OTEL_EXPORTER_OTLP_PROTOCOL; protobuf is the OpenTelemetry default. */
export declare const OTLP_PROTOCOLS: readonly ["http/protobuf", "http/json"];
/** An OTEL_EXPORTER_OTLP_PROTOCOL value. */
export type OtlpProtocol = (typeof OTLP_PROTOCOLS)[number];
/** The samplers of OTEL_TRACES_SAMPLER (the OpenTelemetry SDK's built-in ones). */
export declare const TRACE_SAMPLERS: readonly ["parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio", "always_on", "always_off", "traceidratio"];
/** An OTEL_TRACES_SAMPLER value. */
export type TraceSamplerName = (typeof TRACE_SAMPLERS)[number];
/** Every environment variable the gateway reads, in documentation order: the one source of truth. */
export declare const ENV_VARS: readonly [{
    readonly name: "HOST";
    readonly key: "host";
    readonly schema: z.ZodString;
    readonly default: "127.0.0.1";
    readonly type: "host";
    readonly description: "Interface the HTTP server listens on (`0.0.0.0` for all).";
}, {
    readonly name: "PORT";
    readonly key: "port";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "4444";
    readonly type: "integer 1-65535";
    readonly description: "TCP port the HTTP server listens on.";
}, {
    readonly name: "DATABASE_URL";
    readonly key: "databaseUrl";
    readonly schema: z.ZodString;
    readonly type: "URL";
    readonly description: "Store: `sqlite:///path/to/file.db` or `postgres://user:password@host:5432/db`; unset means SQLite at `switchyard.db` under SWITCHYARD_DATA_DIR.";
}, {
    readonly name: "SWITCHYARD_DATA_DIR";
    readonly key: "dataDir";
    readonly schema: z.ZodString;
    readonly default: "./data";
    readonly type: "path";
    readonly description: "Directory for local state, such as the default SQLite database.";
}, {
    readonly name: "REDIS_URL";
    readonly key: "redisUrl";
    readonly schema: z.ZodString;
    readonly type: "URL";
    readonly description: "Redis shared by gateway replicas for rate limits, legacy sessions, the metrics every replica adds up and the log records every replica shows (cluster mode); unset keeps them in process.";
}, {
    readonly name: "JWT_SECRET_KEY";
    readonly key: "jwtSecretKey";
    readonly schema: z.ZodString;
    readonly default: "my-test-key";
    readonly type: "secret";
    readonly description: "HMAC secret that signs and verifies JWTs; with NODE_ENV=production it must have 16+ characters and not be a well-known value.";
    readonly secret: true;
}, {
    readonly name: "JWT_ALGORITHM";
    readonly key: "jwtAlgorithm";
    readonly schema: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{
        HS256: "HS256";
        HS384: "HS384";
        HS512: "HS512";
    }>>;
    readonly default: "HS256";
    readonly type: "HS256, HS384 or HS512";
    readonly description: "HMAC algorithm of JWTs.";
}, {
    readonly name: "JWT_ISSUER";
    readonly key: "jwtIssuer";
    readonly schema: z.ZodString;
    readonly default: "switchyard";
    readonly type: "string";
    readonly description: "`iss` claim written into and required of JWTs.";
}, {
    readonly name: "JWT_AUDIENCE";
    readonly key: "jwtAudience";
    readonly schema: z.ZodString;
    readonly default: "switchyard-api";
    readonly type: "string";
    readonly description: "`aud` claim written into and required of JWTs.";
}, {
    readonly name: "TOKEN_EXPIRY";
    readonly key: "tokenExpiry";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "10080";
    readonly type: "minutes";
    readonly description: "Lifetime of JWTs issued at login (10080 minutes = 7 days).";
}, {
    readonly name: "MAX_FAILED_LOGIN_ATTEMPTS";
    readonly key: "maxFailedLoginAttempts";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "5";
    readonly type: "integer";
    readonly description: "Failed logins within the lockout duration that lock an account.";
}, {
    readonly name: "ACCOUNT_LOCKOUT_DURATION_MINUTES";
    readonly key: "accountLockoutDurationMinutes";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "15";
    readonly type: "minutes";
    readonly description: "How long a locked account stays locked (login answers 429), and the window in which failures count.";
}, {
    readonly name: "AUTH_REQUIRED";
    readonly key: "authRequired";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<boolean, string>>;
    readonly default: "true";
    readonly type: "boolean";
    readonly description: "When false, requests without credentials act as the platform admin (development only; refused when NODE_ENV=production).";
}, {
    readonly name: "AUTH_ENCRYPTION_SECRET";
    readonly key: "authEncryptionSecret";
    readonly schema: z.ZodString;
    readonly default: "my-test-salt";
    readonly type: "secret";
    readonly description: "Secret from which the key sealing stored credentials is derived; with NODE_ENV=production it must have 16+ characters and not be a well-known value.";
    readonly secret: true;
}, {
    readonly name: "BASIC_AUTH_USER";
    readonly key: "basicAuthUser";
    readonly schema: z.ZodString;
    readonly type: "string";
    readonly description: "User name for HTTP Basic auth; Basic auth is on only when this and the password are set.";
}, {
    readonly name: "BASIC_AUTH_PASSWORD";
    readonly key: "basicAuthPassword";
    readonly schema: z.ZodString;
    readonly type: "secret";
    readonly description: "Password for HTTP Basic auth; a well-known value is refused when NODE_ENV=production.";
    readonly secret: true;
}, {
    readonly name: "PLATFORM_ADMIN_EMAIL";
    readonly key: "platformAdminEmail";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodEmail>;
    readonly default: "admin@example.com";
    readonly type: "e-mail";
    readonly description: "E-mail of the platform admin account created at first start.";
}, {
    readonly name: "PLATFORM_ADMIN_PASSWORD";
    readonly key: "platformAdminPassword";
    readonly schema: z.ZodString;
    readonly default: "changeme";
    readonly type: "secret";
    readonly description: "Password of the platform admin account created at first start; the default is refused when NODE_ENV=production.";
    readonly secret: true;
}, {
    readonly name: "PLATFORM_ADMIN_FULL_NAME";
    readonly key: "platformAdminFullName";
    readonly schema: z.ZodString;
    readonly default: "Platform Administrator";
    readonly type: "string";
    readonly description: "Full name of the platform admin account.";
}, {
    readonly name: "MCPGATEWAY_UI_ENABLED";
    readonly key: "uiEnabled";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<boolean, string>>;
    readonly default: "true";
    readonly type: "boolean";
    readonly description: "Serve the admin UI at `/admin`.";
}, {
    readonly name: "MCPGATEWAY_ADMIN_API_ENABLED";
    readonly key: "adminApiEnabled";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<boolean, string>>;
    readonly default: "true";
    readonly type: "boolean";
    readonly description: "Serve the admin REST API.";
}, {
    readonly name: "LOG_LEVEL";
    readonly key: "logLevel";
    readonly schema: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{
        error: "error";
        trace: "trace";
        debug: "debug";
        info: "info";
        warn: "warn";
        fatal: "fatal";
        silent: "silent";
    }>>;
    readonly default: "info";
    readonly type: string;
    readonly description: "Least severe log level written (JSON lines on stderr); any case.";
}, {
    readonly name: "GATEWAY_TOOL_NAME_SEPARATOR";
    readonly key: "toolNameSeparator";
    readonly schema: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{
        "-": "-";
        _: "_";
        ".": ".";
        __: "__";
    }>>;
    readonly default: "-";
    readonly type: string;
    readonly description: "Joins an upstream slug and a tool name in federated names (`weather-get_forecast`).";
}, {
    readonly name: "HEALTH_CHECK_INTERVAL";
    readonly key: "healthCheckInterval";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "60";
    readonly type: "seconds";
    readonly description: "How often every active upstream's pooled session is pinged; one that stops answering becomes `unreachable` and is retried with backoff. 0 turns pings off.";
}, {
    readonly name: "PUBLIC_BASE_URL";
    readonly key: "publicBaseUrl";
    readonly schema: z.ZodString;
    readonly type: "URL";
    readonly description: "The URL clients reach the gateway at (behind a proxy), e.g. `https://gw.example.com`; OAuth resource URLs and their metadata use it. Unset: the origin of each request.";
}, {
    readonly name: "ALLOWED_ORIGINS";
    readonly key: "allowedOrigins";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>;
    readonly type: "comma-separated origins or hostnames";
    readonly description: "Origins allowed to call the MCP endpoints (DNS-rebinding protection), e.g. `https://app.example.com,localhost`; `*` allows any. Unset: only localhost, 127.0.0.1 and [::1] when HOST is a loopback address, any otherwise.";
}, {
    readonly name: "OUTBOUND_ALLOW";
    readonly key: "outboundAllow";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>;
    readonly type: "comma-separated hosts or CIDRs";
    readonly description: "When set, outbound calls (upstream MCP servers, REST tools, OpenAPI documents, A2A agents, gRPC services) may go only to these hosts: names (`api.example.com`, `*.example.com`) or CIDRs (`10.1.0.0/16`), checked on the URL, on every resolved address and on every redirect hop.";
}, {
    readonly name: "OUTBOUND_DENY";
    readonly key: "outboundDeny";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>;
    readonly type: "comma-separated hosts or CIDRs";
    readonly description: "Hosts outbound calls may never reach, checked on the URL and on every resolved address, e.g. `169.254.169.254/32,*.internal`.";
}, {
    readonly name: "OUTBOUND_DENY_PRIVATE";
    readonly key: "outboundDenyPrivate";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<boolean, string>>;
    readonly default: "false";
    readonly type: "boolean";
    readonly description: "Refuse outbound calls to loopback, private, link-local and other non-public addresses, after DNS resolution (SSRF protection for shared deployments). Outside `NODE_ENV=production` loopback (`localhost`, 127.0.0.0/8, ::1) stays allowed; deny it there with `OUTBOUND_DENY=127.0.0.0/8,::1/128,localhost`.";
}, {
    readonly name: "OTEL_EXPORTER_OTLP_ENDPOINT";
    readonly key: "otelExporterOtlpEndpoint";
    readonly schema: z.ZodString;
    readonly type: "URL";
    readonly description: "OTLP/HTTP endpoint that traces are sent to (`{endpoint}/v1/traces`); unset means tracing is off and costs nothing.";
}, {
    readonly name: "OTEL_EXPORTER_OTLP_PROTOCOL";
    readonly key: "otelExporterOtlpProtocol";
    readonly schema: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{
        "http/protobuf": "http/protobuf";
        "http/json": "http/json";
    }>>;
    readonly default: "http/protobuf";
    readonly type: "`http/protobuf` or `http/json`";
    readonly description: "How exported spans are encoded: OTLP protobuf (the OpenTelemetry default, about a quarter of the encoding CPU and half the bytes) or OTLP JSON. `grpc` is not offered.";
}, {
    readonly name: "OTEL_EXPORTER_OTLP_HEADERS";
    readonly key: "otelExporterOtlpHeaders";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<{
        [k: string]: string;
    }, string>>;
    readonly type: "comma-separated name=value";
    readonly description: "Headers sent with every trace export, such as `authorization=Bearer%20abc`.";
    readonly secret: true;
}, {
    readonly name: "OTEL_TRACES_SAMPLER";
    readonly key: "otelTracesSampler";
    readonly schema: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{
        parentbased_always_on: "parentbased_always_on";
        parentbased_always_off: "parentbased_always_off";
        parentbased_traceidratio: "parentbased_traceidratio";
        always_on: "always_on";
        always_off: "always_off";
        traceidratio: "traceidratio";
    }>>;
    readonly default: "parentbased_always_on";
    readonly type: string;
    readonly description: "Which traces are recorded and exported: `parentbased_*` follow the caller's `traceparent` sampled flag and decide only for traces that start here; `traceidratio` keeps the share OTEL_TRACES_SAMPLER_ARG gives, by trace id. An unsampled trace still passes its context on (flag `00`).";
}, {
    readonly name: "OTEL_TRACES_SAMPLER_ARG";
    readonly key: "otelTracesSamplerArg";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "1";
    readonly type: "number 0-1";
    readonly description: "Share of traces the `traceidratio` samplers keep, such as `0.1`; the same trace id gets the same decision on every replica.";
}, {
    readonly name: "OTEL_SERVICE_NAME";
    readonly key: "otelServiceName";
    readonly schema: z.ZodString;
    readonly default: "switchyard";
    readonly type: "string";
    readonly description: "`service.name` of exported spans.";
}, {
    readonly name: "OTEL_ENABLE_OBSERVABILITY";
    readonly key: "observabilityEnabled";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<boolean, string>>;
    readonly default: "true";
    readonly type: "boolean";
    readonly description: "Record metrics (`/metrics`, `/metrics/prometheus`) and, with an OTLP endpoint, spans; false leaves the request path un-instrumented.";
}, {
    readonly name: "LOG_BUFFER_SIZE";
    readonly key: "logBufferSize";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "1000";
    readonly type: "records";
    readonly description: "Log records kept in memory for `/admin/logs/stream`.";
}, {
    readonly name: "SWITCHYARD_MAX_BODY_BYTES";
    readonly key: "maxBodyBytes";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "4194304";
    readonly type: "bytes";
    readonly description: "Largest request body accepted (4194304 = 4 MiB); larger ones get 413.";
}, {
    readonly name: "AUDIT_RETENTION_DAYS";
    readonly key: "auditRetentionDays";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "30";
    readonly type: "days";
    readonly description: "How long audit records (administrative changes, denied requests; `GET /audit`) are kept; older ones are pruned hourly.";
}, {
    readonly name: "RATE_LIMIT_PER_PRINCIPAL";
    readonly key: "rateLimitPerPrincipal";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<{
        requests: number;
        windowSeconds: number;
    }, string>>;
    readonly type: "requests/seconds";
    readonly description: "Token bucket for every authenticated REST and MCP request of one principal, such as `600/60`; unset means no limit.";
}, {
    readonly name: "RATE_LIMIT_KEY_PREFIX";
    readonly key: "rateLimitKeyPrefix";
    readonly schema: z.ZodString;
    readonly default: "switchyard:rl:";
    readonly type: "string";
    readonly description: "Prefix of the Redis keys (rate-limit buckets, legacy session owners, replicas' metrics and log records) in cluster mode, so that deployments sharing one Redis keep apart.";
}, {
    readonly name: "CLUSTER_ADVERTISE_URL";
    readonly key: "clusterAdvertiseUrl";
    readonly schema: z.ZodString;
    readonly type: "URL";
    readonly description: "This replica's address as the other replicas reach it (cluster mode: they relay requests of legacy sessions it owns there). Unset: `http://{HOST}:{PORT}`, with this machine's hostname when HOST is `0.0.0.0` or `::` (as in a container).";
}, {
    readonly name: "SHUTDOWN_TIMEOUT_SECONDS";
    readonly key: "shutdownTimeoutSeconds";
    readonly schema: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    readonly default: "10";
    readonly type: "seconds";
    readonly description: "On SIGTERM or SIGINT: how long calls in flight may take to finish before sessions, streams and upstreams are closed anyway.";
}, {
    readonly name: "PLUGINS_CONFIG";
    readonly key: "pluginsConfig";
    readonly schema: z.ZodString;
    readonly type: "path";
    readonly description: "Plugins config file (YAML or JSON, see docs/plugins.md): hooks around tool calls, prompt renders, resource reads and registration; unset means no plugins.";
}, {
    readonly name: "NODE_ENV";
    readonly key: "nodeEnv";
    readonly schema: z.ZodString;
    readonly type: "string";
    readonly description: "`production` turns on the production rules: no well-known or short secrets, auth required.";
}];
//# sourceMappingURL=env-vars.d.ts.map