import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi, type ApiJson } from '../test-gateway.js'
import { startCluster, type Cluster } from './replicas.js'
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js'

/** GET /ready of `url`: its status and body. */
async function ready(url: string) {
  const res = await fetch(`${url}/ready`)
  return { status: res.status, body: (await res.json()) as Record<string, string> }
}

/** Polls /ready until it answers `status`; throws after `ms`. */
async function untilReady(url: string, status: number, ms = 20_000) {
  const deadline = Date.now() + ms
  for (;;) {
    const answer = await ready(url)
    if (answer.status === status) return answer.body
    if (Date.now() > deadline) throw new Error(`/ready still ${JSON.stringify(answer)}`)
    await sleep(100)
  }
}

/**
 * Replica 1 reaches PostgreSQL and Redis through proxies the test cuts: while one is away the replica
 * keeps serving the catalog it has (tools/list, tools/call) and says 503 on /ready; once it is back the
 * replica is ready again and has caught up with changes made elsewhere meanwhile, without a restart.
 */
describe('PostgreSQL and Redis outages', () => {
  let cluster: Cluster
  let pg: TcpProxy
  let redis: TcpProxy
  let echo: Server
  let client: Client
  let token: ApiJson

  beforeAll(async () => {
    echo = createServer((req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ echoed: req.url }))
    })
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
    pg = await startTcpProxy(5432)
    redis = await startTcpProxy(6379)
    cluster = await startCluster({
      replicas: 2,
      replicaEnv: (index, env) =>
        index === 1
          ? {
              DATABASE_URL: env.DATABASE_URL!.replace(':5432/', `:${pg.port}/`),
              REDIS_URL: env.REDIS_URL!.replace(':6379', `:${redis.port}`),
            }
          : {},
    })
    const port = (echo.address() as AddressInfo).port
    await callApi(cluster.replicas[0]!.url, 'POST', '/tools', {
      token: cluster.adminToken,
      body: { name: 'echo', url: `http://127.0.0.1:${port}/echo`, requestType: 'GET' },
      status: 201,
    })
    await callApi(cluster.replicas[0]!.url, 'POST', '/tools', {
      token: cluster.adminToken,
      body: {
        name: 'limited',
        url: `http://127.0.0.1:${port}/limited`,
        requestType: 'GET',
        rateLimit: { requests: 2, windowSeconds: 3600 },
      },
      status: 201,
    })
    token = await callApi(cluster.replicas[0]!.url, 'POST', '/tokens', {
      token: cluster.adminToken,
      body: { name: 'revoked-during-outage' },
      status: 201,
    })
    client = new Client({ name: 'outage', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${cluster.replicas[1]!.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${cluster.adminToken}` } },
      }),
    )
  }, 90_000)

  afterAll(async () => {
    pg?.restore()
    redis?.restore()
    await client?.close()
    await cluster?.dispose()
    await pg?.close()
    await redis?.close()
    await new Promise((resolve) => echo?.close(resolve))
  })

  /** GET /tools on replica 1 with the API token made in beforeAll: its status. */
  async function tokenStatus(): Promise<number> {
    const res = await fetch(`${cluster.replicas[1]!.url}/tools`, {
      headers: { authorization: `Bearer ${String(token.accessToken)}` },
    })
    await res.body?.cancel()
    return res.status
  }

  /** tools/list and tools/call on replica 1; returns the listed names. */
  async function serves(): Promise<string[]> {
    const result = await client.callTool({ name: 'echo', arguments: {} })
    expect(result.isError).toBeFalsy()
    expect(JSON.stringify(result.content)).toContain('/echo')
    return (await client.listTools()).tools.map((tool) => tool.name)
  }

  it('is ready with PostgreSQL and Redis up', async () => {
    expect(await ready(cluster.replicas[1]!.url)).toEqual({
      status: 200,
      body: { status: 'ready', store: 'ok', redis: 'ok' },
    })
    expect(await serves()).toContain('echo')
  })

  it('serves its catalog through a PostgreSQL outage and catches up afterwards', async () => {
    const url = cluster.replicas[1]!.url
    // A legacy-era session on replica 1 (its GET stream carries notifications) hears of what the
    // catch-up brings in, though no change event announces it.
    const watcher = new Client(
      { name: 'outage-watcher', version: '1.0.0' },
      { versionNegotiation: { mode: 'legacy' } },
    )
    await watcher.connect(
      new StreamableHTTPClientTransport(new URL(`${url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${cluster.adminToken}` } },
      }),
    )
    let restored = false
    const toldAfterwards = new Promise<void>((resolve) =>
      watcher.setNotificationHandler('notifications/tools/list_changed', () => {
        if (restored) resolve()
      }),
    )
    // Replica 1 caches both principals (for 30 s) now, long after the token's creation cleared its cache.
    expect(await tokenStatus()).toBe(200)
    expect(await serves()).toContain('echo')
    pg.cut()
    try {
      expect(await untilReady(url, 503)).toEqual({
        status: 'not ready',
        store: 'unreachable',
        redis: 'ok',
      })
      expect(await serves()).toContain('echo')
      // What needs the store is refused clearly, not as an internal error.
      const listing = await fetch(`${url}/tools`, {
        headers: { authorization: `Bearer ${cluster.adminToken}` },
      })
      expect(listing.status).toBe(503)
      expect(await listing.json()).toMatchObject({ code: 'UNAVAILABLE' })
      // Made elsewhere while replica 1 cannot hear about it.
      await callApi(cluster.replicas[0]!.url, 'POST', '/tools', {
        token: cluster.adminToken,
        body: { name: 'made-during-outage', url: 'http://127.0.0.1:9/x' },
        status: 201,
      })
      expect(await serves()).not.toContain('made-during-outage')
      await callApi(cluster.replicas[0]!.url, 'DELETE', `/tokens/${token.id}`, {
        token: cluster.adminToken,
        status: 200,
      })
    } finally {
      restored = true
      pg.restore()
    }
    expect(await untilReady(url, 200)).toMatchObject({ status: 'ready', store: 'ok' })
    // reconnects are tried at least every second (postgres.js alone backs off up to 20 s)
    const deadline = Date.now() + 5_000
    while (!(await serves()).includes('made-during-outage')) {
      if (Date.now() > deadline) throw new Error('the missed change never arrived')
      await sleep(100)
    }
    await Promise.race([
      toldAfterwards,
      sleep(5_000).then(() => {
        throw new Error('no tools/list_changed after the catch-up')
      }),
    ])
    await watcher.close()
    // The revocation it missed counts too: the resync also forgot the cached principals.
    expect(await tokenStatus()).toBe(401)
    // And live changes flow again.
    await callApi(cluster.replicas[0]!.url, 'POST', '/tools', {
      token: cluster.adminToken,
      body: { name: 'made-after-outage', url: 'http://127.0.0.1:9/x' },
      status: 201,
    })
    const started = Date.now()
    while (!(await serves()).includes('made-after-outage')) {
      expect(Date.now() - started).toBeLessThan(1000)
      await sleep(20)
    }
  })

  it('serves its catalog through a Redis outage, limits calls in process meanwhile, and is ready again afterwards', async () => {
    const url = cluster.replicas[1]!.url
    redis.cut()
    try {
      expect(await untilReady(url, 503)).toEqual({
        status: 'not ready',
        store: 'ok',
        redis: 'unreachable',
      })
      expect(await serves()).toContain('limited')
      // the shared buckets are away: the replica's own ones hold the limit (2 per hour)
      for (let i = 0; i < 2; i++) {
        const result = await client.callTool({ name: 'limited', arguments: {} })
        expect(JSON.stringify(result.content)).toContain('/limited')
      }
      const refused = await client.callTool({ name: 'limited', arguments: {} }).then(
        () => undefined,
        (error: unknown) => error as { code: number; data: { retryAfterSeconds?: unknown } },
      )
      expect(refused?.code).toBe(-32029)
      expect(typeof refused?.data.retryAfterSeconds).toBe('number')
    } finally {
      redis.restore()
    }
    expect(await untilReady(url, 200)).toEqual({ status: 'ready', store: 'ok', redis: 'ok' })
    expect(await serves()).toContain('echo')
  })
})
