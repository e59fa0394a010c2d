import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { callApi, listen, openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>

/** The status a WebSocket upgrade gets: 101 when it opens, else the refusal's status. */
function upgradeStatus(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'mcp', { headers: { authorization: `Bearer ${token}` } })
    socket.on('open', () => {
      socket.close()
      resolve(101)
    })
    socket.on('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0)
      request.destroy()
    })
    socket.on('error', reject)
  })
}

describe('API tokens and principals', () => {
  let gw: TestGateway
  let ann: string
  const servers: Record<string, string> = {}

  const json = async (res: Response, status: number): Promise<Json> => {
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as Json
  }
  const createUser = async (email: string, password: string) =>
    json(await gw.call('POST', '/users', { token: gw.adminToken, body: { email, password } }), 201)
  const createToken = async (body: Json, token = ann) =>
    json(await gw.call('POST', '/tokens', { token, body }), 201) as Promise<
      Json & { id: string; accessToken: string }
    >
  const connect = async (serverId: string, token: string) => {
    const client = new Client({ name: 'tokens-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`http://gateway.test/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
        fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
      }),
    )
    return client
  }

  beforeAll(async () => {
    gw = await openTestGateway({
      MAX_FAILED_LOGIN_ATTEMPTS: '3',
      ACCOUNT_LOCKOUT_DURATION_MINUTES: '0.025',
    })
    await createUser('ann@example.com', 'ann-password')
    await createUser('bob@example.com', 'bob-password')
    ann = await gw.login('ann@example.com', 'ann-password')
    for (const name of ['one', 'two']) {
      const res = await gw.call('POST', '/servers', { token: ann, body: { name: `srv-${name}` } })
      servers[name] = (await json(res, 201)).id as string
    }
  })
  afterAll(() => gw.dispose())

  it('creates a token shown once, lists, reads and revokes it; revoked is refused at once', async () => {
    const created = await createToken({ name: 'ci', expires_in_days: 30 })
    expect(created.accessToken).toMatch(/^sy_[A-Za-z0-9_-]{43}$/)
    expect(JSON.stringify(created)).not.toMatch(/hash/i)
    expect(Date.parse(created.expiresAt as string) - Date.now()).toBeGreaterThan(29 * 86_400_000)
    const token = created.accessToken

    const mine = (await json(await gw.call('GET', '/tokens', { token }), 200)) as unknown as Json[]
    expect(mine.map((t) => t.id)).toEqual([created.id])
    expect(mine[0]).not.toHaveProperty('accessToken')
    expect(
      await json(await gw.call('GET', `/tokens/${created.id}`, { token: ann }), 200),
    ).toMatchObject({ id: created.id, name: 'ci', ownerEmail: 'ann@example.com', revokedAt: null })
    const all = await gw.call('GET', '/tokens?all=true', { token: gw.adminToken })
    expect(((await json(all, 200)) as unknown as Json[]).map((t) => t.id)).toContain(created.id)
    await json(await gw.call('GET', '/tokens?all=true', { token: ann }), 403)
    const bob = await gw.login('bob@example.com', 'bob-password')
    await json(await gw.call('GET', `/tokens/${created.id}`, { token: bob }), 404)
    await json(await gw.call('DELETE', `/tokens/${created.id}`, { token: bob }), 404)

    const revoked = await json(
      await gw.call('DELETE', `/tokens/${created.id}`, { token: ann }),
      200,
    )
    expect(revoked.revokedAt).toEqual(expect.any(String))
    const refused = await json(await gw.call('GET', '/tokens', { token }), 401)
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(refused.detail).toContain('revoked')
  })

  it('lets a token scoped to one server reach only that server over MCP', async () => {
    const { accessToken } = await createToken({
      name: 'one-server',
      scope: { server_ids: [servers.one] },
    })
    const client = await connect(servers.one ?? '', accessToken)
    expect((await client.listTools()).tools).toEqual([])
    await client.close()

    await expect(connect(servers.two ?? '', accessToken)).rejects.toThrow()
    const init = { jsonrpc: '2.0', id: 1, method: 'ping' }
    for (const path of [`/servers/${servers.two}/mcp`, '/mcp', '/rpc']) {
      const res = await gw.call('POST', path, { token: accessToken, body: init })
      const body = await json(res, 403)
      expect(body).toMatchObject({ code: 'FORBIDDEN' })
      expect(body.detail).toContain(`is limited to the servers ${servers.one}`)
    }
    await json(
      await gw.call('GET', `/servers/${servers.two}/a2a/.well-known/agent-card.json`, {
        token: accessToken,
      }),
      403,
    )
  })

  it("spends a token's own rate limit on REST and MCP requests alike", async () => {
    const created = await createToken({
      name: 'limited',
      rate_limit: { requests: 2, window_seconds: 3600 },
    })
    expect(created.rateLimit).toEqual({ requests: 2, windowSeconds: 3600 })
    const { accessToken } = created
    await json(await gw.call('GET', '/tools', { token: accessToken }), 200)
    const client = await connect(servers.one ?? '', accessToken)
    // initialize is answered by the face; the listing is the second request this token spends.
    expect((await client.listTools()).tools).toEqual([])
    await expect(client.listTools()).rejects.toThrow(/rate limit exceeded for this API token/)
    await client.close()
    const refused = await gw.call('GET', '/tools', { token: accessToken })
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await json(refused, 429)).toMatchObject({ code: 'RATE_LIMITED' })
    // Another token of the same owner has its own budget.
    const other = await createToken({ name: 'unlimited' })
    await json(await gw.call('GET', '/tools', { token: other.accessToken }), 200)
  })

  it("changes a token's rate limit and name at runtime, from its next request on", async () => {
    const { id, accessToken } = await createToken({ name: 'tunable' })
    const update = (body: Json, token = ann) => gw.call('PATCH', `/tokens/${id}`, { token, body })
    const limited = await json(
      await update({ rate_limit: { requests: 1, window_seconds: 3600 } }),
      200,
    )
    expect(limited).toMatchObject({
      name: 'tunable',
      rateLimit: { requests: 1, windowSeconds: 3600 },
    })
    await json(await gw.call('GET', '/tools', { token: accessToken }), 200)
    await json(await gw.call('GET', '/tools', { token: accessToken }), 429)
    const lifted = await json(await update({ rateLimit: null, name: 'tuned' }), 200)
    expect(lifted).toMatchObject({ name: 'tuned', rateLimit: null })
    await json(await gw.call('GET', '/tools', { token: accessToken }), 200)
    const bad = await json(await update({ rateLimit: { requests: 0, windowSeconds: 10 } }), 422)
    expect(bad.detail).toContain('rateLimit.requests')
    await createToken({ name: 'taken' })
    expect((await json(await update({ name: 'taken' }), 409)).code).toBe('CONFLICT')
    expect((await update({ name: 'x' }, accessToken)).status).toBe(403)
    const bob = await gw.login('bob@example.com', 'bob-password')
    expect((await update({ name: 'x' }, bob)).status).toBe(404)
  })

  it('limits REST actions to the permissions of the scope', async () => {
    const { accessToken: token } = await createToken({
      name: 'reader',
      scope: { permissions: ['tools.read', 'servers.read'] },
    })
    await json(await gw.call('GET', '/tools', { token }), 200)
    await json(await gw.call('GET', `/servers/${servers.one}`, { token }), 200)
    const write = await gw.call('POST', '/gateways', {
      token,
      body: { name: 'nope', url: 'http://127.0.0.1:9/mcp' },
    })
    expect((await json(write, 403)).detail).toContain('which lacks gateways.write')
    expect((await json(await gw.call('GET', '/users', { token }), 403)).detail).toContain(
      'admin.users',
    )
    // tools.read opens MCP (each call is then decided, see rbac-matrix); no MCP permission does not.
    const { accessToken: serversOnly } = await createToken({
      name: 'servers-only',
      scope: { permissions: ['servers.read'] },
    })
    const mcp = await gw.call('POST', `/servers/${servers.one}/mcp`, {
      token: serversOnly,
      body: {},
    })
    expect((await json(mcp, 403)).detail).toContain('which lacks tools.execute')

    const admin = await createToken(
      { name: 'admin-star', scope: { permissions: ['admin.*'] } },
      gw.adminToken,
    )
    await json(await gw.call('GET', '/users', { token: admin.accessToken }), 200)
    await json(await gw.call('GET', '/tools', { token: admin.accessToken }), 403)
    // The token never gains more than its owner: ann is no admin, so admin.* does not make her one.
    const annAdmin = await createToken({ name: 'ann-star', scope: { permissions: ['*'] } })
    await json(await gw.call('GET', '/users', { token: annAdmin.accessToken }), 403)
  })

  it('refuses a token outside its IP ranges (the socket address decides), and on WebSockets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-tokens-'))
    const server = await listen(dir)
    try {
      const login = await callApi(server.url, 'POST', '/auth/login', {
        body: { email: 'admin@example.com', password: 'changeme' },
        status: 200,
      })
      const token = login.accessToken as string
      const make = (name: string, ipRanges: string[]) =>
        callApi(server.url, 'POST', '/tokens', {
          token,
          body: { name, scope: { ipRanges } },
          status: 201,
        })
      const far = await make('far', ['10.0.0.0/8'])
      const near = await make('near', ['127.0.0.0/8', '::1/128'])
      const refused = await callApi(server.url, 'GET', '/tokens', {
        token: far.accessToken as string,
        status: 403,
      })
      expect(refused.detail).toContain('10.0.0.0/8')
      await callApi(server.url, 'GET', '/tokens', {
        token: near.accessToken as string,
        status: 200,
      })

      const srv = await callApi(server.url, 'POST', '/servers', {
        token,
        body: { name: 'ws-server' },
        status: 201,
      })
      const scoped = await callApi(server.url, 'POST', '/tokens', {
        token,
        body: { name: 'ws', scope: { serverIds: [srv.id] } },
        status: 201,
      })
      const ws = server.url.replace('http', 'ws')
      const scopedToken = scoped.accessToken as string
      expect(await upgradeStatus(`${ws}/servers/${srv.id}/ws`, scopedToken)).toBe(101)
      expect(await upgradeStatus(`${ws}/ws`, scopedToken)).toBe(403)
      // In process there is no socket: an address-limited token is refused.
      const local = await gw.call('GET', '/tools', {
        token: (await createToken({ name: 'lan', scope: { ipRanges: ['127.0.0.0/8'] } }))
          .accessToken,
      })
      expect((await json(local, 403)).detail).toContain('unknown address')
    } finally {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('counts uses and the last use, written in batches', async () => {
    const created = await createToken({ name: 'counted' })
    for (let i = 0; i < 3; i++)
      await json(await gw.call('GET', '/tools', { token: created.accessToken }), 200)
    await gw.auth.flushUsage()
    const after = await json(await gw.call('GET', `/tokens/${created.id}`, { token: ann }), 200)
    expect(after.usageCount).toBe(3)
    expect(Date.parse(after.lastUsedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(created.createdAt as string),
    )
  })

  it('answers /auth/me for a session and for a token', async () => {
    expect(await json(await gw.call('GET', '/auth/me', { token: ann }), 200)).toEqual({
      kind: 'user',
      email: 'ann@example.com',
      fullName: null,
      isAdmin: false,
      teams: [],
    })
    const created = await createToken({ name: 'me', scope: { permissions: ['tools.read'] } })
    const me = await json(await gw.call('GET', '/auth/me', { token: created.accessToken }), 200)
    expect(me).toMatchObject({
      kind: 'token',
      email: 'ann@example.com',
      token: { id: created.id, scope: { permissions: ['tools.read'] } },
    })
  })

  it('logs a session out: the same JWT is refused afterwards', async () => {
    const session = await gw.login('bob@example.com', 'bob-password')
    await json(await gw.call('GET', '/auth/me', { token: session }), 200)
    await json(await gw.call('POST', '/auth/logout', { token: session }), 200)
    const refused = await json(await gw.call('GET', '/auth/me', { token: session }), 401)
    expect(refused.detail).toContain('logged out')
    const { accessToken } = await createToken({ name: 'not-a-session' })
    const bad = await json(await gw.call('POST', '/auth/logout', { token: accessToken }), 400)
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('locks an account after repeated failed logins and unlocks it after the window', async () => {
    await createUser('carl@example.com', 'carl-password')
    const login = (password: string) =>
      gw.call('POST', '/auth/login', { body: { email: 'carl@example.com', password } })
    for (let i = 0; i < 3; i++) await json(await login('wrong-password'), 401)
    const locked = await login('carl-password')
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await json(locked, 429)).toMatchObject({ code: 'RATE_LIMITED' })
    // The window (1.5 s) leaves room for three password checks (scrypt) on a loaded machine.
    await sleep(1600)
    await json(await login('carl-password'), 200)
  })

  it('locks unknown e-mails and wrong current passwords alike; an admin reset unlocks', async () => {
    await createUser('fay@example.com', 'fay-password')
    const session = await gw.login('fay@example.com', 'fay-password')
    const login = (email: string, password: string) =>
      gw.call('POST', '/auth/login', { body: { email, password } })
    for (let i = 0; i < 3; i++) await json(await login('nobody@example.com', 'wrong'), 401)
    const unknown = await login('nobody@example.com', 'wrong')
    expect(unknown.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await json(unknown, 429)).toMatchObject({ code: 'RATE_LIMITED' })

    const change = (currentPassword: string) =>
      gw.call('POST', '/auth/password', {
        token: session,
        body: { currentPassword, newPassword: 'new-password' },
      })
    for (let i = 0; i < 3; i++) await json(await change('guess'), 401)
    const locked = await change('fay-password')
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/)
    await json(locked, 429)
    await json(await login('fay@example.com', 'fay-password'), 429)

    await json(
      await gw.call('PUT', '/users/fay@example.com', {
        token: gw.adminToken,
        body: { password: 'reset-password' },
      }),
      200,
    )
    await json(await login('fay@example.com', 'reset-password'), 200)
  })

  it("changes the caller's own password", async () => {
    await createUser('dave@example.com', 'dave-password')
    const token = await gw.login('dave@example.com', 'dave-password')
    const change = (body: unknown, as = token) =>
      gw.call('POST', '/auth/password', { token: as, body })
    await json(await change({ current_password: 'nope', new_password: 'new-password' }), 401)
    const short = await json(
      await change({ currentPassword: 'dave-password', newPassword: 'x' }),
      422,
    )
    expect(short).toMatchObject({ code: 'VALIDATION_FAILED' })
    const apiToken = (await createToken({ name: 'dave' }, token)).accessToken
    await json(
      await change({ currentPassword: 'dave-password', newPassword: 'new-password' }, apiToken),
      403,
    )
    // Sessions end with the password they were signed in under, even within the same second.
    const changed = await json(
      await change({ currentPassword: 'dave-password', newPassword: 'new-password' }),
      200,
    )
    const me = (as: string) => gw.call('GET', '/auth/me', { token: as })
    const ended = await json(await me(token), 401)
    expect(ended.detail).toBe(
      'invalid token: the password was changed after it was issued; sign in again',
    )
    await json(await me(String(changed.accessToken)), 200)
    await json(await me(apiToken), 200) // API tokens are not sessions: they stay
    await json(
      await gw.call('POST', '/auth/login', {
        body: { email: 'dave@example.com', password: 'dave-password' },
      }),
      401,
    )
    const again = await gw.login('dave@example.com', 'new-password')

    // An admin resetting the password ends the user's sessions too.
    const reset = { password: 'reset-password' }
    await json(
      await gw.call('PUT', '/users/dave@example.com', { token: gw.adminToken, body: reset }),
      200,
    )
    await json(await me(again), 401)
    await json(await me(await gw.login('dave@example.com', 'reset-password')), 200)
  })

  it('honours no session of a deleted account in a new account of the same e-mail', async () => {
    await createUser('erin@example.com', 'erin-password')
    const old = await gw.login('erin@example.com', 'erin-password')
    const me = (as: string) => gw.call('GET', '/auth/me', { token: as })
    await json(await me(old), 200)
    const admin = { token: gw.adminToken }
    await json(await gw.call('DELETE', '/users/erin@example.com', admin), 200)
    await json(await me(old), 401)
    await createUser('erin@example.com', 'erin-password')
    const ended = await json(await me(old), 401)
    expect(ended.detail).toBe(
      "invalid token: it was issued to an earlier account of 'erin@example.com'; sign in again",
    )
    await json(await me(await gw.login('erin@example.com', 'erin-password')), 200)
  })

  it('answers bad token input with {detail, code}', async () => {
    const bad = async (body: unknown, path: string) => {
      const res = await json(await gw.call('POST', '/tokens', { token: ann, body }), 422)
      expect(res.code).toBe('VALIDATION_FAILED')
      expect(JSON.stringify(res)).toContain(path)
    }
    await bad({}, 'name')
    await bad({ name: 'x', expiresInDays: 0 }, 'expiresInDays')
    await bad({ name: 'x', expiresInDays: 1, expiresAt: '2999-01-01T00:00:00Z' }, 'expiresAt')
    await bad({ name: 'x', expiresAt: '2000-01-01T00:00:00Z' }, 'expiresAt')
    await bad({ name: 'x', scope: { ipRanges: ['nope'] } }, 'CIDR')
    await bad({ name: 'x', scope: { permissions: ['Tools Read'] } }, 'permissions')
    await bad(
      { name: 'x', scope: { permissions: ['tools.read', 'tols.read'] } },
      'scope.permissions.1',
    )
    await bad({ name: 'x', scope: { serverIds: ['missing'] } }, 'scope.serverIds.0')
    await bad({ name: 'x', scope: { servers: ['a'] } }, 'servers')
    await createToken({ name: 'twice' })
    await json(await gw.call('POST', '/tokens', { token: ann, body: { name: 'twice' } }), 409)
    const { accessToken } = await createToken({ name: 'minter' })
    const mint = await json(
      await gw.call('POST', '/tokens', { token: accessToken, body: { name: 'y' } }),
      403,
    )
    expect(mint.detail).toContain('cannot create tokens')
    await json(await gw.call('GET', '/tokens/missing', { token: ann }), 404)
    await json(await gw.call('GET', '/tokens', { token: 'sy_unknown' }), 401)
  })
})
