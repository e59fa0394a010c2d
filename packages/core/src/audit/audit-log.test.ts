import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testStoreDrivers, type TestStore } from '../store/test-stores.js'
import { createAuditLog, type AuditLog } from './audit-log.js'
import { AuditQuerySchema, type AuditEntry } from './audit-schema.js'

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  at: '2026-01-01T00:00:00.000Z',
  principal: 'admin@example.com',
  tokenId: null,
  action: 'gateway.create',
  entityKind: 'gateway',
  entityId: 'g1',
  method: 'POST',
  path: '/gateways',
  outcome: 'success',
  status: 201,
  reason: null,
  clientAddress: '127.0.0.1',
  requestId: 'r1',
  ...overrides,
})

const query = (input: Record<string, string>) => AuditQuerySchema.parse(input)

describe.each(testStoreDrivers)('audit log on $driver', ({ open }) => {
  let t: TestStore
  let audit: AuditLog
  beforeAll(async () => {
    t = await open()
    audit = createAuditLog(t.store)
    await audit.append([
      entry({}),
      entry({ at: '2026-01-02T00:00:00.000Z', action: 'gateway.delete', method: 'DELETE' }),
      entry({ at: '2026-01-03T00:00:00.000Z', action: 'user.create', entityKind: 'user' }),
      entry({
        at: '2026-01-04T00:00:00.000Z',
        principal: null,
        action: 'gateway.read',
        entityId: null,
        outcome: 'denied',
        status: 401,
        reason: 'authentication required',
      }),
    ])
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('lists newest first with every field', async () => {
    const page = await audit.list(query({}))
    expect(page.items.map((r) => r.at.slice(0, 10))).toEqual([
      '2026-01-04',
      '2026-01-03',
      '2026-01-02',
      '2026-01-01',
    ])
    expect(page.items[0]).toMatchObject({
      id: expect.any(String) as string,
      principal: null,
      outcome: 'denied',
      status: 401,
      reason: 'authentication required',
      clientAddress: '127.0.0.1',
      requestId: 'r1',
    })
    expect(page.nextCursor).toBeNull()
  })

  it('filters by time, principal, action, outcome and entity', async () => {
    const count = async (input: Record<string, string>) =>
      (await audit.list(query(input))).items.length
    expect(await count({ since: '2026-01-02T00:00:00Z', until: '2026-01-04T00:00:00Z' })).toBe(2)
    expect(await count({ since: '2026-01-02T01:00:00+01:00' })).toBe(3)
    expect(await count({ principal: 'admin@example.com' })).toBe(3)
    expect(await count({ action: 'gateway.delete' })).toBe(1)
    expect(await count({ outcome: 'denied' })).toBe(1)
    expect(await count({ entity: 'user' })).toBe(1)
    expect(await count({ entity: 'gateway:g1' })).toBe(2)
  })

  it('pages with a cursor and refuses a forged one', async () => {
    const first = await audit.list(query({ limit: '3' }))
    expect(first.items).toHaveLength(3)
    expect(first.nextCursor).toEqual(expect.any(String))
    const second = await audit.list(query({ limit: '3', cursor: first.nextCursor ?? '' }))
    expect(second.items.map((r) => r.at.slice(0, 10))).toEqual(['2026-01-01'])
    expect(second.nextCursor).toBeNull()
    await expect(audit.list(query({ cursor: 'bm9wZQ' }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    })
  })

  it('writes a large batch and prunes by age', async () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      entry({ at: `2025-06-01T00:00:00.${String(i % 1000).padStart(3, '0')}Z` }),
    )
    await audit.append(many)
    expect(await audit.prune(new Date('2025-12-31T00:00:00Z'))).toBe(1200)
    expect((await audit.list(query({}))).items).toHaveLength(4)
  })
})
