import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { createMetrics, type Metrics, type MetricsReport } from '../metrics/metrics.js'
import { createMetricsShare } from './metrics-share.js'

const redisUrl = process.env.SWITCHYARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const prefix = `switchyard-test:${randomUUID()}:`
const gauges = { upstreamUp: () => [], poolSessions: () => [] }

/** A replica's metrics with `calls` calls of tool `echo` recorded, sharing through Redis. */
function replica(calls: number, errors: unknown[] = []) {
  const metrics = createMetrics({ gauges })
  for (let i = 0; i < calls; i++)
    metrics.record({
      kind: 'tool',
      method: 'tools/call',
      name: 'echo',
      seconds: 0.002,
      at: Date.now(),
    })
  const share = createMetricsShare({
    redisUrl,
    prefix,
    changes: (all) => metrics.changes(all),
    intervalMs: 100,
    onError: (error) => errors.push(error),
  })
  metrics.shareWith(share)
  return { metrics, share }
}

/** Polls a replica's report until `check` holds (5 s at most). */
async function until(metrics: Metrics, check: (report: MetricsReport) => boolean) {
  const deadline = Date.now() + 5_000
  for (;;) {
    const report = await metrics.report()
    if (check(report)) return report
    if (Date.now() > deadline) throw new Error(`not seen: ${JSON.stringify(report)}`)
    await sleep(50)
  }
}

describe('metrics shared between replicas over Redis', () => {
  const redis = new Redis(redisUrl)
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })

  it('adds up every live replica, and leaves out one that closed, lapsed or wrote garbage', async () => {
    const errors: unknown[] = []
    const [a, b, c] = [replica(2, errors), replica(3), replica(5)]
    const all = await until(a.metrics, (r) => r.replicas === 3)
    expect(all.tools).toEqual([expect.objectContaining({ name: 'echo', calls: 10, failures: 0 })])
    const series = await a.metrics.timeseries('tool', 'echo', 1)
    expect(series.points[0]?.calls).toBe(10)
    expect((await a.metrics.timeseries('tool', null, 1)).points[0]?.calls).toBe(10)
    expect((await a.metrics.timeseries('tool', 'other', 1)).points[0]?.calls).toBe(0)
    // every replica gives the same sums
    expect((await until(c.metrics, (r) => r.replicas === 3)).tools[0]?.calls).toBe(10)

    // Redis loses everything (a restart without persistence): each replica writes its figures whole again.
    const keys = await redis.keys(`${prefix}*`)
    await redis.del(...keys)
    await until(a.metrics, (r) => r.replicas < 3)
    await until(a.metrics, (r) => r.replicas === 3 && r.tools[0]?.calls === 10)

    // A replica that stops takes its figures away at once.
    await b.share.close()
    expect((await until(a.metrics, (r) => r.replicas === 2)).tools[0]?.calls).toBe(7)

    // A replica that dies leaves figures that lapse; figures not in the format are skipped.
    const d = replica(4)
    expect((await until(a.metrics, (r) => r.replicas === 3)).tools[0]?.calls).toBe(11)
    await d.share.close() // (close takes them away at once; put them back as a killed one leaves them)
    await redis.hset(`${prefix}metrics:dead:entities`, {
      meta: JSON.stringify({ format: 1, droppedSamples: 0 }),
      'tools:echo': JSON.stringify(d.metrics.changes(true).entities[0]?.tally),
    })
    await redis.pexpire(`${prefix}metrics:dead:entities`, 300)
    await redis.hset(`${prefix}metrics:garbage:entities`, {
      meta: JSON.stringify({ format: 1, droppedSamples: 0 }),
      'tools:echo': '{"calls":"x"}',
    })
    await redis.sadd(`${prefix}metrics:replicas`, 'dead', 'garbage')
    expect((await until(a.metrics, (r) => r.replicas === 4)).tools[0]?.calls).toBe(11)
    expect(errors.map((e) => (e as Error).message)).toContain(
      "replica garbage's metrics of tools:echo is not usable",
    )
    expect((await until(a.metrics, (r) => r.replicas === 3)).tools[0]?.calls).toBe(7)
    // the lapsed one is pruned from the members
    await sleep(100)
    expect(await redis.smembers(`${prefix}metrics:replicas`)).not.toContain('dead')

    await Promise.all([a.share.close(), c.share.close()])
    for (const r of [a, b, c, d]) r.metrics.close()
  })

  it('reports this replica alone, at once, while Redis cannot be reached', async () => {
    const errors: unknown[] = []
    const metrics = createMetrics({ gauges })
    metrics.record({
      kind: 'tool',
      method: 'tools/call',
      name: 'echo',
      seconds: 0.001,
      at: Date.now(),
    })
    const share = createMetricsShare({
      redisUrl: 'redis://127.0.0.1:1',
      prefix,
      changes: (all) => metrics.changes(all),
      onError: (error) => errors.push(error),
    })
    metrics.shareWith(share)
    const started = Date.now()
    const report = await metrics.report()
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(report).toMatchObject({ replicas: 1, tools: [expect.objectContaining({ calls: 1 })] })
    expect(errors.length).toBeGreaterThan(0)
    await share.close()
    metrics.close()
  })
})
