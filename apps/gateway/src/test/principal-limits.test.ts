import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const REDIS_URL = 'redis://127.0.0.1:6379'

/** One JSON-RPC request over `/rpc`, as the given caller. */
async function rpc(gw: TestGateway, token: string) {
  const res = await gw.call('POST', '/rpc', {
    token,
    body: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
  })
  return (await res.json()) as { result?: unknown; error?: { code: number; data: unknown } }
}

describe('the per-principal limit (RATE_LIMIT_PER_PRINCIPAL)', () => {
  const opened: TestGateway[] = []
  afterAll(async () => {
    for (const gw of opened) await gw.dispose()
  })

  it('answers REST beyond the budget with 429, Retry-After and RATE_LIMITED', async () => {
    const gw = await openTestGateway({ RATE_LIMIT_PER_PRINCIPAL: '3/3600' })
    opened.push(gw)
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await gw.call('GET', '/tools', { token: gw.adminToken })).status)
    expect(statuses).toEqual([200, 200, 200])
    const refused = await gw.call('GET', '/servers', { token: gw.adminToken })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({
      detail: expect.stringMatching(/rate limit exceeded/) as unknown,
      code: 'RATE_LIMITED',
    })
    // Unauthenticated routes spend nothing; MCP requests spend the same budget.
    expect((await gw.call('GET', '/health')).status).toBe(200)
    const mcp = await rpc(gw, gw.adminToken)
    expect(mcp.error?.code).toBe(-32029)
    expect(mcp.error?.data).toEqual({ retryAfterSeconds: expect.any(Number) as unknown })
  })

  it('counts MCP requests against the budget', async () => {
    const gw = await openTestGateway({ RATE_LIMIT_PER_PRINCIPAL: '2/3600' })
    opened.push(gw)
    expect((await rpc(gw, gw.adminToken)).result).toBeDefined()
    expect((await rpc(gw, gw.adminToken)).result).toBeDefined()
    expect((await rpc(gw, gw.adminToken)).error?.code).toBe(-32029)
    expect((await gw.call('GET', '/tools', { token: gw.adminToken })).status).toBe(429)
  })

  it('is one bucket for two gateways sharing REDIS_URL and the key prefix', async () => {
    const prefix = `switchyard-test:${randomUUID()}:`
    const env = {
      RATE_LIMIT_PER_PRINCIPAL: '4/3600',
      REDIS_URL,
      RATE_LIMIT_KEY_PREFIX: prefix,
    }
    const [a, b] = [await openTestGateway(env), await openTestGateway(env)]
    opened.push(a, b)
    const redis = new Redis(REDIS_URL)
    try {
      const statuses = []
      for (const gw of [a, b, a, b, a, b]) {
        statuses.push((await gw.call('GET', '/tools', { token: gw.adminToken })).status)
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
      expect(await redis.keys(`${prefix}*`)).toEqual([`${prefix}principal:user:admin@example.com`])
    } finally {
      const keys = await redis.keys(`${prefix}*`)
      if (keys.length > 0) await redis.del(...keys)
      await redis.quit()
    }
  })
})
