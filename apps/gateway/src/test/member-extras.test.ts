import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, untilActive, type TestGateway } from './test-gateway.js'

const UPSTREAM = fileURLToPath(new URL('./fixtures/listing-upstream.mjs', import.meta.url))
const icon = (src: string) => ({ src, mimeType: 'image/png', sizes: ['48x48'], theme: 'light' })

/** What the upstream lists; its tool's icon is the one thing a test changes. */
const listings = (toolIcon: string) => ({
  tools: [
    {
      name: 'shine',
      title: 'Shine',
      inputSchema: { type: 'object', properties: {} },
      annotations: { readOnlyHint: true },
      icons: [icon(toolIcon)],
      _meta: { 'example.com/rank': 1 },
    },
  ],
  resources: [
    {
      uri: 'extras://notes/1',
      name: 'note',
      mimeType: 'text/plain',
      icons: [icon('https://example.com/note.png')],
      annotations: { audience: ['user'], priority: 0.5, lastModified: '2026-01-01T00:00:00Z' },
      size: 1234,
      _meta: { 'example.com/shelf': 'a' },
    },
  ],
  resourceTemplates: [
    {
      uriTemplate: 'extras://notes/{id}',
      name: 'notes',
      icons: [icon('https://example.com/notes.png')],
      annotations: { priority: 1 },
      _meta: { 'example.com/shelf': 'b' },
    },
  ],
  prompts: [
    {
      name: 'greet',
      title: 'Greet',
      icons: [icon('https://example.com/greet.png')],
      _meta: { 'example.com/tone': 'warm' },
      // `required` as given: true, false, or left out (not required, and listed without it)
      arguments: [
        { name: 'who', title: 'Who', description: 'Whom to greet', required: true },
        { name: 'mood' },
        { name: 'style', required: false },
      ],
    },
    { name: 'plain' },
  ],
})

/** The upstream's listing as a virtual server with prefixed names lists it. */
const through = (listing: ReturnType<typeof listings>) => ({
  tools: listing.tools.map((t) => ({ ...t, name: `up-${t.name}` })),
  resources: listing.resources,
  resourceTemplates: listing.resourceTemplates,
  prompts: listing.prompts.map((p) => ({ ...p, name: `up-${p.name}` })),
})

// Members' MCP fields the gateway does not model (icons, _meta, a resource's annotations and
// size, argument titles) pass through a virtual server as the upstream listed them, in both eras.
describe('upstream member fields through a virtual server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-extras-'))
  const file = join(dir, 'listings.json')
  let gw: TestGateway
  let gatewayId = ''
  let serverId = ''
  const clients: Client[] = []

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await gw.call(method, path, { token: gw.adminToken, body })
    expect(res.status, await res.clone().text()).toBeLessThan(300)
    return (await res.json()) as Record<string, unknown> & { id: string }
  }
  const ids = async (kind: string) =>
    ((await api('GET', `/${kind}?gateway_id=${gatewayId}`)) as unknown as { id: string }[]).map(
      (m) => m.id,
    )

  /** What the gateway sent for each list method, as raw JSON (the SDK client drops unknown fields). */
  const sent = new Map<string, Record<string, unknown>>()
  async function answer(url: string, init?: RequestInit): Promise<Response> {
    const res = await gw.app.request(url, init)
    const method =
      typeof init?.body === 'string'
        ? (JSON.parse(init.body) as { method?: string }).method
        : undefined
    if (!method?.endsWith('/list')) return res
    const text = await res.clone().text()
    const messages = text.startsWith('{')
      ? [text]
      : text.split('\n').flatMap((line) => (line.startsWith('data: ') ? [line.slice(6)] : []))
    for (const message of messages.filter((m) => m.startsWith('{'))) {
      const { result } = JSON.parse(message) as { result?: Record<string, unknown> }
      if (result) sent.set(method, result)
    }
    return res
  }

  async function connect(mode: 'legacy' | { pin: '2026-07-28' }) {
    const client = new Client(
      { name: 'extras-test', version: '1.0.0' },
      { versionNegotiation: { mode } },
    )
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`http://gateway.test/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
        fetch: (url, init) => answer(String(url), init),
      }),
    )
    clients.push(client)
    return client
  }

  /** The four listings as the gateway sent them to `client`. */
  async function listed(client: Client) {
    sent.clear()
    await client.listTools()
    await client.listResources()
    await client.listResourceTemplates()
    await client.listPrompts()
    return {
      tools: sent.get('tools/list')?.tools,
      resources: sent.get('resources/list')?.resources,
      resourceTemplates: sent.get('resources/templates/list')?.resourceTemplates,
      prompts: sent.get('prompts/list')?.prompts,
    }
  }

  beforeAll(async () => {
    writeFileSync(file, JSON.stringify(listings('https://example.com/shine.png')))
    gw = await openTestGateway()
    const gateway = await api('POST', '/gateways', {
      name: 'up',
      command: process.execPath,
      args: [UPSTREAM],
      env: { LISTINGS_FILE: file },
    })
    gatewayId = gateway.id
    await untilActive(gw, gatewayId, { token: gw.adminToken })
    const server = await api('POST', '/servers', {
      name: 'extras',
      associated_tools: await ids('tools'),
      associated_resources: [
        ...(await ids('resources')),
        ...(
          (await api('GET', `/resources/templates/list?gateway_id=${gatewayId}`)) as unknown as {
            id: string
          }[]
        ).map((r) => r.id),
      ],
      associated_prompts: await ids('prompts'),
    })
    serverId = server.id
  }, 30_000)

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()))
    await gw?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists them exactly as the upstream did, in the 2025 era and the 2026 era', async () => {
    const expected = through(listings('https://example.com/shine.png'))
    expect(await listed(await connect('legacy'))).toEqual(expected)
    expect(await listed(await connect({ pin: '2026-07-28' }))).toEqual(expected)
  })

  it('shows them read-only on REST: an update cannot set them', async () => {
    const [toolId] = await ids('tools')
    const tool = await api('PUT', `/tools/${toolId}`, { mcpExtras: { icons: [] }, tags: ['x'] })
    expect(tool.mcpExtras).toEqual({
      icons: [icon('https://example.com/shine.png')],
      _meta: { 'example.com/rank': 1 },
    })
  })

  it('keeps a prompt argument without `required` as such on REST', async () => {
    const prompts = (await api('GET', `/prompts?gateway_id=${gatewayId}`)) as unknown as {
      originalName: string
      arguments: unknown[]
    }[]
    expect(prompts.find((p) => p.originalName === 'greet')?.arguments).toEqual([
      { name: 'who', title: 'Who', description: 'Whom to greet', required: true },
      { name: 'mood', description: null },
      { name: 'style', description: null, required: false },
    ])
  })

  it("shows a federated resource's upstream size on REST", async () => {
    const [resource] = (await api('GET', `/resources?gateway_id=${gatewayId}`)) as unknown as {
      size: number | null
    }[]
    expect(resource?.size).toBe(1234)
  })

  it('picks up a changed icon on refresh, reported as updated', async () => {
    writeFileSync(file, JSON.stringify(listings('https://example.com/brighter.png')))
    const report = await api('POST', `/gateways/${gatewayId}/tools/refresh`)
    expect(report.tools).toMatchObject({ added: [], updated: ['shine'], removed: [] })
    expect(report.prompts).toMatchObject({ added: [], updated: [], removed: [] })
    const client = await connect('legacy')
    await expect
      .poll(async () => (await listed(client)).tools)
      .toEqual(through(listings('https://example.com/brighter.png')).tools)
  })
})
