import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Server as HttpServer } from 'node:http'
import { serve } from '@hono/node-server'
import { Client, ProtocolError, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterEach, describe, expect, it } from 'vitest'
import { McpFaceError } from './errors.js'
import { createStreamableHttpFace } from './streamable-http-face.js'
import { createTestBackend, samplingClient } from './test-backend.js'
import type { StreamableHttpFace, StreamableHttpFaceOptions } from './types.js'

type Era = 'legacy' | 'modern'
const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function start(options: Partial<StreamableHttpFaceOptions> = {}) {
  const { backend, log } = createTestBackend()
  const face: StreamableHttpFace = createStreamableHttpFace({
    backend: (request) => {
      if (request.headers.has('x-deny')) {
        throw new McpFaceError(
          -32001,
          'Unauthorized',
          { hint: 'send a token' },
          {
            httpStatus: 401,
            headers: { 'WWW-Authenticate': 'Bearer' },
          },
        )
      }
      return backend
    },
    onError: (error) => log.errors.push(error),
    ...options,
  })
  const exchanges: string[] = []
  const fetchHandler = async (request: Request) => {
    const response = await face.handle(request)
    exchanges.push(`${request.method} ${response.status}`)
    return response
  }
  const server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }) as HttpServer
  await once(server, 'listening')
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`)
  cleanups.push(async () => {
    await face.close()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
  return { face, url, log, exchanges }
}

const TOOLS_CHANGED = 'notifications/tools/list_changed'
const byUser = (request: Request) => request.headers.get('x-user') ?? ''

async function connect(
  url: URL,
  era: Era,
  onToolsChanged?: () => void,
  headers: Record<string, string> = {},
) {
  const client = samplingClient('test-client', {
    ...(era === 'modern' && { versionNegotiation: { mode: { pin: '2026-07-28' } } }),
    ...(onToolsChanged !== undefined && {
      listChanged: { tools: { autoRefresh: false, debounceMs: 0, onChanged: onToolsChanged } },
    }),
  })
  const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers } })
  await client.connect(transport)
  cleanups.push(() => client.close())
  return { client, transport }
}

function post(url: URL | string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body,
  })
}

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-11-25',
    capabilities: {},
    clientInfo: { name: 'raw', version: '1' },
  },
})

async function until(check: () => boolean, act: () => void = () => {}, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting')
    act()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const anyResult = {
  '~standard': { version: 1 as const, vendor: 'test', validate: (value: unknown) => ({ value }) },
}

describe.each<Era>(['legacy', 'modern'])('streamable HTTP face, %s era', (era) => {
  it('reports the backend serverInfo, capabilities and instructions', async () => {
    const { url } = await start()
    const { client } = await connect(url, era)
    expect(client.getProtocolEra()).toBe(era)
    expect(client.getServerVersion()).toMatchObject({ name: 'test-gateway', version: '1.2.3' })
    expect(client.getServerCapabilities()).toMatchObject({
      tools: { listChanged: true },
      logging: {},
    })
    expect(client.getInstructions()).toBe('Use the echo tool.')
  })

  it('passes tools/list and tools/call through with the client context', async () => {
    const { url, log } = await start()
    const { client, transport } = await connect(url, era)
    const { tools } = await client.listTools()
    expect(tools.map((tool) => tool.name)).toContain('echo')
    const result = await client.callTool({ name: 'echo', arguments: { text: 'hello' } })
    expect(result.content).toEqual([{ type: 'text', text: 'hello' }])
    const call = log.requests.find((request) => request.method === 'tools/call')
    expect(call?.context).toMatchObject({
      era,
      sessionId: era === 'legacy' ? transport.sessionId : undefined,
      clientInfo: { name: 'test-client', version: '0.0.1' },
      clientCapabilities: { sampling: {} },
    })
    expect(call?.context.protocolVersion).toBe(era === 'legacy' ? '2025-11-25' : '2026-07-28')
    if (era === 'legacy') {
      expect(log.notifications[0]).toMatchObject({
        method: 'notifications/initialized',
        context: { sessionId: transport.sessionId, clientInfo: { name: 'test-client' } },
      })
    }
  })

  it('delivers progress notifications', async () => {
    const { url } = await start()
    const { client } = await connect(url, era)
    const progress: number[] = []
    const result = await client.callTool(
      { name: 'progress', arguments: {} },
      { onprogress: ({ progress: value }) => progress.push(value) },
    )
    expect(result.content).toEqual([{ type: 'text', text: 'done' }])
    expect(progress).toEqual([1, 2, 3])
  })

  it('aborts the backend signal when the client cancels', async () => {
    const { url, log } = await start()
    const { client } = await connect(url, era)
    const controller = new AbortController()
    const call = client.callTool({ name: 'wait', arguments: {} }, { signal: controller.signal })
    await log.waitStarted
    controller.abort('user gave up')
    await expect(call).rejects.toThrow()
    await expect(log.waitAborted).resolves.toBeDefined()
  })

  it('carries an input_required round trip: in band (modern) or as a request to the client (legacy)', async () => {
    const { url, log } = await start()
    const { client } = await connect(url, era)
    const result = await client.callTool({ name: 'ask', arguments: {} })
    expect(result.content).toEqual([
      { type: 'text', text: 'model said: echo of capital? (round-1)' },
    ])
    const retry = log.requests.filter((r) => r.method === 'tools/call').at(-1)?.context
    expect(retry?.inputResponses).toMatchObject({ answer: { model: 'test-model' } })
    expect(retry?.requestState).toBe('round-1')
  })

  it('passes a backend McpFaceError through and hides other errors', async () => {
    const { url, log } = await start()
    const { client } = await connect(url, era)
    const failure = await client
      .callTool({ name: 'fail', arguments: {} })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ProtocolError)
    expect(failure).toMatchObject({ code: -32050, data: { reason: 'teapot' } })
    expect((failure as Error).message).toContain('The teapot refused')
    const crash = await client
      .callTool({ name: 'crash', arguments: {} })
      .catch((error: unknown) => error)
    expect(crash).toMatchObject({ code: -32603 })
    expect((crash as Error).message).not.toContain('secret')
    expect(log.errors).toContainEqual(new Error('secret internal detail'))
    const unknown = await client
      .request({ method: 'acme/unknown', params: {} }, anyResult)
      .catch((error: unknown) => error)
    // 2026-07-28 (SEP-2575) answers a method the server does not serve with HTTP 404 as well.
    if (era === 'legacy') expect(unknown).toMatchObject({ code: -32601 })
    else {
      expect(unknown).toMatchObject({ data: { status: 404 } })
      expect((unknown as { data: { text: string } }).data.text).toContain('-32601')
    }
  })

  it('broadcasts to the clients of the owners picked', async () => {
    const { url, face } = await start({ sessionOwner: byUser })
    const told = { alice: 0, bob: 0 }
    for (const user of ['alice', 'bob'] as const)
      await connect(url, era, () => told[user]++, { 'x-user': user })
    const tell = (user: string) => () =>
      face.broadcast('/mcp', TOOLS_CHANGED, undefined, (owner) => owner === user)
    await until(() => told.alice > 0, tell('alice'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(told.bob).toBe(0)
    await until(() => told.bob > 0, tell('bob'))
  })

  it('broadcasts a list_changed notification to the clients of a key, and tells its keys', async () => {
    const { url, face } = await start()
    const keys = () => {
      const into = new Set<string>()
      face.collectKeys(into)
      return [...into]
    }
    expect(keys()).toEqual([])
    let changed = 0
    const { client, transport } = await connect(url, era, () => changed++)
    await until(
      () => changed > 0,
      () => face.broadcast('/mcp', 'notifications/tools/list_changed'),
    )
    expect(changed).toBeGreaterThan(0)
    expect(keys()).toEqual(['/mcp'])
    // a legacy session lasts until the client ends it; a listen stream until it closes
    if (era === 'legacy') await transport.terminateSession()
    await client.close()
    await until(() => keys().length === 0)
  })
})

describe('streamable HTTP face, legacy sessions', () => {
  it('lets an auto-negotiating client find the modern era', async () => {
    const { url } = await start()
    const client = new Client(
      { name: 'auto', version: '1' },
      { versionNegotiation: { mode: 'auto' } },
    )
    await client.connect(new StreamableHTTPClientTransport(url))
    cleanups.push(() => client.close())
    expect(client.getProtocolEra()).toBe('modern')
    expect(
      (await client.callTool({ name: 'echo', arguments: { text: 'auto' } })).content,
    ).toHaveLength(1)
  })

  it('routes a sampling request from the backend to the client and back', async () => {
    const { url } = await start()
    const { client } = await connect(url, 'legacy')
    const result = await client.callTool({ name: 'sample', arguments: { prompt: 'hi' } })
    expect(result.content).toEqual([{ type: 'text', text: 'model said: echo of hi' }])
  })

  it('passes the client error of a server-to-client request back to the backend', async () => {
    const { url } = await start()
    const client = new Client({ name: 'no-sampling', version: '1' })
    await client.connect(new StreamableHTTPClientTransport(url))
    cleanups.push(() => client.close())
    const error = await client
      .callTool({ name: 'sample', arguments: { prompt: 'hi' } })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: -32601 })
  })

  it('refuses server-to-client requests on the modern path', async () => {
    const { url } = await start()
    const { client } = await connect(url, 'modern')
    const error = await client
      .callTool({ name: 'sample', arguments: { prompt: 'hi' } })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: -32603 })
    expect((error as Error).message).toContain('input_required')
  })

  it('answers a legacy initialize without MCP params with -32602 naming what it lacks', async () => {
    const { url } = await start()
    const bare = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} })
    const legacy = await post(url, bare)
    expect(legacy.status).toBe(400)
    const answer = (await legacy.json()) as { id: number; error: { code: number; message: string } }
    expect(answer).toMatchObject({ id: 1, error: { code: -32602 } })
    expect(answer.error.message).toMatch(/^Invalid params: initialize needs protocolVersion/)
  })

  it('ends a session on DELETE; its id then gets 404', async () => {
    const { url, face } = await start()
    const { transport } = await connect(url, 'legacy')
    const sessionId = transport.sessionId ?? ''
    expect(face.sessionCount).toBe(1)
    await transport.terminateSession()
    expect(face.sessionCount).toBe(0)
    const body = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })
    const response = await post(url, body, {
      'mcp-session-id': sessionId,
      'mcp-protocol-version': '2025-11-25',
    })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { code: -32001 } })
  })

  it('refuses a session id used on another key', async () => {
    const { url } = await start()
    const { transport } = await connect(url, 'legacy')
    const body = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })
    const other = new URL('/other', url)
    const response = await post(other, body, { 'mcp-session-id': transport.sessionId ?? '' })
    expect(response.status).toBe(404)
  })

  it('binds a session to its owner: another owner naming it gets 404', async () => {
    const { url } = await start({ sessionOwner: byUser })
    const { transport } = await connect(url, 'legacy', undefined, { 'x-user': 'alice' })
    const list = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })
    const headers = {
      'mcp-session-id': transport.sessionId ?? '',
      'mcp-protocol-version': '2025-11-25',
    }
    const stolen = await post(url, list, { ...headers, 'x-user': 'bob' })
    expect(stolen.status).toBe(404)
    expect(await stolen.json()).toMatchObject({
      error: { code: -32001, message: 'Session not found' },
    })
    expect((await post(url, list, { ...headers, 'x-user': 'alice' })).status).toBe(200)
  })

  it('replays a dropped POST stream after Last-Event-ID', async () => {
    const { url } = await start()
    const init = await post(url, initialize)
    const sessionId = init.headers.get('mcp-session-id') ?? ''
    await init.body?.cancel()
    const headers = { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-11-25' }
    const call = {
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'progress', arguments: {}, _meta: { progressToken: 'p' } },
    }
    const response = await post(url, JSON.stringify(call), headers)
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    const primingId = /^id: (\S+)/m.exec(first)?.[1]
    expect(primingId).toBeDefined()
    await reader.cancel()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const replay = await fetch(url, {
      headers: { ...headers, accept: 'text/event-stream', 'last-event-id': primingId ?? '' },
    })
    expect(replay.status).toBe(200)
    const events = await replay.text()
    expect(events.match(/notifications\/progress/g)).toHaveLength(3)
    expect(events).toContain('"id":7')
  })

  it('refuses a Last-Event-ID it does not keep with 400 -32000 saying so, not "Invalid event ID format"', async () => {
    const { url } = await start({ replayBufferSize: 2 })
    const init = await post(url, initialize)
    const headers = {
      'mcp-session-id': init.headers.get('mcp-session-id') ?? '',
      'mcp-protocol-version': '2025-11-25',
    }
    await init.text()
    // the progress call sends five events (priming, three progress, result): its first one is gone
    const call = {
      jsonrpc: '2.0',
      id: 9,
      method: 'tools/call',
      params: { name: 'progress', arguments: {}, _meta: { progressToken: 'p' } },
    }
    const events = await (await post(url, JSON.stringify(call), headers)).text()
    const expired = /^id: (\S+)/m.exec(events)?.[1] ?? ''
    expect(expired).not.toBe('')
    for (const eventId of [expired, '424242', 'not-an-id']) {
      const refused = await fetch(url, {
        headers: { ...headers, accept: 'text/event-stream', 'last-event-id': eventId },
      })
      expect(refused.status).toBe(400)
      expect(await refused.json()).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32000,
          message: `Bad Request: cannot resume after Last-Event-ID '${eventId}': it is unknown or expired (this session keeps its last 2 events for replay); reconnect without Last-Event-ID`,
        },
      })
    }
    // the session goes on: a GET stream without Last-Event-ID opens
    const fresh = await fetch(url, { headers: { ...headers, accept: 'text/event-stream' } })
    expect(fresh.status).toBe(200)
    await fresh.body?.cancel()
  })

  it('opens a new GET stream for a Last-Event-ID when resumability is off (nothing to resume)', async () => {
    const { url } = await start({ replayBufferSize: 0 })
    const init = await post(url, initialize)
    await init.text()
    const stream = await fetch(url, {
      headers: {
        'mcp-session-id': init.headers.get('mcp-session-id') ?? '',
        'mcp-protocol-version': '2025-11-25',
        accept: 'text/event-stream',
        'last-event-id': '1',
      },
    })
    expect(stream.status).toBe(200)
    expect(stream.headers.get('content-type')).toBe('text/event-stream')
    await stream.body?.cancel()
  })

  it('aborts requests whose POST stream drops when resumability is off', async () => {
    const { url, log } = await start({ replayBufferSize: 0 })
    const init = await post(url, initialize)
    const headers = {
      'mcp-session-id': init.headers.get('mcp-session-id') ?? '',
      'mcp-protocol-version': '2025-11-25',
    }
    await init.text()
    const call = {
      jsonrpc: '2.0',
      id: 8,
      method: 'tools/call',
      params: { name: 'wait', arguments: {} },
    }
    const response = await post(url, JSON.stringify(call), headers)
    await response.body?.cancel()
    await log.waitStarted
    await expect(log.waitAborted).resolves.toBeDefined()
  })

  it('serves JSON responses and sends related messages on the GET stream', async () => {
    const { url, exchanges } = await start({ enableJsonResponse: true })
    const { client } = await connect(url, 'legacy')
    await until(() => exchanges.includes('GET 200'))
    const echo = await client.callTool({ name: 'echo', arguments: { text: 'json' } })
    expect(echo.content).toEqual([{ type: 'text', text: 'json' }])
    const progress: number[] = []
    await client.callTool(
      { name: 'progress', arguments: {} },
      { onprogress: ({ progress: value }) => progress.push(value) },
    )
    // The GET stream and the JSON answer race: the last progress may land after the result.
    expect(progress.slice(0, 2)).toEqual([1, 2])
    const sampled = await client.callTool({ name: 'sample', arguments: { prompt: 'json' } })
    expect(sampled.content).toEqual([{ type: 'text', text: 'model said: echo of json' }])
  })

  it('tells onSession when a session opens and ends, and answers hasSession', async () => {
    const events: string[] = []
    const { url, face } = await start({ onSession: (id, open) => events.push(`${id} ${open}`) })
    const { transport } = await connect(url, 'legacy')
    const sessionId = transport.sessionId ?? ''
    expect(events).toEqual([`${sessionId} true`])
    expect(face.hasSession(sessionId)).toBe(true)
    expect(face.hasSession('another')).toBe(false)
    await transport.terminateSession()
    expect(events).toEqual([`${sessionId} true`, `${sessionId} false`])
    expect(face.hasSession(sessionId)).toBe(false)
  })

  it('ends idle sessions', async () => {
    const { url, face } = await start({ sessionIdleMs: 150 })
    const init = await post(url, initialize)
    await init.text()
    expect(face.sessionCount).toBe(1)
    await until(() => face.sessionCount === 0)
  })
})

describe('streamable HTTP face, 2026-era retries', () => {
  it('shows a retry to resume first, which answers it or leaves it to be served here', async () => {
    const seen: string[] = []
    const elsewhere: { answer?: Response } = {}
    const { url } = await start({
      resume: (request, requestState, body) => {
        seen.push(`${request.method} ${requestState} ${(body as { method: string }).method}`)
        return Promise.resolve(elsewhere.answer)
      },
    })
    const { client } = await connect(url, 'modern')
    expect(await client.callTool({ name: 'ask', arguments: {} })).toMatchObject({
      content: [{ text: 'model said: echo of capital? (round-1)' }],
    })
    // the first round carries no requestState; its retry does
    expect(seen).toEqual(['POST round-1 tools/call'])

    elsewhere.answer = Response.json({
      jsonrpc: '2.0',
      id: 5,
      error: { code: -32602, message: 'there' },
    })
    const meta = {
      'io.modelcontextprotocol/protocolVersion': '2026-07-28',
      'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' },
      'io.modelcontextprotocol/clientCapabilities': { sampling: {} },
    }
    const retry = { name: 'ask', arguments: {}, requestState: 'held-there', _meta: meta }
    const res = await post(
      url,
      JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: retry }),
      { 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/call', 'mcp-name': 'ask' },
    )
    expect(await res.json()).toEqual({
      jsonrpc: '2.0',
      id: 5,
      error: { code: -32602, message: 'there' },
    })
    expect(seen.at(-1)).toBe('POST held-there tools/call')
  })
})

describe('streamable HTTP face, HTTP checks', () => {
  it('answers malformed JSON with -32700 and a bad envelope with -32600', async () => {
    const { url } = await start()
    const malformed = await post(url, '{"jsonrpc": "2.0", ')
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700 },
    })
    const invalid = await post(url, JSON.stringify({ jsonrpc: '1.0', id: 3, method: 42 }))
    expect(invalid.status).toBe(400)
    expect(await invalid.json()).toMatchObject({ error: { code: -32600 } })
  })

  it('answers an unsupported MCP-Protocol-Version header with 400 -32022 listing the versions served, with or without a session', async () => {
    const { url } = await start()
    const { transport } = await connect(url, 'legacy')
    const list = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })
    const unsupported = { 'mcp-protocol-version': '1999-01-01' }
    const answers = [
      await post(url, list, unsupported),
      await post(url, list, { ...unsupported, 'mcp-session-id': transport.sessionId ?? '' }),
      await fetch(url, { headers: { ...unsupported, accept: 'text/event-stream' } }),
    ]
    for (const [index, response] of answers.entries()) {
      expect(response.status).toBe(400)
      const answer = (await response.json()) as {
        id: number | null
        error: { code: number; message: string; data: { supported: string[]; requested: string } }
      }
      expect(answer.id).toBe(index < 2 ? 2 : null)
      expect(answer.error.code).toBe(-32022)
      expect(answer.error.message).toMatch(
        /Unsupported protocol version: 1999-01-01 \(supported versions: 2026-07-28, 2025-11-25, /,
      )
      expect(answer.error.data.requested).toBe('1999-01-01')
      expect(answer.error.data.supported).toEqual(
        expect.arrayContaining(['2026-07-28', '2025-11-25', '2024-11-05']),
      )
    }
    // initialize names its version in the body: a stray header does not stop it
    const opened = await post(url, initialize, unsupported)
    expect(opened.status).toBe(200)
    expect(opened.headers.get('mcp-session-id')).not.toBeNull()
    await opened.body?.cancel()
  })

  it('answers an oversized body with 413 and a JSON-RPC error', async () => {
    const { url } = await start({ maxBodyBytes: 1024 })
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/list',
      params: { pad: 'x'.repeat(2048) },
    })
    const response = await post(url, big)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ error: { code: -32000 } })
  })

  it('refuses a disallowed Origin with 403', async () => {
    const { url } = await start({ allowedOrigins: ['https://app.example.com', 'localhost'] })
    const refused = await post(url, initialize, { origin: 'https://evil.example.com' })
    expect(refused.status).toBe(403)
    const allowed = await post(url, initialize, { origin: 'http://localhost:5173' })
    expect(allowed.status).toBe(200)
    await allowed.body?.cancel()
  })

  it('answers a refused backend resolution with its HTTP status', async () => {
    const { url } = await start()
    const response = await post(url, initialize, { 'x-deny': '1' })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(await response.json()).toMatchObject({
      id: 1,
      error: { code: -32001, data: { hint: 'send a token' } },
    })
  })

  it('closes every session on close()', async () => {
    const { url, face } = await start()
    await connect(url, 'legacy')
    expect(face.sessionCount).toBe(1)
    await face.close()
    expect(face.sessionCount).toBe(0)
    const response = await post(url, initialize)
    expect(response.status).toBe(503)
  })
})
