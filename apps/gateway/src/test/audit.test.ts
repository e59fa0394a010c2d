import type { AuditRecord } from '@switchyard/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAuditRetention } from '../audit/audit-retention.js'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const SECRET = 'upstream-bearer-s3cret-value'

describe('audit log', () => {
  let gw: TestGateway
  let viewer: string
  let gatewayId: string

  const audit = async (query = '', token = gw.adminToken) => {
    await gw.audit.queue.flush()
    const res = await gw.call('GET', `/audit${query}`, { token })
    expect(res.status, await res.clone().text()).toBe(200)
    return { items: (await res.json()) as AuditRecord[], next: res.headers.get('x-next-cursor') }
  }

  beforeAll(async () => {
    gw = await openTestGateway()
    const created = await gw.call('POST', '/users', {
      token: gw.adminToken,
      body: { email: 'viewer@example.com', password: 'viewer-password' },
    })
    expect(created.status).toBe(201)
    viewer = await gw.login('viewer@example.com', 'viewer-password')
    const res = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      headers: { 'x-request-id': 'req-create-1' },
      body: {
        name: 'audited',
        url: 'http://127.0.0.1:9/mcp',
        auth: { type: 'bearer', token: SECRET },
      },
    })
    expect(res.status).toBe(201)
    gatewayId = ((await res.json()) as { id: string }).id
    await gw.call('PUT', `/gateways/${gatewayId}`, {
      token: gw.adminToken,
      body: { description: 'changed', auth: { type: 'bearer', token: SECRET } },
    })
    await gw.call('POST', `/gateways/${gatewayId}/state?activate=false`, { token: gw.adminToken })
    await gw.call('DELETE', `/gateways/${gatewayId}`, { token: gw.adminToken })
  })
  afterAll(async () => {
    await gw.dispose()
  })

  it('records each change made through the REST API with principal, entity and request', async () => {
    const { items } = await audit('?entity=gateway')
    expect(items.map((r) => r.action)).toEqual([
      'gateway.delete',
      'gateway.state',
      'gateway.update',
      'gateway.create',
    ])
    for (const record of items) {
      expect(record).toMatchObject({
        principal: 'admin@example.com',
        entityKind: 'gateway',
        entityId: gatewayId,
        outcome: 'success',
        reason: null,
      })
    }
    expect(items.at(-1)).toMatchObject({
      method: 'POST',
      path: '/gateways',
      status: 201,
      requestId: 'req-create-1',
    })
    expect(items[0]).toMatchObject({ method: 'DELETE', path: `/gateways/${gatewayId}` })
    const users = await audit('?action=user.create')
    expect(users.items).toHaveLength(1)
    expect(users.items[0]).toMatchObject({ entityKind: 'user', entityId: 'viewer@example.com' })
  })

  it('keeps reads, logins and renders out of the changes', async () => {
    await gw.call('GET', '/gateways', { token: gw.adminToken })
    const { items } = await audit('?outcome=success')
    expect(
      items.map((r) => r.action).filter((a) => a.endsWith('.read') || a.startsWith('auth')),
    ).toEqual([])
  })

  it('records denied requests (401 and 403, REST and MCP) with their reason', async () => {
    expect((await gw.call('GET', '/gateways')).status).toBe(401)
    expect((await gw.call('GET', '/tools', { token: 'not.a.jwt' })).status).toBe(401)
    expect(
      (
        await gw.call('POST', '/users', {
          token: viewer,
          body: { email: 'x@example.com', password: 'long-enough-1' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await gw.call('POST', '/mcp', { body: { jsonrpc: '2.0', id: 1, method: 'ping' } })).status,
    ).toBe(401)
    const failedLogin = await gw.call('POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'wrong' },
    })
    expect(failedLogin.status).toBe(401)

    const { items } = await audit('?outcome=denied')
    const byAction = (action: string) => items.filter((r) => r.action === action)
    expect(byAction('gateway.read')[0]).toMatchObject({
      principal: null,
      status: 401,
      path: '/gateways',
      reason: expect.stringContaining('authentication required') as string,
    })
    expect(byAction('tool.read')[0]?.reason).toContain('invalid token')
    expect(byAction('user.create')[0]).toMatchObject({
      principal: 'viewer@example.com',
      status: 403,
      reason: expect.any(String) as string,
    })
    expect(byAction('mcp.access')[0]).toMatchObject({ status: 401, path: '/mcp', method: 'POST' })
    expect(byAction('auth.login')[0]).toMatchObject({ status: 401, principal: null })
    expect(items.every((r) => typeof r.requestId === 'string' && r.at.endsWith('Z'))).toBe(true)
  })

  it('filters by principal, time and entity id, and pages with a cursor', async () => {
    const mine = await audit('?principal=viewer@example.com')
    expect(mine.items.length).toBeGreaterThan(0)
    expect(mine.items.every((r) => r.principal === 'viewer@example.com')).toBe(true)
    expect((await audit('?since=2999-01-01T00:00:00Z')).items).toEqual([])
    expect((await audit('?until=2000-01-01T00:00:00Z')).items).toEqual([])
    expect((await audit(`?entity=gateway:${gatewayId}`)).items).toHaveLength(4)

    const all = await audit('?limit=1000')
    const seen: string[] = []
    let cursor: string | null = ''
    while (cursor !== null) {
      const page = await audit(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.items.length).toBeLessThanOrEqual(3)
      seen.push(...page.items.map((r) => r.id))
      cursor = page.next
    }
    expect(seen).toEqual(all.items.map((r) => r.id))
    const wrapped = await gw.call('GET', '/audit?limit=2&include_pagination=true', {
      token: gw.adminToken,
    })
    expect(await wrapped.json()).toMatchObject({ nextCursor: expect.any(String) as string })
  })

  it('answers 403 to a non-admin and 422 to a bad filter', async () => {
    const res = await gw.call('GET', '/audit', { token: viewer })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' })
    expect((await gw.call('GET', '/audit?since=yesterday', { token: gw.adminToken })).status).toBe(
      422,
    )
  })

  it('never records a secret, a body or an Authorization header', async () => {
    await gw.audit.queue.flush()
    const rows = await gw.store.db.selectFrom('audit_log').selectAll().execute()
    const text = JSON.stringify(rows)
    expect(rows.length).toBeGreaterThan(10)
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(gw.adminToken)
    expect(text).not.toContain(viewer)
    expect(text).not.toContain('viewer-password')
  })

  it('prunes records older than the retention', async () => {
    await gw.audit.log.append([
      {
        at: '2020-01-01T00:00:00.000Z',
        principal: 'old@example.com',
        tokenId: null,
        action: 'tool.create',
        entityKind: 'tool',
        entityId: 'old',
        method: 'POST',
        path: '/tools',
        outcome: 'success',
        status: 201,
        reason: null,
        clientAddress: null,
        requestId: null,
      },
    ])
    expect((await audit('?principal=old@example.com')).items).toHaveLength(1)
    const pruned: number[] = []
    const stop = startAuditRetention({
      log: gw.audit.log,
      days: 30,
      onPruned: (count) => void pruned.push(count),
    })
    await stop()
    expect(pruned).toEqual([1])
    expect((await audit('?principal=old@example.com')).items).toEqual([])
    expect((await audit('?entity=gateway&outcome=success')).items).toHaveLength(4)
  })
})

describe('audit log on close', () => {
  it('writes every queued record before the store closes', async () => {
    const gw = await openTestGateway()
    for (let i = 0; i < 50; i++) await gw.call('GET', '/gateways')
    const dataDir = gw.config.dataDir
    await gw.close()
    const reopened = await openTestGateway({ SWITCHYARD_DATA_DIR: dataDir })
    const records = await reopened.audit.log.list({ outcome: 'denied', limit: 1000 })
    expect(records.items.filter((r) => r.path === '/gateways')).toHaveLength(50)
    await reopened.dispose()
  })
})
