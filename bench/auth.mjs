// Auth benchmark: what authentication and authorisation add to a request. Two gateways in this one
// process, one with AUTH_REQUIRED=false and one requiring credentials, serve the same catalog; the
// same requests go to each through `app.request` (no sockets, so nothing but the gateway is timed),
// in interleaved blocks. Added p50 = p50 with a credential - p50 without auth. Writes its section
// of bench/RESULTS.md.
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { intEnv, log, median, percentile, removeTempDir, tempDir } from './lib/harness.mjs'
import { modernHeaders, rpc } from './lib/calls.mjs'
import { writeSection } from './lib/side-by-side.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const { createGateway, createLogger, loadConfig } = await import(
  path.join(ROOT, 'apps/gateway/dist/index.js')
)

const REQUESTS_EACH = intEnv('BENCH_AUTH_REQUESTS', 5000)
const TOOLS = 20
const TARGET_US = 50
const USER = { email: 'dev@example.com', password: 'developer-password' }

/** A gateway over a fresh embedded store, in this process. */
async function open(env) {
  const dir = tempDir()
  const config = loadConfig({
    SWITCHYARD_DATA_DIR: dir,
    PLATFORM_ADMIN_EMAIL: 'admin@example.com',
    PLATFORM_ADMIN_PASSWORD: 'admin-password',
    LOG_LEVEL: 'silent',
    ...env,
  })
  const gateway = await createGateway(config, createLogger({ level: 'silent' }))
  const send = async (method, url, { token, body, headers = {} } = {}) => {
    const res = await gateway.app.request(url, {
      method,
      headers: {
        ...headers,
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await res.text()
    if (res.status >= 300)
      throw new Error(`${method} ${url} -> ${res.status}: ${text.slice(0, 300)}`)
    return text
  }
  return {
    send,
    async close() {
      await gateway.close()
      removeTempDir(dir)
    },
  }
}

/** The same public REST tools on a gateway, registered by `token` (undefined with auth off). */
async function seed(gateway, token) {
  for (let i = 0; i < TOOLS; i++) {
    await gateway.send('POST', '/tools', {
      token,
      body: {
        name: `tool_${i}`,
        url: 'http://127.0.0.1:9/x',
        integrationType: 'REST',
        visibility: 'public',
      },
    })
  }
}

const REQUESTS = {
  'GET /tools': (g, token) => g.send('GET', '/tools?limit=20', { token }),
  'MCP tools/list on /mcp': (g, token, i) =>
    g.send('POST', '/mcp', {
      token,
      body: rpc('tools/list', {}, i),
      headers: { ...modernHeaders('tools/list'), accept: 'application/json, text/event-stream' },
    }),
}

/** Microseconds `run` takes. */
async function timed(run) {
  const t0 = performance.now()
  await run()
  return (performance.now() - t0) * 1000
}

async function main() {
  const off = await open({ AUTH_REQUIRED: 'false' })
  const on = await open({ AUTH_REQUIRED: 'true', JWT_SECRET_KEY: 'bench-secret-'.repeat(4) })
  try {
    await seed(off, undefined)
    const login = async (email, password) =>
      JSON.parse(await on.send('POST', '/auth/login', { body: { email, password } })).accessToken
    const admin = await login('admin@example.com', 'admin-password')
    await seed(on, admin)
    await on.send('POST', '/users', { token: admin, body: { ...USER, fullName: 'Dev' } })
    const user = await login(USER.email, USER.password)
    const apiToken = JSON.parse(
      await on.send('POST', '/tokens', {
        token: user,
        body: { name: 'bench', scope: { permissions: ['tools.read', 'tools.execute'] } },
      }),
    ).accessToken
    const credentials = {
      'admin session JWT': admin,
      'user session JWT': user,
      'user API token (scoped)': apiToken,
    }
    const rows = []
    for (const [label, request] of Object.entries(REQUESTS)) {
      const samples = {
        none: [],
        ...Object.fromEntries(Object.keys(credentials).map((k) => [k, []])),
      }
      // One request of each kind in turn, so that load from elsewhere falls on all of them alike.
      for (let i = 0; i < REQUESTS_EACH; i++) {
        samples.none.push(await timed(() => request(off, undefined, i)))
        for (const [name, token] of Object.entries(credentials))
          samples[name].push(await timed(() => request(on, token, i)))
      }
      const base = median(samples.none)
      log(`${label}: no auth p50 ${base.toFixed(1)} us`)
      rows.push({ label, credential: 'no auth (AUTH_REQUIRED=false)', p50: base, added: 0 })
      for (const name of Object.keys(credentials)) {
        const p50 = median(samples[name])
        log(`${label}: ${name} p50 ${p50.toFixed(1)} us (+${(p50 - base).toFixed(1)})`)
        rows.push({
          label,
          credential: name,
          p50,
          p95: percentile(samples[name], 0.95),
          added: p50 - base,
        })
      }
    }
    const worst = Math.max(...rows.map((r) => r.added))
    await writeSection('auth', [
      '## Auth overhead (in process)',
      '',
      `Two gateways in one process (auth off / auth required) serve the same ${TOOLS} public tools; requests go through \`app.request\` (no sockets), ${REQUESTS_EACH} sequential requests per credential, one of each credential in turn. Credentials are verified once and then served from the principal cache, as on the hot path.`,
      '',
      '| request | credential | p50 µs | added p50 µs |',
      '| --- | --- | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.credential} | ${r.p50.toFixed(1)} | ${r.added === 0 ? '-' : r.added.toFixed(1)} |`,
      ),
      '',
      `Largest added p50: **${worst.toFixed(1)} µs** (target < ${TARGET_US} µs: ${worst < TARGET_US ? 'met' : '**missed**'}).`,
    ])
  } finally {
    await off.close()
    await on.close()
  }
}

await main()
