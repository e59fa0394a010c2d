import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown> & { id: string; name: string }

describe('REST API', () => {
  let gw: TestGateway
  const json = async (res: Response, status = 200) => {
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as Json & Json[]
  }
  const as = (method: string, path: string, body?: unknown) =>
    gw.call(method, path, { token: gw.adminToken, ...(body !== undefined && { body }) })

  beforeAll(async () => {
    gw = await openTestGateway()
  })
  afterAll(async () => {
    await gw.dispose()
  })

  it("accepts ContextForge's wrapped, snake_case bodies and answers in camelCase, also under /v1", async () => {
    const tool = await json(
      await as('POST', '/tools', {
        tool: {
          name: 'clock_tool',
          url: 'http://127.0.0.1:9/time',
          integration_type: 'REST',
          request_type: 'get',
          input_schema: { type: 'object', properties: { time_zone: { type: 'string' } } },
          rate_limit: { requests: 10, window_seconds: 60 },
          auth_type: 'bearer',
          auth_token: 'tool-secret',
        },
      }),
      201,
    )
    expect(tool).toMatchObject({
      name: 'clock_tool',
      integrationType: 'REST',
      requestType: 'GET',
      rateLimit: { requests: 10, windowSeconds: 60 },
      auth: { type: 'bearer', token: '*****' },
      inputSchema: { properties: { time_zone: { type: 'string' } } },
    })
    const viaV1 = await json(await as('GET', `/v1/tools/${tool.id}`))
    expect(viaV1.id).toBe(tool.id)
  })

  it('pages lists with a cursor header or {items, nextCursor}', async () => {
    for (const n of [1, 2, 3])
      await json(
        await as('POST', '/tools', {
          name: `paged_${n}`,
          url: 'http://127.0.0.1:9/p',
          tags: ['paged'],
        }),
        201,
      )
    const first = await as('GET', '/tools?tags=paged&limit=2')
    const items = await json(first)
    expect(items.map((t) => t.name)).toEqual(['paged_1', 'paged_2'])
    const cursor = first.headers.get('x-next-cursor')
    expect(cursor).toBeTruthy()
    const second = await json(
      await as('GET', `/tools?tags=paged&limit=2&include_pagination=true&cursor=${cursor}`),
    )
    expect(second).toMatchObject({ nextCursor: null })
    expect((second.items as Json[]).map((t) => t.name)).toEqual(['paged_3'])
  })

  it('enables and disables with /state?activate=', async () => {
    const tool = await json(
      await as('POST', '/tools', { name: 'toggled', url: 'http://127.0.0.1:9/t' }),
      201,
    )
    const version = tool.version as number
    const disabled = await as('POST', `/tools/${tool.id}/state?activate=false`)
    expect(await json(disabled)).toMatchObject({ enabled: false, version: version + 1 })
    // a write naming the version read before the toggle is stale now
    const stale = await as('PUT', `/tools/${tool.id}`, { description: 'x', version })
    expect(stale.status).toBe(409)
    expect((await json(await as('GET', '/tools?limit=1000'))).map((t) => t.name)).not.toContain(
      'toggled',
    )
    expect(
      (await json(await as('GET', '/tools?limit=1000&include_inactive=true'))).map((t) => t.name),
    ).toContain('toggled')
    expect(await json(await as('POST', `/tools/${tool.id}/state?activate=true`))).toMatchObject({
      enabled: true,
    })
  })

  it('holds deletes and state changes to If-Match, as updates are', async () => {
    const tool = await json(
      await as('POST', '/tools', { name: 'held', url: 'http://127.0.0.1:9/h' }),
      201,
    )
    const path = `/tools/${String(tool.id)}`
    const withTag = (method: string, url: string, ifMatch: string) =>
      gw.call(method, url, { token: gw.adminToken, headers: { 'if-match': ifMatch } })
    const stale = await json(await withTag('DELETE', path, '"7"'), 409)
    expect(stale).toMatchObject({ code: 'VERSION_CONFLICT' })
    expect(stale.detail).toBe(
      `tool '${String(tool.id)}' was changed since version 7: read it again and retry with the current version`,
    )
    await json(await withTag('DELETE', path, 'garbage'), 400)
    await json(await withTag('POST', `${path}/state?activate=false`, '"7"'), 409)
    expect(await json(await as('GET', path))).toMatchObject({ enabled: true, version: 1 })
    const toggled = await withTag('POST', `${path}/state?activate=false`, '"1"')
    expect(toggled.headers.get('etag')).toBe('"2"')
    await json(await withTag('DELETE', path, '"1"'), 409)
    await json(await withTag('DELETE', path, 'W/"2"'), 200)
    await json(await as('GET', path), 404)
  })

  it('registers a gateway as pending, masks its credentials and deletes it with its tools', async () => {
    const g = await json(
      await as('POST', '/gateways', {
        name: 'Files',
        url: 'http://127.0.0.1:9/mcp',
        transport: 'STREAMABLEHTTP',
        auth_type: 'basic',
        auth_username: 'me',
        auth_password: 'pw-secret',
      }),
      201,
    )
    expect(g).toMatchObject({
      status: 'pending',
      slug: 'files',
      transport: 'streamablehttp',
      auth: { type: 'basic', password: '*****' },
    })
    const stdio = await json(
      await as('POST', '/gateways', { name: 'local', command: 'npx', args: ['-y', 'x'] }),
      201,
    )
    expect(stdio).toMatchObject({ transport: 'stdio', url: null, command: 'npx' })
    const tool = await json(
      await as('POST', '/tools', { name: 'read', gateway_id: g.id, integration_type: 'MCP' }),
      201,
    )
    expect(tool.name).toBe('files-read')
    expect(await json(await as('DELETE', `/gateways/${g.id}`))).toMatchObject({ status: 'success' })
    expect((await as('GET', `/tools/${tool.id}`)).status).toBe(404)
  })

  it('shows URL credentials masked, and keeps them when the masked URL is sent back', async () => {
    const url = 'http://me:url-secret@127.0.0.1:9/mcp?api_key=key-secret&region=eu'
    const shown = 'http://me:*****@127.0.0.1:9/mcp?api_key=*****&region=eu'
    const g = await json(await as('POST', '/gateways', { name: 'Keyed', url }), 201)
    expect(g.url).toBe(shown)
    expect((await json(await as('GET', `/gateways/${String(g.id)}`))).url).toBe(shown)
    const listed = await json(await as('GET', '/gateways'))
    expect(listed.find((x) => x.id === g.id)?.url).toBe(shown)
    // an edit form sends every field back as shown: the stored URL stays
    const edited = await json(
      await as('PUT', `/gateways/${String(g.id)}`, { url: shown, description: 'edited' }),
    )
    expect(edited).toMatchObject({ url: shown, description: 'edited' })
    const stored = await gw.registry.gateways.get(String(g.id))
    expect(stored.url).toBe(url)
    const moved = 'http://me:new-secret@127.0.0.1:9/mcp'
    await json(await as('PUT', `/gateways/${String(g.id)}`, { url: moved }))
    expect((await gw.registry.gateways.get(String(g.id))).url).toBe(moved)
    const tool = await json(
      await as('POST', '/tools', { name: 'keyed', url: 'http://127.0.0.1:9/t?token=tok-secret' }),
      201,
    )
    expect(tool.url).toBe('http://127.0.0.1:9/t?token=*****')
    await json(await as('DELETE', `/gateways/${String(g.id)}`))
  })

  it('renders prompts and keeps, diffs and rolls back revisions', async () => {
    const p = await json(
      await as('POST', '/prompts', {
        prompt: { name: 'greet', title: 'Greeting', template: 'Hi {{ user_name }}' },
      }),
      201,
    )
    expect(p.arguments).toEqual([{ name: 'user_name', description: null, required: true }])
    const rendered = await json(await as('POST', `/prompts/${p.id}`, { user_name: 'Ada' }))
    expect(rendered.messages).toEqual([{ role: 'user', content: { type: 'text', text: 'Hi Ada' } }])
    expect(
      await json(await as('POST', `/prompts/${p.id}`, { args: { user_name: 'Bo' } })),
    ).toMatchObject({
      messages: [{ content: { text: 'Hi Bo' } }],
    })
    const missing = await json(await as('POST', `/prompts/${p.id}`, {}), 422)
    expect(missing.errors).toEqual([{ path: 'user_name', message: 'is required' }])
    await json(
      await as('PUT', `/prompts/${p.id}`, { title: 'Hello', template: 'Hello {{ user_name }}' }),
    )
    expect(
      (await json(await as('GET', `/prompts/${p.id}/revisions`))).map((r) => [r.version, r.title]),
    ).toEqual([
      [2, 'Hello'],
      [1, 'Greeting'],
    ])
    expect(await json(await as('GET', `/prompts/${p.id}/revisions/1`))).toMatchObject({
      title: 'Greeting',
      template: 'Hi {{ user_name }}',
    })
    const diff = await json(await as('GET', `/prompts/${p.id}/diff?from=1&to=2`))
    expect(diff.changedFields).toEqual(['title', 'template'])
    expect(await json(await as('POST', `/prompts/${p.id}/rollback`, { version: 1 }))).toMatchObject(
      {
        version: 3,
        title: 'Greeting',
        template: 'Hi {{ user_name }}',
      },
    )
    expect(await json(await as('GET', `/prompts/${p.id}`))).toMatchObject({ title: 'Greeting' })
    const escape = await json(
      await as('POST', '/prompts', { name: 'evil', template: '{{ x.constructor }}' }),
      201,
    )
    const refused = await json(await as('POST', `/prompts/${escape.id}`, { x: 'a' }), 422)
    expect(refused.code).toBe('TEMPLATE_ERROR')
  })

  it('serves a virtual server with renamed members', async () => {
    const a = await json(
      await as('POST', '/tools', { name: 'alpha', url: 'http://127.0.0.1:9/a' }),
      201,
    )
    const r = await json(
      await as('POST', '/resources', {
        uri: 'file:///data.json',
        name: 'data',
        content: '{"x":1}',
      }),
      201,
    )
    expect(r).toMatchObject({ mimeType: 'application/json', size: 7 })
    expect(await json(await as('GET', `/resources/${r.id}/content`))).toEqual({
      uri: 'file:///data.json',
      mimeType: 'application/json',
      text: '{"x":1}',
    })
    const s = await json(
      await as('POST', '/servers', {
        server: {
          name: 'desk',
          associated_tools: [{ id: a.id, name: 'first', description: 'renamed' }],
          associated_resources: [r.id],
        },
      }),
      201,
    )
    const tools = await json(await as('GET', `/servers/${s.id}/tools`))
    expect(tools.map((t) => [t.name, t.description])).toEqual([['first', 'renamed']])
    expect((await json(await as('GET', `/servers/${s.id}/resources`))).map((x) => x.uri)).toEqual([
      'file:///data.json',
    ])
    await json(
      await as('POST', '/resources', { uri_template: 'file:///logs/{day}', name: 'logs' }),
      201,
    )
    expect(
      (await json(await as('GET', '/resources/templates/list'))).map((x) => x.uriTemplate),
    ).toEqual(['file:///logs/{day}'])
  })

  it('manages roots, tags and users', async () => {
    const root = await json(await as('POST', '/roots', { uri: 'file:///work', name: 'work' }), 201)
    expect((await json(await as('GET', '/roots'))).map((x) => x.uri)).toContain('file:///work')
    await json(await as('DELETE', `/roots/${root.id}`))
    await json(
      await as('POST', '/tools', { name: 'tagged', url: 'http://127.0.0.1:9/t', tags: ['Blue'] }),
      201,
    )
    const tags = await json(await as('GET', '/tags?entity_types=tools'))
    expect(tags.find((t) => t.name === 'blue')).toMatchObject({ stats: { tools: 1, total: 1 } })
    expect(await json(await as('PUT', '/tags/blue', { name: 'navy' }))).toEqual({
      name: 'navy',
      updated: 1,
    })
    expect((await json(await as('GET', '/tags/navy/entities'))).map((e) => e.name)).toEqual([
      'tagged',
    ])
    const user = await json(
      await as('POST', '/users', {
        email: 'Bob@Example.com',
        password: 'bob-password',
        full_name: 'Bob',
        is_admin: false,
      }),
      201,
    )
    expect(user).toMatchObject({ email: 'bob@example.com', fullName: 'Bob', isAdmin: false })
    // neither the password nor its hash, only when it last changed
    expect(JSON.stringify(user)).not.toMatch(/bob-password|"password(_hash|Hash)?"|scrypt/)
    expect(user.passwordChangedAt).toBeNull()
    const bob = await gw.login('bob@example.com', 'bob-password')
    expect((await gw.call('GET', '/users/bob@example.com', { token: bob })).status).toBe(200)
    expect((await gw.call('GET', '/users', { token: bob })).status).toBe(403)
    await json(await as('PUT', '/users/bob@example.com', { is_active: false }))
    expect((await gw.call('GET', '/tools', { token: bob })).status).toBe(401)
    expect(
      (
        await gw.call('POST', '/auth/login', {
          body: { email: 'bob@example.com', password: 'bob-password' },
        })
      ).status,
    ).toBe(401)
    // the only platform admin can neither lock themselves out nor be deleted
    const admin = gw.config.platformAdminEmail
    for (const [method, body] of [
      ['PUT', { is_active: false }],
      ['PUT', { is_admin: false }],
      ['DELETE', undefined],
    ] as const) {
      const refused = await json(await as(method, `/users/${admin}`, body), 409)
      expect(refused.detail).toBe(
        `${admin} is the last active platform admin; make another user an admin first`,
      )
    }
    expect((await gw.call('GET', '/users', { token: gw.adminToken })).status).toBe(200)
  })

  it('exports and imports over REST, all or nothing', async () => {
    const doc = await json(await as('GET', '/export?types=tools,prompts'))
    expect(doc).toMatchObject({ format: 'switchyard-export/1', exportedBy: 'admin@example.com' })
    expect((doc.entities as { gateways: unknown[] }).gateways).toEqual([])
    const skip = await json(await as('POST', '/import?conflict_strategy=skip', doc))
    expect(skip).toMatchObject({ dryRun: false, created: { tools: 0 } })
    const conflict = await json(
      await as('POST', '/import', { document: doc, conflict_strategy: 'fail' }),
      409,
    )
    expect(conflict.code).toBe('CONFLICT')
    const bad = await json(await as('GET', '/export?types=tools,bogus'), 422)
    expect(bad.code).toBe('VALIDATION_FAILED')
  })

  it('serves ops endpoints and the API reference without credentials', async () => {
    expect(await json(await gw.call('GET', '/health'))).toEqual({ status: 'healthy' })
    expect(await json(await gw.call('GET', '/ready'))).toEqual({ status: 'ready', store: 'ok' })
    expect(await json(await gw.call('GET', '/version'))).toMatchObject({
      name: 'switchyard',
      store: 'sqlite',
    })
    const openapi = await json(await gw.call('GET', '/openapi.json'))
    expect(openapi.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.paths as object)).toContain('/tools/{id}')
    const docs = await gw.call('GET', '/docs')
    expect(docs.status).toBe(200)
    expect(await docs.text()).toContain('/openapi.json')
  })
})

describe('authentication modes', () => {
  it('takes HTTP Basic when configured, and acts as admin without credentials when AUTH_REQUIRED=false', async () => {
    const gw = await openTestGateway({
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD: 'basic-password',
    })
    try {
      const basic = `Basic ${Buffer.from('ops:basic-password').toString('base64')}`
      expect((await gw.call('GET', '/tools', { headers: { authorization: basic } })).status).toBe(
        200,
      )
      const wrong = await gw.call('GET', '/tools', {
        headers: { authorization: `Basic ${Buffer.from('ops:no').toString('base64')}` },
      })
      expect(wrong.status).toBe(401)
      expect(wrong.headers.get('www-authenticate')).toBe(
        'Bearer realm="switchyard", Basic realm="switchyard"',
      )
    } finally {
      await gw.dispose()
    }
    const open = await openTestGateway({ AUTH_REQUIRED: 'false' })
    try {
      const res = await open.call('POST', '/tools', {
        body: { name: 'anon', url: 'http://127.0.0.1:9/a' },
      })
      expect(res.status).toBe(201)
      expect(((await res.json()) as { owner: string }).owner).toBe('admin@example.com')
    } finally {
      await open.dispose()
    }
  })
})
