import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { listen } from './test-gateway.js'

interface Session {
  cookie: string
  csrf: string
  setCookies: string[]
  accessToken: string
}

describe('cookie sessions with CSRF', () => {
  let dir: string
  let running: RunningGateway

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchyard-cookie-'))
    running = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
      TOKEN_EXPIRY: '30',
    })
  })
  afterAll(async () => {
    await running.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${running.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })

  async function login(headers: Record<string, string> = {}): Promise<Session> {
    const res = await send('POST', '/auth/login', headers, {
      email: 'admin@example.com',
      password: 'admin-password',
    })
    expect(res.status).toBe(200)
    const setCookies = res.headers.getSetCookie()
    const value = (name: string) =>
      setCookies
        .find((c) => c.startsWith(`${name}=`))
        ?.split(';')[0]
        ?.slice(name.length + 1) ?? ''
    const { accessToken } = (await res.json()) as { accessToken: string }
    const session = value('switchyard_session')
    const csrf = value('switchyard_csrf')
    return {
      cookie: `switchyard_session=${session}; switchyard_csrf=${csrf}`,
      csrf,
      setCookies,
      accessToken,
    }
  }

  it('sets an HttpOnly SameSite=Strict session cookie and a readable CSRF cookie at login', async () => {
    const { setCookies, accessToken } = await login()
    const session = setCookies.find((c) => c.startsWith('switchyard_session='))
    const csrf = setCookies.find((c) => c.startsWith('switchyard_csrf='))
    expect(session).toContain(`switchyard_session=${accessToken}`)
    expect(session).toMatch(/; HttpOnly/)
    expect(session).toMatch(/; SameSite=Strict/)
    expect(session).toMatch(/; Path=\//)
    expect(session).toMatch(/; Max-Age=1800/)
    // Plain http on loopback: not Secure; behind an https proxy: Secure.
    expect(session).not.toMatch(/Secure/)
    expect(csrf).not.toMatch(/HttpOnly/)
    expect(csrf).toMatch(/; SameSite=Strict/)
    const proxied = await login({ 'x-forwarded-proto': 'https' })
    expect(proxied.setCookies.every((c) => c.includes('; Secure'))).toBe(true)
  })

  it('authenticates reads by the cookie alone', async () => {
    const { cookie } = await login()
    const me = await send('GET', '/auth/me', { cookie })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ email: 'admin@example.com', kind: 'user' })
    expect((await send('GET', '/gateways', { cookie })).status).toBe(200)
  })

  it('refuses unsafe cookie requests without or with a wrong CSRF token, naming it', async () => {
    const { cookie, csrf } = await login()
    const body = { name: 'csrf-server' }
    const missing = await send('POST', '/servers', { cookie }, body)
    expect(missing.status).toBe(403)
    expect(await missing.json()).toMatchObject({
      code: 'FORBIDDEN',
      detail: expect.stringContaining('CSRF token missing') as string,
    })
    const wrong = await send('POST', '/servers', { cookie, 'x-csrf-token': `${csrf}x` }, body)
    expect(wrong.status).toBe(403)
    expect(((await wrong.json()) as { detail: string }).detail).toContain('CSRF token mismatch')
    // Another session's CSRF token does not fit this session.
    const other = await login()
    const crossed = await send('POST', '/servers', { cookie, 'x-csrf-token': other.csrf }, body)
    expect(crossed.status).toBe(403)
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect((await send(method, '/servers/nope', { cookie }, body)).status, method).toBe(403)
    }
    const listed = (await (await send('GET', '/servers', { cookie })).json()) as { name: string }[]
    expect(listed.some((s) => s.name === 'csrf-server')).toBe(false)

    const ok = await send('POST', '/servers', { cookie, 'x-csrf-token': csrf }, body)
    expect(ok.status).toBe(201)
  })

  it('needs no CSRF token with a bearer token, which wins over a cookie', async () => {
    const { accessToken, cookie } = await login()
    const res = await send(
      'POST',
      '/servers',
      { authorization: `Bearer ${accessToken}` },
      { name: 'bearer-server' },
    )
    expect(res.status).toBe(201)
    const bad = await send('GET', '/auth/me', { cookie, authorization: 'Bearer not-a-jwt' })
    expect(bad.status).toBe(401)
  })

  it('does not accept the cookie on streaming MCP endpoints, and on /rpc only with the CSRF token', async () => {
    const { cookie, csrf } = await login()
    const ping = { jsonrpc: '2.0', id: 1, method: 'ping' }
    const res = await send(
      'POST',
      '/mcp',
      { cookie, 'x-csrf-token': csrf, accept: 'application/json, text/event-stream' },
      ping,
    )
    expect(res.status).toBe(401)
    const forged = await send('POST', '/rpc', { cookie }, ping)
    expect(forged.status).toBe(403)
    expect(((await forged.json()) as { detail: string }).detail).toContain('CSRF token missing')
    const rpc = await send('POST', '/rpc', { cookie, 'x-csrf-token': csrf }, ping)
    expect(rpc.status).toBe(200)
    expect(await rpc.json()).toEqual({ jsonrpc: '2.0', id: 1, result: {} })
  })

  it('logs out with the cookie (CSRF-checked), revoking the session and clearing both cookies', async () => {
    const { cookie, csrf, accessToken } = await login()
    expect((await send('POST', '/auth/logout', { cookie })).status).toBe(403)
    const out = await send('POST', '/auth/logout', { cookie, 'x-csrf-token': csrf })
    expect(out.status).toBe(200)
    const cleared = out.headers.getSetCookie()
    for (const name of ['switchyard_session', 'switchyard_csrf']) {
      expect(cleared.find((c) => c.startsWith(`${name}=`))).toMatch(/Max-Age=0/)
    }
    const after = await send('GET', '/auth/me', { cookie })
    expect(after.status).toBe(401)
    expect(after.headers.get('www-authenticate')).toContain('invalid_token')
    expect((await send('GET', '/auth/me', { authorization: `Bearer ${accessToken}` })).status).toBe(
      401,
    )
  })

  it('audits the CSRF refusals with their reason', async () => {
    await running.audit.queue.flush()
    const denied = await running.audit.log.list({ outcome: 'denied' })
    const csrf = denied.items.filter((r) => r.reason?.includes('CSRF'))
    expect(csrf.length).toBeGreaterThanOrEqual(6)
    expect(csrf[0]).toMatchObject({
      status: 403,
      reason: expect.stringContaining('CSRF') as string,
    })
  })
})

describe('cookie sessions behind a TLS-terminating proxy that sets no X-Forwarded-Proto', () => {
  it('marks the cookies Secure when PUBLIC_BASE_URL is https', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-cookie-'))
    const running = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
      PUBLIC_BASE_URL: 'https://gateway.example.com',
    })
    try {
      const res = await fetch(`${running.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.com', password: 'admin-password' }),
      })
      expect(res.status).toBe(200)
      const setCookies = res.headers.getSetCookie()
      expect(setCookies).toHaveLength(2)
      expect(setCookies.every((c) => c.includes('; Secure'))).toBe(true)
    } finally {
      await running.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
