// The processes of bench/run.mjs: the built gateway (`switchyard serve`) or a bare node:http server,
// each on a free loopback port over a fresh data dir, timed from spawn to its first 200 on /health.
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { freePort, removeTempDir, tempDir, track, untrack } from './harness.mjs'

/** The built CLI (run `pnpm build` first). */
export const CLI = fileURLToPath(new URL('../../apps/gateway/dist/cli.js', import.meta.url))
const READY_TIMEOUT_MS = 30_000

const BARE_SERVER = `
const http = require('node:http')
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end('{"status":"ok"}')
}).listen(Number(process.env.PORT), process.env.HOST)
`

/** Spawns a server ('switchyard' or 'bare') on a free loopback port; does not wait for readiness. */
export async function spawnServer(kind) {
  const port = await freePort()
  const dataDir = tempDir()
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port) }
  // Embedded SQLite, dev auth, quiet logs: never pick up the caller's cluster or production settings.
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'NODE_OPTIONS']) delete env[key]
  Object.assign(env, { AUTH_REQUIRED: 'false', LOG_LEVEL: 'warn', SWITCHYARD_DATA_DIR: dataDir })
  const args =
    kind === 'switchyard'
      ? [CLI, 'serve', '--host', '127.0.0.1', '--port', String(port)]
      : ['-e', BARE_SERVER]
  const started = performance.now()
  // cwd is the empty data dir so that no stray .env file is read
  const child = spawn(process.execPath, args, {
    cwd: dataDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  track(child)
  let output = ''
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return { kind, child, port, dataDir, started, output: () => output }
}

/** Polls GET /health until it answers 200; returns ms since spawn. */
export async function waitReady(server) {
  const url = `http://127.0.0.1:${server.port}/health`
  const deadline = server.started + READY_TIMEOUT_MS
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `${server.kind} exited (${server.child.exitCode ?? server.child.signalCode}) before /health answered:\n${server.output()}`,
      )
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) })
      await res.arrayBuffer()
      if (res.status === 200) return performance.now() - server.started
    } catch {
      // not listening yet
    }
    await sleep(5)
  }
  throw new Error(
    `${server.kind} did not answer 200 on /health within ${READY_TIMEOUT_MS} ms:\n${server.output()}`,
  )
}

/** Stops a server (SIGTERM, SIGKILL after 5 s) and removes its data dir. */
export async function stopServer(server) {
  const { child } = server
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)])
    if (timedOut) {
      child.kill('SIGKILL')
      await exited
    }
  }
  untrack(child)
  removeTempDir(server.dataDir)
}
