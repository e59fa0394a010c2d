import type { AuditEntry } from '@switchyard/core'
import { describe, expect, it } from 'vitest'
import { createAuditQueue } from './audit-queue.js'

const entry = (n: number): AuditEntry => ({
  at: new Date(n).toISOString(),
  principal: 'a@example.com',
  tokenId: null,
  action: 'tool.create',
  entityKind: 'tool',
  entityId: String(n),
  method: 'POST',
  path: '/tools',
  outcome: 'success',
  status: 201,
  reason: null,
  clientAddress: null,
  requestId: null,
})

describe('audit queue', () => {
  it('writes in batches and loses nothing on close', async () => {
    const batches: number[] = []
    const queue = createAuditQueue({
      write: (entries) => {
        batches.push(entries.length)
        return Promise.resolve()
      },
      batchSize: 4,
      flushIntervalMs: 60_000,
    })
    for (let i = 0; i < 10; i++) queue.record(entry(i))
    await queue.close()
    expect(batches.reduce((a, b) => a + b, 0)).toBe(10)
    expect(Math.max(...batches)).toBeLessThanOrEqual(4)
    queue.record(entry(11))
    expect(queue.dropped).toBe(1)
  })

  it('flushes a partial batch after the interval', async () => {
    const written: AuditEntry[] = []
    const queue = createAuditQueue({
      write: (entries) => {
        written.push(...entries)
        return Promise.resolve()
      },
      flushIntervalMs: 10,
    })
    queue.record(entry(1))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(written).toHaveLength(1)
    await queue.close()
  })

  it('stays bounded under a burst while the store is slow, and says how many it dropped', async () => {
    let release: () => void = () => undefined
    const stalled = new Promise<void>((resolve) => (release = resolve))
    let written = 0
    const lost: number[] = []
    const queue = createAuditQueue({
      write: async (entries) => {
        await stalled
        written += entries.length
      },
      maxQueued: 100,
      batchSize: 50,
      onError: (_error, count) => void lost.push(count),
    })
    for (let i = 0; i < 10_000; i++) queue.record(entry(i))
    release()
    await queue.close()
    expect(written + queue.dropped).toBe(10_000)
    expect(written).toBeLessThanOrEqual(150)
    expect(lost.reduce((a, b) => a + b, 0)).toBe(queue.dropped)
  })

  it('reports a failed write and carries on', async () => {
    const lost: number[] = []
    let calls = 0
    const queue = createAuditQueue({
      write: () => (calls++ === 0 ? Promise.reject(new Error('store down')) : Promise.resolve()),
      batchSize: 2,
      onError: (_error, count) => void lost.push(count),
    })
    for (let i = 0; i < 4; i++) queue.record(entry(i))
    await queue.close()
    expect(lost).toEqual([2])
    expect(calls).toBe(2)
  })
})
