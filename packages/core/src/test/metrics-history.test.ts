import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../events/change-bus.js'
import { forgottenScope, type HistoryEntry } from '../services/metrics-history-service.js'
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
    await history.add([], sum)
    await history.add(
      [
        { list: 'tools', name: 'echo', tally: { calls: 2 } },
        { list: 'servers', name: 'echo', tally: { calls: 5 } },
      ],
      sum,
    )
    await history.add([{ list: 'tools', name: 'echo', tally: { calls: 3 } }], sum)
    const read = await history.read()
    expect(read.sort((a, b) => a.list.localeCompare(b.list))).toEqual([
      { list: 'servers', name: 'echo', tally: { calls: 5 } },
      { list: 'tools', name: 'echo', tally: { calls: 5 } },
    ])
  })

  it('adds concurrent figures one after the other, losing none', async () => {
    const history = t.registry.metricsHistory
    const entry = { list: 'upstreams', name: 'busy', tally: { calls: 1 } }
    await Promise.all(Array.from({ length: 20 }, () => history.add([entry], sum)))
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
    await history.add(many, sum)
    await history.add(many, sum)
    const read = new Map((await history.read()).map((e) => [e.name, e.tally]))
    expect(read.get('tool-449')).toEqual({ calls: 898 })
    expect(read.get('tool-0')).toEqual({ calls: 0 })
  })

  it('forgets one entity, a list or everything, and says so on the change bus', async () => {
    const history = t.registry.metricsHistory
    const seen: Change[] = []
    const stop = t.registry.context.events.subscribe((changes) => seen.push(...changes))
    try {
      const names = async () => (await history.read()).map((e) => `${e.list}:${e.name}`).sort()
      await history.forget({ list: 'tools', name: 'echo' })
      expect(await names()).not.toContain('tools:echo')
      expect(await names()).toContain('servers:echo')
      await history.forget({ list: 'tools' })
      expect((await names()).filter((n) => n.startsWith('tools:'))).toEqual([])
      expect(await names()).toContain('upstreams:busy')
      await history.forget({})
      expect(await names()).toEqual([])
      expect(seen.map((c) => [c.entity, c.op, forgottenScope(c.id)])).toEqual([
        ['metrics', 'deleted', { list: 'tools', name: 'echo' }],
        ['metrics', 'deleted', { list: 'tools' }],
        ['metrics', 'deleted', {}],
      ])
    } finally {
      stop()
    }
  })
})
