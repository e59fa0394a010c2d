import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  testStoreDrivers,
  type TestRegistry,
} from '../test/test-registry.js'
import { promptEntry, resourceEntry, toolEntry } from '../router/backend-members.js'
import { syncGatewayMembers } from './sync-members.js'

const echo = {
  name: 'echo',
  description: 'Echoes',
  inputSchema: { type: 'object', properties: { message: { type: 'string' } } },
}
const add = { name: 'add', inputSchema: { type: 'object' } }

describe.each(testStoreDrivers)('syncing an upstream on $driver', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('adds, updates and removes members, keeping local renames and memberships of the survivors', async () => {
    const g = await t.registry.gateways.create(
      { name: 'everything', url: 'http://127.0.0.1:9/mcp' },
      ACTOR,
    )
    const first = await syncGatewayMembers(t.registry, g.id, {
      tools: [
        echo,
        add,
        { name: 'bad name', inputSchema: {} },
        { name: 'research', inputSchema: {}, execution: { taskSupport: 'required' } },
      ],
      resources: [
        { uri: 'test://static/1', name: 'one', title: 'One', mimeType: 'text/plain' },
        { uri: 'not a uri', name: 'x' },
      ],
      resourceTemplates: [{ uriTemplate: 'test://dynamic/{id}', name: 'dyn' }],
      prompts: [
        {
          name: 'simple',
          title: 'Simple Prompt',
          description: 'A prompt',
          arguments: [{ name: 'topic', required: true }],
        },
      ],
    })
    expect(first.tools).toMatchObject({
      added: ['echo', 'add'],
      updated: [],
      removed: [],
    })
    expect(first.tools.skipped.map((s) => s.name)).toEqual(['bad name', 'research'])
    expect(first.tools.skipped[1]?.reason).toBe(
      'it runs only as a task, which the gateway does not run',
    )
    expect(first.resources.added).toEqual(['test://static/1'])
    expect(first.resources.skipped[0]?.reason).toContain('not an absolute URI')
    expect(first.resourceTemplates.added).toEqual(['test://dynamic/{id}'])
    expect(first.prompts.added).toEqual(['simple'])
    const [prompt] = (await t.registry.prompts.list({ gatewayId: g.id }, ADMIN)).items
    expect(prompt?.title).toBe('Simple Prompt')
    const [resource] = (await t.registry.resources.list({ gatewayId: g.id }, ADMIN)).items
    expect(resource).toMatchObject({ uri: 'test://static/1', title: 'One' })
    const tools = (await t.registry.tools.list({ gatewayId: g.id }, ADMIN)).items
    expect(tools.map((tool) => tool.name).sort()).toEqual(['everything-add', 'everything-echo'])
    const echoTool = tools.find((tool) => tool.originalName === 'echo')!
    await t.registry.tools.update(echoTool.id, { name: 'say', tags: ['mine'] })
    const server = await t.registry.servers.create(
      { name: 'desk', associatedTools: tools.map((tool) => tool.id) },
      ACTOR,
    )

    const second = await syncGatewayMembers(t.registry, g.id, {
      tools: [{ ...echo, description: 'Echoes back' }],
      resources: [],
      resourceTemplates: [{ uriTemplate: 'test://dynamic/{id}', name: 'dyn' }],
      prompts: [
        {
          name: 'simple',
          title: 'Simple Prompt',
          description: 'A prompt',
          arguments: [{ name: 'topic', required: true }],
        },
      ],
    })
    expect(second.tools).toMatchObject({ added: [], updated: ['echo'], removed: ['add'] })
    expect(second.resources.removed).toEqual(['test://static/1'])
    expect(second.resourceTemplates).toMatchObject({ added: [], updated: [], removed: [] })
    expect(second.prompts).toMatchObject({ added: [], updated: [], removed: [] })
    const kept = await t.registry.tools.get(echoTool.id)
    expect(kept).toMatchObject({ name: 'say', tags: ['mine'], description: 'Echoes back' })
    expect((await t.registry.servers.get(server.id)).associatedTools).toEqual([echoTool.id])
    const catalog = await t.registry.catalog.settled()
    expect(catalog.toolsByName.get('say')?.description).toBe('Echoes back')
    expect(catalog.toolsByName.has('everything-add')).toBe(false)
  })

  it('leaves a URI another source holds to that source', async () => {
    await t.registry.resources.create({ uri: 'file:///shared', name: 'local' }, ACTOR)
    const g = await t.registry.gateways.create(
      { name: 'other', url: 'http://127.0.0.1:9/o' },
      ACTOR,
    )
    const report = await syncGatewayMembers(t.registry, g.id, {
      tools: [],
      resources: [{ uri: 'file:///shared', name: 'theirs' }],
      resourceTemplates: [],
      prompts: [],
    })
    expect(report.resources.added).toEqual([])
    expect(report.resources.skipped[0]?.reason).toContain('local resource')
  })

  it('keeps the allow-listed MCP fields it does not model, and updates them when they change', async () => {
    const g = await t.registry.gateways.create(
      { name: 'extras', url: 'http://127.0.0.1:9/x' },
      ACTOR,
    )
    const icons = [{ src: 'https://example.com/a.png', mimeType: 'image/png', sizes: ['48x48'] }]
    const tool = { ...echo, icons, _meta: { 'example.com/k': 1 }, surprise: 'not kept' }
    const resource = {
      uri: 'test://extras/1',
      name: 'one',
      icons,
      annotations: { audience: ['user'], priority: 0.5 },
      size: 42,
      _meta: { m: true },
    }
    const template = {
      uriTemplate: 'test://extras/{id}',
      name: 'dyn',
      annotations: { priority: 1 },
    }
    const prompts = [
      {
        name: 'titled',
        icons,
        _meta: { p: 1 },
        arguments: [{ name: 'city', title: 'City', required: true }, { name: 'when' }],
      },
      { name: 'bare' },
    ]
    const first = await syncGatewayMembers(t.registry, g.id, {
      tools: [tool, { name: 'huge', inputSchema: {}, _meta: { blob: 'x'.repeat(70_000) } }],
      resources: [resource],
      resourceTemplates: [template],
      prompts,
    })
    expect(first.tools.warnings).toEqual([
      { name: 'huge', reason: 'its _meta take more than 64 KiB of JSON: left out' },
    ])
    const catalog = await t.registry.catalog.settled()
    const member = <T extends { name: string; description: string | null }>(entity: T) => ({
      name: entity.name,
      description: entity.description,
      entity,
    })
    const listedTool = toolEntry(member(catalog.toolsByName.get('extras-echo')!))
    expect(listedTool).toEqual({
      name: 'extras-echo',
      description: 'Echoes',
      inputSchema: echo.inputSchema,
      icons,
      _meta: { 'example.com/k': 1 },
    })
    expect(toolEntry(member(catalog.toolsByName.get('extras-huge')!))).not.toHaveProperty('_meta')
    expect(resourceEntry(member(catalog.resourcesByUri.get('test://extras/1')!))).toEqual(resource)
    const [stored] = (await t.registry.resources.list({ gatewayId: g.id }, ADMIN)).items
    expect(stored?.size).toBe(42)
    const dyn = [...catalog.resources.values()].find((r) => r.uriTemplate === template.uriTemplate)!
    expect(resourceEntry(member(dyn))).toEqual(template)
    expect(promptEntry(member(catalog.promptsByName.get('extras-titled')!))).toEqual({
      name: 'extras-titled',
      icons,
      _meta: { p: 1 },
      arguments: [{ name: 'city', title: 'City', required: true }, { name: 'when' }],
    })
    expect(promptEntry(member(catalog.promptsByName.get('extras-bare')!))).toEqual({
      name: 'extras-bare',
    })

    const same = await syncGatewayMembers(t.registry, g.id, {
      tools: [tool],
      resources: [resource],
      resourceTemplates: [template],
      prompts,
    })
    expect(same.tools.updated).toEqual([])
    expect(same.resources.updated).toEqual([])
    expect(same.prompts.updated).toEqual([])
    const moved = [{ ...icons[0]!, src: 'https://example.com/b.png' }]
    const changed = await syncGatewayMembers(t.registry, g.id, {
      tools: [{ ...tool, icons: moved }],
      resources: [{ ...resource, size: 43 }],
      resourceTemplates: [template],
      prompts: [{ ...prompts[0]!, _meta: { p: 2 } }, prompts[1]!],
    })
    expect(changed.tools.updated).toEqual(['echo'])
    expect(changed.resources.updated).toEqual(['test://extras/1'])
    expect(changed.prompts.updated).toEqual(['titled'])
    const [echoTool] = (await t.registry.tools.list({ gatewayId: g.id }, ADMIN)).items
    expect(echoTool?.mcpExtras).toEqual({ icons: moved, _meta: { 'example.com/k': 1 } })
    // a rollback restores content (revisions keep no extras): the upstream's current extras stay
    const titled = (await t.registry.prompts.list({ gatewayId: g.id }, ADMIN)).items.find(
      (p) => p.originalName === 'titled',
    )!
    const back = await t.registry.prompts.rollback(titled.id, 1, ACTOR)
    expect(back.mcpExtras).toEqual({ icons, _meta: { p: 2 } })
  })
})
