#!/usr/bin/env node
// Pack test: installs the published packages the way users will and runs their CLIs from there.
//  1. `pnpm pack` every non-private package under packages/* and apps/* (workspace: ranges become versions)
//  2. `npm init -y` + `npm install <all tarballs>` in an empty folder (workspace deps resolve to the tarballs)
//  3. import every package entry, run every bin with --version / --help, start `switchyard serve` and
//     wait for GET /health 200.
//  4. a real bridge round trip: `switchyard-translate` exposes server-everything over streamable HTTP,
//     a raw HTTP client and `switchyard-wrapper` (stdio) call a tool through it; then examples/embed
//     (core + transports as libraries) serves the same server on stdio and answers a tool call.
// Needs `pnpm build` first. Exit code 0 = all good; non-zero with a message naming the failed step.
import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const GATEWAY = '@switchyard/gateway'
const READY_TIMEOUT_MS = 60_000
const COMMAND_TIMEOUT_MS = 15 * 60_000

const tmp = mkdtempSync(path.join(os.tmpdir(), 'switchyard-pack-'))
/** @type {import('node:child_process').ChildProcess | undefined} */
let server
/** Long-running children besides the gateway (translate), stopped on exit. */
const children = new Set()

let stepNo = 0
const step = (msg) => console.log(`\npack-test: [${++stepNo}] ${msg}`)
const info = (msg) => console.log(`pack-test:     ${msg}`)

class StepError extends Error {}

function cleanup() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  if (server?.pid !== undefined && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  if (!process.env.PACK_TEST_KEEP) rmSync(tmp, { recursive: true, force: true })
}
process.on('exit', cleanup)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`pack-test: ${signal}, cleaning up`)
    process.exit(130)
  })
}

/** Environment for every child: native addons build against the system Node headers when present. */
function childEnv(extra = {}) {
  const env = { ...process.env, ...extra }
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
    env.npm_config_nodedir = '/usr'
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'NODE_OPTIONS']) delete env[key]
  Object.assign(env, {
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  })
  return env
}

/** Runs a command to completion; throws with its output when it fails. */
function run(cmd, args, { cwd, env, timeout = COMMAND_TIMEOUT_MS } = {}) {
  info(`$ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${cwd})` : ''}`)
  const res = spawnSync(cmd, args, {
    cwd,
    env: env ?? childEnv(),
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (res.error || res.status !== 0) {
    const why = res.error ? res.error.message : `exit ${res.status ?? res.signal}`
    throw new StepError(
      `\`${[cmd, ...args].join(' ')}\` failed (${why})\n--- stdout ---\n${res.stdout ?? ''}\n--- stderr ---\n${res.stderr ?? ''}`,
    )
  }
  return res.stdout
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

function workspacePackages() {
  const found = []
  for (const group of ['packages', 'apps']) {
    const base = path.join(ROOT, group)
    if (!existsSync(base)) continue
    for (const name of readdirSync(base).sort()) {
      const dir = path.join(base, name)
      const file = path.join(dir, 'package.json')
      if (!existsSync(file)) continue
      const manifest = readJson(file)
      if (manifest.private) {
        info(`skipping ${manifest.name ?? `${group}/${name}`} (private)`)
        continue
      }
      found.push({ dir, manifest })
    }
  }
  return found
}

function bins(manifest) {
  if (!manifest.bin) return []
  if (typeof manifest.bin === 'string') return [manifest.name.split('/').pop()]
  return Object.keys(manifest.bin)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address())
      srv.close(() => resolve(port))
    })
  })
}

async function main() {
  step('finding publishable packages in packages/* and apps/*')
  const pkgs = workspacePackages()
  if (pkgs.length === 0) throw new StepError('no non-private packages found')
  for (const { dir, manifest } of pkgs) {
    info(`${manifest.name}@${manifest.version}  (${path.relative(ROOT, dir)})`)
    const needsDist = (manifest.files ?? []).some((f) => f === 'dist' || f.startsWith('dist/'))
    if (needsDist && !existsSync(path.join(dir, 'dist'))) {
      throw new StepError(
        `${manifest.name}: ${path.relative(ROOT, dir)}/dist is missing; run \`pnpm build\` first`,
      )
    }
  }
  if (!pkgs.some((p) => p.manifest.name === GATEWAY))
    throw new StepError(`${GATEWAY} is not among them`)

  step('pnpm pack each package')
  const tarDir = path.join(tmp, 'tarballs')
  mkdirSync(tarDir)
  const tarballs = []
  for (const { dir, manifest } of pkgs) {
    const before = new Set(readdirSync(tarDir))
    run('pnpm', ['pack', '--pack-destination', tarDir], { cwd: dir })
    const made = readdirSync(tarDir).filter((f) => f.endsWith('.tgz') && !before.has(f))
    if (made.length !== 1)
      throw new StepError(`pnpm pack of ${manifest.name} produced ${made.length} tarballs`)
    const tarball = path.join(tarDir, made[0])
    const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']))
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(packed[field] ?? {})) {
        if (String(range).startsWith('workspace:') || String(range).startsWith('link:')) {
          throw new StepError(`${manifest.name}: packed ${field}.${dep} is still '${range}'`)
        }
      }
    }
    const files = run('tar', ['-tzf', tarball]).split('\n').filter(Boolean)
    info(`${made[0]}: ${files.length} files`)
    tarballs.push(tarball)
  }

  step('npm init -y && npm install <tarballs> in an empty folder')
  const app = path.join(tmp, 'app')
  mkdirSync(app)
  run('npm', ['init', '-y'], { cwd: app })
  const started = Date.now()
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: app })
  info(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const lock = readJson(path.join(app, 'package-lock.json'))
  const ours = new Set(pkgs.map((p) => p.manifest.name))
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    const name = key.replace(/^.*node_modules\//, '')
    if (!ours.has(name)) continue
    if (key !== `node_modules/${name}`) {
      throw new StepError(
        `${name} was installed a second time at ${key}: a dependency range does not match the local version`,
      )
    }
    if (!String(entry.resolved ?? '').startsWith('file:')) {
      throw new StepError(`${name} resolved to ${entry.resolved} instead of the local tarball`)
    }
  }
  info('every @switchyard package resolved to its local tarball')

  step('import every package entry from the install folder')
  for (const { manifest } of pkgs) {
    const hasRoot = manifest.exports
      ? '.' in manifest.exports || typeof manifest.exports === 'string'
      : !!manifest.main
    if (!hasRoot) {
      info(`${manifest.name}: no root export, skipped`)
      continue
    }
    const out = run(
      process.execPath,
      [
        '-e',
        `import(${JSON.stringify(manifest.name)}).then((m) => console.log(Object.keys(m).length))`,
      ],
      { cwd: app },
    ).trim()
    if (!/^\d+$/.test(out) || Number(out) === 0) {
      throw new StepError(
        `import('${manifest.name}') printed '${out}', expected a count of named exports > 0`,
      )
    }
    info(`${manifest.name}: ${out} exports`)
  }

  // `--no`: never download a registry package of the same name; `--`: the flags belong to the bin, not npx
  step('run every bin with --version and --help through npx (local bins only: npx --no --)')
  for (const { manifest } of pkgs) {
    for (const bin of bins(manifest)) {
      const version = run('npx', ['--no', '--', bin, '--version'], { cwd: app }).trim()
      if (!version.split(/\s+/).includes(manifest.version) && version !== `v${manifest.version}`) {
        throw new StepError(
          `\`npx ${bin} --version\` printed '${version}', expected ${manifest.version}`,
        )
      }
      info(`${bin} --version: ${version}`)
      const help = run('npx', ['--no', '--', bin, '--help'], { cwd: app })
      if (!help.trim()) throw new StepError(`\`npx ${bin} --help\` printed nothing`)
      info(`${bin} --help: exit 0, ${help.trim().split('\n').length} lines`)
    }
  }

  step('npx switchyard serve: wait for GET /health 200, then stop it')
  const port = await freePort()
  const dataDir = path.join(tmp, 'data')
  mkdirSync(dataDir)
  const args = ['--no', '--', 'switchyard', 'serve', '--host', '127.0.0.1', '--port', String(port)]
  info(`$ npx ${args.join(' ')}   (AUTH_REQUIRED=false SWITCHYARD_DATA_DIR=${dataDir})`)
  let output = ''
  // own process group, so that npx and the node process it starts are stopped together
  server = spawn('npx', args, {
    cwd: app,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({ AUTH_REQUIRED: 'false', SWITCHYARD_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
  })
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000)
  }
  server.stdout.on('data', keep)
  server.stderr.on('data', keep)
  const t0 = Date.now()
  let healthy = false
  while (Date.now() - t0 < READY_TIMEOUT_MS) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new StepError(
        `switchyard serve exited (${server.exitCode ?? server.signalCode}) before /health answered:\n${output}`,
      )
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`, {
        signal: AbortSignal.timeout(2000),
      })
      const body = await res.text()
      if (res.status === 200) {
        info(`GET /health -> 200 ${body.trim()} after ${Date.now() - t0} ms`)
        healthy = true
        break
      }
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  if (!healthy)
    throw new StepError(`GET /health did not answer 200 within ${READY_TIMEOUT_MS} ms:\n${output}`)
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid, 'SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
  if (!stopped) {
    process.kill(-server.pid, 'SIGKILL')
    await exited
    throw new StepError(`switchyard serve did not stop within 10 s of SIGTERM:\n${output}`)
  }
  info('stopped on SIGTERM')

  await bridgeRoundTrips(app)
}

/** server-everything's stdio entry, from the repository (a third-party server, not one of ours). */
function everythingEntry() {
  const require = createRequire(path.join(ROOT, 'packages/translate/package.json'))
  const dir = path.dirname(require.resolve('@modelcontextprotocol/server-everything/package.json'))
  return path.join(dir, 'dist', 'index.js')
}

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'pack-test', version: '1' },
  },
}
const INITIALIZED = { jsonrpc: '2.0', method: 'notifications/initialized' }
const echoCall = (name, message) => ({
  jsonrpc: '2.0',
  id: 2,
  method: 'tools/call',
  params: { name, arguments: { message } },
})

/** Starts a long-running bin in its own process group; resolves once its stderr matches `ready`. */
async function startBin(args, { cwd, ready }) {
  info(`$ npx ${args.join(' ')}   (in ${cwd})`)
  const child = spawn('npx', args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(),
  })
  children.add(child)
  let output = ''
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-8000)))
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-8000)))
  const t0 = Date.now()
  while (!ready.test(output)) {
    if (child.exitCode !== null) throw new StepError(`${args[2]} exited early:\n${output}`)
    if (Date.now() - t0 > READY_TIMEOUT_MS) throw new StepError(`${args[2]} not ready:\n${output}`)
    await sleep(50)
  }
  return { child, output: () => output }
}

async function stopBin(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
  children.delete(child)
  if (!stopped) {
    process.kill(-child.pid, 'SIGKILL')
    throw new StepError('a bin did not stop within 10 s of SIGTERM')
  }
}

/** Writes JSON-RPC lines to a stdio program and resolves with its answer to request id 2. */
function stdioExchange(cmd, args, { cwd, env = {} }, messages) {
  info(`$ ${[cmd, ...args].join(' ')}   (stdio, in ${cwd})`)
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new StepError(
          `no answer within 60 s\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
        ),
      )
    }, 60_000)
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      for (const line of stdout.split('\n').slice(0, -1)) {
        let message
        try {
          message = JSON.parse(line)
        } catch {
          clearTimeout(timer)
          child.kill('SIGKILL')
          reject(new StepError(`stdout carried a line that is not JSON-RPC: ${line}`))
          return
        }
        if (message.id === 2) {
          clearTimeout(timer)
          child.stdin.end()
          child.once('exit', () => resolve(message))
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
        }
      }
    })
    child.once('error', reject)
    for (const message of messages) child.stdin.write(`${JSON.stringify(message)}\n`)
  })
}

/** The JSON-RPC messages of a streamable HTTP answer (a JSON body or an SSE stream). */
async function rpcMessages(res) {
  const text = await res.text()
  if (!(res.headers.get('content-type') ?? '').includes('text/event-stream'))
    return [JSON.parse(text)]
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice(6)))
}

function expectEcho(answer, text, who) {
  const got = answer?.result?.content?.[0]?.text
  if (got !== text) throw new StepError(`${who}: expected '${text}', got ${JSON.stringify(answer)}`)
  info(`${who}: ${got}`)
}

async function bridgeRoundTrips(app) {
  const entry = everythingEntry()
  const command = `"${process.execPath}" "${entry}" stdio`

  step('npx switchyard-translate --stdio <server-everything> --expose-streamable-http: a tool call')
  const port = await freePort()
  const translate = await startBin(
    [
      '--no',
      '--',
      'switchyard-translate',
      '--stdio',
      command,
      '--expose-streamable-http',
      '--port',
      String(port),
    ],
    { cwd: app, ready: /listening on/ },
  )
  const mcp = `http://127.0.0.1:${port}/mcp`
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  }
  const init = await fetch(mcp, { method: 'POST', headers, body: JSON.stringify(INITIALIZE) })
  const session = init.headers.get('mcp-session-id')
  const [initAnswer] = await rpcMessages(init)
  if (!session || !initAnswer?.result) {
    throw new StepError(`initialize failed: ${init.status} ${JSON.stringify(initAnswer)}`)
  }
  const withSession = { ...headers, 'mcp-session-id': session }
  await fetch(mcp, { method: 'POST', headers: withSession, body: JSON.stringify(INITIALIZED) })
  const call = await fetch(mcp, {
    method: 'POST',
    headers: withSession,
    body: JSON.stringify(echoCall('echo', 'through translate')),
  })
  const answers = await rpcMessages(call)
  expectEcho(
    answers.find((m) => m.id === 2),
    'Echo: through translate',
    'HTTP client',
  )

  step('npx switchyard-wrapper (MCP_SERVER_URL = the translated server): a tool call on stdio')
  const wrapped = await stdioExchange(
    'npx',
    ['--no', '--', 'switchyard-wrapper'],
    { cwd: app, env: { MCP_SERVER_URL: mcp, MCP_WRAPPER_LOG_LEVEL: 'warn' } },
    [INITIALIZE, INITIALIZED, echoCall('echo', 'through the wrapper')],
  )
  expectEcho(wrapped, 'Echo: through the wrapper', 'wrapper')
  await stopBin(translate.child)
  info('switchyard-translate stopped on SIGTERM')

  step('examples/embed: @switchyard/core + @switchyard/transports as libraries, on stdio')
  copyFileSync(path.join(ROOT, 'examples/embed/index.mjs'), path.join(app, 'embed.mjs'))
  const embedded = await stdioExchange(
    process.execPath,
    ['embed.mjs', process.execPath, entry, 'stdio'],
    { cwd: app },
    [INITIALIZE, INITIALIZED, echoCall('upstream-echo', 'through embed')],
  )
  expectEcho(embedded, 'Echo: through embed', 'examples/embed')
}

main().then(
  () => {
    console.log(`\npack-test: passed (${stepNo} steps)`)
    process.exit(0)
  },
  (err) => {
    console.error(
      `\npack-test: FAILED at step ${stepNo}: ${err instanceof StepError ? err.message : (err?.stack ?? err)}`,
    )
    process.exit(1)
  },
)
