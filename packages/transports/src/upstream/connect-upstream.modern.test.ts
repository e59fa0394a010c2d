import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { startModernServer } from './fixtures/test-modern-server.js'
import type { TestModernServer } from './fixtures/test-modern-server.js'
import type { UpstreamSession } from './upstream-session.js'

describe('connectUpstream to a modern-era streamable HTTP server (SDK createMcpHandler)', () => {
  let server: TestModernServer
  let session: UpstreamSession
  const notifications: string[] = []

  beforeAll(async () => {
    server = await startModernServer()
    session = await connectUpstream({
      transport: 'streamablehttp',
      url: server.url,
      capabilities: { roots: {} },
      onNotification: (method) => notifications.push(method),
      onRequest: (method) =>
        Promise.resolve(method === 'roots/list' ? { roots: [{ uri: 'file:///srv' }] } : {}),
    })
  })

  afterAll(async () => {
    await session.close()
    await server.close()
  })

  it('negotiates the modern era with server/discover', () => {
    expect(session.era).toMatchObject({ era: 'modern', protocolVersion: '2026-07-28' })
    expect(session.era.discover).toMatchObject({ supportedVersions: ['2026-07-28'] })
    expect(session.instructions).toBe('modern fixture')
    expect(session.capabilities).toHaveProperty('tools')
    expect(server.methods).toContain('server/discover')
    expect(server.methods).not.toContain('initialize')
  })

  it('lists, calls and reports progress in the modern era', async () => {
    expect((await session.listAll('tools')).map((tool) => tool.name)).toEqual([
      'echo',
      'slow',
      'ask',
      'log',
      'hang',
      'fail',
      'region',
    ])
    const echo = await session.request('tools/call', { name: 'echo', arguments: { message: 'hi' } })
    expect(echo.content).toEqual([{ type: 'text', text: 'Echo: hi' }])
    const progress: number[] = []
    const slow = await session.request(
      'tools/call',
      { name: 'slow', arguments: {} },
      { onProgress: (report) => progress.push(report.progress) },
    )
    expect(slow.content).toEqual([{ type: 'text', text: 'slow done' }])
    expect(progress).toEqual([1, 2])
  })

  it('fulfils input_required rounds through onRequest', async () => {
    const result = await session.request('tools/call', { name: 'ask', arguments: {} })
    expect(JSON.stringify(result.content)).toContain('file:///srv')
  })

  it('subscribes to list_changed notifications with subscriptions/listen', async () => {
    await expect
      .poll(() => {
        server.handler.notify.toolsChanged()
        return notifications
      })
      .toContain('notifications/tools/list_changed')
  })

  it('reconnects from the cached era without probing, and pings with server/discover', async () => {
    const probes = () => server.methods.filter((method) => method === 'server/discover').length
    const before = probes()
    const again = await connectUpstream({
      transport: 'streamablehttp',
      url: server.url,
      prior: session.era,
    })
    try {
      expect(again.era.era).toBe('modern')
      expect(probes()).toBe(before)
      await expect(again.ping()).resolves.toBeUndefined()
      expect(probes()).toBe(before + 1)
    } finally {
      await again.close()
    }
  })
})
