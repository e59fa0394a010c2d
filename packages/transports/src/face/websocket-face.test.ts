import { once } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { connectUpstream } from '../upstream/connect-upstream.js'
import type { UpstreamOptions } from '../upstream/upstream-options.js'
import { McpFaceError } from './errors.js'
import { createTestBackend } from './test-backend.js'
import { createWebSocketFace, type WebSocketFaceOptions } from './websocket-face.js'
import type { WebSocketLike } from './websocket-transport.js'

const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function toRequest(message: IncomingMessage, port: number): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else for (const item of value ?? []) headers.append(name, item)
  }
  return new Request(`http://127.0.0.1:${port}${message.url ?? '/'}`, { headers })
}

/** The lead's wiring: a node:http server whose upgrades `ws` accepts and hands to the face. */
async function start(options: Partial<WebSocketFaceOptions> = {}) {
  const { backend, log } = createTestBackend()
  const face = createWebSocketFace({
    backend: (request) => {
      if (request.headers.has('x-deny')) throw new McpFaceError(-32001, 'Unauthorized')
      return backend
    },
    onError: (error) => log.errors.push(error),
    ...options,
  })
  const wss = new WebSocketServer({ noServer: true })
  const http = createServer((_request, response) => response.writeHead(426).end())
  http.on('upgrade', (message: IncomingMessage, socket, head) => {
    wss.handleUpgrade(message, socket, head, (ws) => {
      const accepted: WebSocketLike = ws
      face.accept(accepted, toRequest(message, port))
    })
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  const port = (http.address() as AddressInfo).port
  cleanups.push(async () => {
    await face.close()
    for (const client of wss.clients) client.terminate()
    await new Promise((resolve) => wss.close(resolve))
    http.closeAllConnections()
    await new Promise((resolve) => http.close(resolve))
  })
  return { face, url: `ws://127.0.0.1:${port}/servers/s1/ws`, log }
}

async function connect(url: string, options: Partial<UpstreamOptions> = {}) {
  const session = await connectUpstream({
    transport: 'websocket',
    url,
    clientInfo: { name: 'ws-client', version: '0.0.1' },
    ...options,
  })
  cleanups.push(() => session.close())
  return session
}

/** A raw `ws` client that collects the JSON messages and the close frame it receives. */
async function rawClient(url: string, protocols: string[] = ['mcp']) {
  const socket = new WebSocket(url, protocols)
  const received: Record<string, unknown>[] = []
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  socket.on('message', (data: Buffer) => received.push(JSON.parse(data.toString()) as never))
  cleanups.push(async () => {
    socket.terminate()
    await closed
  })
  await once(socket, 'open')
  const next = async (count: number) => {
    await expect.poll(() => received.length).toBeGreaterThanOrEqual(count)
    return received[count - 1]
  }
  return { socket, received, closed, next }
}

const toolsList = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })

describe('WebSocket face with our upstream client', () => {
  it('initializes, lists and calls tools with the session context', async () => {
    const { url, face, log } = await start()
    const session = await connect(url)
    expect(face.sessionCount).toBe(1)
    expect(session.era.era).toBe('legacy')
    expect(session.serverInfo).toMatchObject({ name: 'test-gateway', version: '1.2.3' })
    expect(session.instructions).toBe('Use the echo tool.')
    const tools = await session.listAll('tools')
    expect(tools.map((tool) => tool['name'])).toContain('echo')
    const result = await session.request('tools/call', {
      name: 'echo',
      arguments: { text: 'over ws' },
    })
    expect(result['content']).toEqual([{ type: 'text', text: 'over ws' }])
    const call = log.requests.find((request) => request.method === 'tools/call')
    expect(call?.context).toMatchObject({
      era: 'legacy',
      sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      clientInfo: { name: 'ws-client', version: '0.0.1' },
    })
    expect(log.notifications.map((entry) => entry.method)).toContain('notifications/initialized')
    expect(log.errors).toEqual([])
  })

  it('delivers progress and routes sampling to the client and back', async () => {
    const { url } = await start()
    const session = await connect(url, {
      capabilities: { sampling: {} },
      onRequest: (method, params) => {
        const messages = params?.['messages'] as { content: { text: string } }[]
        return Promise.resolve({
          model: 'test-model',
          role: 'assistant',
          content: { type: 'text', text: `${method} of ${messages[0]?.content.text}` },
        })
      },
    })
    const progress: number[] = []
    const done = await session.request(
      'tools/call',
      { name: 'progress', arguments: {} },
      { onProgress: ({ progress: value }) => progress.push(value) },
    )
    expect(done['content']).toEqual([{ type: 'text', text: 'done' }])
    expect(progress.slice(0, 2)).toEqual([1, 2])
    const sampled = await session.request('tools/call', {
      name: 'sample',
      arguments: { prompt: 'hi' },
    })
    expect(sampled['content']).toEqual([
      { type: 'text', text: 'model said: sampling/createMessage of hi' },
    ])
  })

  it('passes backend errors through, aborts on cancel, broadcasts, and forgets closed sockets', async () => {
    const { url, face, log } = await start()
    const notifications: string[] = []
    const session = await connect(url, { onNotification: (method) => notifications.push(method) })
    const failure = await session
      .request('tools/call', { name: 'fail', arguments: {} })
      .catch((error: unknown) => error)
    expect(failure).toMatchObject({ code: 'REMOTE', rpcCode: -32050 })
    const controller = new AbortController()
    const wait = session.request(
      'tools/call',
      { name: 'wait', arguments: {} },
      { signal: controller.signal },
    )
    await log.waitStarted
    controller.abort(new Error('gave up'))
    await expect(wait).rejects.toThrow()
    await expect(log.waitAborted).resolves.toBeDefined()
    const keys = () => {
      const into = new Set<string>()
      face.collectKeys(into)
      return [...into]
    }
    expect(keys()).toEqual(['/servers/s1/ws'])
    face.broadcast('/servers/s1/ws', 'notifications/tools/list_changed')
    await expect.poll(() => notifications).toContain('notifications/tools/list_changed')
    await session.close()
    await expect.poll(() => face.sessionCount).toBe(0)
    expect(keys()).toEqual([])
    expect(log.errors).toEqual([])
  })
})

describe('WebSocket face, frame checks with a raw client', () => {
  it('answers malformed JSON and a bad envelope without closing', async () => {
    const { url } = await start()
    const { socket, next } = await rawClient(url)
    expect(socket.protocol).toBe('mcp')
    socket.send('{"jsonrpc": "2.0", ')
    expect(await next(1)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } })
    socket.send(JSON.stringify({ jsonrpc: '1.0', id: 9, method: 42 }))
    expect(await next(2)).toMatchObject({ id: 9, error: { code: -32600 } })
    socket.send(toolsList)
    expect(await next(3)).toMatchObject({ id: 2, result: { tools: expect.any(Array) as unknown } })
    socket.send(JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'initialize', params: {} }))
    expect(await next(4)).toMatchObject({
      id: 10,
      error: {
        code: -32602,
        message: expect.stringContaining('protocolVersion (a string)') as unknown,
      },
    })
  })

  it('answers an oversized message without closing', async () => {
    const { url } = await start({ maxMessageBytes: 1024 })
    const { socket, next } = await rawClient(url)
    socket.send(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x', params: { p: 'x'.repeat(2048) } }),
    )
    expect(await next(1)).toMatchObject({
      id: null,
      error: { code: -32000, data: { maxMessageBytes: 1024 } },
    })
    socket.send(toolsList)
    expect(await next(2)).toMatchObject({ id: 2 })
  })

  it('closes on a binary frame with 1003', async () => {
    const { url, face } = await start()
    const { socket, closed } = await rawClient(url)
    await expect.poll(() => face.sessionCount).toBe(1)
    socket.send(Buffer.from(toolsList), { binary: true })
    expect((await closed).code).toBe(1003)
    await expect.poll(() => face.sessionCount).toBe(0)
  })

  it('answers a batch message by message', async () => {
    const { url } = await start()
    const { socket, next } = await rawClient(url, [])
    const ping = { jsonrpc: '2.0', id: 'a', method: 'ping' }
    socket.send(JSON.stringify([ping, JSON.parse(toolsList) as unknown]))
    const answers = [await next(1), await next(2)].map((answer) => answer?.['id'])
    expect(answers.sort()).toEqual([2, 'a'])
  })

  it('refuses origins, other subprotocols and refused backends with close codes', async () => {
    const { url } = await start({ allowedOrigins: ['localhost'] })
    const evil = new WebSocket(url, 'mcp', { origin: 'https://evil.example.com' })
    expect((await once(evil, 'close'))[0]).toBe(1008)
    const other = new WebSocket(url, 'graphql-ws')
    expect((await once(other, 'close'))[0]).toBe(1002)
    const denied = new WebSocket(url, 'mcp', { headers: { 'x-deny': '1' } })
    const [code, reason] = (await once(denied, 'close')) as [number, Buffer]
    expect(code).toBe(1008)
    expect(reason.toString()).toBe('Unauthorized')
  })

  it('closes every connection with 1001 on close()', async () => {
    const { url, face } = await start()
    const { closed } = await rawClient(url)
    await expect.poll(() => face.sessionCount).toBe(1)
    await face.close()
    expect((await closed).code).toBe(1001)
    expect(face.sessionCount).toBe(0)
  })
})
