import { describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { modernStdioScript } from './fixtures/test-everything.js'
import { isAlive } from './process-tree.js'

describe('connectUpstream to a modern-era stdio server (SDK serveStdio)', () => {
  it('negotiates the modern era, calls tools, and reconnects from the cached era', async () => {
    const target = {
      transport: 'stdio',
      command: process.execPath,
      args: [modernStdioScript],
    } as const
    const session = await connectUpstream(target)
    const pid = session.pid ?? 0
    try {
      expect(session.era).toMatchObject({ era: 'modern', protocolVersion: '2026-07-28' })
      const result = await session.request('tools/call', {
        name: 'echo',
        arguments: { message: 'hi' },
      })
      expect(result.content).toEqual([{ type: 'text', text: 'Echo: hi' }])
      await expect(session.ping()).resolves.toBeUndefined()
    } finally {
      await session.close()
    }
    expect(isAlive(pid)).toBe(false)
    const again = await connectUpstream({ ...target, prior: session.era })
    try {
      expect(again.era.era).toBe('modern')
      expect((await again.listAll('tools')).map((tool) => tool.name)).toEqual(['echo'])
    } finally {
      await again.close()
    }
  })
})
