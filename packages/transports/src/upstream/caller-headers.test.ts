import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { startEverything } from './fixtures/test-everything.js'
import { startModernServer } from './fixtures/test-modern-server.js'
import type { TestModernServer } from './fixtures/test-modern-server.js'
import type { UpstreamSession } from './upstream-session.js'

// A request's caller headers ride on its own POST in both eras; the session's headers and the
// protocol's framing are never theirs to set.
describe('caller headers on streamable HTTP requests', () => {
  let server: TestModernServer
  const sessions: UpstreamSession[] = []
  const headers = {
    'X-Tenant': 'acme',
    'X-Api-Key': 'from-the-caller',
    Authorization: 'Bearer caller',
    'Mcp-Session-Id': 'forged',
    'Mcp-Name': 'other',
  }

  beforeAll(async () => {
    server = await startModernServer()
  })

  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()))
    await server.close()
  })

  const connect = async (era: 'legacy' | 'modern') => {
    const session = await connectUpstream({
      transport: 'streamablehttp',
      url: server.url,
      headers: { 'x-api-key': 'k1' },
      inputRequired: 'return',
      ...(era === 'legacy' && { prior: { era, protocolVersion: '2025-11-25' } }),
    })
    sessions.push(session)
    expect(session.era.era).toBe(era)
    return session
  }

  for (const era of ['modern', 'legacy'] as const) {
    it(`${era} era: a tools/call carries them, the session's own headers win`, async () => {
      const session = await connect(era)
      const result = await session.request(
        'tools/call',
        { name: 'echo', arguments: { message: era } },
        { headers },
      )
      expect(result.content).toEqual([{ type: 'text', text: `Echo: ${era}` }])
      const sent = server.posts.at(-1)?.headers
      expect(sent).toMatchObject({ 'x-tenant': 'acme', 'x-api-key': 'k1' })
      expect(sent?.['mcp-session-id']).not.toBe('forged')
      expect(sent?.['mcp-name']).toBe(era === 'modern' ? 'echo' : undefined)
    })
  }

  it('other requests carry them too, and a request without any carries none', async () => {
    const session = await connect('legacy')
    await session.request('tools/list', {}, { headers: { 'X-Tenant': 'globex' } })
    expect(server.posts.at(-1)?.headers['x-tenant']).toBe('globex')
    await session.request('tools/call', { name: 'echo', arguments: { message: 'plain' } })
    expect(server.posts.at(-1)?.headers['x-tenant']).toBeUndefined()
  })
})

// Over legacy SSE every message is a POST of its own, to the endpoint the stream named: a request's
// caller headers ride on its POST (seen by a proxy in front of server-everything).
describe('caller headers on SSE requests', () => {
  it("carries them on the request's own POST, the session's own headers winning", async () => {
    const everything = await startEverything('sse')
    const posts: IncomingHttpHeaders[] = []
    const upstream = new URL(everything.url)
    const proxy = createServer((req, res) => {
      if (req.method === 'POST') posts.push(req.headers)
      const forward = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        },
      )
      req.pipe(forward)
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const { port } = proxy.address() as AddressInfo
    const session = await connectUpstream({
      transport: 'sse',
      url: `http://127.0.0.1:${port}${upstream.pathname}`,
      headers: { 'x-api-key': 'k1' },
    })
    try {
      const result = await session.request(
        'tools/call',
        { name: 'echo', arguments: { message: 'sse' } },
        { headers: { 'X-Tenant': 'acme', 'X-Api-Key': 'from-the-caller', Cookie: 'c=1' } },
      )
      expect(result.content).toEqual([{ type: 'text', text: 'Echo: sse' }])
      expect(posts.at(-1)).toMatchObject({ 'x-tenant': 'acme', 'x-api-key': 'k1' })
      expect(posts.at(-1)?.cookie).toBeUndefined()
      await session.request('tools/call', { name: 'echo', arguments: { message: 'plain' } })
      expect(posts.at(-1)?.['x-tenant']).toBeUndefined()
    } finally {
      await session.close()
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
      await everything.stop()
    }
  })
})
