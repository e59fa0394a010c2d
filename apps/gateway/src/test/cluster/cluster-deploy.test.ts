import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Deployment } from 'kubernetes-models/apps/v1'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1'
import { Secret, Service } from 'kubernetes-models/v1'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { loadConfig } from '../../config/env-schema.js'

const dockerDir = fileURLToPath(new URL('../../../../../docker/', import.meta.url))
const read = (name: string) => readFileSync(`${dockerDir}${name}`, 'utf8')
const run = promisify(execFile)

/** A service as `docker compose config --format json` writes it (interpolated, long syntax). */
type ComposeService = {
  image?: string
  environment?: Record<string, string>
  deploy?: { replicas?: number }
  depends_on?: Record<string, { condition: string; required: boolean }>
  volumes?: { type: string; source: string; target: string; read_only?: boolean }[]
  ports?: { target: number; published: string; protocol: string }[]
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
          volumeMounts: { name: string; mountPath: string }[]
        }[]
        volumes: {
          name: string
          projected?: { sources: { serviceAccountToken?: { path: string } }[] }
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
 * `docker compose -f docker/compose.yaml config` (Docker Compose v2, which .ci/run installs when it
 * is missing) with these variables and nothing else from the environment: the model as JSON, or
 * Compose's error.
 */
async function composeConfig(
  env: Record<string, string>,
): Promise<{ services: Record<string, ComposeService> }> {
  const { stdout } = await run(
    'docker',
    ['compose', '-f', `${dockerDir}compose.yaml`, 'config', '--format', 'json'],
    { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
  )
  return JSON.parse(stdout) as { services: Record<string, ComposeService> }
}

/**
 * The deployment files: Docker Compose itself validates docker/compose.yaml (three gateway replicas
 * behind HAProxy on PostgreSQL and Redis, each replica's environment passing the gateway's own
 * config check); docker/k8s/*.yaml are valid Kubernetes objects, probe /health and /ready, and
 * configure a valid gateway.
 */
describe('deployment files', () => {
  it('is a Compose file that runs three gateway replicas behind a load balancer on PostgreSQL and Redis', async () => {
    const { services } = await composeConfig(secrets)
    expect(Object.keys(services).sort()).toEqual(['gateway', 'lb', 'postgres', 'redis'])
    const gateway = services.gateway!
    expect(gateway.deploy?.replicas).toBe(3)
    expect(gateway.ports).toBeUndefined()
    expect(gateway.depends_on).toEqual({
      postgres: { condition: 'service_healthy', required: true },
      redis: { condition: 'service_healthy', required: true },
    })
    const env = gateway.environment!
    expect(env.DATABASE_URL).toBe('postgres://switchyard:pg-secret@postgres:5432/switchyard')
    expect(env.REDIS_URL).toBe('redis://redis:6379/0')
    const config = loadConfig(env)
    expect(config.nodeEnv).toBe('production')
    expect(config.port).toBe(4444)

    const lb = services.lb!
    expect(lb.image).toMatch(/^haproxy:/)
    expect(lb.ports).toMatchObject([{ target: 4444, published: '4444', protocol: 'tcp' }])
    expect(lb.volumes).toMatchObject([
      {
        type: 'bind',
        source: `${dockerDir}haproxy.cfg`,
        target: '/usr/local/etc/haproxy/haproxy.cfg',
        read_only: true,
      },
    ])
    const haproxy = read('haproxy.cfg')
    expect(haproxy).toMatch(/server-template gateway \d+ gateway:4444 check/)
    expect(haproxy).toContain('option httpchk GET /health')
    expect(services.postgres!.healthcheck?.test.join(' ')).toContain('pg_isready')
    expect(services.redis!.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping'])
  })

  it('refuses to start the cluster without its secrets', async () => {
    const { JWT_SECRET_KEY, ...rest } = secrets
    expect(JWT_SECRET_KEY).toBeTruthy()
    const refusal = await composeConfig(rest).then(
      () => undefined,
      (error: { stderr: string }) => error.stderr,
    )
    expect(refusal).toContain('required variable JWT_SECRET_KEY is missing a value')
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
    // Each is valid by Kubernetes' own OpenAPI schemas, which do judge.
    const models = { Deployment, PodDisruptionBudget, Secret, Service }
    for (const object of objects) {
      const Model = models[object.kind as keyof typeof models]
      expect(() => new Model(object as never).validate(), object.kind).not.toThrow()
    }
    const wrong = { ...byKind('Deployment'), spec: { ...byKind('Deployment').spec, replicas: '3' } }
    expect(() => new Deployment(wrong as never).validate()).toThrow('replicas must be integer')

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
    // The workload identity token file lies in a projected service account token volume.
    const mount = container.volumeMounts.find((m) =>
      config.oauthWorkloadTokenFile?.startsWith(`${m.mountPath}/`),
    )
    const volume = deployment.template!.spec.volumes.find((v) => v.name === mount?.name)
    expect(volume?.projected?.sources[0]?.serviceAccountToken?.path).toBe(
      config.oauthWorkloadTokenFile?.slice(`${mount!.mountPath}/`.length),
    )
    expect(config.databaseUrl).toMatch(/^postgres:\/\//)
    expect(config.redisUrl).toMatch(/^redis:\/\//)
    expect(config.port).toBe(container.ports[0]!.containerPort)
  })
})
