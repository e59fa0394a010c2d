import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { everythingScript } from './fixtures/test-everything.js'
import { isAlive } from './process-tree.js'
import { isUpstreamError } from './upstream-error.js'
import type { UpstreamSession } from './upstream-session.js'

describe('connectUpstream over stdio (server-everything)', () => {
  let session: UpstreamSession
  const notifications: string[] = []
  const stderr: string[] = []

  beforeAll(async () => {
    session = await connectUpstream({
      transport: 'stdio',
      command: process.execPath,
      args: [everythingScript, 'stdio'],
      onNotification: (method) => notifications.push(method),
      onStderr: (line) => stderr.push(line),
    })
  })

  afterAll(async () => {
    await session.close()
  })

  it('negotiates the legacy era and describes the server', () => {
    expect(session.era).toEqual({ era: 'legacy', protocolVersion: '2025-11-25' })
    expect(session.serverInfo.name).toBe('mcp-servers/everything')
    expect(session.capabilities).toHaveProperty('tools')
    expect(session.instructions).toEqual(expect.any(String))
    expect(session.pid).toEqual(expect.any(Number))
    expect(stderr).toContain('Starting default (STDIO) server...')
  })

  it('lists every tool, including echo', async () => {
    const tools = await session.listAll('tools')
    const names = tools.map((tool) => tool.name)
    expect(names).toContain('echo')
    expect(names).toContain('trigger-long-running-operation')
    expect(await session.listAll('resourceTemplates')).not.toHaveLength(0)
    expect(await session.listAll('prompts')).not.toHaveLength(0)
  })

  it('passes a tool call through and delivers list_changed notifications', async () => {
    const result = await session.request('tools/call', {
      name: 'echo',
      arguments: { message: 'hi' },
    })
    expect(result).toEqual({ content: [{ type: 'text', text: 'Echo: hi' }] })
    expect(notifications).toContain('notifications/tools/list_changed')
  })

  it('reports progress of a long-running tool', async () => {
    const progress: number[] = []
    const result = await session.request(
      'tools/call',
      { name: 'trigger-long-running-operation', arguments: { duration: 0.4, steps: 2 } },
      { onProgress: (report) => progress.push(report.progress) },
    )
    expect(progress).toEqual([1, 2])
    expect(JSON.stringify(result)).toContain('Long running operation completed')
  })

  it('returns an unknown tool as the upstream reports it (an isError result)', async () => {
    const result = await session.request('tools/call', { name: 'no-such-tool', arguments: {} })
    expect(result.isError).toBe(true)
    expect(JSON.stringify(result.content)).toContain('Tool no-such-tool not found')
  })

  it('passes a JSON-RPC error through unchanged as REMOTE', async () => {
    const error: unknown = await session.request('no/such-method').catch((e: unknown) => e)
    expect(isUpstreamError(error, 'REMOTE')).toBe(true)
    expect(error).toMatchObject({ rpcCode: -32601, message: 'Method not found' })
  })

  it('cancels a call through its AbortSignal and stays usable', async () => {
    const controller = new AbortController()
    const reason = new Error('caller went away')
    const call = session.request(
      'tools/call',
      { name: 'trigger-long-running-operation', arguments: { duration: 5, steps: 5 } },
      { signal: controller.signal },
    )
    setTimeout(() => controller.abort(reason), 100)
    await expect(call).rejects.toBe(reason)
    await expect(session.ping()).resolves.toBeUndefined()
  })

  it('times a slow call out with TIMEOUT', async () => {
    const started = Date.now()
    const error: unknown = await session
      .request(
        'tools/call',
        { name: 'trigger-long-running-operation', arguments: { duration: 5, steps: 5 } },
        { timeoutMs: 200 },
      )
      .catch((e: unknown) => e)
    expect(isUpstreamError(error, 'TIMEOUT')).toBe(true)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('kills the child on close, and fails later calls with CLOSED', async () => {
    const pid = session.pid
    expect(pid).toEqual(expect.any(Number))
    await session.close()
    await session.close()
    expect(session.closed).toBe(true)
    expect(isAlive(pid ?? 0)).toBe(false)
    const error: unknown = await session.ping().catch((e: unknown) => e)
    expect(isUpstreamError(error, 'CLOSED')).toBe(true)
  })
})
