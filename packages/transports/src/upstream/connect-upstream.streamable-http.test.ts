import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { startEverything } from './fixtures/test-everything.js'
import type { RunningEverything } from './fixtures/test-everything.js'
import { isUpstreamError } from './upstream-error.js'
import type { UpstreamSession } from './upstream-session.js'

describe('connectUpstream over streamable HTTP (server-everything)', () => {
  let everything: RunningEverything
  let session: UpstreamSession
  const requests: string[] = []

  beforeAll(async () => {
    everything = await startEverything('streamableHttp')
    session = await connectUpstream({
      transport: 'streamablehttp',
      url: everything.url,
      headers: { authorization: 'Bearer not-a-real-secret' },
      capabilities: { sampling: {}, roots: {} },
      onRequest: (method, params) => {
        requests.push(method)
        if (method === 'roots/list') return Promise.resolve({ roots: [] })
        const messages = params?.messages as { content: { text: string } }[]
        const text = `sampled: ${messages[0]?.content.text ?? ''}`
        return Promise.resolve({
          role: 'assistant',
          content: { type: 'text', text },
          model: 'fake',
        })
      },
    })
  })

  afterAll(async () => {
    await session.close()
    await everything.stop()
  })

  it('auto-negotiates and reports the legacy era the server speaks', () => {
    expect(session.era).toEqual({ era: 'legacy', protocolVersion: '2025-11-25' })
    expect(session.serverInfo).toMatchObject({ name: 'mcp-servers/everything', version: '2.0.0' })
    expect(session.pid).toBeUndefined()
  })

  it('lists tools and echoes', async () => {
    const names = (await session.listAll('tools')).map((tool) => tool.name)
    expect(names).toContain('echo')
    const result = await session.request('tools/call', {
      name: 'echo',
      arguments: { message: 'hi' },
    })
    expect(result.content).toEqual([{ type: 'text', text: 'Echo: hi' }])
  })

  it('reports progress over the response stream', async () => {
    const progress: number[] = []
    await session.request(
      'tools/call',
      { name: 'trigger-long-running-operation', arguments: { duration: 0.4, steps: 2 } },
      { onProgress: (report) => progress.push(report.progress) },
    )
    expect(progress).toEqual([1, 2])
  })

  it('routes the upstream’s sampling and roots requests to onRequest', async () => {
    const result = await session.request('tools/call', {
      name: 'trigger-sampling-request',
      arguments: { prompt: 'ping', maxTokens: 5 },
    })
    expect(JSON.stringify(result)).toContain(
      'sampled: Resource trigger-sampling-request context: ping',
    )
    expect(requests).toContain('sampling/createMessage')
    expect(requests).toContain('roots/list')
  })

  it('passes JSON-RPC errors and unknown tools through', async () => {
    const unknown = await session.request('tools/call', { name: 'nope', arguments: {} })
    expect(unknown.isError).toBe(true)
    const error: unknown = await session.request('no/such-method').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'REMOTE', rpcCode: -32601 })
  })

  it('cancels through an AbortSignal and times out with TIMEOUT', async () => {
    const controller = new AbortController()
    const call = session.request(
      'tools/call',
      { name: 'trigger-long-running-operation', arguments: { duration: 5, steps: 5 } },
      { signal: controller.signal },
    )
    setTimeout(() => controller.abort(), 50)
    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
    const error: unknown = await session
      .request(
        'tools/call',
        { name: 'trigger-long-running-operation', arguments: { duration: 5, steps: 5 } },
        { timeoutMs: 200 },
      )
      .catch((e: unknown) => e)
    expect(isUpstreamError(error, 'TIMEOUT')).toBe(true)
    await expect(session.ping()).resolves.toBeUndefined()
  })

  it('reuses the cached era as prior and skips the probe', async () => {
    const again = await connectUpstream({
      transport: 'streamablehttp',
      url: everything.url,
      prior: session.era,
    })
    try {
      expect(again.era.era).toBe('legacy')
      await expect(again.ping()).resolves.toBeUndefined()
    } finally {
      await again.close()
    }
  })

  it('fires onClose once on close() and fails later calls with CLOSED', async () => {
    const closes: (Error | undefined)[] = []
    const doomed = await connectUpstream({
      transport: 'streamablehttp',
      url: everything.url,
      onClose: (error) => closes.push(error),
    })
    await doomed.close()
    expect(closes).toEqual([undefined])
    const error: unknown = await doomed.request('tools/list').catch((e: unknown) => e)
    expect(isUpstreamError(error, 'CLOSED')).toBe(true)
  })
})
