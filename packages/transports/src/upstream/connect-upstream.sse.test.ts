import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { startEverything } from './fixtures/test-everything.js'
import type { RunningEverything } from './fixtures/test-everything.js'
import { isUpstreamError } from './upstream-error.js'
import type { UpstreamSession } from './upstream-session.js'

describe('connectUpstream over legacy SSE (server-everything)', () => {
  let everything: RunningEverything
  let session: UpstreamSession
  const closes: (Error | undefined)[] = []

  beforeAll(async () => {
    everything = await startEverything('sse')
    session = await connectUpstream({
      transport: 'sse',
      url: everything.url,
      onClose: (error) => closes.push(error),
    })
  })

  afterAll(async () => {
    await session.close()
    await everything.stop()
  })

  it('speaks the legacy era', () => {
    expect(session.era).toEqual({ era: 'legacy', protocolVersion: '2025-11-25' })
    expect(session.serverInfo.name).toBe('mcp-servers/everything')
  })

  it('lists tools, echoes and reports progress', async () => {
    expect((await session.listAll('tools')).map((tool) => tool.name)).toContain('echo')
    const result = await session.request('tools/call', {
      name: 'echo',
      arguments: { message: 'hi' },
    })
    expect(result.content).toEqual([{ type: 'text', text: 'Echo: hi' }])
    const progress: number[] = []
    await session.request(
      'tools/call',
      { name: 'trigger-long-running-operation', arguments: { duration: 0.4, steps: 2 } },
      { onProgress: (report) => progress.push(report.progress) },
    )
    expect(progress).toEqual([1, 2])
  })

  it('passes errors through, cancels and times out', async () => {
    const error: unknown = await session.request('no/such-method').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'REMOTE', rpcCode: -32601 })
    const controller = new AbortController()
    const slow = { name: 'trigger-long-running-operation', arguments: { duration: 5, steps: 5 } }
    const call = session.request('tools/call', slow, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
    const timeout: unknown = await session
      .request('tools/call', slow, { timeoutMs: 200 })
      .catch((e: unknown) => e)
    expect(isUpstreamError(timeout, 'TIMEOUT')).toBe(true)
  })

  it('ends the session with CLOSED when the server goes away', async () => {
    await everything.stop()
    await expect.poll(() => session.closed, { timeout: 5000 }).toBe(true)
    expect(closes).toHaveLength(1)
    expect(isUpstreamError(closes[0], 'CLOSED')).toBe(true)
    const error: unknown = await session.ping().catch((e: unknown) => e)
    expect(isUpstreamError(error, 'CLOSED')).toBe(true)
  })
})
