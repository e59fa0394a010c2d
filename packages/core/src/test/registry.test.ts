import { createSecretSealer } from '@switchyard/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GatewayError } from '../errors.js'
import { SECRET_MASK } from '../schemas/common.js'
import { ToolCreateSchema } from '../schemas/tool.js'
import { validated } from '../services/validated.js'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  rejection,
  TEST_SEAL_SECRET,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

describe.each(testStoreDrivers)('registry on $driver', ({ open }) => {
  let t: TestRegistry
  beforeAll(async () => {
    t = await openTestRegistry(open)
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('saves a gateway as pending with its secrets sealed at rest and masked in answers', async () => {
    const g = await t.registry.gateways.create(
      {
        name: 'Weather Service',
        url: 'http://127.0.0.1:9/mcp',
        auth: { type: 'basic', username: 'u', password: 'hunter2-secret' },
        env: { API_KEY: 'env-secret' },
      },
      ACTOR,
    )
    expect(g).toMatchObject({
      slug: 'weather-service',
      status: 'pending',
      transport: 'streamablehttp',
    })
    expect(g.auth).toEqual({ type: 'basic', username: 'u', password: '*****' })
    expect(g.envKeys).toEqual(['API_KEY'])
    const row = await t.registry.gateways.getRow(g.id)
    expect(JSON.stringify(row)).not.toContain('hunter2-secret')
    expect(JSON.stringify(row)).not.toContain('env-secret')
    const clash = await rejection(
      t.registry.gateways.create({ name: 'Weather Service', url: 'http://x.test' }, ACTOR),
    )
    expect(clash.code).toBe('CONFLICT')
    expect(clash.message).toContain("'Weather Service'")
  })

  it('keeps an environment value sent back masked and refuses a masked name it has no value for', async () => {
    const gateways = t.registry.gateways
    const g = await gateways.create(
      { name: 'Env Keeper', command: 'node', env: { API_KEY: 'kept-secret', MODE: 'a' } },
      ACTOR,
    )
    const sealer = createSecretSealer({ secret: TEST_SEAL_SECRET })
    const stored = async () =>
      JSON.parse(sealer.open((await gateways.getRow(g.id)).env_sealed ?? '')) as unknown
    const updated = await gateways.update(g.id, {
      env: { API_KEY: SECRET_MASK, MODE: 'b', EXTRA: 'x' },
    })
    expect(updated.envKeys).toEqual(['API_KEY', 'MODE', 'EXTRA'])
    expect(await stored()).toEqual({ API_KEY: 'kept-secret', MODE: 'b', EXTRA: 'x' })
    const refused = await rejection(
      gateways.update(g.id, { env: { API_KEY: 'new', NEW: SECRET_MASK } }),
    )
    expect(refused.code).toBe('VALIDATION_FAILED')
    expect(refused.issues).toEqual([
      {
        path: 'env.NEW',
        message: 'is *****, which keeps a stored value, and NEW has none: give its value',
      },
    ])
    expect(await stored()).toEqual({ API_KEY: 'kept-secret', MODE: 'b', EXTRA: 'x' })
  })

  it('records each change of an upstream state once, in the store, keeping the last 100', async () => {
    const gateways = t.registry.gateways
    const g = await gateways.create(
      { name: 'Flappy', url: 'http://127.0.0.1:9/mcp', visibility: 'private' },
      ACTOR,
    )
    const states = async () =>
      (await gateways.transitions(g.id)).map((x) => [x.status, x.reason] as const)
    await gateways.setStatus(g.id, 'active')
    await gateways.setStatus(g.id, 'active')
    await gateways.setStatus(g.id, 'unreachable', { reason: 'connect ECONNREFUSED' })
    await gateways.setStatus(g.id, 'unreachable', { reason: 'connect ECONNREFUSED' })
    await gateways.setEnabled(g.id, false)
    // a disabled upstream stays `disabled` whatever its checks find
    await gateways.setStatus(g.id, 'active')
    await gateways.setEnabled(g.id, true)
    expect(await states()).toEqual([
      ['pending', null],
      ['active', null],
      ['unreachable', 'connect ECONNREFUSED'],
      ['disabled', null],
      ['active', null],
    ])
    const times = (await gateways.transitions(g.id)).map((x) => x.at)
    expect([...times].sort()).toEqual(times)
    for (let i = 0; i < 120; i++)
      await gateways.setStatus(g.id, 'unreachable', { reason: `attempt ${i}` })
    const kept = await states()
    expect(kept).toHaveLength(100)
    expect(kept[0]).toEqual(['unreachable', 'attempt 20'])
    expect(kept.at(-1)).toEqual(['unreachable', 'attempt 119'])
    // a write that fails records nothing
    expect((await rejection(gateways.setEnabled('missing', false))).code).toBe('NOT_FOUND')
    expect((await rejection(gateways.transitions('missing'))).code).toBe('NOT_FOUND')
    // hidden from who may not see the upstream, and gone with it
    expect(
      (
        await rejection(
          gateways.transitions(g.id, { all: false, email: 'x@example.com', teams: [] }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    await gateways.remove(g.id)
    const left = await t.store.db
      .selectFrom('gateway_transitions')
      .select('seq')
      .where('gateway_id', '=', g.id)
      .execute()
    expect(left).toEqual([])
  })

  it('prefixes an upstream tool with the gateway slug and follows a gateway rename', async () => {
    const g = await t.registry.gateways.create(
      { name: 'weather', url: 'http://127.0.0.1:9/mcp' },
      ACTOR,
    )
    const tool = await t.registry.tools.create(
      { name: 'get_forecast', gatewayId: g.id, integrationType: 'MCP' },
      ACTOR,
    )
    expect(tool).toMatchObject({
      name: 'weather-get_forecast',
      originalName: 'get_forecast',
      integrationType: 'MCP',
    })
    await t.registry.gateways.update(g.id, { name: 'Met Office' })
    expect((await t.registry.tools.get(tool.id)).name).toBe('met-office-get_forecast')
    await t.registry.tools.update(tool.id, { name: 'forecast' })
    await t.registry.gateways.update(g.id, { name: 'metoffice' })
    expect((await t.registry.tools.get(tool.id)).name).toBe('forecast')
    await t.registry.gateways.remove(g.id)
    expect((await rejection(t.registry.tools.get(tool.id))).code).toBe('NOT_FOUND')
  })

  it('records every integration type and refuses incomplete ones', async () => {
    for (const integrationType of ['REST', 'GRPC', 'A2A'] as const) {
      const tool = await t.registry.tools.create(
        {
          name: `probe_${integrationType.toLowerCase()}`,
          integrationType,
          url: 'http://127.0.0.1:9/x',
        },
        ACTOR,
      )
      expect(tool.integrationType).toBe(integrationType)
    }
    const missingUrl = (() => {
      try {
        validated(ToolCreateSchema, { name: 'x', integrationType: 'rest' })
      } catch (error) {
        return error as GatewayError
      }
    })()
    expect(missingUrl?.issues).toEqual([{ path: 'url', message: 'a REST tool needs a url' }])
    const badName = (() => {
      try {
        validated(ToolCreateSchema, { name: 'bad name!', url: 'http://x.test' })
      } catch (error) {
        return error as GatewayError
      }
    })()
    expect(badName?.issues[0]?.path).toBe('name')
  })

  it('lists with cursor pagination, tag, visibility and activity filters', async () => {
    for (let i = 0; i < 7; i += 1) {
      await t.registry.tools.create(
        {
          name: `page_${i}`,
          url: 'http://127.0.0.1:9/x',
          tags: i % 2 === 0 ? ['even', 'paged'] : ['paged'],
          visibility: i === 6 ? 'private' : 'public',
        },
        { email: i === 6 ? 'owner@example.com' : ACTOR.email },
      )
    }
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await t.registry.tools.list(
        { tags: ['paged'], limit: 3, ...(cursor && { cursor }) },
        ADMIN,
      )
      expect(page.items.length).toBeLessThanOrEqual(3)
      seen.push(...page.items.map((tool) => tool.name))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(['page_0', 'page_1', 'page_2', 'page_3', 'page_4', 'page_5', 'page_6'])
    const even = await t.registry.tools.list({ tags: ['even'] }, ADMIN)
    expect(even.items.map((tool) => tool.name)).toEqual(['page_0', 'page_2', 'page_4', 'page_6'])
    const stranger = { all: false, email: 'someone@example.com', teams: [] } as const
    const visible = await t.registry.tools.list({ tags: ['paged'] }, stranger)
    expect(visible.items.map((tool) => tool.name)).not.toContain('page_6')
    const own = await t.registry.tools.list(
      { tags: ['paged'] },
      { all: false, email: 'owner@example.com', teams: [] },
    )
    expect(own.items.map((tool) => tool.name)).toContain('page_6')
    const id = even.items[0]?.id ?? ''
    await t.registry.tools.setEnabled(id, false)
    expect((await t.registry.tools.list({ tags: ['even'] }, ADMIN)).items).toHaveLength(3)
    expect(
      (await t.registry.tools.list({ tags: ['even'], includeInactive: true }, ADMIN)).items,
    ).toHaveLength(4)
    expect((await rejection(t.registry.tools.list({ cursor: 'garbage' }, ADMIN))).code).toBe(
      'VALIDATION_FAILED',
    )
  })

  it('detects MIME types and sizes of inline resources and keeps templates apart', async () => {
    const text = await t.registry.resources.create(
      { uri: 'file:///notes/readme.md', name: 'Readme', content: '# Hi\n' },
      ACTOR,
    )
    expect(text).toMatchObject({ mimeType: 'text/markdown', size: 5 })
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]).toString('base64')
    const image = await t.registry.resources.create(
      { uri: 'blob://logo', name: 'logo', blob: png },
      ACTOR,
    )
    expect(image).toMatchObject({ mimeType: 'image/png', size: 8 })
    await t.registry.resources.create(
      { uriTemplate: 'file:///logs/{day}.log', name: 'Daily log' },
      ACTOR,
    )
    const updated = await t.registry.resources.update(image.id, {
      content: '{"a":1}',
      mimeType: null,
    })
    expect(updated).toMatchObject({
      blob: null,
      text: '{"a":1}',
      size: 7,
      mimeType: 'application/json',
    })
    const concrete = await t.registry.resources.list({}, ADMIN)
    const templates = await t.registry.resources.list({}, ADMIN, true)
    expect(concrete.items.map((r) => r.name)).toEqual(['logo', 'Readme'].sort())
    expect(templates.items.map((r) => r.uriTemplate)).toEqual(['file:///logs/{day}.log'])
    const dup = await rejection(
      t.registry.resources.create({ uri: 'file:///notes/readme.md', name: 'again' }, ACTOR),
    )
    expect(dup.code).toBe('CONFLICT')
  })

  it('refuses an update that leaves a resource both or neither of uri and uriTemplate', async () => {
    const notes = await t.registry.resources.create(
      { uri: 'file:///notes/todo.txt', name: 'Todo' },
      ACTOR,
    )
    for (const change of [{ uriTemplate: 'file:///{y}' }, { uri: null }]) {
      const refused = await rejection(t.registry.resources.update(notes.id, change))
      expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'uri' }] })
    }
    expect(await t.registry.resources.get(notes.id)).toEqual(notes)
    const template = await t.registry.resources.update(notes.id, {
      uri: null,
      uriTemplate: 'file:///notes/{name}',
    })
    expect(template).toMatchObject({ uri: null, uriTemplate: 'file:///notes/{name}' })
  })

  it('keeps roots unique by URI', async () => {
    const root = await t.registry.roots.create({ uri: 'file:///home/me/project', name: 'project' })
    expect(
      (await rejection(t.registry.roots.create({ uri: 'file:///home/me/project' }))).code,
    ).toBe('CONFLICT')
    await t.registry.roots.update(root.id, { name: 'renamed' })
    expect((await t.registry.roots.list()).map((r) => r.name)).toEqual(['renamed'])
    await t.registry.roots.remove(root.id)
    expect(await t.registry.roots.list()).toEqual([])
  })

  it('creates the platform admin once and authenticates users by password', async () => {
    const admin = await t.registry.users.ensureAdmin({
      email: 'Root@Example.com',
      password: 'first-password',
      fullName: 'Root',
    })
    expect(admin).toMatchObject({ email: 'root@example.com', isAdmin: true })
    await t.registry.users.ensureAdmin({
      email: 'root@example.com',
      password: 'other-password',
      fullName: 'x',
    })
    expect(await t.registry.users.authenticate('root@example.com', 'first-password')).toBeDefined()
    expect(
      await t.registry.users.authenticate('root@example.com', 'other-password'),
    ).toBeUndefined()
    // the last active admin stays one; with another, it may go
    const last = await rejection(t.registry.users.update('root@example.com', { isActive: false }))
    expect(last.message).toBe(
      'root@example.com is the last active platform admin; make another user an admin first',
    )
    await t.registry.users.create({ email: 'deputy@example.com', password: 'a-password' })
    await t.registry.users.update('deputy@example.com', { isAdmin: true })
    await t.registry.users.update('root@example.com', { isActive: false })
    expect(
      await t.registry.users.authenticate('root@example.com', 'first-password'),
    ).toBeUndefined()
    // an inactive admin is no admin: the deputy is now the last one
    expect((await rejection(t.registry.users.remove('deputy@example.com'))).code).toBe('CONFLICT')
    expect(
      (await rejection(t.registry.users.update('deputy@example.com', { isAdmin: false }))).code,
    ).toBe('CONFLICT')
    expect(await t.registry.users.get('deputy@example.com')).toMatchObject({
      isAdmin: true,
      isActive: true,
    })
  })

  it('creates the platform admin once when replicas start together', async () => {
    const admin = { email: 'Twin@Example.com', password: 'twin-password', fullName: 'Twin' }
    const made = await Promise.all([1, 2, 3].map(() => t.registry.users.ensureAdmin(admin)))
    expect(made.map((user) => user.email)).toEqual(Array(3).fill('twin@example.com'))
  })
})
