import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
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
