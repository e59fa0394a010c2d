import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openA2aFixture, type A2aFixture } from './a2a-fixture.js'

describe('A2A agents: the /a2a endpoints, bad input, direct use and lifecycle', () => {
  let fixture: A2aFixture
  let api: A2aFixture['api']
  let agents: A2aFixture['agents']
  let serverId: string
  let answering: A2aFixture['answering']
  let mcp: A2aFixture['mcp']
  let cards: Server
  let cardsUrl: string
  beforeAll(async () => {
    fixture = await openA2aFixture()
    ;({ api, agents, serverId, answering, mcp } = fixture)
  })
  afterAll(() => fixture?.dispose())

  // Cards that are broken in various ways, for the bad-input tests.
  beforeAll(async () => {
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
  })
  afterAll(() => new Promise((resolve) => cards?.close(resolve)))

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
      ] as const) {
        const res = await api(method, path, body)
        expect(res.status, `${method} ${path}`).toBe(404)
        expect(res.body.code).toBe('NOT_FOUND')
      }
      // the JSON-RPC pass-through answers in JSON-RPC
      expect(
        await api('POST', '/a2a/nope/jsonrpc', { jsonrpc: '2.0', id: 1, method: 'GetTask' }),
      ).toEqual({
        status: 404,
        body: {
          jsonrpc: '2.0',
          id: 1,
          error: { code: -32002, message: "a2a agent 'nope' not found" },
        },
      })
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
