import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeProtectedHeader, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const gatewayDir = fileURLToPath(new URL('..', import.meta.url))
const cli = join(gatewayDir, 'dist', 'cli.js')
const { version } = JSON.parse(readFileSync(join(gatewayDir, 'package.json'), 'utf8')) as {
  version: string
}
let cwd = ''

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** {@link run} without blocking this process, for a run that needs a server of the test's own. */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 15_000,
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  )
}

function expectUsageError(result: Run, option: string): void {
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^switchyard: .+\n$/)
  expect(result.stderr).toContain(option)
}

// Runs the built CLI (`pnpm test` builds first); rebuilding here would race the other suites using dist/.
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'switchyard-cli-'))
})

afterAll(() => {
  if (cwd) rmSync(cwd, { recursive: true, force: true })
})

describe('switchyard', () => {
  it('prints its version', () => {
    const result = run(['--version'])
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('prints help with commands and examples', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: switchyard [options] [command]')
    for (const command of ['serve', 'token', 'config', 'migrate', 'export', 'import']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    }
    expect(result.stdout).toContain('Examples:')
    expect(result.stdout).toContain('$ switchyard token create --username admin@example.com')
  })

  it('refuses an unknown command or option with exit code 2', () => {
    expectUsageError(run(['bogus']), "unknown command 'bogus'")
    expectUsageError(run(['config', '--bogus']), "unknown option '--bogus'")
  })
})

describe('switchyard config --print', () => {
  it('prints the effective configuration with secrets masked', () => {
    const result = run(['config', '--print'], {
      PORT: '5050',
      JWT_SECRET_KEY: 'jwt-secret-value',
      AUTH_ENCRYPTION_SECRET: 'sealing-secret-value',
      PLATFORM_ADMIN_PASSWORD: 'admin-secret-value',
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD: 'basic-secret-value',
      DATABASE_URL: 'postgres://app:db-secret-value@db:5432/app',
    })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain('PORT=5050')
    expect(lines).toContain('JWT_SECRET_KEY=*****')
    expect(lines).toContain('BASIC_AUTH_PASSWORD=*****')
    expect(lines).toContain('DATABASE_URL=postgres://app:*****@db:5432/app')
    expect(result.stdout).not.toContain('secret-value')
  })

  it('exits 2 with one line naming a bad variable', () => {
    const result = run(['config', '--print'], { PORT: 'abc' })
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'switchyard: PORT: must be a whole number from 1 to 65535 (got "abc")\n',
    })
  })

  it('will not serve with a bad upstream or discovery timeout, naming each variable', () => {
    const result = run(['serve'], {
      UPSTREAM_TIMEOUT_SECONDS: '0',
      DISCOVERY_TIMEOUT_SECONDS: '3000000',
    })
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'switchyard: UPSTREAM_TIMEOUT_SECONDS: must be a number greater than 0 and at most 2147483 (got "0"); DISCOVERY_TIMEOUT_SECONDS: must be a number greater than 0 and at most 2147483 (got "3000000")\n',
    })
  })

  it('refuses the dev secrets when NODE_ENV=production', () => {
    const result = run(['config'], { NODE_ENV: 'production' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^switchyard: JWT_SECRET_KEY: must not be a well-known/)
    expect(result.stderr.split('\n')).toHaveLength(2)
  })

  it('reads .env from the working directory without overriding the environment', () => {
    writeFileSync(join(cwd, '.env'), 'PORT=6060\nHOST=0.0.0.0\n')
    try {
      const fromFile = run(['config', '--print'])
      expect(fromFile.stdout).toContain('PORT=6060\n')
      expect(fromFile.stdout).toContain('HOST=0.0.0.0\n')
      expect(run(['config', '--print'], { PORT: '7070' }).stdout).toContain('PORT=7070\n')
    } finally {
      rmSync(join(cwd, '.env'))
    }
  })
})

describe('switchyard token create', () => {
  it('prints a JWT that verifies with the given secret', async () => {
    const secret = 'a-secret-for-this-test'
    const result = run([
      'token',
      'create',
      '--username',
      'alice@example.com',
      '--exp',
      '60',
      '--secret',
      secret,
      '--admin',
      '--full-name',
      'Alice Example',
    ])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const token = result.stdout.trim()
    expect(result.stdout).toBe(`${token}\n`)
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: 'switchyard',
      audience: 'switchyard-api',
      algorithms: ['HS256'],
    })
    expect(protectedHeader.alg).toBe('HS256')
    expect(payload.sub).toBe('alice@example.com')
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/)
    expect(payload.exp).toBe((payload.iat ?? 0) + 3600)
    expect(payload['is_admin']).toBe(true)
    expect(payload['full_name']).toBe('Alice Example')
  })

  it('takes the secret, algorithm, issuer, audience and lifetime from the environment', async () => {
    const env = {
      JWT_SECRET_KEY: 'environment-secret',
      JWT_ALGORITHM: 'HS512',
      JWT_ISSUER: 'issuer-x',
      JWT_AUDIENCE: 'audience-y',
      TOKEN_EXPIRY: '5',
    }
    const result = run(['token', 'create', '-u', 'bob@example.com'], env)
    expect(result.status).toBe(0)
    const token = result.stdout.trim()
    expect(decodeProtectedHeader(token).alg).toBe('HS512')
    const { payload } = await jwtVerify(token, new TextEncoder().encode(env.JWT_SECRET_KEY), {
      issuer: 'issuer-x',
      audience: 'audience-y',
    })
    expect(payload.exp).toBe((payload.iat ?? 0) + 300)
    expect(payload).not.toHaveProperty('is_admin')
  })

  it('honours --algorithm', () => {
    const result = run(['token', 'create', '-u', 'a@example.com', '--algorithm', 'hs384'])
    expect(decodeProtectedHeader(result.stdout.trim()).alg).toBe('HS384')
  })

  it.each(['abc', '0', '-5', '1.5', ''])('exits 2 for --exp %j', (exp) => {
    const result = run(['token', 'create', '--username', 'a@example.com', '--exp', exp])
    expectUsageError(result, '--exp')
  })

  it('exits 2 naming an empty --secret (was exit 1: "JWT secret must be a non-empty string")', () => {
    expectUsageError(run(['token', 'create', '-u', 'a@example.com', '--secret', '']), '--secret')
  })

  it('exits 2 for a bad or missing --username or --algorithm', () => {
    expectUsageError(run(['token', 'create', '--username', 'nobody']), '--username')
    expectUsageError(run(['token', 'create', '--exp', '5']), '--username')
    expectUsageError(
      run(['token', 'create', '-u', 'a@example.com', '--algorithm', 'RS256']),
      '--algorithm',
    )
  })
})

describe('other commands', () => {
  it('exits 2 for a bad --conflict or --port', () => {
    expectUsageError(run(['import', 'x.json', '--conflict', 'merge']), '--conflict')
    expectUsageError(run(['serve', '--port', '70000']), '--port')
    expectUsageError(run(['--port', 'x']), '--port')
  })

  it('says it cannot connect to the database, naming DATABASE_URL without its password', () => {
    // Nothing listens on port 9.
    const result = run(['serve'], { DATABASE_URL: 'postgres://u:secret@127.0.0.1:9/db' })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      'switchyard: cannot connect to the database (DATABASE_URL, postgres://u:*****@127.0.0.1:9/db): connect ECONNREFUSED 127.0.0.1:9\n',
    )
  })

  it('names the database folder and its setting when it cannot be made', () => {
    const file = join(cwd, 'not-a-folder.txt')
    writeFileSync(file, 'text\n')
    const result = run(['migrate'], { SWITCHYARD_DATA_DIR: join(file, 'data') })
    expect(result.stderr).toBe(
      `switchyard: cannot create the folder ${file}/data for the database file (SWITCHYARD_DATA_DIR): a part of the path is a file, not a folder\n`,
    )
    expect(result.status).toBe(1)
  })

  it('fails at once on a database folder under /proc, naming it and its setting (Node 20 spun for ever)', async () => {
    const said = (folder: string, setting: string) =>
      `switchyard: cannot create the folder ${folder} for the database file (${setting}): folders cannot be made there\n`
    const [serve, migrate, exported, sqliteUrl] = await Promise.all([
      runAsync(['serve', '--port', '1'], { SWITCHYARD_DATA_DIR: '/proc/switchyard-x' }),
      runAsync(['migrate'], { SWITCHYARD_DATA_DIR: '/proc/switchyard-x/data' }),
      runAsync(['export'], { SWITCHYARD_DATA_DIR: '/proc/switchyard-x' }),
      runAsync(['migrate'], { DATABASE_URL: 'sqlite:////proc/switchyard-y/s.db' }),
    ])
    expect(serve).toEqual({
      status: 1,
      stdout: '',
      stderr: said('/proc/switchyard-x', 'SWITCHYARD_DATA_DIR'),
    })
    expect(migrate.stderr).toBe(said('/proc/switchyard-x', 'SWITCHYARD_DATA_DIR'))
    expect(exported.stderr).toBe(said('/proc/switchyard-x', 'SWITCHYARD_DATA_DIR'))
    expect(sqliteUrl.stderr).toBe(said('/proc/switchyard-y', 'DATABASE_URL'))
    expect([migrate.status, exported.status, sqliteUrl.status]).toEqual([1, 1, 1])
  })

  it('names the file and says plainly what is wrong when import or export cannot use it (was raw errno text)', async () => {
    const env = { SWITCHYARD_DATA_DIR: join(cwd, 'files-data') }
    expect(run(['migrate'], env).status).toBe(0)
    const file = join(cwd, 'plain.txt')
    writeFileSync(file, 'text\n')
    const cases = [
      [
        ['import', join(cwd, 'nope.json')],
        `cannot read ${join(cwd, 'nope.json')}: no such file or folder`,
      ],
      [['import', cwd], `cannot read ${cwd}: it is a folder, not a file`],
      [
        ['import', join(file, 'x.json')],
        `cannot read ${file}/x.json: a part of the path is a file, not a folder`,
      ],
      [['export', '--out', cwd], `cannot write ${cwd}: it is a folder, not a file`],
      [
        ['export', '--out', join(cwd, 'no', 'x.json')],
        `cannot write ${join(cwd, 'no', 'x.json')}: its folder ${join(cwd, 'no')} does not exist`,
      ],
      [
        ['export', '--out', '/sys/switchyard-export.json'],
        'cannot write /sys/switchyard-export.json: permission denied',
      ],
      [['export', '--out', '/dev/full'], 'cannot write /dev/full: no space left on the device'],
    ] as const
    const results = await Promise.all(cases.map(([args]) => runAsync([...args], env)))
    cases.forEach(([, said], index) => {
      expect(results[index]).toEqual({ status: 1, stdout: '', stderr: `switchyard: ${said}\n` })
    })
  }, 60_000)

  it('names stdin or the file when the import is empty or not JSON', () => {
    const env = { SWITCHYARD_DATA_DIR: cwd }
    expect(run(['import', '-'], env)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'switchyard: stdin is empty\n',
    })
    const file = join(cwd, 'broken.json')
    writeFileSync(file, '{"format":')
    expect(run(['import', file], env).stderr).toMatch(
      new RegExp(`^switchyard: ${file} is not JSON: [^\n]+\n$`),
    )
  })

  it('says in one line that the port is taken, or the host is not this machine (was listen EADDRINUSE)', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as AddressInfo
    try {
      const inUse = await runAsync(['serve', '--port', String(port)], { SWITCHYARD_DATA_DIR: cwd })
      expect(inUse.stderr).toBe(
        `switchyard: port ${port} is already in use on 127.0.0.1 (set PORT or pass --port)\n`,
      )
      expect(inUse.status).toBe(1)
    } finally {
      taken.close()
    }
    const elsewhere = run(['serve', '--host', '192.0.2.1', '--port', '4999'], {
      SWITCHYARD_DATA_DIR: cwd,
    })
    expect(elsewhere.stderr).toBe(
      'switchyard: cannot listen on 192.0.2.1:4999: no such address on this machine (set HOST or pass --host)\n',
    )
    expect(elsewhere.status).toBe(1)
  })

  it('SIGTERM while the gateway starts: it starts, shuts down and exits 0 (was killed by it, exit 143)', async () => {
    // A plugin that loads only once the test opens the gate: the start is under way till then.
    const gate = join(cwd, 'start-gate')
    writeFileSync(
      join(cwd, 'gate.mjs'),
      [
        "import { existsSync, writeFileSync } from 'node:fs'",
        'export default async () => {',
        `  writeFileSync(${JSON.stringify(`${gate}.reached`)}, '')`,
        `  while (!existsSync(${JSON.stringify(gate)})) await new Promise((r) => setTimeout(r, 20))`,
        '  return { toolPreInvoke: () => undefined }',
        '}',
      ].join('\n'),
    )
    const plugins = join(cwd, 'gate-plugins.json')
    writeFileSync(
      plugins,
      JSON.stringify({
        plugins: [{ name: 'gate', kind: 'module', module: './gate.mjs', timeoutMs: 30_000 }],
      }),
    )
    const free = createServer()
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve))
    const { port } = free.address() as AddressInfo
    await new Promise((resolve) => free.close(resolve))
    const child = spawn(process.execPath, [cli, 'serve', '--port', String(port)], {
      cwd,
      env: {
        PATH: process.env['PATH'] ?? '',
        PLUGINS_CONFIG: plugins,
        SWITCHYARD_DATA_DIR: join(cwd, 'gate-data'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    await expect.poll(() => existsSync(`${gate}.reached`), { timeout: 15_000 }).toBe(true)
    child.kill('SIGTERM')
    writeFileSync(gate, '')
    expect(await exited).toEqual({ code: 0, signal: null })
    expect(output).toMatch(/"signal":"SIGTERM","msg":"shutting down"/)
  })

  it('exits 2 naming a plugin that never finishes loading (was exit 13, saying nothing)', () => {
    writeFileSync(join(cwd, 'stuck.mjs'), 'export default () => new Promise(() => {})\n')
    const plugins = join(cwd, 'plugins.json')
    writeFileSync(
      plugins,
      JSON.stringify({
        plugins: [{ name: 'stuck', kind: 'module', module: './stuck.mjs', timeoutMs: 300 }],
      }),
    )
    const result = run(['serve'], { PLUGINS_CONFIG: plugins, SWITCHYARD_DATA_DIR: cwd })
    expect(result.stderr).toBe(
      `switchyard: PLUGINS_CONFIG: ${plugins}: plugins[0].module: plugin 'stuck' did not finish loading within 0.3 s (its timeoutMs)\n`,
    )
    expect(result.status).toBe(2)
  })

  it('reports a failure in one line with exit code 1, with the stack only at LOG_LEVEL=debug', () => {
    const missing = join(cwd, 'missing.json')
    const result = run(['import', missing])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(`switchyard: cannot read ${missing}: no such file or folder\n`)
    const debug = run(['import', missing], { LOG_LEVEL: 'DEBUG' })
    expect(debug.status).toBe(1)
    expect(debug.stderr.split('\n').length).toBeGreaterThan(2)
    expect(debug.stderr).toContain('    at ')
  })
})
