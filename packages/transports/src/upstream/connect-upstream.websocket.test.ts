import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { startWebSocketServer } from './fixtures/test-websocket-server.js'
import type { TestWebSocketServer } from './fixtures/test-websocket-server.js'
import { isUpstreamError } from './upstream-error.js'

describe('connectUpstream over WebSocket (SDK Server fixture)', () => {
  let server: TestWebSocketServer

  beforeAll(async () => {
    server = await startWebSocketServer()
  })

  afterAll(async () => {
    await server.close()
  })

  it('connects with subprotocol mcp and the given headers, lists and calls tools', async () => {
    const session = await connectUpstream({
      transport: 'websocket',
      url: server.url,
      headers: { authorization: 'Bearer ws-token' },
    })
    try {
      expect(session.era.era).toBe('legacy')
      expect(session.serverInfo).toEqual({ name: 'ws-fixture', version: '1.0.0' })
      expect(server.protocols.at(-1)).toBe('mcp')
      expect(server.headers.at(-1)?.authorization).toBe('Bearer ws-token')
      expect((await session.listAll('tools')).map((tool) => tool.name)).toEqual(['echo'])
      const result = await session.request('tools/call', {
        name: 'echo',
        arguments: { message: 'hi' },
      })
      expect(result.content).toEqual([{ type: 'text', text: 'Echo: hi' }])
      const error: unknown = await session.request('no/such-method').catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'REMOTE', rpcCode: -32601 })
    } finally {
      await session.close()
    }
  })

  it('sends the headers wrapFetch adds to its handshake, a GET of the http: URL', async () => {
    const session = await connectUpstream({
      transport: 'websocket',
      url: server.url,
      headers: { 'x-kept': 'yes' },
      wrapFetch: (fetch) => (input, init) => {
        const headers = new Headers(init?.headers)
        headers.set('authorization', 'DPoP bound-token')
        headers.set('dpop', `proof of ${init?.method ?? ''} ${String(input)}`)
        return fetch(input, { ...init, headers })
      },
    })
    try {
      const sent = server.headers.at(-1)
      expect(sent?.authorization).toBe('DPoP bound-token')
      expect(sent?.dpop).toBe(`proof of GET ${server.url.replace('ws:', 'http:')}`)
      expect(sent?.['x-kept']).toBe('yes')
      expect((await session.listAll('tools')).map((tool) => tool.name)).toEqual(['echo'])
    } finally {
      await session.close()
    }
  })

  it('fires onClose and fails calls with CLOSED when the socket drops', async () => {
    const closes: (Error | undefined)[] = []
    const session = await connectUpstream({
      transport: 'websocket',
      url: server.url,
      onClose: (error) => closes.push(error),
    })
    server.dropAll()
    await expect.poll(() => closes).toHaveLength(1)
    expect(isUpstreamError(closes[0], 'CLOSED')).toBe(true)
    const error: unknown = await session.ping().catch((e: unknown) => e)
    expect(isUpstreamError(error, 'CLOSED')).toBe(true)
    await session.close()
    expect(closes).toHaveLength(1)
  })
})
