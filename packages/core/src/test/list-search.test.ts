import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ListQuerySchema } from '../services/list-query.js'
import { validated } from '../services/validated.js'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  rejection,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

describe.each(testStoreDrivers)('list search (q) on $driver', ({ open }) => {
  let t: TestRegistry
  const names = async (q: string, extra: Record<string, unknown> = {}) =>
    (await t.registry.tools.list({ q, ...extra }, ADMIN)).items.map((tool) => tool.name)

  beforeAll(async () => {
    t = await openTestRegistry(open)
    const tools = [
      { name: 'get_forecast', description: 'Weather for a city' },
      { name: 'get_time', displayName: 'Clock Reader', description: null },
      { name: 'percent_off', description: 'Takes 100% off_the price' },
      { name: 'search_docs', description: 'Searches the WEATHER archive' },
      { name: 'hidden_weather', description: 'private', visibility: 'private' as const },
    ]
    for (const { description, ...tool } of tools)
      await t.registry.tools.create(
        {
          ...tool,
          ...(description && { description }),
          url: 'http://127.0.0.1:9/x',
        },
        tool.visibility ? { email: 'owner@example.com' } : ACTOR,
      )
    await t.registry.prompts.create({ name: 'Weekly Report', template: 'x' }, ACTOR)
    await t.registry.prompts.create(
      { name: 'daily', template: 'x', description: 'a REPORT' },
      ACTOR,
    )
    await t.registry.gateways.create(
      { name: 'Weather Upstream', url: 'http://127.0.0.1:9/mcp' },
      ACTOR,
    )
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('matches name, display name and description, ignoring case', async () => {
    expect(await names('FORECAST')).toEqual(['get_forecast'])
    expect(await names('clock')).toEqual(['get_time'])
    expect(await names('weather')).toEqual(['get_forecast', 'hidden_weather', 'search_docs'])
    expect(await names('nothing-like-this')).toEqual([])
  })

  it('takes % and _ literally', async () => {
    expect(await names('100%')).toEqual(['percent_off'])
    expect(await names('off_the')).toEqual(['percent_off'])
    expect(await names('%')).toEqual(['percent_off'])
    expect(await names('t_m')).toEqual([])
  })

  it('pages through matches with the cursor and keeps visibility', async () => {
    const first = await t.registry.tools.list({ q: 'weather', limit: 2 }, ADMIN)
    expect(first.items.map((tool) => tool.name)).toEqual(['get_forecast', 'hidden_weather'])
    const second = await t.registry.tools.list(
      { q: 'weather', limit: 2, cursor: first.nextCursor ?? '' },
      ADMIN,
    )
    expect(second.items.map((tool) => tool.name)).toEqual(['search_docs'])
    expect(second.nextCursor).toBeNull()
    const stranger = { all: false, email: 'someone@example.com', teams: [] } as const
    const seen = await t.registry.tools.list({ q: 'weather' }, stranger)
    expect(seen.items.map((tool) => tool.name)).toEqual(['get_forecast', 'search_docs'])
  })

  it('searches prompts and gateways through the same list code', async () => {
    const prompts = await t.registry.prompts.list({ q: 'report' }, ADMIN)
    expect(prompts.items.map((prompt) => prompt.name)).toEqual(['Weekly Report', 'daily'])
    const gateways = await t.registry.gateways.list({ q: 'weather' }, ADMIN)
    expect(gateways.items.map((gateway) => gateway.name)).toEqual(['Weather Upstream'])
  })

  it('treats a blank q as no filter and refuses one longer than 200 characters', async () => {
    const blank = validated(ListQuerySchema, { q: '   ' })
    expect((await t.registry.tools.list(blank, ADMIN)).items).toHaveLength(5)
    const error = await rejection(
      Promise.resolve().then(() => validated(ListQuerySchema, { q: 'x'.repeat(201) })),
    )
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.message).toContain('q')
  })
})
