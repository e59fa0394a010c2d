import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { createRedisLimiter } from './redis-limiter.js'

const url = 'redis://127.0.0.1:6379'
const keyPrefix = `switchyard-test:${randomUUID()}:`

describe('createRedisLimiter', () => {
  afterAll(async () => {
    const redis = new Redis(url)
    const keys = await redis.keys(`${keyPrefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })

  it('spends one shared bucket from two limiters, with the time until a token is back', async () => {
    const [one, two] = [
      createRedisLimiter({ url, keyPrefix }),
      createRedisLimiter({ url, keyPrefix }),
    ]
    const limit = { requests: 2, windowSeconds: 3600 }
    const decisions = [
      await one.take('k', limit),
      await two.take('k', limit),
      await one.take('k', limit),
      await two.take('other', limit),
    ]
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false, true])
    expect(decisions[2]?.retryAfterMs).toBeGreaterThan(1_700_000)
    expect(decisions[2]?.retryAfterMs).toBeLessThanOrEqual(1_800_000)
    await Promise.all([one.close(), two.close()])
  })

  it('starts a fresh shared bucket for a changed rate or window, and after forget', async () => {
    const [one, two] = [
      createRedisLimiter({ url, keyPrefix }),
      createRedisLimiter({ url, keyPrefix }),
    ]
    const spend = async (requests: number, windowSeconds: number, n: number) => {
      const allowed = []
      for (let i = 0; i < n; i++)
        allowed.push(
          (await (i % 2 ? two : one).take('changed', { requests, windowSeconds })).allowed,
        )
      return allowed
    }
    expect(await spend(2, 3600, 3)).toEqual([true, true, false])
    expect(await spend(3, 3600, 4)).toEqual([true, true, true, false])
    expect(await spend(3, 7200, 4)).toEqual([true, true, true, false])
    expect(await spend(3, 7200, 1)).toEqual([false])
    // one replica forgets the bucket for all of them
    await one.forget('changed')
    expect(await two.take('changed', { requests: 3, windowSeconds: 7200 })).toMatchObject({
      allowed: true,
    })
    await Promise.all([one.close(), two.close()])
  })

  it('lets a bucket expire after one idle window', async () => {
    const limiter = createRedisLimiter({ url, keyPrefix })
    await limiter.take('ttl', { requests: 1, windowSeconds: 60 })
    const redis = new Redis(url)
    const ttl = await redis.pttl(`${keyPrefix}ttl`)
    await redis.quit()
    await limiter.close()
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('closes without ever having connected', async () => {
    await createRedisLimiter({ url, keyPrefix }).close()
  })

  it('limits in process, rather than failing or hanging, while Redis cannot be reached; warns once', async () => {
    const outages: unknown[] = []
    const limiter = createRedisLimiter({
      url: 'redis://127.0.0.1:1',
      keyPrefix,
      onOutage: (error) => outages.push(error),
    })
    const limit = { requests: 2, windowSeconds: 60 }
    const decisions = []
    for (let i = 0; i < 3; i++) decisions.push(await limiter.take('k', limit))
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false])
    expect(decisions[2]?.retryAfterMs).toBeGreaterThan(0)
    expect(outages).toHaveLength(1)
    await limiter.close()
  })
})
