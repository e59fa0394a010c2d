import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exposeStdio, type ExposedServer } from './expose.js'
import { connectClient, everything, textOf, type Face } from './test/helpers.js'

describe('exposeStdio: server-everything over every face of one process', () => {
  let server: ExposedServer

  beforeAll(async () => {
    server = await exposeStdio({
      command: everything,
      env: { PATH: process.env.PATH ?? '' },
      port: 0,
      sse: true,
      streamableHttp: true,
      websocket: true,
    })
  })
  afterAll(() => server?.close())

  it.each(['sse', 'streamable', 'ws'] as const)(
    'lists and calls tools over %s',
    async (face: Face) => {
      const client = await connectClient(face, server.url)
      const { tools } = await client.listTools()
      expect(tools.map((tool) => tool.name)).toContain('echo')
      const result = await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } })
      expect(textOf(result)).toContain('5')
      const { resources } = await client.listResources()
      expect(resources.length).toBeGreaterThan(0)
      await client.close()
    },
  )

  it('answers the health check', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('ok')
  })

  it('answers an unknown path with 404 and a streamable request without session with 400', async () => {
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404)
    const res = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(res.status).toBe(400)
    const unknown = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mcp-session-id': 'nope' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(unknown.status).toBe(404)
  })

  it('answers a body that is not JSON-RPC with a -32700 error', async () => {
    const res = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: -32700 } })
  })
})
