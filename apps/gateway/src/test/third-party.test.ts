import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, freePort, listen, serverScript } from './test-gateway.js'

/** What the gateway announces to upstreams: direct clients announce the same, so that lists compare. */
const GATEWAY_CAPABILITIES = { sampling: {}, elicitation: {}, roots: {} }

/**
 * Real third-party MCP servers from npm, federated at once: server-everything over stdio, streamable
 * HTTP and SSE, server-filesystem and server-memory. Every tool, resource and prompt listed through the
 * gateway matches the upstream's, and calls return what a direct call returns.
 */

const everything = serverScript('@modelcontextprotocol/server-everything')
const filesystem = serverScript('@modelcontextprotocol/server-filesystem')
const memory = serverScript('@modelcontextprotocol/server-memory')

/** Tools whose results cannot match a second process, or that need a client feature or the network. */
const NOT_COMPARED: Record<string, string> = {
  'get-env': 'prints its own process environment',
  'gzip-file-as-resource': 'downloads from the internet',
  'get-roots-list': 'asks the client for roots',
  'trigger-sampling-request': 'asks the client to sample',
  'trigger-sampling-request-async': 'asks the client to sample',
  'trigger-elicitation-request': 'asks the client for input',
  'trigger-elicitation-request-async': 'asks the client for input',
  'trigger-url-elicitation': 'asks the client for input',
  'trigger-long-running-operation': 'runs for seconds (covered by the progress test)',
  'simulate-research-query': 'runs only as a task: the gateway leaves it out',
  'toggle-simulated-logging': 'starts a background timer',
  'toggle-subscriber-updates': 'starts a background timer',
  get_file_info: 'reports access times, which a read changes',
}

/**
 * A result without its envelope, and with server-everything's clock readings ("created at 4:00:22
 * PM") blanked: a direct call and one through the gateway may straddle a second.
 */
const payload = ({ _meta, resultType, ...rest }: Record<string, unknown>): unknown =>
  JSON.parse(JSON.stringify(rest).replace(/\d{1,2}:\d\d:\d\d( [AP]M)?/g, '<time>'))

describe('third-party MCP servers through one virtual server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-3p-'))
  const files = join(dir, 'files')
  const children: ChildProcess[] = []
  const direct: Record<string, Client> = {}
  let gw: RunningGateway
  let through: Client
  let serverId = ''

  const api = (method: string, path: string, body?: unknown) =>
    callApi(gw.url, method, path, { body })

  async function httpEverything(mode: 'streamableHttp' | 'sse'): Promise<number> {
    const port = await freePort()
    const child = spawn(process.execPath, [everything, mode], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port) },
      stdio: 'ignore',
    })
    children.push(child)
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
      if (up) return port
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`server-everything ${mode} did not start`)
  }

  async function stdioClient(
    command: string,
    args: string[],
    env: Record<string, string> = {},
  ): Promise<Client> {
    const client = new Client(
      { name: 'direct', version: '1.0.0' },
      { capabilities: GATEWAY_CAPABILITIES },
    )
    await client.connect(
      new StdioClientTransport({ command, args, env: { PATH: process.env.PATH ?? '', ...env } }),
    )
    return client
  }

  beforeAll(async () => {
    mkdirSync(join(files, 'sub'), { recursive: true })
    writeFileSync(join(files, 'a.txt'), 'alpha\n')
    writeFileSync(join(files, 'sub', 'b.md'), '# Beta\n')
    const [httpPort, ssePort] = await Promise.all([
      httpEverything('streamableHttp'),
      httpEverything('sse'),
    ])
    gw = await listen(join(dir, 'data'), { AUTH_REQUIRED: 'false' })
    const upstreams = [
      { name: 'ev-stdio', command: process.execPath, args: [everything, 'stdio'] },
      { name: 'ev-http', url: `http://127.0.0.1:${httpPort}/mcp`, transport: 'streamablehttp' },
      { name: 'ev-sse', url: `http://127.0.0.1:${ssePort}/sse`, transport: 'sse' },
      { name: 'files', command: process.execPath, args: [filesystem, files] },
      {
        name: 'memory',
        command: process.execPath,
        args: [memory],
        env: { MEMORY_FILE_PATH: join(dir, 'memory-gw.jsonl') },
      },
    ]
    const ids: string[] = []
    for (const upstream of upstreams) ids.push((await api('POST', '/gateways', upstream)).id)
    const deadline = Date.now() + 45_000
    for (const id of ids) {
      let gateway = await api('GET', `/gateways/${id}`)
      while (gateway.status !== 'active' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 150))
        gateway = await api('GET', `/gateways/${id}`)
      }
      expect(gateway.status, `${gateway.name}: ${String(gateway.statusReason)}`).toBe('active')
    }
    const all = async (path: string) =>
      (await api('GET', `${path}${path.includes('?') ? '&' : '?'}limit=1000`)).map((x) => x.id)
    const server = await api('POST', '/servers', {
      name: 'everything-at-once',
      associated_tools: await all('/tools'),
      associated_resources: [
        ...(await all('/resources')),
        ...(await all('/resources/templates/list')),
      ],
      associated_prompts: await all('/prompts'),
    })
    serverId = String(server.id)
    through = new Client({ name: 'through', version: '1.0.0' })
    await through.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${server.id}/mcp`)),
    )
    direct.everything = await stdioClient(process.execPath, [everything, 'stdio'])
    direct.files = await stdioClient(process.execPath, [filesystem, files])
    direct.memory = await stdioClient(process.execPath, [memory], {
      MEMORY_FILE_PATH: join(dir, 'memory-direct.jsonl'),
    })
  }, 120_000)

  afterAll(async () => {
    await through?.close()
    for (const client of Object.values(direct)) await client.close()
    await gw?.stop()
    for (const child of children) child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists every tool of every upstream with its schema, under its prefixed name', async () => {
    const listed = new Map((await through.listTools()).tools.map((t) => [t.name, t]))
    for (const [prefixes, client] of [
      [['ev-stdio', 'ev-http', 'ev-sse'], direct.everything],
      [['files'], direct.files],
      [['memory'], direct.memory],
    ] as const) {
      for (const tool of (await client!.listTools()).tools) {
        // the gateway runs no tasks: a tool that runs only as one is left out
        const taskOnly = tool.execution?.taskSupport === 'required'
        for (const prefix of prefixes) {
          const mine = listed.get(`${prefix}-${tool.name}`)
          expect(mine === undefined, `${prefix}-${tool.name}`).toBe(taskOnly)
          if (taskOnly) continue
          expect(mine?.inputSchema).toEqual(tool.inputSchema)
          expect(mine?.description).toEqual(tool.description)
        }
      }
    }
  })

  it('returns what a direct call returns, for every tool that can be compared', async () => {
    const args: Record<string, Record<string, unknown>> = {
      echo: { message: 'through the gateway' },
      'get-sum': { a: 40, b: 2 },
      'get-resource-reference': { resourceType: 'Text', resourceId: 1 },
      'get-resource-links': { count: 2 },
      'get-annotated-message': { messageType: 'error', includeImage: false },
      'get-structured-content': { location: 'New York' },
      read_file: { path: join(files, 'a.txt') },
      read_text_file: { path: join(files, 'a.txt'), head: 1 },
      read_media_file: { path: join(files, 'a.txt') },
      read_multiple_files: { paths: [join(files, 'a.txt'), join(files, 'sub', 'b.md')] },
      list_directory: { path: files },
      list_directory_with_sizes: { path: files },
      directory_tree: { path: files },
      search_files: { path: files, pattern: '*.md' },
      create_entities: {
        entities: [
          { name: 'ada', entityType: 'person', observations: ['wrote the first program'] },
        ],
      },
      create_relations: { relations: [{ from: 'ada', to: 'ada', relationType: 'knows' }] },
      add_observations: {
        observations: [{ entityName: 'ada', contents: ['was a mathematician'] }],
      },
      search_nodes: { query: 'ada' },
      open_nodes: { names: ['ada'] },
    }
    const mutating = new Set([
      'write_file',
      'edit_file',
      'create_directory',
      'move_file',
      'delete_entities',
      'delete_observations',
      'delete_relations',
    ])
    const compared: string[] = []
    const order = ['create_entities', 'create_relations', 'add_observations']
    for (const [prefix, client] of [
      ['ev-stdio', direct.everything],
      ['ev-http', direct.everything],
      ['ev-sse', direct.everything],
      ['files', direct.files],
      ['memory', direct.memory],
    ] as const) {
      const tools = (await client!.listTools()).tools.sort((a, b) => {
        const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length)
        return rank(a.name) - rank(b.name)
      })
      for (const tool of tools) {
        if (NOT_COMPARED[tool.name] || mutating.has(tool.name)) continue
        const required = (tool.inputSchema.required as string[] | undefined) ?? []
        const a = args[tool.name] ?? (required.length === 0 ? {} : undefined)
        expect(a, `arguments for ${tool.name}`).toBeDefined()
        // Each upstream behind the gateway and its direct twin see the same calls in the same order.
        const mine = await through.callTool({ name: `${prefix}-${tool.name}`, arguments: a })
        const theirs = await client!.callTool({ name: tool.name, arguments: a })
        expect(payload(mine), `${prefix}-${tool.name}`).toEqual(payload(theirs))
        compared.push(`${prefix}-${tool.name}`)
      }
    }
    expect(compared.length).toBeGreaterThan(30)
  })

  it('reads every resource and renders every prompt as the upstream does', async () => {
    const resources = (await through.listResources()).resources
    const directResources = (await direct.everything!.listResources()).resources
    expect(resources.map((r) => r.uri).sort()).toEqual(
      expect.arrayContaining(directResources.map((r) => r.uri).sort()),
    )
    for (const resource of directResources) {
      const mine = await through.readResource({ uri: resource.uri })
      expect(payload(mine)).toEqual(
        payload(await direct.everything!.readResource({ uri: resource.uri })),
      )
    }
    const templated = 'demo://resource/dynamic/text/1'
    expect(payload(await through.readResource({ uri: templated }))).toEqual(
      payload(await direct.everything!.readResource({ uri: templated })),
    )
    // prompts and tools arrive as the upstream listed them (titles, icons, no arguments if none)
    const prompts = (await direct.everything!.listPrompts()).prompts
    expect(prompts.filter((p) => p.title).length).toBeGreaterThan(0)
    const listedPrompts = (await through.listPrompts()).prompts
    for (const prompt of prompts) {
      const mine = listedPrompts.find((p) => p.name === `ev-stdio-${prompt.name}`)
      expect({ ...mine, name: prompt.name }, prompt.name).toEqual(prompt)
    }
    const listedTools = (await through.listTools()).tools
    // but `execution`: the gateway runs no tasks, so it claims no task support
    for (const { execution: _, ...tool } of (await direct.everything!.listTools()).tools) {
      const mine = listedTools.find((t) => t.name === `ev-stdio-${tool.name}`)
      if (mine) expect({ ...mine, name: tool.name }, tool.name).toEqual(tool)
    }
    const graph = (await direct.memory!.listResources()).resources
    for (const resource of graph) {
      expect(resources.find((r) => r.uri === resource.uri)?.title).toBe(resource.title)
    }
    const promptArgs: Record<string, Record<string, string>> = {
      'args-prompt': { city: 'Lisbon' },
      'resource-prompt': { resourceType: 'Text', resourceId: '2' },
      'completable-prompt': { department: 'Engineering', name: 'Alice' },
    }
    for (const prompt of (await direct.everything!.listPrompts()).prompts) {
      const a = promptArgs[prompt.name] ?? {}
      for (const prefix of ['ev-stdio', 'ev-http', 'ev-sse']) {
        const mine = await through.getPrompt({ name: `${prefix}-${prompt.name}`, arguments: a })
        expect(payload(mine), `${prefix}-${prompt.name}`).toEqual(
          payload(await direct.everything!.getPrompt({ name: prompt.name, arguments: a })),
        )
      }
    }
  })

  it("watches a URI a template gives at the template's upstream, and checks log levels", async () => {
    const uri = 'demo://resource/dynamic/text/42'
    const updated: unknown[] = []
    through.setNotificationHandler('notifications/resources/updated', (n) => {
      if (n.params.uri === uri) updated.push(n.params)
    })
    // every server-everything has the template: the upstream that registered it first holds it
    const templates = await api('GET', '/resources/templates/list?limit=1000')
    const template = templates.find((t) =>
      String(t.uriTemplate).startsWith('demo://resource/dynamic/text/'),
    )
    const holder = await api('GET', `/gateways/${String(template?.gatewayId)}`)
    const toggle = { name: `${String(holder.name)}-toggle-subscriber-updates`, arguments: {} }
    await through.subscribeResource({ uri })
    await through.callTool(toggle)
    try {
      const deadline = Date.now() + 20_000
      while (updated.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100))
      expect(updated[0]).toMatchObject({ uri })
    } finally {
      await through.callTool(toggle)
      await through.unsubscribeResource({ uri })
    }
    const refused = await through.setLoggingLevel('loud' as 'debug').then(
      () => expect.fail('an unknown log level was taken'),
      (error: unknown) => error as { code: number; message: string },
    )
    expect(refused.code).toBe(-32602)
    expect(refused.message).toContain("invalid log level 'loud'")
    await through.setLoggingLevel('warning')
  })

  it('tells a 2026-era listener of a 2025-era upstream resource, and a 2025-era subscriber too', async () => {
    const uri = 'demo://resource/static/document/features.md'
    const resources = await api('GET', '/resources?limit=1000')
    const holder = await api(
      'GET',
      `/gateways/${String(resources.find((r) => r.uri === uri)?.gatewayId)}`,
    )
    expect(holder.capabilities).toMatchObject({ era: 'legacy' })
    const heard = { modern: 0, legacy: 0 }
    const modern = new Client(
      { name: 'listener', version: '1.0.0' },
      {
        versionNegotiation: { mode: { pin: '2026-07-28' } },
      },
    )
    modern.setNotificationHandler('notifications/resources/updated', (n) => {
      if (n.params.uri === uri) heard.modern++
    })
    through.setNotificationHandler('notifications/resources/updated', (n) => {
      if (n.params.uri === uri) heard.legacy++
    })
    await modern.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${serverId}/mcp`)),
    )
    const toggle = { name: `${String(holder.name)}-toggle-subscriber-updates`, arguments: {} }
    try {
      await modern.listen({ resourceSubscriptions: [uri] })
      await through.subscribeResource({ uri })
      await through.callTool(toggle)
      await expect
        .poll(() => heard.modern > 0 && heard.legacy > 0, { timeout: 20_000, interval: 100 })
        .toBe(true)
    } finally {
      await through.callTool(toggle)
      await through.unsubscribeResource({ uri })
      await modern.close()
    }
  })

  it("keeps each client's log level its own, though they share the upstream", async () => {
    const uri = 'demo://resource/dynamic/text/7'
    const templates = await api('GET', '/resources/templates/list?limit=1000')
    const template = templates.find((t) =>
      String(t.uriTemplate).startsWith('demo://resource/dynamic/text/'),
    )
    expect(template?.gatewayId).toBeTruthy()
    const heard = { quiet: [] as unknown[], chatty: [] as unknown[] }
    const connect = async (name: keyof typeof heard) => {
      const client = new Client({ name, version: '1.0.0' })
      client.setNotificationHandler('notifications/message', (n) => void heard[name].push(n.params))
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${serverId}/mcp`)),
      )
      return client
    }
    const [chatty, quiet] = [await connect('chatty'), await connect('quiet')]
    try {
      await chatty.setLoggingLevel('debug')
      await quiet.setLoggingLevel('emergency')
      // server-everything logs each subscribe request (info) on that request
      await chatty.subscribeResource({ uri })
      await quiet.subscribeResource({ uri })
      expect(heard.chatty).toEqual([expect.objectContaining({ level: 'info' })])
      expect(heard.quiet).toEqual([])
    } finally {
      await chatty.unsubscribeResource({ uri })
      await quiet.unsubscribeResource({ uri })
      await chatty.close()
      await quiet.close()
    }
  })

  it('passes progress through from a long-running upstream tool', async () => {
    const progress: number[] = []
    await through.callTool(
      { name: 'ev-http-trigger-long-running-operation', arguments: { duration: 1, steps: 3 } },
      { onprogress: (p: { progress: number }) => void progress.push(p.progress) },
    )
    expect(progress.length).toBeGreaterThanOrEqual(2)
  })
})
