import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMAT } from '../transfer/document.js'
import {
  ACTOR,
  ADMIN,
  importInto,
  openTestRegistry,
  rejection,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

describe.each(testStoreDrivers)('prompts, servers and the catalog on $driver', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('derives arguments, validates them on render and renders Jinja2', async () => {
    const prompt = await t.registry.prompts.create(
      { name: 'greet', template: 'Hello {{ name }}{% if title %}, {{ title }}{% endif %}!' },
      ACTOR,
    )
    expect(prompt.arguments.map((a) => a.name).sort()).toEqual(['name', 'title'])
    const declared = await t.registry.prompts.create(
      {
        name: 'greet2',
        template: 'Hello {{ name }}{% if title %}, {{ title }}{% endif %}!',
        arguments: [{ name: 'name', required: true }, { name: 'title' }],
      },
      ACTOR,
    )
    const rendered = await t.registry.prompts.render(declared.id, { name: 'Ada' })
    expect(rendered.messages).toEqual([
      { role: 'user', content: { type: 'text', text: 'Hello Ada!' } },
    ])
    const bad = await rejection(t.registry.prompts.render(declared.id, { nme: 'Ada' }))
    expect(bad.code).toBe('VALIDATION_FAILED')
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['name', 'nme'])
    const syntax = await rejection(
      t.registry.prompts.create({ name: 'broken', template: '{% if %}' }, ACTOR),
    )
    expect(syntax.code).toBe('VALIDATION_FAILED')
    expect(syntax.issues).toEqual([
      { path: 'template', message: expect.stringMatching(/^template error: /) as string },
    ])
    expect(await rejection(t.registry.prompts.get('nope'))).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('keeps every revision, diffs them and rolls back as a new version', async () => {
    const p = await t.registry.prompts.create(
      { name: 'summary', template: 'Summarise {{ text }}' },
      ACTOR,
    )
    await t.registry.prompts.update(p.id, { template: 'Summarise briefly: {{ text }}' }, ACTOR)
    const v3 = await t.registry.prompts.update(
      p.id,
      { description: 'short' },
      { email: 'editor@example.com' },
    )
    expect(v3.version).toBe(3)
    const revisions = await t.registry.prompts.revisions(p.id)
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1])
    expect(revisions[0]?.createdBy).toBe('editor@example.com')
    const diff = await t.registry.prompts.diff(p.id, 1, 2)
    expect(diff.changedFields).toEqual(['template'])
    expect(diff.templatePatch).toContain('-Summarise {{ text }}')
    expect(diff.templatePatch).toContain('+Summarise briefly: {{ text }}')
    const back = await t.registry.prompts.rollback(p.id, 1, ACTOR)
    expect(back).toMatchObject({ version: 4, template: 'Summarise {{ text }}', description: null })
    expect((await rejection(t.registry.prompts.diff(p.id, 1, 99))).code).toBe('NOT_FOUND')
  })

  it('keeps the title in every revision: the diff names it, a rollback restores it', async () => {
    const { prompts } = t.registry
    const p = await prompts.create({ name: 'titled', title: 'First', template: 'Hi' }, ACTOR)
    await prompts.update(p.id, { title: 'Second' }, ACTOR)
    await prompts.update(p.id, { title: null, template: 'Hello' }, ACTOR)
    const revisions = await prompts.revisions(p.id)
    expect(revisions.map((r) => [r.version, r.title])).toEqual([
      [3, null],
      [2, 'Second'],
      [1, 'First'],
    ])
    expect((await prompts.diff(p.id, 1, 2)).changedFields).toEqual(['title'])
    expect((await prompts.diff(p.id, 2, 3)).changedFields).toEqual(['title', 'template'])
    expect(await prompts.rollback(p.id, 1, ACTOR)).toMatchObject({
      version: 4,
      title: 'First',
      template: 'Hi',
    })
    // a title taken away is restored as none
    expect(await prompts.rollback(p.id, 3, ACTOR)).toMatchObject({ version: 5, title: null })
    expect(await prompts.revision(p.id, 5)).toMatchObject({ title: null, template: 'Hello' })
  })

  it('keeps the current title on a rollback to a revision that kept none (an import of before)', async () => {
    const older = {
      format: EXPORT_FORMAT,
      exportedAt: '2026-01-01T00:00:00.000Z',
      entities: {
        prompts: [
          {
            name: 'imported',
            originalName: 'imported',
            title: 'Imported',
            template: 'v2',
            revisions: [1, 2].map((version) => ({
              version,
              name: 'imported',
              template: `v${version}`,
              createdAt: '2026-01-01T00:00:00.000Z',
            })),
          },
        ],
      },
    }
    await importInto(t, older)
    const { prompts } = t.registry
    const p = (await prompts.list({}, ADMIN)).items.find((x) => x.name === 'imported')!
    // the newest revision is the prompt as imported; the one before kept no title
    const revisions = await prompts.revisions(p.id)
    expect(revisions.map((r) => [r.version, r.title])).toEqual([
      [2, 'Imported'],
      [1, undefined],
    ])
    expect(revisions[1]).not.toHaveProperty('title')
    await prompts.update(p.id, { title: 'Renamed' }, ACTOR)
    expect((await prompts.diff(p.id, 1, 3)).changedFields).toEqual(['template'])
    expect(await prompts.rollback(p.id, 1, ACTOR)).toMatchObject({
      title: 'Renamed',
      template: 'v1',
    })
    expect(await prompts.rollback(p.id, 2, ACTOR)).toMatchObject({
      title: 'Imported',
      template: 'v2',
    })
  })

  it('bundles members with renames, refuses unknown ids and name collisions', async () => {
    const a = await t.registry.gateways.create(
      { name: 'alpha', url: 'http://127.0.0.1:9/a' },
      ACTOR,
    )
    const b = await t.registry.gateways.create({ name: 'beta', url: 'http://127.0.0.1:9/b' }, ACTOR)
    const ta = await t.registry.tools.create({ name: 'search', gatewayId: a.id }, ACTOR)
    const tb = await t.registry.tools.create({ name: 'search', gatewayId: b.id }, ACTOR)
    const local = await t.registry.tools.create(
      { name: 'clock', url: 'http://127.0.0.1:9/clock' },
      ACTOR,
    )
    const server = await t.registry.servers.create(
      {
        name: 'research',
        associatedTools: [
          ta.id,
          { id: tb.id, name: 'search_beta', description: 'Beta search' },
          local.id,
        ],
      },
      ACTOR,
    )
    expect(server.associatedTools).toEqual([ta.id, tb.id, local.id])
    expect(server.toolOverrides).toEqual([
      { id: tb.id, name: 'search_beta', description: 'Beta search' },
    ])
    const tools = await t.registry.servers.tools(server.id)
    expect(tools.map((tool) => tool.name)).toEqual(['alpha-search', 'search_beta', 'clock'])
    expect(tools[1]?.description).toBe('Beta search')

    const collide = await rejection(
      t.registry.servers.create(
        { name: 'flat', nameStrategy: 'original', associatedTools: [local.id, ta.id, tb.id] },
        ACTOR,
      ),
    )
    expect(collide.code).toBe('CONFLICT')
    expect(collide.message).toContain('search')
    // each clashing member is named, at its rename, for a form to show the clash beside it
    const clash =
      "'search' is another tool's name in this server too: rename members or use nameStrategy 'prefixed'"
    expect(collide.issues).toEqual([
      { path: 'associatedTools.1.name', message: clash },
      { path: 'associatedTools.2.name', message: clash },
    ])
    // a server that prefixes names already is not told to
    const renamed = await rejection(
      t.registry.servers.create(
        { name: 'clash', associatedTools: [ta.id, { id: local.id, name: 'alpha-search' }] },
        ACTOR,
      ),
    )
    expect(renamed.message).toBe('tool names collide in this server: alpha-search; rename members')
    expect(renamed.issues).toContainEqual({
      path: 'associatedTools.1.name',
      message: "'alpha-search' is another tool's name in this server too: rename members",
    })
    const flat = await t.registry.servers.create(
      {
        name: 'flat',
        nameStrategy: 'original',
        associatedTools: [ta.id, { id: tb.id, name: 'search2' }],
      },
      ACTOR,
    )
    expect((await t.registry.servers.tools(flat.id)).map((tool) => tool.name)).toEqual([
      'search',
      'search2',
    ])

    const unknown = await rejection(
      t.registry.servers.create({ name: 'ghost', associatedTools: ['nope'] }, ACTOR),
    )
    expect(unknown.code).toBe('VALIDATION_FAILED')
    expect(unknown.issues).toEqual([
      { path: 'associatedTools.0', message: "no tool with id 'nope'" },
    ])
    expect(
      await t.registry.servers.list({}, ADMIN).then((p) => p.items.map((s) => s.name)),
    ).toEqual(['flat', 'research'])

    await t.registry.tools.remove(local.id)
    const left = await t.registry.servers.get(server.id)
    expect(left.associatedTools).toEqual([ta.id, tb.id])
    // losing a member is a change: an edit that read the server before is stale
    expect(left.version).toBe(server.version + 1)
    const stale = t.registry.servers.update(server.id, { description: 'x', version: 1 }, ACTOR)
    expect((await rejection(stale)).code).toBe('VERSION_CONFLICT')
  })

  it("shows and takes only the members their viewer may see, keeping others' hidden ones", async () => {
    const bob = { all: false, email: 'bob@example.com', teams: [] } as const
    const asBob = { email: bob.email, viewer: bob }
    const hidden = await t.registry.tools.create(
      { name: 'vault', url: 'http://127.0.0.1:9/vault', visibility: 'private' },
      ACTOR,
    )
    const open = await t.registry.tools.create(
      { name: 'weather', url: 'http://127.0.0.1:9/weather' },
      ACTOR,
    )
    const secret = await t.registry.resources.create(
      { uri: 'file:///secret.txt', name: 'secret', content: 'TEAM ONLY', visibility: 'private' },
      ACTOR,
    )
    const shared = await t.registry.servers.create(
      { name: 'shared', associatedTools: [hidden.id, open.id], associatedResources: [secret.id] },
      ACTOR,
    )
    expect((await t.registry.servers.tools(shared.id, bob)).map((x) => x.name)).toEqual(['weather'])
    expect(await t.registry.servers.resources(shared.id, bob)).toEqual([])
    expect((await t.registry.servers.tools(shared.id, ADMIN)).map((x) => x.name)).toEqual([
      'vault',
      'weather',
    ])

    // a member hidden from the actor is unknown to them; nothing is written
    const taken = await rejection(
      t.registry.servers.create({ name: 'mine', associatedTools: [open.id, hidden.id] }, asBob),
    )
    expect(taken.issues).toEqual([
      { path: 'associatedTools.1', message: `no tool with id '${hidden.id}'` },
    ])
    expect((await t.registry.servers.list({ q: 'mine' }, ADMIN)).items).toEqual([])
    const mine = await t.registry.servers.create(
      { name: 'mine', associatedTools: [open.id] },
      asBob,
    )
    const added = await rejection(
      t.registry.servers.update(mine.id, { associatedTools: [open.id, hidden.id] }, asBob),
    )
    expect(added.code).toBe('VALIDATION_FAILED')
    // a member someone else added stays when the actor, who cannot see it, edits the server
    await t.registry.servers.update(shared.id, { description: 'edited' }, asBob)
    await t.registry.servers.update(shared.id, { associatedTools: [open.id, hidden.id] }, asBob)
    expect((await t.registry.servers.get(shared.id)).associatedTools).toEqual([open.id, hidden.id])
  })

  it('keeps an immutable catalog snapshot that follows every change', async () => {
    const g = await t.registry.gateways.create({ name: 'cat', url: 'http://127.0.0.1:9/c' }, ACTOR)
    const tool = await t.registry.tools.create({ name: 'meow', gatewayId: g.id }, ACTOR)
    const server = await t.registry.servers.create(
      { name: 'pets', associatedTools: [{ id: tool.id, name: 'purr' }] },
      ACTOR,
    )
    let catalog = await t.registry.catalog.settled()
    expect(catalog.toolsByName.get('cat-meow')?.id).toBe(tool.id)
    expect(catalog.servers.get(server.id)?.toolsByName.get('purr')?.entity.id).toBe(tool.id)
    expect(Object.isFrozen(catalog.toolsByName.get('cat-meow'))).toBe(true)
    const before = catalog.version

    await t.registry.gateways.setEnabled(g.id, false)
    catalog = await t.registry.catalog.settled()
    expect(catalog.version).toBeGreaterThan(before)
    expect(catalog.toolsByName.has('cat-meow')).toBe(false)
    expect(catalog.servers.get(server.id)?.tools).toEqual([])

    await t.registry.gateways.setEnabled(g.id, true)
    await t.registry.servers.setEnabled(server.id, false)
    catalog = await t.registry.catalog.settled()
    expect(catalog.toolsByName.has('cat-meow')).toBe(true)
    expect(catalog.servers.has(server.id)).toBe(false)
    expect(t.registry.catalog.current()).toBe(catalog)
  })

  it('lists, renames and removes tags across kinds', async () => {
    const tool = await t.registry.tools.create(
      { name: 'tagged_tool', url: 'http://127.0.0.1:9/t', tags: ['ops', 'x'] },
      ACTOR,
    )
    await t.registry.servers.create({ name: 'tagged_server', tags: ['ops'] }, ACTOR)
    const tags = await t.registry.tags.list(ADMIN)
    expect(tags.find((tag) => tag.name === 'ops')?.stats).toMatchObject({
      tools: 1,
      servers: 1,
      total: 2,
    })
    const bad = await rejection(t.registry.tags.rename('ops', '!!!'))
    expect(bad.issues?.map((i) => i.path)).toEqual(['name'])
    expect(await t.registry.tags.rename('ops', 'Operations')).toBe(2)
    const entities = await t.registry.tags.entities('operations', ADMIN)
    expect(entities.map((e) => e.kind).sort()).toEqual(['server', 'tool'])
    // a rename is a change like any other: a write of the tags read before it is stale
    expect(await t.registry.tools.get(tool.id)).toMatchObject({
      version: 2,
      tags: ['operations', 'x'],
    })
    const stale = t.registry.tools.update(tool.id, { tags: ['ops', 'x'], version: 1 }, ACTOR)
    expect((await rejection(stale)).code).toBe('VERSION_CONFLICT')
    expect(await t.registry.tags.remove('operations')).toBe(2)
    expect((await rejection(t.registry.tags.entities('operations', ADMIN))).code).toBe('NOT_FOUND')
  })

  it('saves a server of more members than one SQL statement may bind', async () => {
    // 6 values a member row: 6,000 members are past SQLite's 32,766 bound values per statement
    const ids: string[] = []
    for (let i = 0; i < 6000; i += 500) {
      const batch = await Promise.all(
        Array.from({ length: 500 }, (_, j) =>
          t.registry.tools.create({ name: `many_${i + j}`, url: 'http://127.0.0.1:9/x' }, ACTOR),
        ),
      )
      ids.push(...batch.map((tool) => tool.id))
    }
    const server = await t.registry.servers.create({ name: 'many', associatedTools: ids }, ACTOR)
    expect(server.associatedTools).toEqual(ids)
    const updated = await t.registry.servers.update(
      server.id,
      { associatedTools: ids.slice().reverse() },
      ACTOR,
    )
    expect(updated.associatedTools).toEqual(ids.slice().reverse())
  }, 60_000)
})
