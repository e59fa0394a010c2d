import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** A TCP port on loopback that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.once('error', reject)
  })
}

/** A child process and how to stop it. */
export interface Running {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

function stopper(child: ChildProcess, cleanup = (): void => {}): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    cleanup()
  }
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited early: ${output()}`)
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer in time: ${output()}`)
}

/** Starts the MCP fixture upstream (one `echo` tool) on a free port. */
export async function startUpstream(): Promise<Running> {
  const port = await freePort()
  const child = spawn(process.execPath, [join(here, 'fixtures', 'upstream.mjs')], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`upstream exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}/mcp`, child, stop: stopper(child) }
}

/** The platform admin of the test gateway. */
export const admin = { email: 'admin@example.com', password: 'browser-test-password' }

/** A gateway started by `startGateway`. */
export interface GatewayRunning extends Running {
  /** Stops the process but keeps its store, as a crash or a restart would. */
  halt(): Promise<void>
  /** Starts a halted gateway again on the same port and store. */
  resume(): Promise<void>
}

/** Starts the built gateway CLI (`switchyard serve`) on `port` over the store in `dataDir`. */
async function spawnGateway(port: number, dataDir: string): Promise<Running> {
  // The gateway depends on this package (it serves its dist), so its CLI is reached by path.
  const cli = join(here, '..', '..', 'gateway', 'dist', 'cli.js')
  let output = ''
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      SWITCHYARD_DATA_DIR: dataDir,
      AUTH_REQUIRED: 'true',
      PLATFORM_ADMIN_EMAIL: admin.email,
      PLATFORM_ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const stop = stopper(child)
  try {
    await waitFor(`${url}/health`, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, child, stop }
}

/** Starts the built gateway CLI (`switchyard serve`) over a fresh embedded store, auth required. */
export async function startGateway(): Promise<GatewayRunning> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'switchyard-admin-e2e-'))
  const removeData = () => rmSync(dataDir, { recursive: true, force: true })
  let current = await spawnGateway(port, dataDir).catch((error: unknown) => {
    removeData()
    throw error
  })
  return {
    url: current.url,
    get child() {
      return current.child
    },
    halt: () => current.stop(),
    async resume() {
      current = await spawnGateway(port, dataDir)
    },
    async stop() {
      await current.stop()
      removeData()
    },
  }
}
