import { once } from 'node:events'
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { McpFaceError } from './errors.js'
import { createStreamableHttpFace } from './streamable-http-face.js'
import type { McpBackend, RequestContext, StreamableHttpFace } from './types.js'

// The fast path serves plain 2026-era tools/call requests itself; a progress token sends the same
// call down the SDK's path. Both must answer alike.
const seen: { name: unknown; context: RequestContext }[] = []
/** A list page a backend answers again and again (as core's pager does). */
const sharedPage = { resources: [{ uri: 'file:///a', name: 'a' }] }
const backend: McpBackend = {
  serverInfo: { name: 'fast-test', version: '1.0.0' },
  capabilities: { tools: {}, logging: {} },
  async handle(method, params, context) {
    if (method === 'tools/list') {
      seen.push({ name: method, context })
      const page = { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] }
      return params?.cursor === undefined ? { ...page, nextCursor: 'page-2' } : page
    }
    if (method === 'prompts/list') return { prompts: [], ttlMs: 5000, cacheScope: 'public' }
    if (method === 'resources/list') return sharedPage
    if (method !== 'tools/call') throw new McpFaceError(-32601, `no ${method}`)
    seen.push({ name: params?.name, context })
    switch (params?.name) {
      case 'echo':
        return { content: [{ type: 'text', text: String((params.arguments as { t: unknown }).t) }] }
      case 'log':
        await context.sendNotification('notifications/message', { level: 'info', data: 'hi' })
        return { content: [{ type: 'text', text: 'logged' }] }
      case 'fail':
        throw new McpFaceError(-32050, 'refused', { why: 'test' })
      case 'capability':
        throw new McpFaceError(-32021, 'needs sampling', { requiredCapabilities: ['sampling'] })
      case 'wait':
        await new Promise((resolve) => context.signal.addEventListener('abort', resolve))
        return { content: [] }
      default:
        throw new Error('boom')
    }
  },
}

let face: StreamableHttpFace
let server: HttpServer
let url: string
const errors: unknown[] = []

beforeAll(async () => {
  face = createStreamableHttpFace({ backend: () => backend, onError: (e) => errors.push(e) })
  server = serve({ fetch: (r) => face.handle(r), port: 0, hostname: '127.0.0.1' }) as HttpServer
  await once(server, 'listening')
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`
})

afterAll(async () => {
  await face.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const envelope = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' },
  'io.modelcontextprotocol/clientCapabilities': {},
}

function call(
  name: string,
  args: Record<string, unknown>,
  extraMeta = {},
  headers = {},
  signal?: AbortSignal,
) {
  return fetch(url, {
    method: 'POST',
    ...(signal && { signal }),
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': 'tools/call',
      'mcp-name': name,
      ...headers,
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 9,
      method: 'tools/call',
      params: { name, arguments: args, _meta: { ...envelope, ...extraMeta } },
    }),
  })
}

/** A 2026-era list request. */
function list(method: string, params: Record<string, unknown>, extraMeta = {}) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': method,
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 4,
      method,
      params: { ...params, _meta: { ...envelope, ...extraMeta } },
    }),
  })
}

/** Status, content type and body of the fast answer and of the SDK path's answer to one call. */
async function bothPaths(name: string, args: Record<string, unknown> = {}) {
  const read = async (response: Response) => ({
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  })
  const fast = await read(await call(name, args))
  const viaSdk = await read(await call(name, args, { progressToken: 'p' }))
  return { fast, viaSdk }
}

describe('the 2026-era fast path of the streamable HTTP face', () => {
  it('answers a call exactly as the SDK path does', async () => {
    const { fast, viaSdk } = await bothPaths('echo', { t: 'same' })
    expect(fast).toEqual(viaSdk)
    expect(JSON.parse(fast.body)).toEqual({
      jsonrpc: '2.0',
      id: 9,
      result: {
        content: [{ type: 'text', text: 'same' }],
        resultType: 'complete',
        _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'fast-test', version: '1.0.0' } },
      },
    })
    // the second call really took the SDK's path: its context carries the progress token
    expect(seen.at(-1)?.context.meta).toMatchObject({ progressToken: 'p' })
    expect(seen.at(-2)?.context.meta).toBeUndefined()
    const context = seen.at(-2)?.context
    expect(context).toMatchObject({
      era: 'modern',
      sessionId: undefined,
      protocolVersion: '2026-07-28',
      clientInfo: { name: 'raw', version: '1' },
      clientCapabilities: {},
    })
  })

  it('answers backend errors, internal failures and a missing capability as the SDK path does', async () => {
    for (const name of ['fail', 'crash', 'capability']) {
      const { fast, viaSdk } = await bothPaths(name)
      expect(fast).toEqual(viaSdk)
    }
    const { fast } = await bothPaths('capability')
    expect(fast.status).toBe(400)
    const crash = JSON.parse((await bothPaths('crash')).fast.body) as { error: unknown }
    expect(crash.error).toEqual({
      code: -32603,
      message: 'Internal error',
    })
  })

  it('answers list requests exactly as the SDK path does, cache fields included', async () => {
    for (const [method, params] of [
      ['tools/list', {}],
      ['tools/list', { cursor: 'page-2' }],
      ['prompts/list', {}],
    ] as const) {
      const fast = await (await list(method, params)).text()
      const viaSdk = await (await list(method, params, { progressToken: 'p' })).text()
      expect(fast).toBe(viaSdk)
    }
    const first = JSON.parse(await (await list('tools/list', {})).text()) as { result: unknown }
    expect(seen.at(-1)?.context.meta).toBeUndefined()
    expect(first.result).toMatchObject({ nextCursor: 'page-2', ttlMs: 0, cacheScope: 'private' })
    const prompts = JSON.parse(await (await list('prompts/list', {})).text()) as { result: unknown }
    expect(prompts.result).toMatchObject({ ttlMs: 5000, cacheScope: 'public' })
  })

  it('answers a list page the backend repeats with each request id, as the SDK path does', async () => {
    const answers = []
    for (let i = 0; i < 3; i++) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2026-07-28',
          'mcp-method': 'resources/list',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: `r${i}`,
          method: 'resources/list',
          params: { _meta: envelope },
        }),
      })
      answers.push(JSON.parse(await response.text()) as { id: unknown; result: unknown })
    }
    expect(answers.map((a) => a.id)).toEqual(['r0', 'r1', 'r2'])
    expect(answers[2]?.result).toEqual(answers[0]?.result)
    const viaSdk = await (await list('resources/list', {}, { progressToken: 'p' })).text()
    const fast = await (await list('resources/list', {})).text()
    expect(fast).toBe(viaSdk)
    expect(sharedPage).toEqual({ resources: [{ uri: 'file:///a', name: 'a' }] })
  })

  it('switches to an SSE stream when a notification comes before the result', async () => {
    const response = await call('log', {})
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const events = (await response.text())
      .split('\n\n')
      .filter((event) => event.startsWith('event: message'))
      .map((event) => JSON.parse(event.split('data: ')[1] ?? '') as Record<string, unknown>)
    expect(events).toEqual([
      { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'hi' } },
      {
        jsonrpc: '2.0',
        id: 9,
        result: {
          content: [{ type: 'text', text: 'logged' }],
          resultType: 'complete',
          _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'fast-test', version: '1.0.0' } },
        },
      },
    ])
  })

  it('leaves anything unusual to the SDK path, which refuses a mismatched Mcp-Name', async () => {
    const response = await call('echo', { t: 'x' }, {}, { 'mcp-name': 'other' })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Mcp-Name')
  })

  it('leaves bodies the SDK schema refuses to the SDK path: extra members, a fractional id', async () => {
    const send = (body: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2026-07-28',
          'mcp-method': 'tools/call',
          'mcp-name': 'echo',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 9,
          method: 'tools/call',
          params: { name: 'echo', arguments: { t: 'x' }, _meta: envelope },
          ...body,
        }),
      })
    const calls = seen.length
    for (const odd of [{ extra: true }, { id: 1.5 }]) {
      const response = await send(odd)
      expect(response.status).toBe(400)
      expect(JSON.parse(await response.text())).toMatchObject({ error: { code: -32600 } })
    }
    expect(seen.length).toBe(calls)
  })

  it('aborts the backend signal when the client drops the request', async () => {
    const controller = new AbortController()
    const pending = call('wait', {}, {}, {}, controller.signal).catch(() => undefined)
    await expect.poll(() => seen.at(-1)?.name).toBe('wait')
    controller.abort()
    await pending
    await expect.poll(() => seen.at(-1)?.context.signal.aborted).toBe(true)
  })
})
