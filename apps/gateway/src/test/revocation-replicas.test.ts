import { randomBytes, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const pgAdminUrl =
  process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Polls until `gw` answers GET /tools for `token` with `status`; returns the ms it took. */
async function untilStatus(gw: TestGateway, token: string, status: number): Promise<number> {
  const started = Date.now()
  for (;;) {
    const res = await gw.call('GET', '/tools', { token })
    await res.body?.cancel()
    if (res.status === status) return Date.now() - started
    if (Date.now() - started > 5_000) throw new Error(`still ${res.status} after 5 s`)
    await sleep(20)
  }
}

/**
 * Two replicas on one PostgreSQL database and one Redis: a token revoked or a session logged out on
 * one is refused by the other at once, although the other had the principal cached (30 s).
 */
describe('revocation across replicas (REDIS_URL)', () => {
  const name = `switchyard_revoke_${randomBytes(5).toString('hex')}`
  const admin = postgres(pgAdminUrl, { max: 1, onnotice: () => undefined })
  const env = {
    DATABASE_URL: pgAdminUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
    REDIS_URL: 'redis://127.0.0.1:6379',
    RATE_LIMIT_KEY_PREFIX: `switchyard-test:${randomUUID()}:`,
  }
  let a: TestGateway
  let b: TestGateway
  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`)
    a = await openTestGateway(env)
    b = await openTestGateway(env)
  })
  afterAll(async () => {
    await a.dispose()
    await b.dispose()
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end()
  })

  it('refuses a revoked API token on the other replica at once', async () => {
    const created = await a.call('POST', '/tokens', {
      token: a.adminToken,
      body: { name: 'shared' },
    })
    expect(created.status).toBe(201)
    const { id, accessToken } = (await created.json()) as { id: string; accessToken: string }
    expect(await untilStatus(b, accessToken, 200)).toBeLessThan(1000)
    expect((await a.call('DELETE', `/tokens/${id}`, { token: a.adminToken })).status).toBe(200)
    // Well inside the principal cache's 30 s: only the shared change empties b's cache.
    expect(await untilStatus(b, accessToken, 401)).toBeLessThan(1000)
    const refused = await b.call('GET', '/tools', { token: accessToken })
    expect(refused.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it('refuses a logged-out session on the other replica at once', async () => {
    const session = await a.login('admin@example.com', 'admin-password')
    expect(await untilStatus(b, session, 200)).toBeLessThan(1000)
    const out = await a.call('POST', '/auth/logout', { token: session })
    expect(out.status).toBeLessThan(300)
    expect(await untilStatus(b, session, 401)).toBeLessThan(1000)
  })

  it('keeps serving the replicas own changes and other callers', async () => {
    expect((await b.call('GET', '/tools', { token: b.adminToken })).status).toBe(200)
    expect((await a.call('GET', '/tools', { token: a.adminToken })).status).toBe(200)
  })
})
