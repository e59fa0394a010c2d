import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../events/change-bus.js'
import { resetOf, type HistoryEntry } from '../services/metrics-history-service.js'
import { openTestRegistry, testStoreDrivers, type TestRegistry } from './test-registry.js'

const sum = (kept: unknown, added: HistoryEntry) => ({
  calls: (kept as { calls: number }).calls + (added.tally as { calls: number }).calls,
})

describe.each(testStoreDrivers)('metrics history on $driver', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('keeps figures, merging what is added to what is kept', async () => {
    const history = t.registry.metricsHistory
    expect(await history.read()).toEqual([])
    await history.add([], sum, 0)
    await history.add(
      [
        { list: 'tools', name: 'echo', tally: { calls: 2 } },
        { list: 'servers', name: 'echo', tally: { calls: 5 } },
      ],
      sum,
      0,
    )
    await history.add([{ list: 'tools', name: 'echo', tally: { calls: 3 } }], sum, 0)
    const read = await history.read()
    expect(read.sort((a, b) => a.list.localeCompare(b.list))).toEqual([
      { list: 'servers', name: 'echo', tally: { calls: 5 } },
      { list: 'tools', name: 'echo', tally: { calls: 5 } },
    ])
  })

  it('adds concurrent figures one after the other, losing none', async () => {
    const history = t.registry.metricsHistory
    const entry = { list: 'upstreams', name: 'busy', tally: { calls: 1 } }
    await Promise.all(Array.from({ length: 20 }, () => history.add([entry], sum, 0)))
    const busy = (await history.read()).find((e) => e.name === 'busy')
    expect(busy?.tally).toEqual({ calls: 20 })
  })

  it('writes many entities at once', async () => {
    const history = t.registry.metricsHistory
    const many = Array.from({ length: 450 }, (_, i) => ({
      list: 'tools',
      name: `tool-${i}`,
      tally: { calls: i },
    }))
    await history.add(many, sum, 0)
    await history.add(many, sum, 0)
    const read = new Map((await history.read()).map((e) => [e.name, e.tally]))
    expect(read.get('tool-449')).toEqual({ calls: 898 })
    expect(read.get('tool-0')).toEqual({ calls: 0 })
  })

  it('forgets one entity, a list or everything, numbers each reset and says so on the change bus', async () => {
    const history = t.registry.metricsHistory
    const seen: Change[] = []
    const stop = t.registry.context.events.subscribe((changes) => seen.push(...changes))
    try {
      const names = async () => (await history.read()).map((e) => `${e.list}:${e.name}`).sort()
      expect(await history.generation()).toBe(0)
      expect(await history.forget({ list: 'tools', name: 'a:b' })).toEqual({
        list: 'tools',
        name: 'a:b',
        generation: 1,
      })
      expect(await names()).toContain('tools:echo')
      await history.forget({ list: 'tools', name: 'echo' })
      expect(await names()).not.toContain('tools:echo')
      expect(await names()).toContain('servers:echo')
      await history.forget({ list: 'tools' })
      expect((await names()).filter((n) => n.startsWith('tools:'))).toEqual([])
      expect(await names()).toContain('upstreams:busy')
      // a name counts only with a list
      expect(await history.forget({ name: 'echo' })).toStrictEqual({ generation: 4 })
      expect(await names()).toEqual([])
      expect(await history.generation()).toBe(4)
      expect(resetOf('4')).toStrictEqual({ generation: 4 })
      // nothing the catalog holds: no new snapshot
      const { version } = t.registry.catalog.current()
      await history.forget({})
      expect((await t.registry.catalog.settled()).version).toBe(version)
      expect(seen.map((c) => [c.entity, c.op, resetOf(c.id)])).toEqual([
        ['metrics', 'deleted', { generation: 1, list: 'tools', name: 'a:b' }],
        ['metrics', 'deleted', { generation: 2, list: 'tools', name: 'echo' }],
        ['metrics', 'deleted', { generation: 3, list: 'tools' }],
        ['metrics', 'deleted', { generation: 4 }],
        ['metrics', 'deleted', { generation: 5 }],
      ])
    } finally {
      stop()
    }
  })

  it('leaves out what a reset newer than the adding replica knows of covers, and names those resets', async () => {
    const history = t.registry.metricsHistory
    const seen = await history.generation()
    const reset = await history.forget({ list: 'tools', name: 'late' })
    const taken = [
      { list: 'tools', name: 'late', tally: { calls: 4 } },
      { list: 'servers', name: 'late', tally: { calls: 2 } },
    ]
    expect(await history.add(taken, sum, seen)).toEqual([reset])
    expect(await history.read()).toEqual([{ list: 'servers', name: 'late', tally: { calls: 2 } }])
    // a replica that knew of the reset adds all it took
    expect(await history.add(taken, sum, reset.generation)).toEqual([])
    expect((await history.read()).map((e) => [e.list, e.tally]).sort()).toEqual([
      ['servers', { calls: 4 }],
      ['tools', { calls: 4 }],
    ])
  })
})
