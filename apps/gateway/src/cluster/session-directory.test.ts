import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { startTcpProxy } from '../test/cluster/tcp-proxy.js'
import { createSessionDirectory } from './session-directory.js'

const redisUrl = process.env.SWITCHYARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const prefix = `switchyard-test:${randomUUID()}:`

describe('the directory of legacy sessions in Redis', () => {
  const redis = new Redis(redisUrl)
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })

  it('records its sessions again as soon as Redis is back, emptied (restarted) or not', async () => {
    const proxy = await startTcpProxy(Number(new URL(redisUrl).port || 6379))
    // refreshed every 200 s: nothing in this test comes from the periodic refresh
    const directory = createSessionDirectory({
      redisUrl: `redis://127.0.0.1:${proxy.port}`,
      prefix,
      self: 'http://replica-a:4444',
      ttlSeconds: 600,
      onError: () => undefined,
    })
    try {
      directory.opened('before')
      await expect.poll(() => redis.get(`${prefix}session:before`)).toBe('http://replica-a:4444')
      proxy.cut()
      // Redis restarts empty meanwhile; a session opens while it is away
      await redis.del(`${prefix}session:before`)
      directory.opened('during')
      await sleep(300)
      proxy.restore()
      for (const id of ['before', 'during'])
        await expect
          .poll(() => redis.get(`${prefix}session:${id}`), { timeout: 5_000 })
          .toBe('http://replica-a:4444')
      expect(await redis.ttl(`${prefix}session:before`)).toBeGreaterThan(590)
    } finally {
      await directory.close()
      await proxy.close()
    }
  })
})
