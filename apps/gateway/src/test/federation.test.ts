import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  Client,
  SSEClientTransport,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client'
import { connectUpstream } from '@switchyard/transports'
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../config/env-schema.js'
import { createLogger } from '../logger.js'
import { startGateway, type RunningGateway } from '../server.js'
import { callApi, freePort, serverScript } from './test-gateway.js'

/** What the gateway announces to upstreams: direct clients announce the same, so that lists compare. */
const GATEWAY_CAPABILITIES = { sampling: {}, elicitation: {}, roots: {} }

/** Federation as users meet it: a real upstream MCP server registered over REST, called through a virtual server. */

const everything = serverScript('@modelcontextprotocol/server-everything')

/** The upstream's tools the gateway serves: it runs no tasks, so task-only tools are left out. */
const served = <T extends { execution?: { taskSupport?: string | undefined } | undefined }>(
  tools: T[],
): T[] => tools.filter((tool) => tool.execution?.taskSupport !== 'required')

describe('federating @modelcontextprotocol/server-everything over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-fed-'))
  let gw: RunningGateway
  let token: string
  let gatewayId: string
  let serverId: string
  let direct: Client

  const api = (method: string, path: string, body?: unknown, status = 200) =>
    callApi(gw.url, method, path, { body, token, status })

  async function client(mode: 'legacy' | 'auto'): Promise<Client> {
    const c = new Client(
      { name: 'federation-test', version: '1.0.0' },
      { versionNegotiation: { mode } },
    )
    await c.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
    return c
  }

  beforeAll(async () => {
    const config = loadConfig({
      PORT: String(await freePort()),
      SWITCHYARD_DATA_DIR: dir,
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
      LOG_LEVEL: 'silent',
    })
    gw = await startGateway(config, createLogger({ level: 'silent' }))
    const login = await fetch(`${gw.url}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@example.com', password: 'admin-password' }),
    })
    token = ((await login.json()) as { accessToken: string }).accessToken
    direct = new Client(
      { name: 'direct', version: '1.0.0' },
      { capabilities: GATEWAY_CAPABILITIES },
    )
    await direct.connect(
      new StdioClientTransport({ command: process.execPath, args: [everything, 'stdio'] }),
    )
  }, 60_000)
  afterAll(async () => {
    await direct?.close()
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('registers at once as pending, then discovers the upstream and becomes active', async () => {
    const created = await api(
      'POST',
      '/gateways',
      { name: 'everything', command: process.execPath, args: [everything, 'stdio'] },
      201,
    )
    expect(created.status).toBe('pending')
    gatewayId = created.id
    const deadline = Date.now() + 30_000
    let gateway = created
    while (gateway.status !== 'active' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
      gateway = await api('GET', `/gateways/${gatewayId}`)
    }
    expect(gateway.status, JSON.stringify(gateway)).toBe('active')
    const tools = await api('GET', `/tools?gateway_id=${gatewayId}&limit=1000`)
    const directTools = served((await direct.listTools()).tools)
    expect(tools.map((t) => t.name).sort()).toEqual(
      directTools.map((t) => `everything-${t.name}`).sort(),
    )
    const server = await api(
      'POST',
      '/servers',
      { name: 'all-of-everything', associated_tools: tools.map((t) => t.id) },
      201,
    )
    serverId = server.id
  })

  it.each(['legacy', 'auto'] as const)(
    'serves the same tools and results as the upstream (%s client)',
    async (mode) => {
      const c = await client(mode)
      try {
        const listed = (await c.listTools()).tools
        const directTools = served((await direct.listTools()).tools)
        expect(listed.map((t) => t.name).sort()).toEqual(
          directTools.map((t) => `everything-${t.name}`).sort(),
        )
        for (const tool of directTools) {
          const through = listed.find((t) => t.name === `everything-${tool.name}`)
          expect(through?.inputSchema).toEqual(tool.inputSchema)
          expect(through?.description).toEqual(tool.description)
        }
        // The modern era adds protocol metadata (`_meta`, `resultType`); the payload is the upstream's.
        const payload = ({ _meta, resultType, ...rest }: Record<string, unknown>) => rest
        const echoed = await c.callTool({ name: 'everything-echo', arguments: { message: 'hi' } })
        const directEcho = await direct.callTool({ name: 'echo', arguments: { message: 'hi' } })
        expect(payload(echoed)).toEqual(payload(directEcho))
        const sum = await c.callTool({ name: 'everything-get-sum', arguments: { a: 2, b: 3 } })
        const directSum = await direct.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } })
        expect(payload(sum)).toEqual(payload(directSum))
      } finally {
        await c.close()
      }
    },
  )

  it('serves the same over legacy SSE, WebSocket and /rpc', async () => {
    const headers = { authorization: `Bearer ${token}` }
    const sse = new Client({ name: 'sse', version: '1.0.0' })
    await sse.connect(
      new SSEClientTransport(new URL(`${gw.url}/servers/${serverId}/sse`), {
        requestInit: { headers },
        eventSourceInit: {
          fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, ...headers } }),
        },
      }),
    )
    try {
      expect((await sse.listTools()).tools.map((t) => t.name)).toContain('everything-echo')
      expect(
        await sse.callTool({ name: 'everything-echo', arguments: { message: 'sse' } }),
      ).toMatchObject({
        content: [{ type: 'text', text: 'Echo: sse' }],
      })
    } finally {
      await sse.close()
    }

    const ws = await connectUpstream({
      transport: 'websocket',
      url: `${gw.url.replace('http', 'ws')}/servers/${serverId}/ws`,
      headers,
    })
    try {
      const result = await ws.request('tools/call', {
        name: 'everything-echo',
        arguments: { message: 'ws' },
      })
      expect(result).toMatchObject({ content: [{ type: 'text', text: 'Echo: ws' }] })
    } finally {
      await ws.close()
    }
    const refused = await connectUpstream({
      transport: 'websocket',
      url: `${gw.url.replace('http', 'ws')}/ws`,
    }).catch((error: unknown) => error as Error)
    expect(refused).toBeInstanceOf(Error)

    const rpc = await fetch(`${gw.url}/rpc`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 7,
        method: 'tools/call',
        params: { name: 'everything-echo', arguments: { message: 'rpc' } },
      }),
    })
    expect(await rpc.json()).toMatchObject({ id: 7, result: { content: [{ text: 'Echo: rpc' }] } })
  })

  it('routes an upstream sampling request back to the client whose call caused it', async () => {
    const c = new Client({ name: 'sampler', version: '1.0.0' }, { capabilities: { sampling: {} } })
    c.setRequestHandler('sampling/createMessage', (request) => ({
      model: 'test-model',
      role: 'assistant',
      content: {
        type: 'text',
        text: `sampled: ${JSON.stringify(request.params.messages[0]?.content)}`,
      },
    }))
    await c.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
    try {
      const result = await c.callTool({
        name: 'everything-trigger-sampling-request',
        arguments: { prompt: 'hello', maxTokens: 5 },
      })
      expect(JSON.stringify(result)).toContain('sampled:')
      expect(JSON.stringify(result)).toContain('test-model')
    } finally {
      await c.close()
    }
  })

  it('checks arguments against the input schema before calling the upstream, and names unknown tools', async () => {
    const c = await client('legacy')
    try {
      expect(
        await c.callTool({ name: 'everything-get-sum', arguments: { a: 'two' } }),
      ).toMatchObject({
        isError: true,
        content: [{ type: 'text', text: expect.stringMatching(/invalid arguments/) as string }],
      })
      await expect(c.callTool({ name: 'nope', arguments: {} })).rejects.toThrow(
        /unknown tool 'nope'/,
      )
    } finally {
      await c.close()
    }
  })

  it('tells connected clients when the server tools change, and of no list that did not', async () => {
    const c = await client('legacy')
    try {
      const told: string[] = []
      const changed = new Promise<void>((resolve) => {
        c.setNotificationHandler('notifications/tools/list_changed', () => {
          told.push('tools')
          resolve()
        })
      })
      for (const list of ['resources', 'prompts'] as const)
        c.setNotificationHandler(`notifications/${list}/list_changed`, () => {
          told.push(list)
        })
      // neither a tool outside the server nor the server's description is in its lists
      const local = await api(
        'POST',
        '/tools',
        { name: 'late_tool', url: 'http://127.0.0.1:9/late' },
        201,
      )
      await api('PUT', `/servers/${serverId}`, { description: 'in no list' })
      await new Promise((resolve) => setTimeout(resolve, 500)) // past the notifier's 100 ms debounce
      expect(told).toEqual([])
      const server = await api('GET', `/servers/${serverId}`)
      await api('PUT', `/servers/${serverId}`, {
        associated_tools: [...(server.associatedTools as string[]), local.id],
      })
      await changed
      expect((await c.listTools()).tools.map((t) => t.name)).toContain('late_tool')
      expect(told).toEqual(['tools'])
    } finally {
      await c.close()
    }
  })

  it('tells a 2026-era client on its subscriptions/listen stream of the changed lists only', async () => {
    const told: string[] = []
    const modern = await connectUpstream({
      transport: 'streamablehttp',
      url: `${gw.url}/servers/${serverId}/mcp`,
      headers: { authorization: `Bearer ${token}` },
      onNotification: (method) => told.push(method),
    })
    try {
      expect(modern.era.era).toBe('modern')
      const members = (await api('GET', `/servers/${serverId}`)).associatedTools as string[]
      const describe = (description: string) =>
        api('PUT', `/servers/${serverId}`, {
          associated_tools: [{ id: members[0], description }, ...members.slice(1)],
        })
      // the listen stream is open once a change reaches it
      for (let attempt = 0; !told.includes('notifications/tools/list_changed'); attempt++) {
        if (attempt === 50) throw new Error('no list_changed reached the listen stream')
        await describe(`attempt ${attempt}`)
        await sleep(200)
      }
      await sleep(300)
      told.length = 0
      await api('PUT', `/servers/${serverId}`, { description: 'still in no list' })
      await sleep(500) // past the notifier's 100 ms debounce
      expect(told).toEqual([])
      await describe('changed for good')
      await expect.poll(() => told).toEqual(['notifications/tools/list_changed'])
      await sleep(300)
      expect(told).toEqual(['notifications/tools/list_changed'])
    } finally {
      await modern.close()
    }
  })

  it('re-syncs on demand and reports nothing changed', async () => {
    const report = await api('POST', `/gateways/${gatewayId}/tools/refresh`)
    expect(report.tools).toMatchObject({ added: [], updated: [], removed: [] })
  })

  it('marks an upstream that cannot be reached as unreachable, not as a failed request', async () => {
    const created = await api(
      'POST',
      '/gateways',
      { name: 'nowhere', url: 'http://127.0.0.1:1/mcp' },
      201,
    )
    const deadline = Date.now() + 20_000
    let gateway = created
    while (gateway.status === 'pending' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
      gateway = await api('GET', `/gateways/${created.id}`)
    }
    expect(gateway.status).toBe('unreachable')
    expect(gateway.statusReason).toMatch(/127\.0\.0\.1:1/)
    const refresh = await api('POST', `/gateways/${created.id}/tools/refresh`, undefined, 503)
    expect(refresh.code).toBe('UNAVAILABLE')
  })
})
