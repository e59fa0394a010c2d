import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { endsPromptly, FACES, holdStream, type Face, type HeldStream } from './held-streams.js'
import { callApi, listen } from './test-gateway.js'

describe('revocation ends the connections its credential holds open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-revoke-'))
  let gw: RunningGateway
  let adminToken = ''
  const held: HeldStream[] = []

  const api = (token: string, method: string, path: string, body?: unknown, status = 200) =>
    callApi(gw.url, method, path, { token, status, ...(body !== undefined && { body }) })
  const login = async (email: string, password: string) =>
    String(
      (await callApi(gw.url, 'POST', '/auth/login', { body: { email, password } })).accessToken,
    )
  const hold = async (face: Face, token: string) => {
    const stream = await holdStream(gw.url, face, token)
    held.push(stream)
    return stream
  }
  /** A user who may read the logs too, signed in: their e-mail and session JWT. */
  const newAdmin = async (name: string) => {
    const email = `${name}@example.com`
    await api(
      adminToken,
      'POST',
      '/users',
      { email, password: `${name}-password`, isAdmin: true },
      201,
    )
    return { email, jwt: await login(email, `${name}-password`) }
  }
  const apiToken = async (jwt: string, name: string) => {
    const created = await api(jwt, 'POST', '/tokens', { name }, 201)
    return { id: created.id, token: String(created.accessToken) }
  }
  /** Every connection ends at once; later requests with its token get 401. */
  const expectEnded = async (streams: HeldStream[]) => {
    const endings = await Promise.all(streams.map(endsPromptly))
    for (const [index, stream] of streams.entries()) {
      if (stream.face === 'ws') {
        expect(endings[index]?.code).toBe(1008)
        expect(endings[index]?.reason).toMatch(/^invalid token: /)
      }
      expect(await stream.again(), stream.face).toBe(401)
    }
    return endings
  }
  const expectOpen = async (streams: HeldStream[]) => {
    await sleep(300)
    for (const stream of streams) expect(stream.isOpen(), stream.face).toBe(true)
  }

  beforeAll(async () => {
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
    })
    adminToken = await login('admin@example.com', 'admin-password')
  })
  afterAll(async () => {
    await Promise.all(held.map((stream) => stream.close()))
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('revoking an API token ends every stream and socket it opened, and no other', async () => {
    const alice = await newAdmin('alice')
    const doomed = await apiToken(alice.jwt, 'doomed')
    const kept = await apiToken(alice.jwt, 'kept')
    const revoked = await Promise.all(FACES.map((face) => hold(face, doomed.token)))
    const others = await Promise.all([
      hold('ws', kept.token),
      hold('mcp', kept.token),
      hold('logs', alice.jwt),
    ])
    await expectOpen([...revoked, ...others])

    await api(alice.jwt, 'DELETE', `/tokens/${doomed.id}`)
    const [, , ws] = await expectEnded(revoked)
    expect(ws?.reason).toBe(`invalid token: API token ${doomed.id} was revoked`)
    await expectOpen(others)
  })

  it('logging out ends the streams of that session JWT, not of another sign-in', async () => {
    const bea = await newAdmin('bea')
    const other = await login(bea.email, 'bea-password')
    const out = await Promise.all(
      (['mcp', 'logs', 'ws', 'sse'] as const).map((face) => hold(face, bea.jwt)),
    )
    const stays = await Promise.all([hold('listen', other), hold('ws', other)])
    await expectOpen([...out, ...stays])

    await api(bea.jwt, 'POST', '/auth/logout')
    const [, , ws] = await expectEnded(out)
    expect(ws?.reason).toBe('invalid token: this session was logged out')
    await expectOpen(stays)
  })

  it("deactivating a user ends their session JWTs' and API tokens' connections", async () => {
    const cid = await newAdmin('cid')
    const token = await apiToken(cid.jwt, 'cid')
    const streams = await Promise.all([
      hold('sse', cid.jwt),
      hold('ws', token.token),
      hold('listen', cid.jwt),
      hold('mcp', token.token),
      hold('logs', token.token),
    ])
    const admins = await Promise.all([hold('sse', adminToken), hold('ws', adminToken)])
    await expectOpen([...streams, ...admins])

    await api(adminToken, 'PUT', `/users/${cid.email}`, { isActive: false })
    const [, ws] = await expectEnded(streams)
    expect(ws?.reason).toBe(
      `invalid token: the owner of API token ${token.id} is unknown or inactive`,
    )
    await expectOpen(admins)
  })

  it('deleting a user ends their connections', async () => {
    const dee = await newAdmin('dee')
    const token = await apiToken(dee.jwt, 'dee')
    const streams = await Promise.all([
      hold('ws', dee.jwt),
      hold('mcp', token.token),
      hold('listen', token.token),
      hold('sse', dee.jwt),
      hold('logs', dee.jwt),
    ])
    await expectOpen(streams)

    await api(adminToken, 'DELETE', `/users/${dee.email}`)
    const [ws] = await expectEnded(streams)
    expect(ws?.reason).toBe(`invalid token: user '${dee.email}' is unknown or inactive`)
  })

  it("a password change ends its user's older session JWTs' connections, not API tokens'", async () => {
    const eve = await newAdmin('eve')
    const token = await apiToken(eve.jwt, 'eve')
    const streams = await Promise.all([hold('ws', eve.jwt), hold('listen', eve.jwt)])
    const kept = await Promise.all([hold('ws', token.token), hold('sse', token.token)])
    await expectOpen([...streams, ...kept])

    await api(adminToken, 'PUT', `/users/${eve.email}`, { password: 'eve-new-password' })
    const [ws] = await expectEnded(streams)
    expect(ws?.reason).toBe(
      'invalid token: the password was changed after it was issued; sign in again',
    )
    await expectOpen(kept)
  })

  it('a credential that expires ends its connections then, others staying open', async () => {
    const fay = await newAdmin('fay')
    // a session JWT as the `token` command signs it, valid for 1 second (and 5 s of clock leeway)
    const brief = await gw.auth.signer.sign({ sub: fay.email, expiresInMinutes: 1 / 60 })
    const { exp: expiresAt } = JSON.parse(
      Buffer.from(brief.split('.')[1]!, 'base64url').toString(),
    ) as { exp: number }
    const streams = await Promise.all(FACES.map((face) => hold(face, brief)))
    const kept = await Promise.all([hold('ws', fay.jwt), hold('sse', fay.jwt)])
    await expectOpen([...streams, ...kept])

    await sleep((expiresAt + 5) * 1000 - Date.now())
    const [ws] = await expectEnded(streams.filter((stream) => stream.face === 'ws'))
    expect(ws?.reason).toBe('invalid token: it has expired')
    await expectEnded(streams)
    await expectOpen(kept)
  })

  it('keeps no connection it has ended or that closed by itself', async () => {
    const open = held.filter((stream) => stream.isOpen())
    expect(open.length).toBeGreaterThan(0)
    expect(gw.openSessions.size).toBe(open.length)
    await Promise.all(open.map((stream) => stream.close()))
    await expect.poll(() => gw.openSessions.size).toBe(0)
  })
})
