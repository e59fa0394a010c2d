import { createHmac, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, listen } from './test-gateway.js'

const SECRET = 'attack-test-secret-0123456789'
const ISSUER = 'switchyard-test'
const AUDIENCE = 'switchyard-test-api'
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** A compact JWS over the claims, HMAC-signed with `secret` (or unsigned for `alg: none`). */
function jwt(claims: Record<string, unknown>, options: { secret?: string; alg?: string } = {}) {
  const alg = options.alg ?? 'HS256'
  const input = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`
  if (alg === 'none') return `${input}.`
  return `${input}.${createHmac('sha256', options.secret ?? SECRET)
    .update(input)
    .digest('base64url')}`
}

const now = () => Math.floor(Date.now() / 1000)

describe('authentication attacks against a running gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-attack-auth-'))
  let gw: RunningGateway
  let session: string

  const claims = (extra: Record<string, unknown> = {}) => ({
    sub: 'admin@example.com',
    iss: ISSUER,
    aud: AUDIENCE,
    iat: now(),
    exp: now() + 600,
    jti: randomUUID(),
    ...extra,
  })

  beforeAll(async () => {
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
      JWT_SECRET_KEY: SECRET,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
    })
    const login = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    session = String(login.accessToken)
  })
  afterAll(async () => {
    await gw.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  /** Presents the token on REST and on MCP; both must answer 401 invalid_token. */
  async function expectRejected(token: string, why: string, reason?: string): Promise<void> {
    const rest = await fetch(`${gw.url}/gateways`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(rest.status, why).toBe(401)
    expect(rest.headers.get('www-authenticate'), why).toContain('error="invalid_token"')
    const body = (await rest.json()) as { code: string; detail: string }
    expect(body.code, why).toBe('UNAUTHENTICATED')
    if (reason) expect(body.detail, why).toContain(reason)
    const mcp = await fetch(`${gw.url}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(mcp.status, `${why} on /mcp`).toBe(401)
    expect(mcp.headers.get('www-authenticate'), why).toContain('error="invalid_token"')
  }

  it('accepts a well-formed token of its own (the control)', async () => {
    const res = await fetch(`${gw.url}/auth/me`, {
      headers: { authorization: `Bearer ${jwt(claims())}` },
    })
    expect(res.status).toBe(200)
  })

  it('refuses forged, stale and misdirected session JWTs with 401 invalid_token', async () => {
    const [head, payload, signature] = jwt(claims()).split('.') as [string, string, string]
    const tampered = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >
    tampered.sub = 'someone-else@example.com'
    const cases: [string, string, string?][] = [
      [jwt(claims(), { alg: 'none' }), 'alg none'],
      [jwt(claims(), { secret: 'another-secret-entirely-0123' }), 'wrong key', 'signature'],
      [jwt(claims({ iat: now() - 7200, exp: now() - 3600 })), 'expired', 'expired'],
      [jwt(claims({ nbf: now() + 3600 })), 'not yet valid', 'not valid yet'],
      [jwt(claims({ jti: undefined })), 'missing jti', 'jti'],
      [`${head}.${b64(tampered)}.${signature}`, 'tampered payload', 'signature'],
      [jwt(claims({ aud: 'another-api' })), 'another audience', 'aud'],
      [jwt(claims({ iss: 'another-issuer' })), 'another issuer', 'iss'],
      [jwt(claims({ sub: 'nobody@example.com' })), 'unknown user', 'unknown or inactive'],
      [jwt(claims(), { alg: 'HS512' }), 'another algorithm'],
      ['not.a.jwt', 'garbage'],
    ]
    for (const [token, why, reason] of cases) await expectRejected(token, why, reason)
  })

  it('refuses a session JWT after logout (revoked by jti)', async () => {
    const login = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    const token = String(login.accessToken)
    expect(
      (await fetch(`${gw.url}/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200)
    await callApi(gw.url, 'POST', '/auth/logout', { token, status: 200 })
    await expectRejected(token, 'revoked', 'logged out')
  })

  it('refuses unknown, revoked, expired and wrongly prefixed API tokens', async () => {
    const create = (name: string) =>
      callApi(gw.url, 'POST', '/tokens', { token: session, body: { name }, status: 201 })
    const revoked = await create('to-revoke')
    const text = String(revoked.accessToken)
    expect(text.startsWith('sy_')).toBe(true)
    await callApi(gw.url, 'DELETE', `/tokens/${revoked.id}`, { token: session })
    const expired = await create('to-expire')
    await gw.store.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', expired.id)
      .execute()
    const cases: [string, string][] = [
      [`sy_${'A'.repeat(40)}`, 'unknown'],
      [text, 'revoked'],
      [String(expired.accessToken), 'expired'],
      [`xx_${text.slice(3)}`, 'wrong prefix'],
      [`SY_${text.slice(3)}`, 'wrong case prefix'],
    ]
    for (const [token, why] of cases) await expectRejected(token, why)
  })

  it('keeps serving after every attack', async () => {
    expect((await fetch(`${gw.url}/health`)).status).toBe(200)
    const me = await fetch(`${gw.url}/auth/me`, { headers: { authorization: `Bearer ${session}` } })
    expect(me.status).toBe(200)
  })

  it('audits every refusal with its reason', async () => {
    await gw.audit.queue.flush()
    const denied = await gw.audit.log.list({ outcome: 'denied', limit: 1000 })
    // 11 forged JWTs + 1 revoked + 5 API tokens, each on REST and MCP.
    expect(denied.items.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(34)
    expect(denied.items.every((r) => typeof r.reason === 'string' && r.reason !== '')).toBe(true)
    expect(denied.items.some((r) => r.reason?.includes('logged out'))).toBe(true)
  })
})
