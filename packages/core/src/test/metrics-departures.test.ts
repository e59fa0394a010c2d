import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../events/change-bus.js'
import { resetOf, type HistoryEntry } from '../services/metrics-history-service.js'
import { ACTOR, openTestRegistry, testStoreDrivers, type TestRegistry } from './test-registry.js'

const sum = (kept: unknown, added: HistoryEntry) => ({
  calls: (kept as { calls: number }).calls + (added.tally as { calls: number }).calls,
})

describe.each(testStoreDrivers)('metrics of departed entities on $driver', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t.dispose()
  })

  const kept = async () =>
    (await t.registry.metricsHistory.read()).map((e) => `${e.list}:${e.name}`).sort()
  const keep = async (...entries: [string, string][]) =>
    t.registry.metricsHistory.add(
      entries.map(([list, name]) => ({ list, name, tally: { calls: 1 } })),
      sum,
      await t.registry.metricsHistory.generation(),
    )
  /** The resets announced while `work` runs, as `list:name`. */
  async function announced(work: () => Promise<unknown>): Promise<string[]> {
    const seen: Change[] = []
    const stop = t.registry.context.events.subscribe((changes) => seen.push(...changes))
    try {
      await work()
    } finally {
      stop()
    }
    return seen
      .filter((c) => c.entity === 'metrics')
      .map((c) => resetOf(c.id))
      .map((r) => `${r.list}:${r.name}`)
      .sort()
  }

  it("forgets a deleted tool's figures, under its own name and the names servers expose it under, but not a name another tool still goes by", async () => {
    const { tools, servers } = t.registry
    const gone = await tools.create({ name: 'gone', url: 'http://127.0.0.1:9/x' }, ACTOR)
    const other = await tools.create({ name: 'other', url: 'http://127.0.0.1:9/y' }, ACTOR)
    await servers.create(
      { name: 'aliases', associatedTools: [{ id: gone.id, name: 'alias' }, other.id] },
      ACTOR,
    )
    await servers.create({ name: 'also', associatedTools: [{ id: gone.id, name: 'nick' }] }, ACTOR)
    await servers.create(
      { name: 'shared', associatedTools: [{ id: other.id, name: 'alias' }] },
      ACTOR,
    )
    await keep(
      ['tools', 'gone'],
      ['tools', 'nick'],
      ['tools', 'alias'],
      ['tools', 'other'],
      ['upstreams', 'gone'],
    )
    // `alias` stays: the other server exposes `other` under it
    expect(await announced(() => tools.remove(gone.id))).toEqual(['tools:gone', 'tools:nick'])
    expect(await kept()).toEqual(['tools:alias', 'tools:other', 'upstreams:gone'])
    // a new tool of the same name starts with nothing kept
    await tools.create({ name: 'gone', url: 'http://127.0.0.1:9/x' }, ACTOR)
    expect(await kept()).not.toContain('tools:gone')
  })

  it("forgets a deleted upstream's figures and its tools', and a deleted server's", async () => {
    const { gateways, tools, servers } = t.registry
    const g = await gateways.create({ name: 'Weather', url: 'http://127.0.0.1:9/mcp' }, ACTOR)
    const tool = await tools.create(
      { name: 'forecast', gatewayId: g.id, integrationType: 'MCP' },
      ACTOR,
    )
    const server = await servers.create({ name: 'weather', associatedTools: [tool.id] }, ACTOR)
    await keep(['upstreams', 'Weather'], ['tools', 'weather-forecast'], ['servers', server.id])
    expect(await announced(() => servers.remove(server.id))).toEqual([`servers:${server.id}`])
    expect(await announced(() => gateways.remove(g.id))).toEqual([
      'tools:weather-forecast',
      'upstreams:Weather',
    ])
    expect(await kept()).toEqual(['tools:alias', 'tools:other', 'upstreams:gone'])
  })

  it('forgets the old names of a renamed tool and upstream, and only those, in the same transaction; a renamed server keeps its figures', async () => {
    const { gateways, tools } = t.registry
    const g = await gateways.create({ name: 'Maps', url: 'http://127.0.0.1:9/mcp' }, ACTOR)
    await tools.create({ name: 'route', gatewayId: g.id, integrationType: 'MCP' }, ACTOR)
    const local = await tools.create({ name: 'before', url: 'http://127.0.0.1:9/z' }, ACTOR)
    await keep(['upstreams', 'Maps'], ['tools', 'maps-route'], ['tools', 'before'])
    expect(await announced(() => tools.update(local.id, { name: 'after' }))).toEqual([
      'tools:before',
    ])
    expect(await announced(() => tools.update(local.id, { description: 'same name' }))).toEqual([])
    expect(await announced(() => gateways.update(g.id, { name: 'Atlas' }))).toEqual([
      'tools:maps-route',
      'upstreams:Maps',
    ])
    expect(await kept()).toEqual(['tools:alias', 'tools:other', 'upstreams:gone'])
    // a write that fails forgets nothing
    await keep(['tools', 'after'])
    await expect(tools.update(local.id, { name: 'other' })).rejects.toThrow(/other/)
    expect(await kept()).toContain('tools:after')
    // a server's figures are kept by its id: a renamed server keeps them
    const server = await t.registry.servers.create({ name: 'first name' }, ACTOR)
    await keep(['servers', server.id])
    expect(await announced(() => t.registry.servers.update(server.id, { name: 'second' }))).toEqual(
      [],
    )
    expect(await kept()).toContain(`servers:${server.id}`)
  })

  it('prunes resets older than a week but the newest; a replica that missed pruned ones adds nothing', async () => {
    const history = t.registry.metricsHistory
    const { db } = t.registry.context.store
    const seen = await history.generation()
    await history.forget({ list: 'tools', name: 'x' })
    await history.forget({ list: 'tools', name: 'y' })
    const aged = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString()
    await db.updateTable('metrics_resets').set({ at: aged }).execute()
    const newest = await history.forget({ list: 'tools', name: 'z' })
    expect(
      (await db.selectFrom('metrics_resets').select('generation').execute()).map(
        (row) => row.generation,
      ),
    ).toEqual([newest.generation])
    // the numbering goes on after the newest (kept even when old)
    await db.updateTable('metrics_resets').set({ at: aged }).execute()
    expect((await history.forget({ list: 'tools', name: 'w' })).generation).toBe(
      newest.generation + 1,
    )
    const generations = async () =>
      (await db.selectFrom('metrics_resets').select('generation').execute()).map(
        (row) => row.generation,
      )
    expect(await generations()).toEqual([newest.generation + 1])
    // figures taken knowing of the resets up to `seen` only: pruned ones may cover them
    const taken = [{ list: 'servers', name: 'lagging', tally: { calls: 3 } }]
    expect(await history.add(taken, sum, seen)).toEqual([
      { generation: seen + 1 },
      { list: 'tools', name: 'w', generation: newest.generation + 1 },
    ])
    expect(await kept()).not.toContain('servers:lagging')
    // a replica that knew of every reset before the kept one adds its figures
    expect(await history.add(taken, sum, newest.generation)).toHaveLength(1)
    expect(await kept()).toContain('servers:lagging')
  })
})
