import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { exposeStdio, type ExposedServer } from './expose.js'
import type { ExposeOptions } from './expose-options.js'
import { connectClient, descendants, fixture, textOf } from './test/helpers.js'

let server: ExposedServer | undefined

async function expose(options: Partial<ExposeOptions>): Promise<ExposedServer> {
  server = await exposeStdio({
    command: fixture,
    env: { PATH: process.env.PATH ?? '' },
    port: 0,
    sse: true,
    streamableHttp: true,
    websocket: true,
    startupCheckMs: 0,
    killGraceMs: 500,
    ...options,
  })
  return server
}

afterEach(async () => {
  await server?.close()
  server = undefined
  expect(descendants()).toEqual([])
})

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 't', version: '1' },
  },
}

/** The first `bytes` of an SSE stream's body, then the stream is dropped. */
function readStream(url: string, until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
        if (until.test(text)) {
          req.destroy()
          resolve(text)
        }
      })
    })
    req.on('error', reject)
    req.end()
  })
}

describe('exposeStdio over HTTP: options', () => {
  it('answers CORS preflights and names allowed origins, only with --cors', async () => {
    await expose({ cors: ['https://app.example'] })
    const preflight = await fetch(`${server?.url}/mcp`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, mcp-session-id',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example')
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type, mcp-session-id',
    )
    const post = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers: {
        origin: 'https://app.example',
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify(initialize),
    })
    expect(post.headers.get('access-control-expose-headers')).toBe('mcp-session-id')
    const other = await fetch(`${server?.url}/healthz`, {
      headers: { origin: 'https://evil.example' },
    })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('sends no CORS headers without --cors', async () => {
    await expose({})
    const res = await fetch(`${server?.url}/healthz`, {
      headers: { origin: 'https://app.example' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('serves custom paths and sends keep-alive comments on SSE streams', async () => {
    await expose({
      ssePath: '/events',
      messagePath: '/send',
      mcpPath: '/rpc',
      wsPath: '/socket',
      keepAliveMs: 50,
    })
    const text = await readStream(`${server?.url}/events`, /: ping\n\n/)
    expect(text).toContain('event: endpoint\ndata: /send?sessionId=')
    const init = await fetch(`${server?.url}/rpc`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify(initialize),
    })
    expect(await init.text()).toContain('"fixture"')
    expect((await fetch(`${server?.url}/sse`)).status).toBe(404)
    const socket = new WebSocket(`${server?.url.replace('http', 'ws')}/socket`, 'mcp')
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
    expect(socket.protocol).toBe('mcp')
    socket.close()
  })

  it('wants the --oauth2Bearer token on every face except /healthz', async () => {
    await expose({ oauth2Bearer: 'sesame' })
    expect((await fetch(`${server?.url}/healthz`)).status).toBe(200)
    const denied = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
      body: JSON.stringify(initialize),
    })
    expect(denied.status).toBe(401)
    expect(denied.headers.get('www-authenticate')).toBe('Bearer')
    expect((await fetch(`${server?.url}/sse`)).status).toBe(401)
    const socket = new WebSocket(`${server?.url.replace('http', 'ws')}/ws`)
    const status = await new Promise((resolve) =>
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode)),
    )
    expect(status).toBe(401)
    for (const face of ['sse', 'streamable', 'ws'] as const) {
      const client = await connectClient(face, server?.url ?? '', {
        headers: { authorization: 'Bearer sesame' },
      })
      expect(
        textOf(await client.callTool({ name: 'slow', arguments: { tag: face, ms: 10 } })),
      ).toBe(`done ${face}`)
      await client.close()
    }
  })

  it('answers streamable HTTP POSTs with one JSON body with --jsonResponse', async () => {
    await expose({ jsonResponse: true })
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    }
    const init = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers,
      body: JSON.stringify(initialize),
    })
    expect(init.headers.get('content-type')).toBe('application/json')
    expect(await init.json()).toMatchObject({ id: 1, result: { serverInfo: { name: 'fixture' } } })
    const client = await connectClient('streamable', server?.url ?? '')
    const progress: number[] = []
    const result = await client.callTool(
      { name: 'slow', arguments: { tag: 'json', steps: 2, ms: 100 } },
      { onprogress: (p) => progress.push(p.progress) },
    )
    expect(textOf(result)).toBe('done json')
    await client.close()
  })

  it('refuses a second GET stream on one session with 409', async () => {
    await expose({})
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    }
    const init = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers,
      body: JSON.stringify(initialize),
    })
    await init.text()
    const session = init.headers.get('mcp-session-id') ?? ''
    const first = await fetch(`${server?.url}/mcp`, {
      headers: { accept: 'text/event-stream', 'mcp-session-id': session },
    })
    expect(first.status).toBe(200)
    const second = await fetch(`${server?.url}/mcp`, {
      headers: { accept: 'text/event-stream', 'mcp-session-id': session },
    })
    expect(second.status).toBe(409)
    await first.body?.cancel()
  })

  it('sends a pretty-printed POST body to the child as one line', async () => {
    await expose({ jsonResponse: true })
    const res = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify(initialize, null, 2),
    })
    expect(await res.json()).toMatchObject({ id: 1, result: { serverInfo: { name: 'fixture' } } })
  })

  it('answers JSON that is not JSON-RPC 2.0 with -32600 at once: 400 over HTTP, a frame over WebSocket', async () => {
    await expose({})
    const invalid = {
      jsonrpc: '2.0',
      id: 7,
      error: { code: -32600, message: 'Invalid Request: "jsonrpc" must be "2.0"' },
    }
    const post = (path: string) =>
      fetch(`${server?.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ id: 7, method: 'ping' }),
      })
    const streamable = await post('/mcp')
    expect(streamable.status).toBe(400)
    expect(await streamable.json()).toEqual(invalid)
    const stream = await fetch(`${server?.url}/sse`, { headers: { accept: 'text/event-stream' } })
    const reader = stream.body?.pipeThrough(new TextDecoderStream()).getReader()
    let events = ''
    while (!/sessionId=\S+\n/.test(events)) events += (await reader?.read())?.value ?? ''
    const endpoint = /data: (\S+)\n/.exec(events)?.[1] ?? ''
    const message = await post(endpoint)
    expect(message.status).toBe(400)
    expect(await message.json()).toEqual(invalid)
    await reader?.cancel()
    const socket = new WebSocket(`${server?.url.replace('http', 'ws')}/ws`)
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
    const answer = new Promise<string>((resolve) =>
      socket.once('message', (data: Buffer) => resolve(data.toString('utf8'))),
    )
    socket.send(JSON.stringify({ jsonrpc: '1.0', id: 7, method: 'ping' }))
    expect(JSON.parse(await answer)).toEqual(invalid)
    socket.close()
  })

  it('ends a request whose answer is over the size limit with an error, and keeps serving', async () => {
    await expose({
      maxMessageBytes: 2048,
      env: { PATH: process.env.PATH ?? '', BIG: 'x'.repeat(4000) },
    })
    const client = await connectClient('streamable', server!.url)
    const started = Date.now()
    await expect(client.callTool({ name: 'whoami', arguments: { env: 'BIG' } })).rejects.toThrow(
      /the server's answer of \d+ bytes is over the 2048-byte limit/,
    )
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(
      JSON.parse(textOf(await client.callTool({ name: 'whoami', arguments: {} }))),
    ).toMatchObject({ env: null })
    await client.close()
  })

  it('answers a body over the size limit with 413', async () => {
    await expose({ maxMessageBytes: 1024 })
    const res = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...initialize, padding: 'x'.repeat(2048) }),
    })
    expect(res.status).toBe(413)
  })
})
