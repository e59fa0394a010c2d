import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const petstore = JSON.parse(
  readFileSync(new URL('./fixtures/petstore3-openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, { summary?: string }>> }

interface Report {
  source: string
  added: string[]
  updated: string[]
  removed: string[]
  unchanged: string[]
  serverId?: string
}

describe('POST /tools/openapi (Swagger Petstore 3)', () => {
  let gw: TestGateway
  let http: Server
  let origin: string
  const calls: { method: string; url: string; body: string }[] = []

  beforeAll(async () => {
    gw = await openTestGateway()
    // The document, and a tiny pet store behind it for calls through the imported tools.
    http = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        calls.push({ method: req.method ?? '', url: req.url ?? '', body })
        const json = (value: unknown) => {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(value))
        }
        const pet = req.url?.match(/^\/api\/v3\/pet\/(\d+)$/)
        if (req.url === '/api/v3/openapi.json') json(petstore)
        else if (pet) json({ id: Number(pet[1]), name: 'doggie', photoUrls: [], status: 'sold' })
        else if (req.url?.startsWith('/api/v3/pet/findByStatus?')) json([{ id: 1, name: 'rex' }])
        else if (req.url === '/api/v3/pet' && req.method === 'POST') json(JSON.parse(body))
        else res.writeHead(404).end()
      })
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(http.address() as { port: number }).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve))
    await gw?.dispose()
  })

  const importDoc = async (body: unknown, path = '/tools/openapi') => {
    const res = await gw.call('POST', path, { token: gw.adminToken, body })
    return { status: res.status, body: (await res.json()) as Report & Record<string, unknown> }
  }

  it('imports the document by URL: one REST tool per operation, and a virtual server', async () => {
    const { status, body } = await importDoc({
      url: `${origin}/api/v3/openapi.json`,
      serverName: 'petstore',
    })
    expect(status).toBe(200)
    expect(body.source).toBe('Swagger Petstore - OpenAPI 3.0')
    expect(body.added).toHaveLength(19)
    expect(body.added).toEqual(
      expect.arrayContaining([
        'addPet',
        'getPetById',
        'findPetsByStatus',
        'uploadFile',
        'loginUser',
        'deleteUser',
      ]),
    )
    expect(body).toMatchObject({ updated: [], removed: [], unchanged: [] })

    const tools = (await (
      await gw.call('GET', '/tools?limit=100', { token: gw.adminToken })
    ).json()) as Record<string, unknown>[]
    const byName = new Map(tools.map((tool) => [tool.name, tool]))
    expect(byName.get('getPetById')).toMatchObject({
      integrationType: 'REST',
      requestType: 'GET',
      // The relative server /api/v3 resolved against the document's URL; the path template kept.
      url: `${origin}/api/v3/pet/{petId}`,
      displayName: 'Find pet by ID.',
      description: 'Returns a single pet.',
      tags: ['pet'],
      inputSchema: {
        type: 'object',
        properties: {
          petId: { type: 'integer', format: 'int64', description: 'ID of pet to return' },
        },
        required: ['petId'],
      },
    })
    const getPet = byName.get('getPetById') as {
      outputSchema: { properties: Record<string, unknown> }
    }
    expect(Object.keys(getPet.outputSchema.properties)).toEqual([
      'id',
      'name',
      'category',
      'photoUrls',
      'tags',
      'status',
    ])
    expect(byName.get('addPet')).toMatchObject({
      requestType: 'POST',
      url: `${origin}/api/v3/pet`,
      integrationConfig: { body: 'json', bodyArgument: 'body' },
      inputSchema: {
        required: ['body'],
        properties: { body: { type: 'object', required: ['name', 'photoUrls'] } },
      },
    })
    expect(byName.get('findPetsByStatus')).toMatchObject({
      integrationConfig: { query: ['status'] },
      inputSchema: { required: ['status'] },
      outputSchema: null, // an array is no MCP output schema
    })
    expect(byName.get('deletePet')).toMatchObject({
      requestType: 'DELETE',
      integrationConfig: { headers: { api_key: 'api_key' } },
    })
    expect(byName.get('uploadFile')).toMatchObject({
      headers: { 'Content-Type': 'application/octet-stream' },
      integrationConfig: { body: 'raw', bodyArgument: 'body', query: ['additionalMetadata'] },
    })
    expect(byName.get('loginUser')).toMatchObject({
      integrationConfig: {
        query: ['username', 'password'],
        openapi: {
          source: 'Swagger Petstore - OpenAPI 3.0',
          operationId: 'loginUser',
          method: 'GET',
          path: '/user/login',
        },
      },
    })

    const server = (await (
      await gw.call('GET', `/servers/${body.serverId}`, { token: gw.adminToken })
    ).json()) as {
      name: string
      associatedTools: string[]
    }
    expect(server.name).toBe('petstore')
    expect(server.associatedTools).toHaveLength(19)
  })

  it('calls the imported tools with an MCP client over the virtual server: path, query and body arguments', async () => {
    await gw.registry.catalog.settled()
    const servers = (await (await gw.call('GET', '/servers', { token: gw.adminToken })).json()) as {
      id: string
      name: string
    }[]
    const petstoreServer = servers.find((server) => server.name === 'petstore')
    const client = new Client({ name: 'petstore-client', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://gateway.test/servers/${petstoreServer?.id}/mcp`),
        {
          requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
          fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
        },
      ),
    )
    const rpc = async (name: string, args: Record<string, unknown>) => {
      try {
        return {
          result: (await client.callTool({ name, arguments: args })) as Record<string, unknown>,
        }
      } catch (error) {
        return { error: error as { code: number } }
      }
    }
    expect((await rpc('getPetById', { petId: 7 })).result).toMatchObject({
      structuredContent: { id: 7, name: 'doggie', status: 'sold' },
    })
    expect(calls.at(-1)).toMatchObject({ method: 'GET', url: '/api/v3/pet/7' })
    await rpc('findPetsByStatus', { status: 'pending' })
    expect(calls.at(-1)).toMatchObject({
      method: 'GET',
      url: '/api/v3/pet/findByStatus?status=pending',
    })
    const added = await rpc('addPet', { body: { name: 'rex', photoUrls: ['x'] } })
    expect(added.result).toMatchObject({ structuredContent: { name: 'rex', photoUrls: ['x'] } })
    expect(calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v3/pet' })
    expect(JSON.parse(calls.at(-1)?.body ?? '')).toEqual({ name: 'rex', photoUrls: ['x'] })
    // Arguments are checked against the imported input schema before any call.
    const before = calls.length
    expect((await rpc('getPetById', {})).result).toMatchObject({ isError: true })
    expect(calls.length).toBe(before)
    await client.close()
  })

  it('re-imports: unchanged, then updated and removed operations; also under /v1 and the ContextForge alias', async () => {
    const baseUrl = `${origin}/api/v3`
    const same = await importDoc({ spec: JSON.stringify(petstore), baseUrl }, '/v1/tools/openapi')
    expect(same.status).toBe(200)
    expect(same.body.unchanged).toHaveLength(19)

    const changed = structuredClone(petstore)
    delete changed.paths['/user/logout']
    const getPet = changed.paths['/pet/{petId}']?.get
    if (getPet) getPet.summary = 'Find one pet.'
    const { status, body } = await importDoc(
      { spec: changed, baseUrl, serverName: 'petstore' },
      '/tools/generate-schemas-from-openapi',
    )
    expect(status).toBe(200)
    expect(body).toMatchObject({ added: [], updated: ['getPetById'], removed: ['logoutUser'] })
    expect(body.unchanged).toHaveLength(17)
    const tools = (await (
      await gw.call('GET', '/tools?limit=100', { token: gw.adminToken })
    ).json()) as { name: string }[]
    expect(tools.map((t) => t.name)).not.toContain('logoutUser')
  })

  it("refuses a re-import by a user who does not own the earlier import's tools, writing nothing", async () => {
    const created = await gw.call('POST', '/users', {
      token: gw.adminToken,
      body: { email: 'mallory@example.com', password: 'mallory-password' },
    })
    expect(created.status).toBe(201)
    const token = await gw.login('mallory@example.com', 'mallory-password')
    const before = await (await gw.call('GET', '/tools?limit=100', { token: gw.adminToken })).text()
    const res = await gw.call('POST', '/tools/openapi', {
      token,
      body: {
        spec: { ...petstore, paths: {} },
        baseUrl: origin,
        source: 'Swagger Petstore - OpenAPI 3.0',
      },
    })
    expect(res.status).toBe(422) // no operations: refused before anything is touched
    const clobber = structuredClone(petstore)
    delete clobber.paths['/pet']
    const refused = await gw.call('POST', '/tools/openapi', {
      token,
      body: { spec: clobber, baseUrl: origin },
    })
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN')
    expect(await (await gw.call('GET', '/tools?limit=100', { token: gw.adminToken })).text()).toBe(
      before,
    )
  })

  it('answers bad documents with 422 problems, 400, or an error naming the URL', async () => {
    const invalid = await importDoc({
      spec: {
        openapi: '3.0.3',
        info: { title: 'x', version: '1' },
        paths: { '/pets': { get: { summary: 's' } } },
      },
    })
    expect(invalid.status).toBe(422)
    expect(invalid.body).toMatchObject({
      code: 'INVALID_DOCUMENT',
      problems: [{ pointer: '/paths/~1pets/get/responses', message: 'is required' }],
    })
    expect(invalid.body.detail).toContain('/paths/~1pets/get/responses')

    const garbage = await importDoc({ spec: '{ this is: [not' })
    expect(garbage).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } })

    const missing = await importDoc({ url: `${origin}/nothing.json` })
    expect(missing.status).toBe(502)
    expect(missing.body.detail).toContain(`${origin}/nothing.json`)

    const none = await importDoc({ spec: petstore, baseUrl: origin, tags: ['no-such-tag'] })
    expect(none.status).toBe(422)
    expect(none.body.detail).toMatch(/no operations to import that match the filters/)

    const both = await importDoc({ spec: petstore, url: `${origin}/api/v3/openapi.json` })
    expect(both).toMatchObject({ status: 422, body: { code: 'VALIDATION_FAILED' } })
  })

  it('refuses, naming the operation, a 3 KB document whose shared $refs would inline into a huge schema', async () => {
    // S0..S5, each with 10 properties referring to the next: 10^5 copies of S5 once inlined
    const schemas: Record<string, unknown> = { S5: { type: 'string' } }
    for (let level = 4; level >= 0; level--) {
      const next = { $ref: `#/components/schemas/S${level + 1}` }
      schemas[`S${level}`] = {
        type: 'object',
        properties: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, next])),
      }
    }
    const spec = {
      openapi: '3.1.0',
      info: { title: 'nested', version: '1' },
      paths: {
        '/s': {
          post: {
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } },
            },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
      components: { schemas },
    }
    expect(JSON.stringify(spec).length).toBeLessThan(3_000)
    const refused = await importDoc({ spec, baseUrl: origin })
    expect(refused).toMatchObject({ status: 422, body: { code: 'VALIDATION_FAILED' } })
    expect(refused.body.detail).toMatch(/^POST \/s: its input schema would take more than 256 KiB/)
    const tools = await gw.call('GET', '/tools', { token: gw.adminToken })
    const names = ((await tools.json()) as { name: string }[]).map((t) => t.name)
    expect(names.filter((n) => n.startsWith('post_s'))).toEqual([])
  })
})
