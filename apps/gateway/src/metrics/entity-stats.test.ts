import { describe, expect, it } from 'vitest'
import { EntityStats } from './entity-stats.js'

describe('EntityStats', () => {
  it('reports calls, failures, the mean and percentiles within 4% above the nearest rank', () => {
    const stats = new EntityStats()
    for (let ms = 1; ms <= 100; ms++) stats.add('t', ms, ms > 90, 1000 + ms)
    const [row] = stats.list()
    expect(row).toMatchObject({
      name: 't',
      calls: 100,
      failures: 10,
      failureRate: 0.1,
      avgMs: 50.5,
      lastCallAt: new Date(1100).toISOString(),
    })
    for (const [got, exact] of [
      [row?.p50Ms, 50],
      [row?.p95Ms, 95],
      [row?.p99Ms, 99],
    ] as const) {
      expect(got).toBeGreaterThanOrEqual(exact)
      expect(got).toBeLessThanOrEqual(exact * 1.04)
    }
    // never above the slowest call, nor below the fastest bin
    stats.add('fast', 0.001, false, 1)
    stats.add('slow', 3_600_000, false, 1)
    expect(stats.list().find((r) => r.name === 'fast')?.p99Ms).toBe(0.001)
    expect(stats.list().find((r) => r.name === 'slow')?.p50Ms).toBe(3_600_000)
  })

  it('adds up other replicas’ tallies as if it had seen their calls', () => {
    const all = new EntityStats()
    const parts = [new EntityStats(), new EntityStats()]
    for (let i = 0; i < 500; i++) {
      const ms = 0.2 + ((i * 37) % 250)
      all.add(i % 3 === 0 ? 'a' : 'b', ms, i % 7 === 0, 5000 + i, 'id-1')
      parts[i % 2]!.add(i % 3 === 0 ? 'a' : 'b', ms, i % 7 === 0, 5000 + i, 'id-1')
    }
    const merged = new EntityStats()
    // as the tallies travel: through JSON
    for (const part of parts)
      for (const tally of JSON.parse(JSON.stringify(part.tallies())) as ReturnType<
        EntityStats['tallies']
      >)
        merged.merge(tally)
    // sums of floats may differ in the last bits by order; the rest is exact
    const rounded = (s: EntityStats) => s.list().map((r) => ({ ...r, avgMs: r.avgMs?.toFixed(2) }))
    expect(rounded(merged)).toEqual(rounded(all))
    expect(merged.list()[0]).toMatchObject({ name: 'b', id: 'id-1', calls: 333 })
  })
})
