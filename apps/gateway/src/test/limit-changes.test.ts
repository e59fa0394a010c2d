import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const REDIS_URL = 'redis://127.0.0.1:6379'
const prefix = `switchyard-test:${randomUUID()}:`

// QA found that a limit removed and set again within its window went on from its spent bucket.
describe.each([
  { limiter: 'in process', env: {} },
  { limiter: 'Redis', env: { REDIS_URL, RATE_LIMIT_KEY_PREFIX: prefix } },
])('a changed or removed rate limit, $limiter', ({ env }) => {
  let gw: TestGateway | undefined
  afterAll(async () => {
    await gw?.dispose()
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })

  it('starts from a full bucket when set again or changed', async () => {
    const opened = await openTestGateway(env)
    gw = opened
    const admin = opened.adminToken
    const created = await opened.call('POST', '/tokens', {
      token: admin,
      body: { name: 'budget', rateLimit: { requests: 2, windowSeconds: 3600 } },
    })
    expect(created.status).toBe(201)
    const { id, accessToken } = (await created.json()) as { id: string; accessToken: string }
    const statuses = async (n: number) => {
      const seen = []
      for (let i = 0; i < n; i++)
        seen.push((await opened.call('GET', '/tools', { token: accessToken })).status)
      return seen
    }
    const limit = async (rateLimit: unknown) =>
      expect(
        (await opened.call('PATCH', `/tokens/${id}`, { token: admin, body: { rateLimit } })).status,
      ).toBe(200)

    expect(await statuses(3)).toEqual([200, 200, 429])
    await limit(null)
    expect(await statuses(2)).toEqual([200, 200])
    // the same limit again: a fresh bucket, not the one spent above
    await limit({ requests: 2, windowSeconds: 3600 })
    expect(await statuses(3)).toEqual([200, 200, 429])
    // a changed rate, or a changed window: a fresh bucket each time
    await limit({ requests: 3, windowSeconds: 3600 })
    expect(await statuses(4)).toEqual([200, 200, 200, 429])
    await limit({ requests: 3, windowSeconds: 7200 })
    expect(await statuses(4)).toEqual([200, 200, 200, 429])
    // setting the limit it already has changes nothing: the spent bucket stays spent
    await limit({ requests: 3, windowSeconds: 7200 })
    expect(await statuses(1)).toEqual([429])
  })
})
