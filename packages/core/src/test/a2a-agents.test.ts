import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { A2aAgentDiscovery } from '../schemas/a2a-agent.js'
import { A2aAgentCreateSchema } from '../schemas/a2a-agent.js'
import { validated } from '../services/validated.js'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  rejection,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

const discovered = (endpointUrl = 'http://127.0.0.1:9/rpc'): A2aAgentDiscovery => ({
  card: { name: 'Weather Agent', supportedInterfaces: [{ url: endpointUrl }] },
  name: 'Weather Agent',
  description: 'Forecasts by chat',
  endpointUrl,
  protocolBinding: 'JSONRPC',
  protocolVersion: '1.0',
  streaming: true,
  inputSchema: { type: 'object', properties: { message: { type: 'string' } } },
})

describe.each(testStoreDrivers)('A2A agents on $driver', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('stores an agent with its tool, credentials sealed, and puts both in the catalog', async () => {
    const agent = await t.registry.a2a.create(
      { url: 'http://127.0.0.1:9', auth: { type: 'bearer', token: 'agent-secret-token' } },
      ACTOR,
      discovered(),
    )
    expect(agent).toMatchObject({
      name: 'Weather Agent',
      slug: 'weather-agent',
      description: 'Forecasts by chat',
      endpointUrl: 'http://127.0.0.1:9/rpc',
      streaming: true,
      auth: { type: 'bearer', token: '*****' },
      toolName: 'weather-agent',
    })
    const row = await t.registry.a2a.getRow(agent.id)
    expect(JSON.stringify(row)).not.toContain('agent-secret-token')
    const tool = await t.registry.tools.get(agent.toolId ?? '')
    expect(tool).toMatchObject({
      integrationType: 'A2A',
      a2aAgentId: agent.id,
      name: 'weather-agent',
    })
    expect(await t.registry.a2a.get('weather-agent')).toMatchObject({ id: agent.id })
    expect(await t.registry.a2a.get('Weather Agent')).toMatchObject({ id: agent.id })

    const catalog = await t.registry.catalog.settled()
    expect(catalog.a2aAgents.get(agent.id)?.auth).toEqual({
      type: 'bearer',
      token: 'agent-secret-token',
    })
    expect(catalog.toolsByName.get('weather-agent')?.a2aAgentId).toBe(agent.id)
  })

  it('refuses a second agent of the same name, and a name taken by a tool, storing nothing', async () => {
    const again = await rejection(
      t.registry.a2a.create({ url: 'http://127.0.0.1:9' }, ACTOR, discovered()),
    )
    expect(again.code).toBe('CONFLICT')
    await t.registry.tools.create({ name: 'taken', url: 'http://127.0.0.1:9/x' }, ACTOR)
    const clash = await rejection(
      t.registry.a2a.create({ name: 'Taken', url: 'http://127.0.0.1:9' }, ACTOR, discovered()),
    )
    expect(clash).toMatchObject({
      code: 'CONFLICT',
      message: "tool with name 'taken' already exists",
    })
    expect((await t.registry.a2a.list({}, ADMIN)).items.map((a) => a.name)).toEqual([
      'Weather Agent',
    ])
  })

  it('needs a url', () => {
    expect(() => validated(A2aAgentCreateSchema, { name: 'x' })).toThrow(/url/)
    expect(validated(A2aAgentCreateSchema, { endpointUrl: 'http://a.test' }).endpointUrl).toBe(
      'http://a.test',
    )
  })

  it('renames the tool with the agent, and takes a re-read card', async () => {
    const agent = await t.registry.a2a.get('weather-agent')
    const renamed = await t.registry.a2a.update(
      agent.id,
      { name: 'Forecaster', url: 'http://127.0.0.1:8' },
      discovered('http://127.0.0.1:8/rpc'),
    )
    expect(renamed).toMatchObject({
      slug: 'forecaster',
      toolName: 'forecaster',
      url: 'http://127.0.0.1:8',
    })
    expect(await t.registry.tools.get(agent.toolId ?? '')).toMatchObject({
      name: 'forecaster',
      url: 'http://127.0.0.1:8/rpc',
    })
    const catalog = await t.registry.catalog.settled()
    expect(catalog.toolsByName.has('weather-agent')).toBe(false)
    expect(catalog.a2aAgents.get(agent.id)?.name).toBe('Forecaster')
  })

  it('joins virtual servers as a member and through associatedA2aAgents', async () => {
    const agent = await t.registry.a2a.get('forecaster')
    const member = await t.registry.servers.create(
      { name: 'by member', associatedTools: [agent.toolId ?? ''] },
      ACTOR,
    )
    const associated = await t.registry.servers.create(
      { name: 'by association', associatedA2aAgents: ['forecaster'] },
      ACTOR,
    )
    const catalog = await t.registry.catalog.settled()
    expect(catalog.servers.get(member.id)?.tools.map((m) => m.name)).toEqual(['forecaster'])
    expect(
      catalog.servers.get(associated.id)?.toolsByName.get('forecaster')?.entity.a2aAgentId,
    ).toBe(agent.id)
    const listed = await t.registry.servers.tools(associated.id)
    expect(listed.map((tool) => tool.name)).toEqual(['forecaster'])
    const members = await t.registry.servers.tools(member.id)
    expect(members.map((tool) => tool.id)).toEqual([agent.toolId])
  })

  it('refuses an agent key that names no agent, and keeps a key a server holds already', async () => {
    const refused = await rejection(
      t.registry.servers.create(
        { name: 'typo', associatedA2aAgents: ['forecaster', 'forcaster'] },
        ACTOR,
      ),
    )
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      message:
        "unknown members: associatedA2aAgents.1: no A2A agent with id, name or slug 'forcaster'",
    })
    const retiring = await t.registry.a2a.create(
      { name: 'Retiring', url: 'http://127.0.0.1:9/retiring' },
      ACTOR,
      discovered('http://127.0.0.1:9/retiring/rpc'),
    )
    const held = await t.registry.servers.create(
      { name: 'holds', associatedA2aAgents: ['retiring'] },
      ACTOR,
    )
    await t.registry.a2a.remove(retiring.id)
    // an edit form sends the key back: it stays, though its agent is gone
    const kept = await t.registry.servers.update(held.id, {
      description: 'edited',
      associatedA2aAgents: ['retiring'],
    })
    expect(kept.associatedA2aAgents).toEqual(['retiring'])
    await t.registry.servers.remove(held.id)
  })

  it('disables the tool with the agent, and deletes both with the server memberships', async () => {
    const agent = await t.registry.a2a.get('forecaster')
    const disabled = await t.registry.a2a.setEnabled(agent.id, false)
    expect(disabled.enabled).toBe(false)
    expect((await t.registry.tools.get(agent.toolId ?? '')).enabled).toBe(false)
    let catalog = await t.registry.catalog.settled()
    expect(catalog.a2aAgents.has(agent.id)).toBe(false)
    expect(catalog.toolsByName.has('forecaster')).toBe(false)
    await t.registry.a2a.setEnabled(agent.id, true)
    catalog = await t.registry.catalog.settled()
    expect(catalog.toolsByName.has('forecaster')).toBe(true)

    await t.registry.a2a.remove(agent.id)
    expect((await rejection(t.registry.a2a.get(agent.id))).code).toBe('NOT_FOUND')
    expect((await rejection(t.registry.tools.get(agent.toolId ?? ''))).code).toBe('NOT_FOUND')
    const members = await t.store.db.selectFrom('server_members').selectAll().execute()
    expect(members.filter((m) => m.member_id === agent.toolId)).toEqual([])
    catalog = await t.registry.catalog.settled()
    expect(catalog.a2aAgents.size).toBe(0)
    expect([...catalog.servers.values()].flatMap((s) => s.tools)).toEqual([])
  })
})
