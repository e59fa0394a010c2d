import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi } from '../test-gateway.js'
import { startCluster, type Cluster } from './replicas.js'

const cli = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url))

type Listed = { name: string; description?: string | undefined }

/** Polls `client`'s tools/list until `check` holds; returns the ms it took (gives up after 5 s). */
async function until(client: Client, check: (tools: Listed[]) => boolean) {
  const started = Date.now()
  for (;;) {
    const { tools } = await client.listTools()
    if (check(tools)) return Date.now() - started
    if (Date.now() - started > 5_000)
      throw new Error(`not seen after 5 s: ${JSON.stringify(tools)}`)
    await sleep(20)
  }
}

/** The first record of `GET /admin/logs/stream?q=` on a replica (its backlog, else live; 5 s at most). */
async function firstLogRecord(url: string, token: string, q: string) {
  const res = await fetch(`${url}/admin/logs/stream?q=${encodeURIComponent(q)}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(5_000),
  })
  expect(res.status).toBe(200)
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let text = ''
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) throw new Error(`the stream ended: ${text}`)
      text += value
      const data = /^event: log\ndata: (.*)$/m.exec(text)
      if (data) return JSON.parse(data[1]!) as Record<string, unknown>
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}

/**
 * Three `switchyard serve` processes on one PostgreSQL database and Redis: a change made through any
 * replica (or by `switchyard import`) is in every other replica's catalog (what MCP clients list) within
 * one second, a revoked token is refused everywhere within one second, rate limits and login
 * lockouts are shared, and any replica reports the metrics of all (kept in the store past a
 * replica's end) and the same upstream state history.
 */
describe('changes across replicas (LISTEN/NOTIFY)', () => {
  let cluster: Cluster
  const clients: Client[] = []

  beforeAll(async () => {
    // replica 1 logs every request (debug), for the shared log stream; each replica moves its
    // metrics into the store every second, so that the sums below also hold across those moves
    cluster = await startCluster({
      replicas: 3,
      env: { METRICS_HISTORY_INTERVAL: '1' },
      replicaEnv: (index) => (index === 1 ? { LOG_LEVEL: 'debug' } : {}),
    })
    for (const replica of cluster.replicas) {
      const client = new Client({ name: `replica-${replica.index}`, version: '1.0.0' })
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${replica.url}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${cluster.adminToken}` } },
        }),
      )
      clients.push(client)
    }
  }, 90_000)

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()))
    await cluster?.dispose()
  })

  it('shows a tool created, updated and deleted on one replica on the others within 1 s', async () => {
    const [r0, r1, r2] = cluster.replicas
    const token = cluster.adminToken
    const tool = await callApi(r0!.url, 'POST', '/tools', {
      token,
      body: { name: 'shared-echo', url: 'http://127.0.0.1:9/echo', description: 'first' },
      status: 201,
    })
    const has = (description: string) => (tools: Listed[]) =>
      tools.some((t) => t.name === 'shared-echo' && t.description === description)
    expect(await until(clients[1]!, has('first'))).toBeLessThan(1000)
    expect(await until(clients[2]!, has('first'))).toBeLessThan(1000)

    await callApi(r1!.url, 'PUT', `/tools/${tool.id}`, {
      token,
      body: { description: 'second' },
      status: 200,
    })
    expect(await until(clients[0]!, has('second'))).toBeLessThan(1000)
    expect(await until(clients[2]!, has('second'))).toBeLessThan(1000)

    await callApi(r2!.url, 'DELETE', `/tools/${tool.id}`, { token, status: 200 })
    const gone = (tools: { name: string }[]) => !tools.some((t) => t.name === 'shared-echo')
    expect(await until(clients[0]!, gone)).toBeLessThan(1000)
    expect(await until(clients[1]!, gone)).toBeLessThan(1000)
  })

  it('shares a virtual server created on one replica with the others within 1 s', async () => {
    const [r0, , r2] = cluster.replicas
    const server = await callApi(r0!.url, 'POST', '/servers', {
      token: cluster.adminToken,
      body: { name: 'shared-server' },
      status: 201,
    })
    const started = Date.now()
    // The server's MCP endpoint answers 404 until r2's catalog has the server.
    for (;;) {
      const client = new Client({ name: 'server-probe', version: '1.0.0' })
      const connected = await client
        .connect(
          new StreamableHTTPClientTransport(new URL(`${r2!.url}/servers/${server.id}/mcp`), {
            requestInit: { headers: { authorization: `Bearer ${cluster.adminToken}` } },
          }),
        )
        .then(
          () => true,
          (error: unknown) => {
            expect(String(error)).toContain('not found')
            return false
          },
        )
      await client.close()
      if (connected) break
      expect(Date.now() - started).toBeLessThan(1000)
      await sleep(20)
    }
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('spends one shared rate limit from every replica (Redis)', async () => {
    const tool = await callApi(cluster.replicas[0]!.url, 'POST', '/tools', {
      token: cluster.adminToken,
      body: {
        name: 'limited',
        url: 'http://127.0.0.1:9/x',
        rateLimit: { requests: 3, windowSeconds: 3600 },
      },
      status: 201,
    })
    for (const client of clients)
      await until(client, (tools) => tools.some((t) => t.name === 'limited'))
    const refusal = (client: Client) =>
      client.callTool({ name: 'limited', arguments: {} }).then(
        () => undefined,
        (error: unknown) => error as { code?: number },
      )
    // One call through each replica spends the three tokens; the fourth is refused wherever it lands.
    for (const client of clients) expect(await refusal(client)).toBeUndefined()
    for (const client of clients) expect((await refusal(client))?.code).toBe(-32029)
    expect(tool.rateLimit).toEqual({ requests: 3, windowSeconds: 3600 })
  })

  it('adds up /metrics and /metrics/timeseries over every replica, on any replica', async () => {
    const token = cluster.adminToken
    await callApi(cluster.replicas[0]!.url, 'POST', '/tools', {
      token,
      body: { name: 'counted', url: 'http://127.0.0.1:9/counted' },
      status: 201,
    })
    // 1, 2 and 3 calls through the three replicas (each fails: nothing listens on port 9)
    for (const [index, client] of clients.entries()) {
      await until(client, (tools) => tools.some((t) => t.name === 'counted'))
      for (let call = 0; call <= index; call++)
        expect((await client.callTool({ name: 'counted', arguments: {} })).isError).toBe(true)
    }
    type Row = { name: string; calls: number; failures: number }
    const counted = async (url: string) => {
      const report = await callApi(url, 'GET', '/metrics', { token, status: 200 })
      const series = await callApi(url, 'GET', '/metrics/timeseries?kind=tool&name=counted', {
        token,
        status: 200,
      })
      const tool = (report.tools as Row[]).find((row) => row.name === 'counted')
      const perMinute = (series.points as { calls: number }[]).reduce((n, p) => n + p.calls, 0)
      return { replicas: report.replicas, calls: tool?.calls, failures: tool?.failures, perMinute }
    }
    const whole = { replicas: 3, calls: 6, failures: 6, perMinute: 6 }
    for (const replica of cluster.replicas) {
      const started = Date.now()
      let seen = await counted(replica.url)
      // each replica publishes its figures every 2 s
      while (JSON.stringify(seen) !== JSON.stringify(whole) && Date.now() - started < 6_000) {
        await sleep(200)
        seen = await counted(replica.url)
      }
      expect(seen).toEqual(whole)
    }
  })

  it('starts a tool deleted on one replica and created again on another at zero on every replica', async () => {
    const token = cluster.adminToken
    const [r0, r1, r2] = cluster.replicas
    const create = () =>
      callApi(r0!.url, 'POST', '/tools', {
        token,
        body: { name: 'twice', url: 'http://127.0.0.1:9/twice' },
        status: 201,
      })
    const calls = async (url: string) => {
      const report = await callApi(url, 'GET', '/metrics', { token, status: 200 })
      return (report.tools as { name: string; calls: number }[]).find((t) => t.name === 'twice')
        ?.calls
    }
    const untilCounted = async (url: string, expected: number | undefined) => {
      const started = Date.now()
      while ((await calls(url)) !== expected && Date.now() - started < 6_000) await sleep(200)
      expect(await calls(url)).toBe(expected)
    }
    const callThrough = async (client: Client) => {
      await until(client, (tools) => tools.some((t) => t.name === 'twice'))
      expect((await client.callTool({ name: 'twice', arguments: {} })).isError).toBe(true)
    }
    const first = await create()
    // live on each replica, shared through Redis, and moved to the store every second
    for (const client of clients) await callThrough(client)
    await untilCounted(r2!.url, 3)
    await callApi(r1!.url, 'DELETE', `/tools/${String(first.id)}`, { token, status: 200 })
    for (const client of clients)
      await until(client, (tools) => !tools.some((t) => t.name === 'twice'))
    await create()
    for (const replica of cluster.replicas) await untilCounted(replica.url, undefined)
    // nothing comes back: not from a replica's next move to the store, nor from its copy in Redis
    await sleep(2_500)
    for (const replica of cluster.replicas) expect(await calls(replica.url)).toBeUndefined()
    await callThrough(clients[2]!)
    for (const replica of cluster.replicas) await untilCounted(replica.url, 1)
  }, 40_000)

  it("streams every replica's log records at /admin/logs/stream on any replica (Redis)", async () => {
    const [r0, r1, r2] = cluster.replicas
    const reqId = `shared-log-${randomUUID()}`
    expect((await fetch(`${r1!.url}/health`, { headers: { 'x-request-id': reqId } })).status).toBe(
      200,
    )
    for (const replica of [r0!, r2!]) {
      const record = await firstLogRecord(replica.url, cluster.adminToken, reqId)
      expect(record).toMatchObject({ msg: 'request', reqId, pid: r1!.child.pid, path: '/health' })
    }
  })

  it('answers the same upstream state history on every replica', async () => {
    const token = cluster.adminToken
    const [r0, r1, r2] = cluster.replicas
    const gateway = await callApi(r1!.url, 'POST', '/gateways', {
      token,
      body: { name: 'nowhere', url: 'http://127.0.0.1:9/mcp' },
      status: 201,
    })
    const history = (url: string) =>
      callApi(url, 'GET', `/gateways/${gateway.id}/health`, { token, status: 200 })
    const started = Date.now()
    while ((await history(r0!.url)).status === 'pending') {
      expect(Date.now() - started).toBeLessThan(20_000)
      await sleep(100)
    }
    await callApi(r2!.url, 'POST', `/gateways/${gateway.id}/state?activate=false`, {
      token,
      status: 200,
    })
    const seen = await Promise.all(cluster.replicas.map((replica) => history(replica.url)))
    const transitions = seen[0]!.transitions as { status: string }[]
    expect(transitions.map((t) => t.status)).toEqual(['pending', 'unreachable', 'disabled'])
    expect(seen[1]).toEqual(seen[0])
    expect(seen[2]).toEqual(seen[0])
    await callApi(r0!.url, 'DELETE', `/gateways/${gateway.id}`, { token, status: 200 })
  })

  it('refuses an API token revoked on one replica on the others within 1 s', async () => {
    const [r0, r1, r2] = cluster.replicas
    const created = await callApi(r0!.url, 'POST', '/tokens', {
      token: cluster.adminToken,
      body: { name: 'shared-token' },
      status: 201,
    })
    const status = async () => {
      const res = await fetch(`${r2!.url}/tools`, {
        headers: { authorization: `Bearer ${String(created.accessToken)}` },
      })
      await res.body?.cancel()
      return res.status
    }
    // r2 caches the token's principal (for 30 s) on this first use.
    expect(await status()).toBe(200)
    await callApi(r1!.url, 'DELETE', `/tokens/${created.id}`, {
      token: cluster.adminToken,
      status: 200,
    })
    const started = Date.now()
    while ((await status()) !== 401) {
      expect(Date.now() - started).toBeLessThan(1000)
      await sleep(20)
    }
  })

  it('locks an e-mail without an account after failed logins on several replicas, as an account', async () => {
    const urls = cluster.replicas.map((replica) => replica.url)
    const body = { email: 'known@example.com', password: 'known-password' }
    await callApi(urls[0]!, 'POST', '/users', { token: cluster.adminToken, body, status: 201 })
    /** Six wrong passwords for `email`, each through the next replica: their statuses. */
    const answers = async (email: string) => {
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${urls[i % urls.length]!}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: `wrong-${i}` }),
        })
        await res.body?.cancel()
        statuses.push(res.status)
      }
      return statuses
    }
    const known = await answers('known@example.com')
    expect(known).toEqual([401, 401, 401, 401, 401, 429])
    // Locked on one replica only, it told a balancer's clients which accounts exist.
    expect(await answers('unknown@example.com')).toEqual(known)
  })

  it('announces a `switchyard import` run beside the replicas to all of them', async () => {
    const [r0] = cluster.replicas
    const token = cluster.adminToken
    const tool = await callApi(r0!.url, 'POST', '/tools', {
      token,
      body: { name: 'cli-tool', url: 'http://127.0.0.1:9/cli' },
      status: 201,
    })
    const document = await callApi(r0!.url, 'GET', '/export?types=tools', { token, status: 200 })
    await callApi(r0!.url, 'DELETE', `/tools/${tool.id}`, { token, status: 200 })
    const gone = (tools: Listed[]) => !tools.some((t) => t.name === 'cli-tool')
    for (const client of clients) await until(client, gone)

    const dir = mkdtempSync(join(tmpdir(), 'switchyard-cli-import-'))
    try {
      writeFileSync(join(dir, 'export.json'), JSON.stringify(document))
      const run = spawnSync(process.execPath, [cli, 'import', join(dir, 'export.json')], {
        env: cluster.env,
        encoding: 'utf8',
      })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const back = (tools: Listed[]) => tools.some((t) => t.name === 'cli-tool')
    for (const client of clients) expect(await until(client, back)).toBeLessThan(1000)
  })

  it('keeps the metrics of a replica that stopped, or was killed after it last kept them, until a reset', async () => {
    const token = cluster.adminToken
    const [r0, r1, r2] = cluster.replicas
    const calls = async (url: string) => {
      const report = await callApi(url, 'GET', '/metrics', { token, status: 200 })
      return (report.tools as { name: string; calls: number }[]).find((t) => t.name === 'counted')
        ?.calls
    }
    const untilCounted = async (url: string, expected: number | undefined) => {
      const started = Date.now()
      while ((await calls(url)) !== expected && Date.now() - started < 8_000) await sleep(200)
      expect(await calls(url)).toBe(expected)
    }
    // the three calls through replica 2 (adding up /metrics, above) stay counted when it stops...
    expect(await r2!.stop('SIGTERM')).toBe(0)
    await untilCounted(r0!.url, 6)
    // ...and when it starts again (counting from nothing of its own)
    const restarted = await cluster.restart(2)
    await untilCounted(restarted.url, 6)
    // two more calls through replica 1, kept within a second; then it is killed
    for (let call = 0; call < 2; call++)
      expect((await clients[1]!.callTool({ name: 'counted', arguments: {} })).isError).toBe(true)
    await untilCounted(r0!.url, 8)
    await sleep(1_500)
    await r1!.stop('SIGKILL')
    // its copy in Redis lapses within three publications (6 s): the sum never counts it twice
    for (let check = 0; check < 4; check++) {
      expect(await calls(r0!.url)).toBe(8)
      await sleep(2_000)
    }
    const back = await cluster.restart(1)
    await untilCounted(back.url, 8)
    // a reset on one replica forgets the kept figures and every replica's live ones, for good
    expect((await clients[0]!.callTool({ name: 'counted', arguments: {} })).isError).toBe(true)
    await callApi(back.url, 'POST', '/metrics/reset?kind=tool&name=counted', { token, status: 200 })
    for (const replica of cluster.replicas) await untilCounted(replica.url, undefined)
    await sleep(2_500)
    for (const replica of cluster.replicas) expect(await calls(replica.url)).toBeUndefined()
  }, 60_000)
})
