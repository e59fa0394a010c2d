import { DpopSession, withDpop } from '@modelcontextprotocol/client'
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

// A DPoP-bound token on the handshake: the server asks for a nonce first (RFC 9449 section 9), and
// the SDK's DPoP wrapper answers it as for any HTTP request, with a new proof for the same GET.
describe('a WebSocket handshake through a fetch wrapper', () => {
  const NONCE = 'server-nonce-1'
  const claims = (proof: unknown) =>
    JSON.parse(Buffer.from(String(proof).split('.')[1] ?? '', 'base64url').toString()) as {
      htm: string
      htu: string
      nonce?: string
    }
  let server: TestWebSocketServer

  beforeAll(async () => {
    server = await startWebSocketServer((headers) =>
      headers.authorization === 'DPoP bound-token' && claims(headers.dpop).nonce === NONCE
        ? undefined
        : {
            code: 401,
            headers: { 'www-authenticate': 'DPoP error="use_dpop_nonce"', 'dpop-nonce': NONCE },
          },
    )
  })

  afterAll(async () => {
    await server.close()
  })

  it("answers the server's nonce challenge and opens with the new proof", async () => {
    const session = await DpopSession.create({ alg: 'ES256' })
    const upstream = await connectUpstream({
      transport: 'websocket',
      url: server.url,
      wrapFetch: withDpop(session, () => Promise.resolve('bound-token')),
    })
    try {
      expect((await upstream.listAll('tools')).map((tool) => tool.name)).toEqual(['echo'])
      const proof = claims(server.headers.at(-1)?.dpop)
      expect(proof).toMatchObject({ htm: 'GET', nonce: NONCE })
      expect(proof.htu).toBe(server.url.replace('ws:', 'http:'))
    } finally {
      await upstream.close()
    }
  })

  it('fails with the status of a handshake it cannot answer', async () => {
    const error: unknown = await connectUpstream({
      transport: 'websocket',
      url: server.url,
      wrapFetch: (fetch) => fetch,
      connectTimeoutMs: 5_000,
    }).catch((e: unknown) => e)
    expect(String((error as Error).message)).toMatch(/Unexpected server response: 401/)
  })
})
