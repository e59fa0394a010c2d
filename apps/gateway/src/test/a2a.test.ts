import { createServer, type Server } from 'node:http'
import { Role, type Message } from '@a2a-js/sdk'
import {
  ClientFactory,
  ClientFactoryOptions,
  DefaultAgentCardResolver,
  JsonRpcTransportFactory,
} from '@a2a-js/sdk/client'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAgent, type TestAgent } from './a2a-agents.js'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>
interface ToolResult {
  content: Json[]
  structuredContent?: Json
  isError?: boolean
}

describe('A2A agents as MCP tools, and virtual servers as A2A agents', () => {
  let gw: TestGateway
  let answering: TestAgent
  let streaming: TestAgent
  let asking: TestAgent
  let cards: Server
  let cardsUrl: string
  let serverId: string
  let mcp: Client
  const agents: Record<string, Json> = {}

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await gw.call(method, path, {
      token: gw.adminToken,
      ...(body !== undefined && { body }),
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json & Json[] }
  }

  beforeAll(async () => {
    gw = await openTestGateway()
    ;[answering, streaming, asking] = await Promise.all([
      startAgent('answering'),
      startAgent('streaming'),
      startAgent('asking'),
    ])
    // Cards that are broken in various ways, for the bad-input tests.
    const broken: Record<string, string> = {
      '/relative/.well-known/agent-card.json': JSON.stringify({
        name: 'Relative',
        supportedInterfaces: [{ url: '/rpc', protocolBinding: 'JSONRPC' }],
      }),
      '/text/.well-known/agent-card.json': 'not json',
      '/grpc/.well-known/agent-card.json': JSON.stringify({
        name: 'Grpc',
        supportedInterfaces: [
          { url: 'http://127.0.0.1:1/g', protocolBinding: 'GRPC', protocolVersion: '1.0' },
        ],
      }),
    }
    cards = createServer((req, res) => {
      const body = broken[req.url ?? '']
      if (body === undefined) res.writeHead(404).end()
      else res.writeHead(200, { 'content-type': 'application/json' }).end(body)
    })
    await new Promise<void>((resolve) => cards.listen(0, '127.0.0.1', resolve))
    cardsUrl = `http://127.0.0.1:${(cards.address() as { port: number }).port}`

    for (const [agent, auth] of [
      [answering, { type: 'bearer', token: 'agent-token' }],
      [streaming, { type: 'basic', username: 'u', password: 'p' }],
      [asking, { type: 'headers', headers: { authorization: 'Custom yes' } }],
    ] as const) {
      const { status, body } = await api('POST', '/a2a', { agent: { url: agent.url, auth } })
      expect(status, JSON.stringify(body)).toBe(201)
      agents[body.slug as string] = body
    }
    // The answering and streaming agents join as members, the asking one through associatedA2aAgents.
    const server = await api('POST', '/servers', {
      name: 'agents',
      associatedTools: [agents['answering-agent']?.toolId, agents['streaming-agent']?.toolId],
      associated_a2a_agents: ['asking agent'],
    })
    expect(server.status).toBe(201)
    serverId = server.body.id as string
    mcp = new Client({ name: 'a2a-test', version: '1.0.0' })
    await mcp.connect(
      new StreamableHTTPClientTransport(new URL(`http://gateway.test/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
        fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
      }),
    )
  })
  afterAll(async () => {
    await mcp?.close()
    await gw?.dispose()
    await Promise.all([answering, streaming, asking].map((agent) => agent?.close()))
    await new Promise((resolve) => cards?.close(resolve))
  })

  const call = async (name: string, args: Json, options: Json = {}) =>
    (await mcp.callTool({ name, arguments: args }, options)) as unknown as ToolResult

  describe('registry', () => {
    it('registers an agent from its card, with its credentials masked and its tool listed', async () => {
      expect(agents['answering-agent']).toMatchObject({
        name: 'answering agent',
        description: 'A test agent that is answering',
        url: answering.url,
        endpointUrl: `${answering.url}/rpc`,
        protocolBinding: 'JSONRPC',
        protocolVersion: '1.0',
        streaming: false,
        auth: { type: 'bearer', token: '*****' },
        toolName: 'answering-agent',
        enabled: true,
      })
      expect(agents['streaming-agent']).toMatchObject({ streaming: true })
      expect(answering.seenAuth).toContain('Bearer agent-token')
      const list = await api('GET', '/a2a')
      expect(list.body.map((a) => a.name)).toEqual([
        'answering agent',
        'asking agent',
        'streaming agent',
      ])
      expect((await api('GET', `/a2a/${agents['asking-agent']?.id as string}`)).body).toMatchObject(
        {
          auth: { type: 'headers', headers: { authorization: '*****' } },
        },
      )
      const tool = await api('GET', `/tools/${agents['answering-agent']?.toolId as string}`)
      expect(tool.body).toMatchObject({
        integrationType: 'A2A',
        a2aAgentId: agents['answering-agent']?.id,
      })
    })

    it('refuses bad registrations with a clear error, storing nothing', async () => {
      const refused = async (body: unknown, detail?: string) => {
        const res = await api('POST', '/a2a', body)
        if (detail !== undefined) expect(res.body.detail).toContain(detail)
        return { status: res.status, ...res.body }
      }
      expect(await refused({})).toMatchObject({
        status: 422,
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'url' }],
      })
      expect(await refused({ url: 'ftp://x' })).toMatchObject({
        status: 422,
        errors: [{ path: 'url' }],
      })
      expect(
        await refused(
          { url: 'http://127.0.0.1:9' },
          'http://127.0.0.1:9/.well-known/agent-card.json could not be reached',
        ),
      ).toMatchObject({
        status: 502,
        code: 'UPSTREAM_ERROR',
      })
      expect(await refused({ url: `${cardsUrl}/missing` }, 'answered HTTP 404')).toMatchObject({
        status: 502,
      })
      expect(
        await refused({ url: `${cardsUrl}/relative` }, 'supportedInterfaces.0.url'),
      ).toMatchObject({
        status: 422,
        code: 'INVALID_DOCUMENT',
        problems: [{ pointer: '/supportedInterfaces/0/url' }],
      })
      expect(await refused({ url: `${cardsUrl}/text` }, 'is not JSON')).toMatchObject({
        status: 422,
      })
      expect(
        await refused({ url: `${cardsUrl}/grpc` }, 'no JSONRPC or HTTP+JSON interface'),
      ).toMatchObject({
        status: 422,
        problems: [{ pointer: '/supportedInterfaces' }],
      })
      expect(await refused({ url: answering.url })).toMatchObject({ status: 409, code: 'CONFLICT' })
      expect((await api('GET', '/a2a')).body).toHaveLength(3)
      expect((await api('GET', '/tools')).body).toHaveLength(3)
    })

    it('answers 404 for an unknown agent on every endpoint, and 422 for a bad update or state', async () => {
      for (const [method, path, body] of [
        ['GET', '/a2a/nope'],
        ['PUT', '/a2a/nope', { description: 'x' }],
        ['DELETE', '/a2a/nope'],
        ['POST', '/a2a/nope/state?activate=false'],
        ['POST', '/a2a/nope/invoke', { message: 'hi' }],
        ['POST', '/a2a/nope/jsonrpc', { jsonrpc: '2.0', id: 1, method: 'GetTask' }],
      ] as const) {
        const res = await api(method, path, body)
        expect(res.status, `${method} ${path}`).toBe(404)
        expect(res.body.code).toBe('NOT_FOUND')
      }
      const id = agents['answering-agent']?.id as string
      expect((await api('PUT', `/a2a/${id}`, { url: 'nope' })).status).toBe(422)
      expect((await api('POST', `/a2a/${id}/state`)).status).toBe(422)
      const moved = await api('PUT', `/a2a/${id}`, { url: 'http://127.0.0.1:9' })
      expect(moved).toMatchObject({ status: 502, body: { code: 'UPSTREAM_ERROR' } })
      expect((await api('GET', `/a2a/${id}`)).body.url).toBe(answering.url)
      expect((await api('POST', '/a2a/answering-agent/invoke', { message: 3 })).body).toMatchObject(
        {
          code: 'VALIDATION_FAILED',
          errors: [{ path: 'message' }],
        },
      )
    })

    it('updates an agent: a new description reaches its tool', async () => {
      const id = agents['answering-agent']?.id as string
      const updated = await api('PUT', `/a2a/${id}`, { description: 'Echoes, with data' })
      expect(updated.body).toMatchObject({
        description: 'Echoes, with data',
        toolName: 'answering-agent',
      })
      const { tools } = await mcp.listTools()
      expect(tools.find((t) => t.name === 'answering-agent')?.description).toBe('Echoes, with data')
    })
  })

  describe('through an MCP client over the virtual server', () => {
    it('lists each agent as a tool taking a message', async () => {
      const { tools } = await mcp.listTools()
      expect(tools.map((t) => t.name)).toEqual([
        'answering-agent',
        'streaming-agent',
        'asking-agent',
      ])
      expect(tools[0]?.inputSchema).toMatchObject({ required: ['message'] })
      const listed = await api('GET', `/servers/${serverId}/tools`)
      expect(listed.body.map((t) => t.name)).toEqual(tools.map((t) => t.name))
    })

    it('sends text, data parts and files, and answers the reply parts and the task', async () => {
      const result = await call('answering-agent', {
        message: 'hi',
        data: [{ city: 'Paris' }],
        files: [
          { uri: 'https://files.test/report.pdf', name: 'report.pdf', mimeType: 'application/pdf' },
        ],
      })
      expect(result.isError).toBeUndefined()
      expect(result.content[0]).toEqual({ type: 'text', text: 'echo: hi' })
      expect(result.structuredContent).toMatchObject({
        kind: 'task',
        state: 'completed',
        message: { role: 'ROLE_AGENT', parts: [{ text: 'echo: hi' }] },
        artifacts: [
          {
            artifactId: 'received',
            parts: [
              {
                data: {
                  received: [
                    { city: 'Paris' },
                    { file: 'report.pdf', mediaType: 'application/pdf' },
                  ],
                },
              },
            ],
          },
        ],
      })
      expect(typeof result.structuredContent?.taskId).toBe('string')
      expect(typeof result.structuredContent?.contextId).toBe('string')
      expect(answering.seenAuth.at(-1)).toBe('Bearer agent-token')
    })

    it('reports a streaming agent status updates as progress', async () => {
      const progress: string[] = []
      const result = await call(
        'streaming-agent',
        { message: 'go' },
        { onprogress: (p: { message?: string }) => void progress.push(p.message ?? '') },
      )
      expect(result.content).toEqual([{ type: 'text', text: 'streamed: go' }])
      expect(progress).toEqual([
        'submitted',
        'working: step 1',
        'working: step 2',
        'completed: streamed: go',
      ])
      expect(streaming.seenAuth.at(-1)).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`)
    })

    it('continues a task that asked for input', async () => {
      const first = await call('asking-agent', { message: 'hello' })
      expect(first.isError).toBeUndefined()
      expect(first.content).toEqual([{ type: 'text', text: 'What is your name?' }])
      const { taskId, contextId, state } = first.structuredContent as Json
      expect(state).toBe('input-required')
      const second = await call('asking-agent', { message: 'Ada', taskId, contextId })
      expect(second.content).toEqual([{ type: 'text', text: 'Hello, Ada!' }])
      expect(second.structuredContent).toMatchObject({ state: 'completed', taskId, contextId })
      expect(asking.seenAuth.at(-1)).toBe('Custom yes')
    })

    it('answers a failed or rejected task as an error result with the agent message', async () => {
      expect(await call('answering-agent', { message: 'fail' })).toMatchObject({
        isError: true,
        content: [{ type: 'text', text: 'it broke' }],
        structuredContent: { state: 'failed' },
      })
      expect(await call('answering-agent', { message: 'reject' })).toMatchObject({
        isError: true,
        content: [{ type: 'text', text: 'not my job' }],
        structuredContent: { state: 'rejected' },
      })
      const bad = await call('answering-agent', { message: 'x', files: [{ name: 'neither' }] })
      expect(bad).toMatchObject({ isError: true })
      expect(bad.content[0]?.text).toContain('files.0')
    })

    it('cancels the agent task when the MCP call is cancelled', async () => {
      const abort = new AbortController()
      const call1 = call(
        'streaming-agent',
        { message: 'wait' },
        {
          signal: abort.signal,
          onprogress: (p: { message?: string }) => {
            if (p.message === 'working: step 1') abort.abort()
          },
        },
      )
      await expect(call1).rejects.toThrow()
      const deadline = Date.now() + 5_000
      while (streaming.canceled.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(streaming.canceled).toHaveLength(1)
    })

    it('answers an error result when the agent is gone', async () => {
      const gone = await startAgent('answering')
      const made = await api('POST', '/a2a', { name: 'Gone', url: gone.url })
      await gone.close()
      const server = await api('POST', '/servers', {
        name: 'gone',
        associatedA2aAgents: [made.body.id],
      })
      const client = new Client({ name: 'gone', version: '1.0.0' })
      await client.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://gateway.test/servers/${server.body.id as string}/mcp`),
          {
            requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
            fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
          },
        ),
      )
      const result = (await client.callTool({
        name: 'gone',
        arguments: { message: 'hi' },
      })) as ToolResult
      await client.close()
      expect(result.isError).toBe(true)
      expect(result.content[0]?.text).toMatch(/^agent 'Gone': the agent at .* could not be reached/)
      expect((await api('DELETE', `/a2a/${made.body.id as string}`)).status).toBe(200)
    })
  })

  describe('direct use', () => {
    it('invokes an agent by name over REST', async () => {
      const res = await api('POST', '/a2a/answering agent/invoke', { message: 'direct' })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({
        content: [
          { type: 'text', text: 'echo: direct' },
          { type: 'text', text: '{"received":[]}' },
        ],
        structuredContent: { state: 'completed' },
      })
      // ContextForge's form: the parameters' query is the text, the parameters a data part.
      const cf = await api('POST', '/a2a/answering-agent/invoke', {
        parameters: { query: 'cf', limit: 2 },
        interaction_type: 'query',
      })
      expect(cf.body.content).toEqual([
        { type: 'text', text: 'echo: cf' },
        { type: 'text', text: '{"received":[{"query":"cf","limit":2}]}' },
      ])
    })

    it('passes JSON-RPC through to the agent unchanged', async () => {
      const send = await api('POST', '/a2a/answering-agent/jsonrpc', {
        jsonrpc: '2.0',
        id: 7,
        method: 'SendMessage',
        params: { message: { messageId: 'raw-1', role: 'ROLE_USER', parts: [{ text: 'raw' }] } },
      })
      expect(send.status).toBe(200)
      expect(send.body).toMatchObject({
        jsonrpc: '2.0',
        id: 7,
        result: {
          task: {
            status: { state: 'TASK_STATE_COMPLETED', message: { parts: [{ text: 'echo: raw' }] } },
          },
        },
      })
      const missing = await api('POST', '/a2a/answering-agent/jsonrpc', {
        jsonrpc: '2.0',
        id: 8,
        method: 'GetTask',
        params: { id: 'no-such-task' },
      })
      expect(missing.body).toMatchObject({ id: 8, error: { code: -32001 } })
    })
  })

  describe('a virtual server as an A2A agent, called by the @a2a-js/sdk client', () => {
    const fetchImpl: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers)
      headers.set('authorization', `Bearer ${gw.adminToken}`)
      const url = input instanceof Request ? input.url : String(input)
      return Promise.resolve(gw.app.request(url, { ...init, headers }))
    }
    const sdkClient = () =>
      new ClientFactory(
        ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
          transports: [new JsonRpcTransportFactory({ fetchImpl })],
          cardResolver: new DefaultAgentCardResolver({ fetchImpl }),
        }),
      ).createFromUrl(`http://gateway.test/servers/${serverId}/a2a/.well-known/agent-card.json`, '')
    const skill = (name: string, args: Json): Message => ({
      messageId: `m-${Math.random()}`,
      contextId: '',
      taskId: '',
      role: Role.ROLE_USER,
      parts: [
        {
          content: { $case: 'data', value: { skill: name, arguments: args } },
          metadata: undefined,
          filename: '',
          mediaType: '',
        },
      ],
      metadata: undefined,
      extensions: [],
      referenceTaskIds: [],
    })
    const send = async (message: Message) =>
      (await sdkClient()).sendMessage({
        tenant: '',
        message,
        configuration: undefined,
        metadata: undefined,
      })

    it('describes the server with its tools as skills', async () => {
      const card = await (await sdkClient()).getAgentCard()
      expect(card.name).toBe('agents')
      expect(card.supportedInterfaces[0]?.url).toBe(`http://gateway.test/servers/${serverId}/a2a`)
      expect(card.skills.map((s) => s.id)).toEqual([
        'answering-agent',
        'streaming-agent',
        'asking-agent',
      ])
    })

    it('runs a tool named by a data part and answers a completed task with artifacts', async () => {
      const task = await send(skill('answering-agent', { message: 'via the face' }))
      expect('status' in task && task.status?.state).toBe(3)
      const parts = 'artifacts' in task ? (task.artifacts[0]?.parts ?? []) : []
      expect(parts[0]?.content).toEqual({ $case: 'text', value: 'echo: via the face' })
      expect(parts.at(-1)?.content).toMatchObject({
        $case: 'data',
        value: { kind: 'task', state: 'completed' },
      })
    })

    it('streams the task of a SendStreamingMessage', async () => {
      const states: number[] = []
      for await (const event of (await sdkClient()).sendMessageStream({
        tenant: '',
        message: skill('streaming-agent', { message: 'twice' }),
        configuration: undefined,
        metadata: undefined,
      })) {
        if (event.payload?.$case === 'statusUpdate')
          states.push(event.payload.value.status?.state ?? 0)
        if (event.payload?.$case === 'artifactUpdate') {
          expect(event.payload.value.artifact?.parts[0]?.content).toEqual({
            $case: 'text',
            value: 'streamed: twice',
          })
        }
      }
      expect(states).toEqual([2, 3])
    })

    it('fails the task for an unknown tool or arguments the tool refuses', async () => {
      const unknown = await send(skill('nope', {}))
      expect('status' in unknown && unknown.status?.state).toBe(4)
      expect('status' in unknown && unknown.status?.message?.parts[0]?.content).toEqual({
        $case: 'text',
        value: "unknown tool 'nope'",
      })
      const invalid = await send(skill('answering-agent', { text: 'no message' }))
      expect('status' in invalid && invalid.status?.state).toBe(4)
      const why = 'status' in invalid ? invalid.status?.message?.parts[0]?.content : undefined
      expect(why?.$case === 'text' && why.value).toMatch(
        /invalid arguments for tool 'answering-agent'/,
      )
      const failed = await send(skill('answering-agent', { message: 'fail' }))
      expect('status' in failed && failed.status?.state).toBe(4)
    })

    it('refuses callers without credentials and unknown servers', async () => {
      expect(
        (await gw.call('GET', `/servers/${serverId}/a2a/.well-known/agent-card.json`)).status,
      ).toBe(401)
      const card = await gw.call('GET', '/servers/nope/a2a/.well-known/agent-card.json', {
        token: gw.adminToken,
      })
      expect(card.status).toBe(404)
      const post = await gw.call('POST', '/servers/nope/a2a', { token: gw.adminToken, body: {} })
      expect(post.status).toBe(404)
      const notJson = await gw.call('POST', `/servers/${serverId}/a2a`, {
        token: gw.adminToken,
        body: '{x',
      })
      expect(await notJson.json()).toMatchObject({ error: { code: -32700 } })
    })
  })

  describe('lifecycle', () => {
    it('disables and enables an agent with its tool, and deletes both', async () => {
      const id = agents['asking-agent']?.id as string
      expect((await api('POST', `/a2a/${id}/state?activate=false`)).body).toMatchObject({
        enabled: false,
      })
      expect((await mcp.listTools()).tools.map((t) => t.name)).not.toContain('asking-agent')
      expect((await api('POST', '/a2a/asking-agent/invoke', { message: 'x' })).status).toBe(409)
      await api('POST', `/a2a/${id}/state?activate=true`)
      expect((await mcp.listTools()).tools.map((t) => t.name)).toContain('asking-agent')

      const answeringId = agents['answering-agent']?.id as string
      expect((await api('DELETE', `/a2a/${answeringId}`)).status).toBe(200)
      expect(
        (await api('GET', `/tools/${agents['answering-agent']?.toolId as string}`)).status,
      ).toBe(404)
      const server = await api('GET', `/servers/${serverId}`)
      expect(server.body.associatedTools).toEqual([agents['streaming-agent']?.toolId])
      expect((await mcp.listTools()).tools.map((t) => t.name)).toEqual([
        'streaming-agent',
        'asking-agent',
      ])
    })
  })
})
