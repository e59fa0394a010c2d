import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteTestStore } from '../store/test-stores.js'
import { ACTOR, openTestRegistry, type TestRegistry } from '../test/test-registry.js'
import type { Catalog } from '../catalog/catalog.js'
import type { Viewer } from '../services/context.js'
import { listChanges, viewChanges } from './list-changes.js'

describe('listChanges', () => {
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
      '*': listChanges(before, now, null).lists,
      ...Object.fromEntries(
        Object.entries(servers).map(([name, id]) => [name, listChanges(before, now, id).lists]),
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

  it("names a viewer's lists only when what that viewer sees changes", async () => {
    const r = t.registry
    const owner: Viewer = { all: false, email: ACTOR.email, teams: [] }
    const stranger: Viewer = { all: false, email: 'someone@example.com', teams: [] }
    const viewers = { owner, stranger, admin: { all: true } as Viewer, anyone: undefined }
    const tool = await r.tools.create(
      { name: 'mine', url: 'http://127.0.0.1:9/m', visibility: 'private' },
      ACTOR,
    )
    const server = await r.servers.create(
      { name: 'private-one', associatedTools: [tool.id], visibility: 'private' },
      ACTOR,
    )
    const seen = async (change: () => Promise<unknown>) => {
      const before = await r.catalog.settled()
      await change()
      const now = await r.catalog.settled()
      const lists = (serverId: string | null) => {
        const changes = listChanges(before, now, serverId)
        return Object.fromEntries(
          Object.entries(viewers).map(([name, v]) => [name, v ? changes.for(v) : changes.lists]),
        )
      }
      return { '*': lists(null), server: lists(server.id) }
    }

    // a private tool's description: its owner and admins, not a stranger (`anyone`: every list
    // some viewer sees changed)
    expect(await seen(() => r.tools.update(tool.id, { description: 'mine only' }))).toEqual({
      '*': { owner: ['tools'], stranger: [], admin: ['tools'], anyone: ['tools'] },
      server: { owner: ['tools'], stranger: [], admin: ['tools'], anyone: ['tools'] },
    })
    // made public: the stranger now sees it (and the server it cannot see still serves it nothing)
    expect(await seen(() => r.tools.update(tool.id, { visibility: 'public' }))).toEqual({
      '*': { owner: [], stranger: ['tools'], admin: [], anyone: ['tools'] },
      server: { owner: [], stranger: [], admin: [], anyone: ['tools'] },
    })
    // the server made public: everything is new to the stranger
    expect(await seen(() => r.servers.update(server.id, { visibility: 'public' }))).toEqual({
      '*': { owner: [], stranger: [], admin: [], anyone: [] },
      server: {
        owner: [],
        stranger: ['tools', 'resources', 'prompts'],
        admin: [],
        anyone: ['tools', 'resources', 'prompts'],
      },
    })

    // members moved: a viewer's list changes only if the members it sees changed places
    const url = 'http://127.0.0.1:9/o'
    const hidden = await r.tools.create({ name: 'hidden', url, visibility: 'private' }, ACTOR)
    const open = await r.tools.create({ name: 'open', url, visibility: 'public' }, ACTOR)
    const order = (ids: string[]) => () => r.servers.update(server.id, { associatedTools: ids })
    await order([hidden.id, tool.id, open.id])()
    expect((await seen(order([tool.id, open.id, hidden.id]))).server).toEqual({
      owner: ['tools'],
      stranger: [],
      admin: ['tools'],
      anyone: ['tools'],
    })
    expect((await seen(order([open.id, tool.id, hidden.id]))).server).toEqual({
      owner: ['tools'],
      stranger: ['tools'],
      admin: ['tools'],
      anyone: ['tools'],
    })
  })

  it('has a new server list everything, and a gone one nothing', async () => {
    const r = t.registry
    const before = await r.catalog.settled()
    const server = await r.servers.create({ name: 'fresh' }, ACTOR)
    const created = await r.catalog.settled()
    expect(listChanges(before, created, server.id).lists).toEqual(['tools', 'resources', 'prompts'])
    await r.servers.remove(server.id)
    expect(listChanges(created, await r.catalog.settled(), server.id).lists).toEqual([])
  })

  it("names the lists a viewer's new teams or admin rights change", async () => {
    const r = t.registry
    const url = 'http://127.0.0.1:9/t'
    const team = (await r.teams.create({ name: 'red' }, { email: null })).id
    const shared = await r.tools.create({ name: 'red_tool', url, team, visibility: 'team' }, ACTOR)
    const prompt = await r.prompts.create(
      { name: 'red_prompt', template: 'hi', team, visibility: 'team' },
      ACTOR,
    )
    const open = await r.servers.create({ name: 'open', associatedTools: [shared.id] }, ACTOR)
    const red = await r.servers.create(
      { name: 'red', associatedPrompts: [prompt.id], team, visibility: 'team' },
      ACTOR,
    )
    const catalog = await r.catalog.settled()
    const outside: Viewer = { all: false, email: 'carol@example.com', teams: [] }
    const member: Viewer = { ...outside, teams: [team] }
    const changes = (was: Viewer, now: Viewer) => ({
      '*': viewChanges(catalog, null, was, now),
      open: viewChanges(catalog, open.id, was, now),
      red: viewChanges(catalog, red.id, was, now),
    })

    expect(changes(outside, member)).toEqual({
      '*': ['tools', 'prompts'],
      open: ['tools'],
      red: ['tools', 'resources', 'prompts'], // the server itself came into view
    })
    expect(changes(member, outside)).toEqual({
      '*': ['tools', 'prompts'],
      open: ['tools'],
      red: [],
    })
    // an admin also sees the private tool an earlier test left in the catalog
    expect(changes(member, { all: true })).toEqual({ '*': ['tools'], open: [], red: [] })
    expect(changes(outside, { ...outside, teams: ['blue'] })).toEqual({
      '*': [],
      open: [],
      red: [],
    })
  })
})
