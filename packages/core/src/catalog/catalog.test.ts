import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTOR, openTestRegistry, type TestRegistry } from '../test/test-registry.js'
import { sqliteTestStore } from '../store/test-stores.js'
import type { Catalog } from './catalog.js'
import { loadCatalogSource } from './catalog-source.js'
import { deriveCatalog } from './derive-catalog.js'

/** What a snapshot says, without version and time. */
function view(catalog: Catalog) {
  return {
    gateways: [...catalog.gateways.values()].map((g) => g.name).sort(),
    tools: [...catalog.toolsByName.keys()],
    resources: [...catalog.resourcesByUri.keys()],
    prompts: [...catalog.promptsByName.keys()],
    servers: [...catalog.servers.values()].map((s) => ({
      name: s.name,
      tools: s.tools.map((m) => `${m.name}:${m.description ?? ''}`),
      resources: s.resources.map((m) => m.entity.uri),
      prompts: s.prompts.map((m) => m.name),
    })),
  }
}

describe('incremental catalog', () => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(sqliteTestStore)
  })
  afterAll(async () => {
    await t.dispose()
  })

  const fresh = async () => deriveCatalog(await loadCatalogSource(t.registry.context), 0)
  const expectFresh = async () =>
    expect(view(await t.registry.catalog.settled())).toEqual(view(await fresh()))

  it('stays equal to a full reload through every kind of change', async () => {
    const r = t.registry
    const g = await r.gateways.create({ name: 'up', url: 'http://127.0.0.1:9/up' }, ACTOR)
    const tools = await Promise.all(
      ['b', 'a', 'c'].map((n) => r.tools.create({ name: n, gatewayId: g.id }, ACTOR)),
    )
    const local = await r.tools.create({ name: 'local', url: 'http://127.0.0.1:9/l' }, ACTOR)
    const res = await r.resources.create({ uri: 'file:///x', name: 'x', gatewayId: g.id }, ACTOR)
    const p = await r.prompts.create({ name: 'p', template: 'hi', gatewayId: g.id }, ACTOR)
    const s = await r.servers.create(
      {
        name: 'srv',
        associatedTools: [tools[0]!.id, { id: local.id, name: 'mine', description: 'd' }],
        associatedResources: [res.id],
        associatedPrompts: [p.id],
      },
      ACTOR,
    )
    await expectFresh()
    expect(view(t.registry.catalog.current()).tools).toEqual(['local', 'up-a', 'up-b', 'up-c'])

    await r.gateways.update(g.id, { name: 'renamed' })
    await expectFresh()
    expect(view(t.registry.catalog.current()).servers[0]?.tools).toEqual(['renamed-b:', 'mine:d'])

    await r.gateways.setEnabled(g.id, false)
    await expectFresh()
    await r.gateways.setEnabled(g.id, true)
    await r.tools.remove(tools[0]!.id)
    await r.servers.update(s.id, { associatedTools: [tools[1]!.id], nameStrategy: 'original' })
    await expectFresh()
    expect(view(t.registry.catalog.current()).servers[0]?.tools).toEqual(['a:'])

    await r.tags.rename('nothing-here', 'x').catch(() => undefined)
    await r.tools.update(local.id, { tags: ['t'] })
    await r.tags.remove('t')
    await r.servers.setEnabled(s.id, false)
    await expectFresh()
    await r.gateways.remove(g.id)
    await expectFresh()
    expect(view(t.registry.catalog.current()).tools).toEqual(['local'])
    expect(Object.isFrozen(t.registry.catalog.current().tools.get(local.id))).toBe(true)
  })

  it('catches up with changes it never heard of on resync', async () => {
    const r = t.registry
    const tool = await r.tools.create({ name: 'unheard', url: 'http://127.0.0.1:9/u' }, ACTOR)
    await r.catalog.settled()
    // Another replica's write whose change notice was lost: the store changes, no change is emitted.
    await r.context.store.db
      .updateTable('tools')
      .set({ description: 'changed elsewhere' })
      .where('id', '=', tool.id)
      .execute()
    const before = r.catalog.current()
    expect(before.tools.get(tool.id)?.description).toBeNull()
    const after = await r.catalog.resync()
    expect(after.tools.get(tool.id)?.description).toBe('changed elsewhere')
    expect(after.version).toBeGreaterThan(before.version)
    await expectFresh()
  })
})
