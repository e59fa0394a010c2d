import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteTestStore } from '../store/test-stores.js'
import { ACTOR, openTestRegistry, type TestRegistry } from '../test/test-registry.js'
import type { Catalog } from '../catalog/catalog.js'
import { changedLists } from './list-changes.js'

describe('changedLists', () => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(sqliteTestStore)
  })
  afterAll(async () => {
    await t.dispose()
  })

  /** Runs a change and returns what it changed for the whole catalog and for each server named. */
  async function after(change: () => Promise<unknown>, servers: Record<string, string>) {
    const before: Catalog = await t.registry.catalog.settled()
    await change()
    const now = await t.registry.catalog.settled()
    return {
      '*': changedLists(before, now, null),
      ...Object.fromEntries(
        Object.entries(servers).map(([name, id]) => [name, changedLists(before, now, id)]),
      ),
    }
  }

  it('names only the lists an endpoint now serves differently', async () => {
    const r = t.registry
    const tool = await r.tools.create({ name: 'a', url: 'http://127.0.0.1:9/a' }, ACTOR)
    const other = await r.tools.create({ name: 'b', url: 'http://127.0.0.1:9/b' }, ACTOR)
    const prompt = await r.prompts.create({ name: 'p', template: 'hi' }, ACTOR)
    const one = await r.servers.create({ name: 'one', associatedTools: [tool.id] }, ACTOR)
    const two = await r.servers.create(
      { name: 'two', associatedTools: [other.id], associatedPrompts: [prompt.id] },
      ACTOR,
    )
    const ids = { one: one.id, two: two.id }

    // a server's own description is in no list
    expect(await after(() => r.servers.update(one.id, { description: 'new' }), ids)).toEqual({
      '*': [],
      one: [],
      two: [],
    })
    // a tool's listed field: the catalog and the one server that has it
    expect(await after(() => r.tools.update(tool.id, { description: 'changed' }), ids)).toEqual({
      '*': ['tools'],
      one: ['tools'],
      two: [],
    })
    // a tool's field that no list shows
    expect(
      await after(() => r.tools.update(tool.id, { url: 'http://127.0.0.1:9/moved' }), ids),
    ).toEqual({ '*': [], one: [], two: [] })
    // who may see it: the lists of viewers who lose it change
    expect(await after(() => r.tools.update(tool.id, { visibility: 'private' }), ids)).toEqual({
      '*': ['tools'],
      one: ['tools'],
      two: [],
    })
    // a member renamed on one server only
    expect(
      await after(
        () => r.servers.update(two.id, { associatedTools: [{ id: other.id, name: 'renamed' }] }),
        ids,
      ),
    ).toEqual({ '*': [], one: [], two: ['tools'] })
    // a prompt removed: the catalog and the server that listed it
    expect(await after(() => r.prompts.remove(prompt.id), ids)).toEqual({
      '*': ['prompts'],
      one: [],
      two: ['prompts'],
    })
  })

  it('has a new server list everything, and a gone one nothing', async () => {
    const r = t.registry
    const before = await r.catalog.settled()
    const server = await r.servers.create({ name: 'fresh' }, ACTOR)
    const created = await r.catalog.settled()
    expect(changedLists(before, created, server.id)).toEqual(['tools', 'resources', 'prompts'])
    await r.servers.remove(server.id)
    expect(changedLists(created, await r.catalog.settled(), server.id)).toEqual([])
  })
})
