import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  testStoreDrivers,
  type TestRegistry,
} from '../test/test-registry.js'
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
})
