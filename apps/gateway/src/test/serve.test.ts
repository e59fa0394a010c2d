import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from './test-gateway.js'

/** `switchyard` as users run it: a real process, a real port, the CLI for tokens, export and import. */

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const secret = 'serve-test-jwt-secret-0123456789'
const pgAdminUrl =
  process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

function envFor(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    SWITCHYARD_DATA_DIR: dir,
    JWT_SECRET_KEY: secret,
    AUTH_ENCRYPTION_SECRET: 'serve-test-seal-secret-0123456789',
    PLATFORM_ADMIN_EMAIL: 'ops@example.com',
    PLATFORM_ADMIN_PASSWORD: 'ops-password',
    LOG_LEVEL: 'warn',
    ...extra,
  }
}

function runCli(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    env,
    encoding: 'utf8',
    timeout: 30_000,
    input,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface Server {
  url: string
  child: ChildProcess
  stop(): Promise<number | null>
}

async function serve(env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const child = spawn(process.execPath, [cli, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${stderr}`)
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) throw new Error(`serve did not answer: ${stderr}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code))
        child.kill('SIGTERM')
      }),
  }
}

describe('switchyard serve on the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-serve-'))
  const env = envFor(dir)
  let server: Server
  beforeAll(async () => {
    server = await serve(env)
  })
  afterAll(async () => {
    if (server.child.exitCode === null) await server.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('accepts a token from `switchyard token create`, keeps the registry across restarts and exits 0 on SIGTERM', async () => {
    const minted = runCli(['token', 'create', '--username', 'ops@example.com', '--exp', '10'], env)
    expect(minted.status, minted.stderr).toBe(0)
    const token = minted.stdout.trim()
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const created = await fetch(`${server.url}/tools`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'survivor', url: 'http://127.0.0.1:9/x' }),
    })
    expect(created.status).toBe(201)
    const forged = runCli(
      [
        'token',
        'create',
        '--username',
        'ops@example.com',
        '--exp',
        '10',
        '--secret',
        'another-secret-entirely',
      ],
      env,
    )
    const refused = await fetch(`${server.url}/tools`, {
      headers: { authorization: `Bearer ${forged.stdout.trim()}` },
    })
    expect(refused.status).toBe(401)

    expect(await server.stop()).toBe(0)
    server = await serve(env)
    const listed = (await (await fetch(`${server.url}/tools`, { headers })).json()) as {
      name: string
    }[]
    expect(listed.map((t) => t.name)).toEqual(['survivor'])
  })

  it('exports with the CLI and imports into another store, all or nothing', () => {
    const exported = runCli(['export'], env)
    expect(exported.status, exported.stderr).toBe(0)
    const document = JSON.parse(exported.stdout) as { entities: { tools: { name: string }[] } }
    expect(document.entities.tools.map((t) => t.name)).toEqual(['survivor'])

    const other = mkdtempSync(join(tmpdir(), 'switchyard-import-'))
    try {
      const file = join(other, 'backup.json')
      writeFileSync(file, exported.stdout)
      const otherEnv = envFor(other)
      const dry = runCli(['import', file, '--dry-run'], otherEnv)
      expect(dry.status, dry.stderr).toBe(0)
      expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, created: { tools: 1 } })
      const empty = JSON.parse(
        runCli(['export', '--types', 'tools'], otherEnv).stdout,
      ) as typeof document
      expect(empty.entities.tools).toEqual([])
      const real = runCli(['import', file, '--conflict', 'fail'], otherEnv)
      expect(real.status, real.stderr).toBe(0)
      const again = runCli(['import', file, '--conflict', 'fail'], otherEnv)
      expect(again.status).toBe(1)
      expect(again.stderr).toContain('tools: survivor')
      const broken = runCli(['import', '-'], otherEnv, '{"format": "nope"')
      expect(broken.status).toBe(1)
      expect(broken.stderr).toMatch(/not JSON/)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('imports role assignments naming built-in roles into a store never served', async () => {
    const token = runCli(['token', 'create', '--username', 'ops@example.com', '--exp', '10'], env)
    const headers = { authorization: `Bearer ${token.stdout.trim()}` }
    const created = await fetch(`${server.url}/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: 'dev@example.com', password: 'dev-password-123' }),
    })
    expect(created.status).toBe(201)
    const given = await fetch(`${server.url}/rbac/users/dev@example.com/roles`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ role: 'viewer' }),
    })
    expect(given.status).toBe(201)
    const exported = runCli(['export'], env)
    const document = JSON.parse(exported.stdout) as { entities: { roleAssignments: unknown[] } }
    expect(document.entities.roleAssignments).toEqual([
      { email: 'dev@example.com', role: 'developer', team: null },
      { email: 'dev@example.com', role: 'viewer', team: null },
    ])

    const fresh = mkdtempSync(join(tmpdir(), 'switchyard-restore-'))
    try {
      const file = join(fresh, 'backup.json')
      writeFileSync(file, exported.stdout)
      const restored = runCli(['import', file], envFor(fresh))
      expect(restored.status, restored.stderr).toBe(0)
      // the roles are known (code defines them); the user is not on this store, so both are skipped
      const report = JSON.parse(restored.stdout) as { warnings: { at: string }[] }
      expect(report.warnings.map((w) => w.at)).toEqual([
        'entities.roleAssignments.0.email',
        'entities.roleAssignments.1.email',
      ])
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})

describe('switchyard on PostgreSQL', () => {
  const name = `switchyard_serve_${randomBytes(5).toString('hex')}`
  const admin = postgres(pgAdminUrl, { max: 1, onnotice: () => undefined })
  const url = pgAdminUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`)
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-pg-'))
  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`)
  })
  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end()
    rmSync(dir, { recursive: true, force: true })
  })

  it('migrates, serves and logs in against a real PostgreSQL server', async () => {
    const env = envFor(dir, { DATABASE_URL: url })
    const migrated = runCli(['migrate'], env)
    expect(migrated.status, migrated.stderr).toBe(0)
    expect(migrated.stdout).toContain('schema version 0019-login-failures')
    const server = await serve(env)
    try {
      const login = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: 'ops@example.com', password: 'ops-password' }),
      })
      expect(login.status).toBe(200)
      const ready = (await (await fetch(`${server.url}/version`)).json()) as { store: string }
      expect(ready.store).toBe('postgres')
    } finally {
      expect(await server.stop()).toBe(0)
    }
  })
})
