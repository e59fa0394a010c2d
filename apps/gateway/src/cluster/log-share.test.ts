import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { LogRing } from '../logs/log-ring.js'
import { startTcpProxy } from '../test/cluster/tcp-proxy.js'
import { createLogShare, type LogShare } from './log-share.js'

const redisUrl = process.env.SWITCHYARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const prefix = `switchyard-test:${randomUUID()}:`
const line = (msg: string, time = Date.now()) =>
  `${JSON.stringify({ time, level: 'info', pid: process.pid, msg })}\n`

/** A replica's ring sharing through Redis (`url`: where it looks for Redis). */
function replica(outages: unknown[] = [], url = redisUrl, intervalMs = 50) {
  const ring = new LogRing(5)
  const share = createLogShare({
    redisUrl: url,
    prefix,
    ring,
    intervalMs,
    onOutage: (error) => outages.push(error),
  })
  const messages = () => ring.recent().map((r) => r.msg)
  return { ring, share, messages }
}

/** Polls until `check` holds (5 s at most). */
async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not seen: ${what}`)
    await sleep(20)
  }
}

describe('log records shared between replicas over Redis', () => {
  const redis = new Redis(redisUrl)
  const shares: LogShare[] = []
  afterAll(async () => {
    await Promise.all(shares.map((share) => share.close()))
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })

  it("takes the others' records live and the last ones at start, in time order, its own once", async () => {
    const a = replica()
    const b = replica()
    shares.push(a.share, b.share)
    // both listening before anything is said (a record said earlier reaches a replica started later)
    await sleep(200)
    // distinct times: records of one millisecond from two replicas have no order to agree on
    const now = Date.now()
    a.ring.push(line('a1', now))
    b.ring.push(line('b1', now + 1))
    await until(() => a.messages().length === 2 && b.messages().length === 2, 'a1 and b1 on both')
    expect(a.messages().sort()).toEqual(['a1', 'b1'])
    a.ring.push(line('a2', now + 2))
    await until(() => b.messages().includes('a2'), 'a2 on b')
    expect(a.messages().filter((m) => m === 'a2')).toEqual(['a2'])

    // a replica started later reads the list: every replica's records, the ring's capacity of them
    const c = replica()
    shares.push(c.share)
    await until(() => c.messages().length === 3, 'the backlog on c')
    expect(c.messages()).toEqual(a.messages())
    // a late record of the past goes in at its time, not at the end
    const early = Date.now() - 60_000
    b.ring.push(line('early', early))
    await until(() => c.messages().includes('early'), 'early on c')
    expect(c.messages()[0]).toBe('early')
    // what another process wrote on the channel that is not a batch is left out
    await redis.publish(`${prefix}logs:live`, 'not json')
    await redis.publish(`${prefix}logs:live`, JSON.stringify({ replica: 'x', lines: 'nope' }))
    await redis.rpush(`${prefix}logs`, '{"replica": 1}')
    const d = replica()
    shares.push(d.share)
    await until(() => d.messages().length === 4, 'the backlog on d')
    expect(d.messages()).toEqual(c.messages())
  })

  it('shares the records of its first moments, before its connection is up, and warns of nothing', async () => {
    const other = replica()
    shares.push(other.share)
    await sleep(200)
    const outages: unknown[] = []
    // sends every millisecond: the first sends come before Redis has answered
    const starting = replica(outages, redisUrl, 1)
    shares.push(starting.share)
    starting.ring.push(line('starting up'))
    await until(() => other.messages().includes('starting up'), 'the first record on the other')
    expect(outages).toEqual([])
  })

  it('keeps its own records while Redis is away, says so once, and shares again after', async () => {
    const proxy = await startTcpProxy(Number(new URL(redisUrl).port || 6379))
    const outages: unknown[] = []
    const cut = replica(outages, `redis://127.0.0.1:${proxy.port}`)
    const other = replica()
    shares.push(other.share)
    try {
      await sleep(200)
      proxy.cut()
      cut.ring.push(line('alone'))
      cut.ring.push(line('still alone'))
      await until(() => outages.length > 0, 'an outage')
      await sleep(300)
      expect(outages).toHaveLength(1)
      expect(outages[0]).toBeInstanceOf(Error)
      expect(cut.messages().slice(-2)).toEqual(['alone', 'still alone'])
      expect(other.messages()).not.toContain('alone')
      proxy.restore()
      // said until heard: ioredis reconnects with a backoff, and what is said before is not shared
      await until(() => {
        cut.ring.push(line('back'))
        return other.messages().includes('back')
      }, 'back on the other replica')
      await until(() => outages.length === 2, 'the recovery')
      expect(outages[1]).toBeUndefined()
      other.ring.push(line('heard'))
      await until(() => cut.messages().includes('heard'), 'the live channel resubscribed')
    } finally {
      await cut.share.close()
      await proxy.close()
    }
  })
})
