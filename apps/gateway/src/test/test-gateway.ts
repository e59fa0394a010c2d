import { mkdtempSync, rmSync } from 'node:fs'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { loadConfig, type GatewayConfig } from '../config/env-schema.js'
import { createGateway, type Gateway } from '../gateway.js'
import { startGateway, type RunningGateway } from '../server.js'
import { createLogger } from '../logger.js'

/** A gateway over a fresh embedded store, driven in process through `app.request`. */
export interface TestGateway extends Gateway {
  config: GatewayConfig
  /** Sends a request; `body` objects are sent as JSON. */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string | null; headers?: Record<string, string> },
  ): Promise<Response>
  /** A bearer token for the platform admin. */
  adminToken: string
  /** Logs a user in and returns their token. */
  login(email: string, password: string): Promise<string>
  dispose(): Promise<void>
}

/** Starts a test gateway with the given extra environment. */
export async function openTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-gw-'))
  const config = loadConfig({
    SWITCHYARD_DATA_DIR: dir,
    PLATFORM_ADMIN_EMAIL: 'admin@example.com',
    PLATFORM_ADMIN_PASSWORD: 'admin-password',
    LOG_LEVEL: 'silent',
    SWITCHYARD_MAX_BODY_BYTES: '65536',
    ...env,
  })
  const gateway = await createGateway(config, createLogger({ level: 'silent' }))
  const call: TestGateway['call'] = (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    let body: string | undefined
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
      headers['content-type'] ??= 'application/json'
    }
    return Promise.resolve(
      gateway.app.request(path, { method, headers, ...(body !== undefined && { body }) }),
    )
  }
  const login = async (email: string, password: string) => {
    const res = await call('POST', '/auth/login', { body: { email, password } })
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { accessToken: string }).accessToken
  }
  return {
    ...gateway,
    config,
    call,
    login,
    adminToken: await login('admin@example.com', 'admin-password'),
    dispose: async () => {
      await gateway.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The MCP SDK client of `gw`'s `/mcp`, in process, as its admin, sending `headers` with every request. */
export async function connectAsAdmin(
  gw: TestGateway,
  headers: Record<string, string> = {},
): Promise<Client> {
  const client = new Client({ name: 'switchyard-test', version: '1.0.0' })
  await client.connect(
    new StreamableHTTPClientTransport(new URL('http://gateway.test/mcp'), {
      requestInit: { headers: { authorization: `Bearer ${gw.adminToken}`, ...headers } },
      fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
    }),
  )
  return client
}

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

/** A JSON body from the REST API, loosely typed for tests. */
export type ApiJson = Record<string, unknown> & { id: string; name: string; status: string }

/** Calls a running gateway's REST API and returns the JSON answer; checks the status when given. */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; status?: number } = {},
): Promise<ApiJson & ApiJson[]> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token && { authorization: `Bearer ${options.token}` }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  })
  const text = await res.text()
  if (options.status !== undefined && res.status !== options.status) {
    throw new Error(`${method} ${path}: expected ${options.status}, got ${res.status}: ${text}`)
  }
  return JSON.parse(text) as ApiJson & ApiJson[]
}

/** Starts a real gateway on a free loopback port over a fresh data folder, logging nothing. */
export async function listen(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RunningGateway> {
  const config = loadConfig({
    PORT: String(await freePort()),
    SWITCHYARD_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...env,
  })
  return startGateway(config, createLogger({ level: 'silent' }))
}

/** The entry script of a third-party MCP server package from npm (`dist/index.js`). */
export function serverScript(pkg: string): string {
  return join(
    dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)),
    'dist',
    'index.js',
  )
}

/**
 * Waits until a registered upstream is `active` (asking a running gateway at its URL, or a test
 * gateway in process); throws with its last status and reason if not.
 */
export async function untilActive(
  at: string | TestGateway,
  gatewayId: string,
  options: { token?: string; timeoutMs?: number } = {},
): Promise<ApiJson> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  const token = options.token && { token: options.token }
  const read = async () =>
    typeof at === 'string'
      ? callApi(at, 'GET', `/gateways/${gatewayId}`, { ...token })
      : ((await (await at.call('GET', `/gateways/${gatewayId}`, { ...token })).json()) as ApiJson)
  for (;;) {
    const gateway = await read()
    if (gateway.status === 'active') return gateway
    if (Date.now() > deadline) {
      throw new Error(`${gateway.name} is ${gateway.status}: ${String(gateway.statusReason)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
