import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { startModernServer } from './fixtures/test-modern-server.js'
import type { TestModernServer } from './fixtures/test-modern-server.js'
import { isUpstreamError } from './upstream-error.js'
import type { UpstreamSession } from './upstream-session.js'

// A 2026-era tools/call over streamable HTTP skips the SDK client (one POST per call); these check
// that the upstream sees what the SDK would send and that every outcome maps as the SDK's does.
describe('direct 2026-era tool calls over streamable HTTP', () => {
  let server: TestModernServer
  let session: UpstreamSession
  const notifications: { method: string; params: unknown }[] = []

  beforeAll(async () => {
    server = await startModernServer()
    session = await connectUpstream({
      transport: 'streamablehttp',
      url: server.url,
      headers: { 'x-api-key': 'k1' },
      inputRequired: 'return',
      onNotification: (method, params) => notifications.push({ method, params }),
      onRequest: () => Promise.resolve({}),
    })
    await session.listAll('tools')
  })

  afterAll(async () => {
    await session.close()
    await server.close()
  })

  const lastPost = () => server.posts.at(-1)

  it('sends one POST with the envelope and the standard headers, and returns the result', async () => {
    const result = await session.request('tools/call', {
      name: 'echo',
      arguments: { message: 'x' },
    })
    expect(result.content).toEqual([{ type: 'text', text: 'Echo: x' }])
    expect(String(lastPost()?.id)).toMatch(/^switchyard-\d+$/)
    expect(lastPost()?.headers).toMatchObject({
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': 'tools/call',
      'mcp-name': 'echo',
    })
  })

  it('hands logging on the request stream to that request, else to the session', async () => {
    const logs: unknown[] = []
    await session.request('tools/call', { name: 'log' }, { onLog: (params) => logs.push(params) })
    expect(logs).toEqual([{ level: 'info', data: 'from the log tool' }])
    expect(notifications.filter((n) => n.method === 'notifications/message')).toEqual([])

    await session.request('tools/call', { name: 'log' })
    expect(notifications).toContainEqual({
      method: 'notifications/message',
      params: { level: 'info', data: 'from the log tool' },
    })
  })

  it('mirrors x-mcp-header arguments into Mcp-Param headers, Base64 where not plain ASCII', async () => {
    const result = await session.request('tools/call', {
      name: 'region',
      arguments: { region: 'eu' },
    })
    expect(result.content).toEqual([{ type: 'text', text: 'region eu' }])
    expect(lastPost()?.headers['mcp-param-region']).toBe('eu')
    await session.request('tools/call', { name: 'region', arguments: { region: 'Zürich' } })
    expect(lastPost()?.headers['mcp-param-region']).toBe(
      `=?base64?${Buffer.from('Zürich').toString('base64')}?=`,
    )
  })

  it('takes the header parameters from the input schema a call brings along', async () => {
    const inputSchema = {
      type: 'object',
      properties: { region: { type: 'string', 'x-mcp-header': 'Area' } },
    }
    await session.request(
      'tools/call',
      { name: 'region', arguments: { region: 'us' } },
      {
        inputSchema,
      },
    )
    expect(lastPost()?.headers['mcp-param-area']).toBe('us')
    expect(lastPost()?.headers['mcp-param-region']).toBeUndefined()
  })

  it('passes JSON-RPC errors through as REMOTE with code and data', async () => {
    const failure = await session.request('tools/call', { name: 'fail' }).catch((e: unknown) => e)
    expect(isUpstreamError(failure, 'REMOTE')).toBe(true)
    expect(failure).toMatchObject({ rpcCode: -32050, data: { why: 'asked to' } })
  })

  it('times out with TIMEOUT and closes the request upstream', async () => {
    const failure = await session
      .request('tools/call', { name: 'hang' }, { timeoutMs: 200 })
      .catch((e: unknown) => e)
    expect(isUpstreamError(failure, 'TIMEOUT')).toBe(true)
    expect(String((failure as Error).message)).toContain('no answer to tools/call within 200 ms')
    await expect.poll(() => server.aborted.length).toBe(1)
  })

  it('cancels with the caller signal: the call rejects with its reason and the upstream stops', async () => {
    const controller = new AbortController()
    const call = session.request('tools/call', { name: 'hang' }, { signal: controller.signal })
    await expect.poll(() => server.posts.length).toBeGreaterThan(0)
    setTimeout(() => controller.abort(new Error('client went away')), 100)
    await expect(call).rejects.toThrow('client went away')
    await expect.poll(() => server.aborted.length).toBe(2)
    expect(session.closed).toBe(false)
  })
})
