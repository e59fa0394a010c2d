import { describe, expect, it } from 'vitest'
import type { CallSample } from './call-sample.js'
import { createTimeSeries, type SeriesCell } from './timeseries.js'

const MINUTE = 60_000
const call = (name: string, ms: number, at: number, error?: string): CallSample => ({
  kind: 'tool',
  method: 'tools/call',
  name,
  seconds: ms / 1000,
  at,
  ...(error !== undefined && { error }),
})

describe('time series', () => {
  it('counts calls and failures per minute, oldest bucket first, empty minutes included', () => {
    let clock = 10 * MINUTE + 5_000
    const series = createTimeSeries({ buckets: 5, now: () => clock })
    series.add([call('a', 10, 8 * MINUTE), call('a', 20, 10 * MINUTE + 1, 'boom')])
    series.add([call('b', 30, 10 * MINUTE + 2)])
    const a = series.read('tool', 'a')
    expect(a).toMatchObject({ kind: 'tool', name: 'a', bucketSeconds: 60 })
    expect(a.points.map((p) => [p.at, p.calls, p.failures])).toEqual([
      [new Date(6 * MINUTE).toISOString(), 0, 0],
      [new Date(7 * MINUTE).toISOString(), 0, 0],
      [new Date(8 * MINUTE).toISOString(), 1, 0],
      [new Date(9 * MINUTE).toISOString(), 0, 0],
      [new Date(10 * MINUTE).toISOString(), 1, 1],
    ])
    expect(a.points[4]?.errorRate).toBe(1)
    const total = series.read('tool', null, 1)
    expect(total.points).toEqual([
      expect.objectContaining({ calls: 2, failures: 1, errorRate: 0.5 }),
    ])
    // Five minutes on, the old buckets have left the window and their slots are reused.
    clock += 5 * MINUTE
    series.add([call('a', 1, clock)])
    expect(series.read('tool', 'a').points.map((p) => p.calls)).toEqual([0, 0, 0, 0, 1])
    expect(series.read('tool', null).points.map((p) => p.calls)).toEqual([0, 0, 0, 0, 1])
  })

  it('estimates percentiles within a bin and never above the slowest call', () => {
    const series = createTimeSeries({ now: () => MINUTE })
    series.add(Array.from({ length: 100 }, (_, i) => call('t', i + 1, MINUTE)))
    const [point] = series.read('tool', 't', 1).points
    expect(point?.calls).toBe(100)
    expect(point?.p50Ms).toBeGreaterThanOrEqual(50)
    expect(point?.p50Ms).toBeLessThanOrEqual(75)
    expect(point?.p95Ms).toBeGreaterThanOrEqual(95)
    expect(point?.p99Ms).toBe(100)
    expect(series.read('tool', 'nobody', 1).points[0]).toMatchObject({ calls: 0, p50Ms: null })
  })

  it('keeps upstream and server series apart, skips HTTP samples and ones outside the window', () => {
    const series = createTimeSeries({ buckets: 2, maxEntities: 1, now: () => 5 * MINUTE })
    series.add([
      { kind: 'upstream', method: 'tools/call', name: 'up', seconds: 0.01, at: 5 * MINUTE },
      { kind: 'mcp', method: 'tools/list', name: 'srv', seconds: 0.01, at: 5 * MINUTE },
      { kind: 'http', method: 'GET', name: '/tools', seconds: 0.01, at: 5 * MINUTE },
      call('old', 1, 2 * MINUTE),
      call('future', 1, 7 * MINUTE),
      call('first', 1, 5 * MINUTE),
      call('second', 1, 5 * MINUTE),
    ])
    expect(series.read('upstream', 'up', 1).points[0]?.calls).toBe(1)
    expect(series.read('server', 'srv', 1).points[0]?.calls).toBe(1)
    // Past maxEntities a call counts in the total only.
    expect(series.read('tool', 'first', 1).points[0]?.calls).toBe(1)
    expect(series.read('tool', 'second', 1).points[0]?.calls).toBe(0)
    expect(series.read('tool', null).points.map((p) => p.calls)).toEqual([0, 2])
  })

  it('adds up other replicas’ cells in its window, as if it had seen their calls', () => {
    let clock = 10 * MINUTE + 1
    const now = () => clock
    const calls = [
      call('a', 3, 10 * MINUTE),
      call('a', 40, 9 * MINUTE, 'boom'),
      call('b', 7, 10 * MINUTE),
      { ...call('up', 12, 10 * MINUTE), kind: 'upstream' as const },
    ]
    const all = createTimeSeries({ buckets: 5, now })
    all.add(calls)
    const [one, two] = [
      createTimeSeries({ buckets: 5, now }),
      createTimeSeries({ buckets: 5, now }),
    ]
    one.add(calls.slice(0, 2))
    two.add(calls.slice(2))
    const merged = createTimeSeries({ buckets: 5, now })
    // as the cells travel: through JSON
    for (const part of [one, two])
      for (const cell of JSON.parse(JSON.stringify(part.changed(false).cells)) as SeriesCell[])
        merged.merge(cell)
    for (const [kind, name] of [
      ['tool', 'a'],
      ['tool', 'b'],
      ['tool', null],
      ['upstream', 'up'],
      ['server', null],
    ] as const)
      expect(merged.read(kind, name)).toEqual(all.read(kind, name))
    expect(merged.read('tool', null).points.map((p) => p.calls)).toEqual([0, 0, 0, 1, 2])
    const cellsOfA = one.cellsOf('tool', 'a').sort((x, y) => x.index - y.index)
    expect(cellsOfA.map((c) => [c.index, c.tally.calls])).toEqual([
      [9, 1],
      [10, 1],
    ])
    // only what changed since the last call, unless all is asked for
    expect(one.changed(false).cells).toEqual([])
    one.add([call('a', 1, 10 * MINUTE)])
    expect(one.changed(false).cells.map((c) => [c.index, c.name])).toEqual([
      [10, null],
      [10, 'a'],
    ])
    expect(one.changed(true)).toMatchObject({ oldest: 6 })
    expect(one.changed(true).cells).toHaveLength(4)
    // a cell outside the window is left out
    const late = { ...cellsOfA[1]!, name: 'late' }
    clock += 5 * MINUTE
    merged.merge(late)
    expect(merged.read('tool', 'late').points.every((p) => p.calls === 0)).toBe(true)
  })
})
