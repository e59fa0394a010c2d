import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import postgres from 'postgres'
import { freePort } from '../test-gateway.js'

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url))
const pgAdminUrl =
  process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const redisUrl = process.env.SWITCHYARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** One `switchyard serve` process of a test cluster. */
export interface Replica {
  /** 0-based position in the cluster. */
  index: number
  url: string
  port: number
  child: ChildProcess
  /** Everything the process wrote to stderr so far (its logs). */
  stderr(): string
  /** Sends `signal` and waits for the process to exit; resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Several gateway processes on loopback ports sharing one fresh PostgreSQL database and Redis prefix. */
export interface Cluster {
  replicas: Replica[]
  /** The environment every replica runs with (DATABASE_URL, REDIS_URL, secrets, ...). */
  env: Record<string, string>
  /** The Redis key prefix of this cluster (RATE_LIMIT_KEY_PREFIX). */
  prefix: string
  /** A bearer token for the platform admin, valid on every replica. */
  adminToken: string
  /** Starts a replica again (same port) after it was stopped or killed. */
  restart(index: number): Promise<Replica>
  /** Stops every replica, drops the database and deletes the Redis keys. */
  dispose(): Promise<void>
}

/** What startCluster takes. */
export interface ClusterOptions {
  replicas?: number
  /** Extra environment for every replica. */
  env?: Record<string, string>
  /** Environment of one replica on top of the shared one (such as DATABASE_URL through a proxy). */
  replicaEnv?: (index: number, env: Readonly<Record<string, string>>) => Record<string, string>
}

async function untilHealthy(replica: Replica): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (replica.child.exitCode !== null)
      throw new Error(
        `replica ${replica.index} exited ${replica.child.exitCode}: ${replica.stderr()}`,
      )
    const ok = await fetch(`${replica.url}/health`).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) return
    if (Date.now() > deadline)
      throw new Error(`replica ${replica.index} did not answer: ${replica.stderr()}`)
    await sleep(100)
  }
}

async function spawnReplica(
  index: number,
  port: number,
  env: Record<string, string>,
): Promise<Replica> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const replica: Replica = {
    index,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
        child.once('exit', (code) => resolve(code))
        child.kill(signal)
      }),
  }
  await untilHealthy(replica)
  return replica
}

/** Starts `replicas` (default 3) gateway processes on one new PostgreSQL database and Redis prefix. */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const name = `switchyard_cluster_${randomBytes(5).toString('hex')}`
  const prefix = `switchyard-test:${name}:`
  const admin = postgres(pgAdminUrl, { max: 1, onnotice: () => undefined })
  await admin.unsafe(`create database ${name}`)
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: pgAdminUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
    REDIS_URL: redisUrl,
    RATE_LIMIT_KEY_PREFIX: prefix,
    JWT_SECRET_KEY: 'cluster-test-jwt-secret-0123456789',
    AUTH_ENCRYPTION_SECRET: 'cluster-test-seal-secret-0123456789',
    PLATFORM_ADMIN_EMAIL: 'admin@example.com',
    PLATFORM_ADMIN_PASSWORD: 'admin-password',
    LOG_LEVEL: 'warn',
    ...options.env,
  }
  const replicas: Replica[] = []
  const envOf = (index: number) => ({ ...env, ...options.replicaEnv?.(index, env) })
  const dispose = async () => {
    await Promise.all(replicas.map((replica) => replica.stop('SIGKILL')))
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end()
    const redis = new Redis(redisUrl)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  }
  try {
    // The first replica migrates the database alone; the others start on the migrated schema.
    for (let index = 0; index < (options.replicas ?? 3); index++)
      replicas.push(await spawnReplica(index, await freePort(), envOf(index)))
    const login = await fetch(`${replicas[0]!.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: env.PLATFORM_ADMIN_EMAIL,
        password: env.PLATFORM_ADMIN_PASSWORD,
      }),
    })
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`)
    const { accessToken } = (await login.json()) as { accessToken: string }
    return {
      replicas,
      env,
      prefix,
      adminToken: accessToken,
      restart: async (index) => {
        const old = replicas[index]
        if (!old) throw new Error(`no replica ${index}`)
        await old.stop('SIGKILL')
        const replica = await spawnReplica(index, old.port, envOf(index))
        replicas[index] = replica
        return replica
      },
      dispose,
    }
  } catch (error) {
    await dispose()
    throw error
  }
}
