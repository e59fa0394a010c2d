import { describe, expect, it } from 'vitest'
import { ConfigError, GatewayEnvSchema, loadConfig } from './env-schema.js'

const strong = {
  NODE_ENV: 'production',
  JWT_SECRET_KEY: 'a-long-random-jwt-secret',
  AUTH_ENCRYPTION_SECRET: 'a-long-random-sealing-secret',
  PLATFORM_ADMIN_PASSWORD: 'a-strong-admin-password',
}

function failure(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('gives every default from an empty environment', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4444,
      dataDir: './data',
      jwtSecretKey: 'my-test-key',
      jwtAlgorithm: 'HS256',
      jwtIssuer: 'switchyard',
      jwtAudience: 'switchyard-api',
      tokenExpiry: 10080,
      maxFailedLoginAttempts: 5,
      accountLockoutDurationMinutes: 15,
      authRequired: true,
      authEncryptionSecret: 'my-test-salt',
      platformAdminEmail: 'admin@example.com',
      platformAdminPassword: 'changeme',
      platformAdminFullName: 'Platform Administrator',
      uiEnabled: true,
      adminApiEnabled: true,
      logLevel: 'info',
      toolNameSeparator: '-',
      healthCheckInterval: 60,
      upstreamTimeoutSeconds: 60,
      discoveryTimeoutSeconds: 15,
      metricsHistoryInterval: 60,
      outboundDenyPrivate: false,
      outboundDenyMetadata: true,
      maxBodyBytes: 4194304,
      auditRetentionDays: 30,
      rateLimitKeyPrefix: 'switchyard:rl:',
      shutdownTimeoutSeconds: 10,
      otelExporterOtlpProtocol: 'http/protobuf',
      otelExporterOtlpCompression: 'none',
      otelExporterOtlpTimeout: 10_000,
      otelTracesSampler: 'parentbased_always_on',
      otelTracesSamplerArg: 1,
      observabilityEnabled: true,
      logBufferSize: 1000,
    })
  })

  it('takes the cluster settings and names a bad one', () => {
    const config = loadConfig({
      CLUSTER_ADVERTISE_URL: 'http://gateway-2:4444',
      SHUTDOWN_TIMEOUT_SECONDS: '2.5',
    })
    expect(config).toMatchObject({
      clusterAdvertiseUrl: 'http://gateway-2:4444',
      shutdownTimeoutSeconds: 2.5,
    })
    expect(() => loadConfig({ CLUSTER_ADVERTISE_URL: 'gateway-2:4444' })).toThrow(
      /CLUSTER_ADVERTISE_URL.*http/,
    )
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(
      /SHUTDOWN_TIMEOUT_SECONDS.*greater than 0/,
    )
  })

  it('reads the OTLP export timeout in milliseconds, 10 s unless told, and names a bad one', () => {
    expect(loadConfig({}).otelExporterOtlpTimeout).toBe(10_000)
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_TRACES_TIMEOUT: '2500' }).otelExporterOtlpTracesTimeout,
    ).toBe(2500)
    expect(failure({ OTEL_EXPORTER_OTLP_TIMEOUT: '1.5s' }).message).toBe(
      'OTEL_EXPORTER_OTLP_TIMEOUT: must be a whole number from 1 to 2147483647 (got "1.5s")',
    )
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'grpc' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_PROTOCOL/,
    )
    // a timer waits at most 2^31 - 1 ms: a longer one fired at once
    expect(failure({ OTEL_EXPORTER_OTLP_TIMEOUT: '3000000000' }).message).toBe(
      'OTEL_EXPORTER_OTLP_TIMEOUT: must be a whole number from 1 to 2147483647 (got "3000000000")',
    )
    expect(failure({ HEALTH_CHECK_INTERVAL: '3000000' }).message).toMatch(
      /^HEALTH_CHECK_INTERVAL: must be a whole number from 0 to 2147483 /,
    )
    expect(failure({ UPSTREAM_TIMEOUT_SECONDS: '3000000' }).message).toMatch(
      /^UPSTREAM_TIMEOUT_SECONDS: must be a number greater than 0 and at most 2147483 /,
    )
    expect(failure({ SHUTDOWN_TIMEOUT_SECONDS: '3000000' }).message).toMatch(
      /^SHUTDOWN_TIMEOUT_SECONDS: must be a number greater than 0 and at most 2147483 /,
    )
  })

  it('parses OTLP headers as name=value pairs and names a malformed one', () => {
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc, x-team = ops' })
        .otelExporterOtlpHeaders,
    ).toEqual({ authorization: 'Bearer abc', 'x-team': 'ops' })
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_HEADERS: 'no-equals-sign' })).toThrow(
      /OTEL_EXPORTER_OTLP_HEADERS.*name=value/,
    )
    // a broken escape is named, not thrown as a URIError, and the secret is not echoed
    const error = failure({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%zzsecret' })
    expect(error.message).toMatch(/^OTEL_EXPORTER_OTLP_HEADERS: must percent-encode its values/)
    expect(error.message).not.toContain('secret')
    // a value no HTTP header can carry (a line break, past Latin-1) stops the start, not the export
    for (const value of ['x=a%0D%0Ab', 'x-tenant=%E2%82%AC']) {
      expect(failure({ OTEL_EXPORTER_OTLP_HEADERS: value }).message).toMatch(
        /^OTEL_EXPORTER_OTLP_HEADERS: must decode to header values/,
      )
    }
    expect(
      loadConfig({ OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=prod%2Ceu,team=a' })
        .otelResourceAttributes,
    ).toEqual({ 'deployment.environment.name': 'prod,eu', team: 'a' })
    expect(failure({ OTEL_RESOURCE_ATTRIBUTES: 'team=100%' }).message).toBe(
      'OTEL_RESOURCE_ATTRIBUTES: must percent-encode its values (% followed by two hex digits) (got "team=100%")',
    )
  })

  it('parses and types every kind of value', () => {
    const config = loadConfig({
      HOST: ' 0.0.0.0 ',
      PORT: '8080',
      DATABASE_URL: 'postgresql://app:pw@db:5432/switchyard',
      SWITCHYARD_DATA_DIR: '/var/lib/switchyard',
      REDIS_URL: 'rediss://cache:6380/0',
      JWT_ALGORITHM: 'hs512',
      TOKEN_EXPIRY: '60',
      AUTH_REQUIRED: 'No',
      BASIC_AUTH_USER: 'admin',
      BASIC_AUTH_PASSWORD: ' spaced secret ',
      MCPGATEWAY_UI_ENABLED: '0',
      MCPGATEWAY_ADMIN_API_ENABLED: 'YES',
      LOG_LEVEL: 'DEBUG',
      GATEWAY_TOOL_NAME_SEPARATOR: '__',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_TRACES_SAMPLER: 'ParentBased_TraceIdRatio',
      OTEL_TRACES_SAMPLER_ARG: ' 0.25 ',
      SWITCHYARD_MAX_BODY_BYTES: '1024',
      RATE_LIMIT_PER_PRINCIPAL: ' 100/60 ',
      NODE_ENV: 'development',
    })
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      databaseUrl: 'postgresql://app:pw@db:5432/switchyard',
      dataDir: '/var/lib/switchyard',
      redisUrl: 'rediss://cache:6380/0',
      jwtAlgorithm: 'HS512',
      tokenExpiry: 60,
      authRequired: false,
      basicAuthUser: 'admin',
      basicAuthPassword: ' spaced secret ',
      uiEnabled: false,
      adminApiEnabled: true,
      logLevel: 'debug',
      toolNameSeparator: '__',
      otelExporterOtlpEndpoint: 'http://collector:4318',
      otelTracesSampler: 'parentbased_traceidratio',
      otelTracesSamplerArg: 0.25,
      maxBodyBytes: 1024,
      rateLimitPerPrincipal: { requests: 100, windowSeconds: 60 },
      nodeEnv: 'development',
    })
  })

  it('accepts sqlite and postgres database URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:///./data/x.db' }).databaseUrl).toBe(
      'sqlite:///./data/x.db',
    )
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/app' }).databaseUrl).toBe(
      'postgres://localhost/app',
    )
  })

  it('treats empty values as unset and ignores unknown variables', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '', PATH: '/bin', SOMETHING_ELSE: 'x' })
    expect(config.port).toBe(4444)
    expect('databaseUrl' in config).toBe(false)
    expect(config).not.toHaveProperty('PATH')
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a whole number from 1 to 65535 (got "abc")'],
    [{ PORT: '65536' }, 'PORT: must be a whole number from 1 to 65535 (got "65536")'],
    [{ PORT: '80.5' }, 'PORT: must be a whole number from 1 to 65535 (got "80.5")'],
    [{ TOKEN_EXPIRY: '-5' }, 'TOKEN_EXPIRY: must be a positive whole number (got "-5")'],
    [
      { SWITCHYARD_MAX_BODY_BYTES: '0' },
      'SWITCHYARD_MAX_BODY_BYTES: must be a positive whole number (got "0")',
    ],
    [
      { AUTH_REQUIRED: 'maybe' },
      'AUTH_REQUIRED: must be true or false (or 1/0, yes/no) (got "maybe")',
    ],
    [{ JWT_ALGORITHM: 'RS256' }, 'JWT_ALGORITHM: must be one of HS256, HS384, HS512 (got "RS256")'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL: must be one of trace, debug, info, warn, error, fatal, silent (got "loud")',
    ],
    [
      { OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' },
      'OTEL_EXPORTER_OTLP_PROTOCOL: must be one of http/protobuf, http/json (got "grpc")',
    ],
    [
      { OTEL_EXPORTER_OTLP_COMPRESSION: 'brotli' },
      'OTEL_EXPORTER_OTLP_COMPRESSION: must be one of none, gzip (got "brotli")',
    ],
    [
      { OTEL_TRACES_SAMPLER: 'jaeger_remote' },
      'OTEL_TRACES_SAMPLER: must be one of parentbased_always_on, parentbased_always_off, parentbased_traceidratio, always_on, always_off, traceidratio (got "jaeger_remote")',
    ],
    [
      { OTEL_TRACES_SAMPLER_ARG: '1.5' },
      'OTEL_TRACES_SAMPLER_ARG: must be a number from 0 to 1 (got "1.5")',
    ],
    [
      { OTEL_TRACES_SAMPLER_ARG: '-0.1' },
      'OTEL_TRACES_SAMPLER_ARG: must be a number from 0 to 1 (got "-0.1")',
    ],
    [
      { GATEWAY_TOOL_NAME_SEPARATOR: '/' },
      'GATEWAY_TOOL_NAME_SEPARATOR: must be one of -, _, ., __ (got "/")',
    ],
    [
      { PLATFORM_ADMIN_EMAIL: 'admin' },
      'PLATFORM_ADMIN_EMAIL: must be an e-mail address (got "admin")',
    ],
    [
      { REDIS_URL: 'http://cache' },
      'REDIS_URL: must be a redis:// or rediss:// URL (got "http://cache")',
    ],
    [
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' },
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: must be an http:// or https:// URL (got "grpc://collector:4317")',
    ],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' },
      'OTEL_EXPORTER_OTLP_ENDPOINT: must be an http:// or https:// URL (got "collector:4318")',
    ],
    [{ HOST: '   ' }, 'HOST: must not be empty (got "   ")'],
    [
      { RATE_LIMIT_PER_PRINCIPAL: '100' },
      'RATE_LIMIT_PER_PRINCIPAL: must be requests/windowSeconds, such as 100/60 (got "100")',
    ],
    [
      { RATE_LIMIT_PER_PRINCIPAL: '5/90000' },
      'RATE_LIMIT_PER_PRINCIPAL: windowSeconds must be at most 86400 (got "5/90000")',
    ],
  ])('refuses %j with one line naming the variable', (env, message) => {
    const error = failure(env)
    expect(error.message).toBe(message)
    expect(error.message).not.toContain('\n')
    expect(error.variable).toBe(Object.keys(env)[0])
  })

  it('masks the password of a bad DATABASE_URL in the message', () => {
    const error = failure({ DATABASE_URL: 'mysql://app:hunter2@db/app' })
    expect(error.message).toBe(
      'DATABASE_URL: must be sqlite:///path/to/file.db or postgres://user:password@host:5432/database (got "mysql://app:*****@db/app")',
    )
    expect(failure({ DATABASE_URL: 'sqlite:///' }).variable).toBe('DATABASE_URL')
  })

  it('names every bad variable on one line, in table order', () => {
    const error = failure({ LOG_LEVEL: 'loud', PORT: 'x' })
    expect(error.problems.map((p) => p.variable)).toEqual(['PORT', 'LOG_LEVEL'])
    expect(error.message).toMatch(/^PORT: .+; LOG_LEVEL: .+$/)
  })

  it('is a ConfigError with a name', () => {
    const error = failure({ PORT: 'x' })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ConfigError')
  })
})

describe('production rules', () => {
  it('accepts strong secrets', () => {
    expect(loadConfig(strong).nodeEnv).toBe('production')
  })

  it('refuses the default dev secrets, naming each variable', () => {
    const error = failure({ NODE_ENV: 'production' })
    expect(error.problems.map((p) => p.variable)).toEqual([
      'JWT_SECRET_KEY',
      'AUTH_ENCRYPTION_SECRET',
      'PLATFORM_ADMIN_PASSWORD',
    ])
    expect(error.problems[0]?.reason).toBe(
      'must not be a well-known development value when NODE_ENV=production',
    )
  })

  it.each(['my-test-key', 'my-test-salt', 'changeme', 'dev-secret', 'secret', 'password', 'admin'])(
    'refuses the well-known value %s',
    (value) => {
      for (const variable of [
        'JWT_SECRET_KEY',
        'AUTH_ENCRYPTION_SECRET',
        'PLATFORM_ADMIN_PASSWORD',
        'BASIC_AUTH_PASSWORD',
      ]) {
        const error = failure({ ...strong, BASIC_AUTH_USER: 'ops', [variable]: value })
        expect(error.message).toBe(
          `${variable}: must not be a well-known development value when NODE_ENV=production`,
        )
        expect(error.message).not.toContain(`"${value}"`)
      }
    },
  )

  it('refuses short JWT and encryption secrets without echoing them', () => {
    expect(failure({ ...strong, JWT_SECRET_KEY: 'short-secret' }).message).toBe(
      'JWT_SECRET_KEY: must be at least 16 characters when NODE_ENV=production (got 12)',
    )
    expect(failure({ ...strong, AUTH_ENCRYPTION_SECRET: 'abc' }).variable).toBe(
      'AUTH_ENCRYPTION_SECRET',
    )
    expect(loadConfig({ ...strong, PLATFORM_ADMIN_PASSWORD: 'short-but-ok' }).nodeEnv).toBe(
      'production',
    )
  })

  it('refuses AUTH_REQUIRED=false', () => {
    expect(failure({ ...strong, AUTH_REQUIRED: '0' }).message).toBe(
      'AUTH_REQUIRED: must not be false when NODE_ENV=production',
    )
  })

  it('allows dev secrets and auth off outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development', AUTH_REQUIRED: 'false' }).authRequired).toBe(false)
  })
})

describe('GatewayEnvSchema', () => {
  it('is a zod schema from the environment to the config', () => {
    expect(GatewayEnvSchema.parse({ PORT: '1' }).port).toBe(1)
    expect(GatewayEnvSchema.safeParse({ PORT: 'x' }).success).toBe(false)
  })
})
