import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTOR, openTestRegistry, testStoreDrivers, type TestRegistry } from './test-registry.js'

describe.each(testStoreDrivers)('rate-limit changes on $driver', ({ open }) => {
  let t: TestRegistry
  const told: string[] = []

  beforeAll(async () => {
    t = await openTestRegistry(open, undefined, {
      onRateLimitChange: (key) => Promise.resolve(void told.push(key)),
    })
  })
  afterAll(() => t.dispose())

  it("tells of a tool's, server's or token's limit changed or removed, not of other updates", async () => {
    const { tools, servers, tokens } = t.registry
    const limit = { requests: 2, windowSeconds: 60 }
    const tool = await tools.create(
      { name: 'limited', url: 'http://127.0.0.1:9/x', rateLimit: limit },
      ACTOR,
    )
    await tools.update(tool.id, { description: 'other' })
    await tools.update(tool.id, { rateLimit: limit })
    expect(told).toEqual([])
    await tools.update(tool.id, { rateLimit: null })
    await tools.update(tool.id, { rateLimit: limit })
    await tools.update(tool.id, { rateLimit: { requests: 2, windowSeconds: 30 } })
    expect(told).toEqual([`tool:${tool.id}`, `tool:${tool.id}`, `tool:${tool.id}`])
    told.length = 0

    const server = await servers.create({ name: 'limited', rateLimit: limit }, ACTOR)
    await servers.update(server.id, { rateLimit: { requests: 3, windowSeconds: 60 } })
    await t.registry.users.create({ email: 'ann@example.com', password: 'ann-password' })
    const token = await tokens.create({
      ownerEmail: 'ann@example.com',
      name: 'budget',
      tokenHash: 'not-a-real-hash',
      expiresAt: null,
      scope: {},
      rateLimit: limit,
    })
    await tokens.update(token.id, { name: 'renamed' })
    await tokens.update(token.id, { rateLimit: null })
    expect(told).toEqual([`server:${server.id}`, `token:${token.id}`])
  })
})
