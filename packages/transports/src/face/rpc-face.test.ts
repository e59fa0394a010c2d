import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import type { Server as HttpServer } from 'node:http'
import { serve } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { McpFaceError } from './errors.js'
import { createRpcFace, type RpcFaceOptions } from './rpc-face.js'
import { createTestBackend } from './test-backend.js'

const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function start(options: Partial<RpcFaceOptions> = {}) {
  const { backend, log } = createTestBackend()
  const face = createRpcFace({
    backend: (request) => {
      if (request.headers.has('x-deny')) {
        throw new McpFaceError(-32001, 'Unauthorized', undefined, { httpStatus: 401 })
      }
      return backend
    },
    onError: (error) => log.errors.push(error),
    ...options,
  })
  const server = serve({
    fetch: (request: Request) => face.handle(request),
    port: 0,
    hostname: '127.0.0.1',
  }) as HttpServer
  await once(server, 'listening')
  cleanups.push(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rpc`, log }
}

function rpc(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const request = (id: number | string, method: string, params?: Record<string, unknown>) => ({
  jsonrpc: '2.0',
  id,
  method,
  ...(params !== undefined && { params }),
})

describe('/rpc face', () => {
  it('answers initialize, ping, tools/list and tools/call without a session', async () => {
    const { url, log } = await start()
    const init = await rpc(
      url,
      request(1, 'initialize', {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'curl', version: '8' },
      }),
    )
    expect(init.status).toBe(200)
    expect(init.headers.get('mcp-session-id')).toBeNull()
    expect(await init.json()).toMatchObject({
      jsonrpc: '2.0',
      id: 1,
      result: {
        protocolVersion: '2025-06-18',
        serverInfo: { name: 'test-gateway', version: '1.2.3' },
        capabilities: { tools: { listChanged: true } },
        instructions: 'Use the echo tool.',
      },
    })
    expect(await (await rpc(url, request('p', 'ping'))).json()).toEqual({
      jsonrpc: '2.0',
      id: 'p',
      result: {},
    })
    const list = (await (await rpc(url, request(2, 'tools/list'))).json()) as {
      result: { tools: { name: string }[] }
    }
    expect(list.result.tools.map((tool) => tool.name)).toContain('echo')
    const call = await rpc(
      url,
      request(3, 'tools/call', { name: 'echo', arguments: { text: 'hi' } }),
    )
    expect(await call.json()).toEqual({
      jsonrpc: '2.0',
      id: 3,
      result: { content: [{ type: 'text', text: 'hi' }] },
    })
    expect(log.requests.at(-1)?.context).toMatchObject({ sessionId: undefined, era: 'legacy' })
    expect(log.errors).toEqual([])
  })

  it('answers a batch in order, leaving out its notifications', async () => {
    const { url, log } = await start()
    const batch = [
      request(1, 'tools/call', { name: 'echo', arguments: { text: 'one' } }),
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      request(2, 'ping'),
      request(3, 'tools/call', { name: 'fail', arguments: {} }),
    ]
    const response = await rpc(url, batch)
    expect(response.status).toBe(200)
    const answers = (await response.json()) as { id: number }[]
    expect(answers.map((answer) => answer.id)).toEqual([1, 2, 3])
    expect(answers[2]).toMatchObject({ error: { code: -32050 } })
    expect(log.notifications.map((entry) => entry.method)).toEqual(['notifications/initialized'])
  })

  it('answers notifications with 202 and no body', async () => {
    const { url, log } = await start()
    const response = await rpc(url, { jsonrpc: '2.0', method: 'notifications/roots/list_changed' })
    expect(response.status).toBe(202)
    expect(await response.text()).toBe('')
    expect(log.notifications[0]).toMatchObject({
      method: 'notifications/roots/list_changed',
      context: { sessionId: undefined },
    })
  })

  it('answers malformed JSON with -32700 and a bad envelope with -32600', async () => {
    const { url } = await start()
    const malformed = await rpc(url, '{"jsonrpc": "2.0", ')
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ id: null, error: { code: -32700 } })
    const invalid = await rpc(url, { jsonrpc: '1.0', id: 4, method: 42 })
    expect(invalid.status).toBe(400)
    expect(await invalid.json()).toMatchObject({ error: { code: -32600 } })
    const empty = await rpc(url, [])
    expect(await empty.json()).toMatchObject({ error: { code: -32600 } })
    const duplicate = await rpc(url, [request(1, 'ping'), request(1, 'ping')])
    expect(await duplicate.json()).toMatchObject({ error: { code: -32600 } })
    const get = await fetch(url)
    expect(get.status).toBe(405)
  })

  it('answers an initialize without MCP params with -32602 naming what it lacks', async () => {
    const { url, log } = await start()
    const bare = await rpc(url, request(5, 'initialize', { capabilities: {} }))
    expect(bare.status).toBe(400)
    expect(await bare.json()).toEqual({
      jsonrpc: '2.0',
      id: 5,
      error: {
        code: -32602,
        message:
          'Invalid params: initialize needs protocolVersion (a string), clientInfo (an object with a string name and version)',
      },
    })
    expect(log.errors).toEqual([])
  })

  it('passes a backend McpFaceError through and hides other errors', async () => {
    const { url, log } = await start()
    const fail = await rpc(url, request(5, 'tools/call', { name: 'fail', arguments: {} }))
    expect(fail.status).toBe(200)
    expect(await fail.json()).toEqual({
      jsonrpc: '2.0',
      id: 5,
      error: { code: -32050, message: 'The teapot refused', data: { reason: 'teapot' } },
    })
    const crash = await rpc(url, request(6, 'tools/call', { name: 'crash', arguments: {} }))
    expect(await crash.json()).toEqual({
      jsonrpc: '2.0',
      id: 6,
      error: { code: -32603, message: 'Internal error' },
    })
    expect(log.errors).toContainEqual(new Error('secret internal detail'))
    const unknown = await rpc(url, request(7, 'acme/unknown'))
    expect(await unknown.json()).toMatchObject({ id: 7, error: { code: -32601 } })
  })

  it('refuses server-to-client requests and drops progress', async () => {
    const { url } = await start()
    const sample = await rpc(url, request(8, 'tools/call', { name: 'sample', arguments: {} }))
    const answer = (await sample.json()) as { error: { code: number; message: string } }
    expect(answer.error.code).toBe(-32603)
    expect(answer.error.message).toContain('cannot be carried by /rpc')
    const progress = await rpc(
      url,
      request(9, 'tools/call', { name: 'progress', arguments: {}, _meta: { progressToken: 't' } }),
    )
    expect(await progress.json()).toEqual({
      jsonrpc: '2.0',
      id: 9,
      result: { content: [{ type: 'text', text: 'done' }] },
    })
  })

  it('refuses a disallowed Origin, a refused backend and an oversized body', async () => {
    const { url } = await start({ allowedOrigins: ['localhost'], maxBodyBytes: 1024 })
    const evil = await rpc(url, request(1, 'ping'), { origin: 'https://evil.example.com' })
    expect(evil.status).toBe(403)
    const denied = await rpc(url, request(1, 'ping'), { 'x-deny': '1' })
    expect(denied.status).toBe(401)
    expect(await denied.json()).toMatchObject({ id: 1, error: { code: -32001 } })
    const big = await rpc(url, request(1, 'ping', { pad: 'x'.repeat(2048) }))
    expect(big.status).toBe(413)
  })
})
