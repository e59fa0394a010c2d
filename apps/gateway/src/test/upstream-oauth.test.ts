import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CC_CLIENT,
  CC_KEY,
  IDP_CLIENT_ID,
  startAuthServer,
  startProtectedUpstream,
  type ProtectedUpstream,
  type TestAuthServer,
  workloadToken,
} from './fixtures/oauth-fixtures.js'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>

/** The gateway's secret at the enterprise identity provider. */
const IDP_SECRET = 'idp-secret-value'

/**
 * Upstream OAuth end to end: a real authorization server and a real MCP upstream that demands its
 * tokens, the gateway in between (authorization code + PKCE, refresh, per-user tokens, client
 * credentials), driven over its REST API and a real MCP SDK client.
 */
describe('upstream OAuth', () => {
  let gw: TestGateway
  let as: TestAuthServer
  let upstream: ProtectedUpstream
  let ann: string
  let bob: string
  const clients: Client[] = []

  const json = async (res: Response, status: number): Promise<Json> => {
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return text === '' ? {} : (JSON.parse(text) as Json)
  }
  const gatewayOf = async (id: string) =>
    json(await gw.call('GET', `/gateways/${id}`, { token: gw.adminToken }), 200)
  const until = async (id: string, check: (g: Json) => boolean) => {
    const deadline = Date.now() + 15_000
    for (;;) {
      const g = await gatewayOf(id)
      if (check(g)) return g
      if (Date.now() > deadline) throw new Error(`gateway ${id}: ${JSON.stringify(g)}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const register = async (name: string, auth: Json) =>
    (await json(
      await gw.call('POST', '/gateways', {
        token: gw.adminToken,
        body: { name, url: upstream.url, auth, visibility: 'public' },
      }),
      201,
    )) as Json & { id: string }

  /** Runs /oauth/authorize -> the AS (which approves at once) -> /oauth/callback, as `token`. */
  const authorizeAs = async (gatewayId: string, token: string, user: string) => {
    as.user = user
    const start = await gw.call('GET', `/oauth/authorize/${gatewayId}`, { token })
    expect(start.status, await start.clone().text()).toBe(302)
    const atAs = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' })
    expect(atAs.status).toBe(302)
    const back = new URL(atAs.headers.get('location') ?? '')
    expect(back.pathname).toBe('/oauth/callback')
    return { callback: `${back.pathname}${back.search}`, start }
  }

  const gatewayNamed = async (name: string) => {
    const listed = await gw.call('GET', '/gateways', { token: gw.adminToken })
    return ((await listed.json()) as Json[]).find((g) => g.name === name)
  }
  const connect = async (token: string) => {
    const client = new Client({ name: 'oauth-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL('http://gateway.test/mcp'), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
        fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
      }),
    )
    clients.push(client)
    return client
  }
  const whoami = async (client: Client, tool: string) => {
    const result = (await client.callTool({ name: tool, arguments: {} })) as {
      content: { text: string }[]
      isError?: boolean
    }
    return result.content[0]?.text
  }

  // The deployment's workload identity token, as a platform would mount it.
  const tokenDir = mkdtempSync(join(tmpdir(), 'switchyard-workload-'))
  const tokenFile = join(tokenDir, 'token')

  beforeAll(async () => {
    as = await startAuthServer(2)
    upstream = await startProtectedUpstream(as)
    writeFileSync(tokenFile, `${workloadToken('agents-workload', as.url)}\n`)
    gw = await openTestGateway({
      HEALTH_CHECK_INTERVAL: '0',
      PUBLIC_BASE_URL: 'https://gateway.example.com',
      OAUTH_WORKLOAD_TOKEN_FILE: tokenFile,
    })
    for (const name of ['ann', 'bob'])
      await json(
        await gw.call('POST', '/users', {
          token: gw.adminToken,
          body: { email: `${name}@example.com`, password: `${name}-password` },
        }),
        201,
      )
    ann = await gw.login('ann@example.com', 'ann-password')
    bob = await gw.login('bob@example.com', 'bob-password')
  })
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()))
    await gw.dispose()
    await upstream.close()
    await as.close()
    rmSync(tokenDir, { recursive: true, force: true })
  })

  let shared: string
  it('waits for authorization, naming where to give it', async () => {
    shared = (await register('guarded', { type: 'oauth2-code' })).id
    const waiting = await until(shared, (g) => g.status === 'unreachable')
    expect(waiting.statusReason).toContain(`/oauth/authorize/${shared}`)
    expect(waiting.auth).toEqual({ type: 'oauth2-code' })
    const status = await json(
      await gw.call('GET', `/oauth/status/${shared}`, { token: gw.adminToken }),
      200,
    )
    expect(status).toMatchObject({ authorized: false, perUser: false, expiresAt: null })
  })

  let usedCallback: string
  it('authorizes with PKCE S256, state and resource, then turns active and serves calls', async () => {
    const { callback, start } = await authorizeAs(shared, gw.adminToken, 'the-admin')
    const query = new URL(start.headers.get('location') ?? '').searchParams
    expect(query.get('code_challenge_method')).toBe('S256')
    // The callback is on the gateway's public origin, not whatever Host the request came with.
    expect(query.get('redirect_uri')).toBe('https://gateway.example.com/oauth/callback')
    expect(query.get('resource')).toBe(upstream.url)
    expect(query.get('state')?.length).toBeGreaterThan(30)
    const done = await json(await gw.call('GET', callback), 200)
    expect(done).toMatchObject({ gatewayId: shared, authorized: true, status: 'active' })
    usedCallback = callback
    expect(as.counts.registrations).toBe(1)

    const client = await connect(gw.adminToken)
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('guarded-whoami')
    expect(await whoami(client, 'guarded-whoami')).toBe('the-admin')
  })

  it('refuses a replayed, unknown, missing, expired or refused state with a clear 400', async () => {
    const replay = await json(await gw.call('GET', usedCallback), 400)
    expect(replay.detail).toMatch(/unknown or already used state/)
    const unknown = await json(await gw.call('GET', '/oauth/callback?code=x&state=nope'), 400)
    expect(unknown.detail).toMatch(/unknown or already used state/)
    const missing = await json(await gw.call('GET', '/oauth/callback?code=x'), 400)
    expect(missing.detail).toMatch(/no state/)

    await gw.registry.oauth.begin({
      state: 'old-state',
      gatewayId: shared,
      user: '',
      codeVerifier: 'v',
      redirectUri: 'http://localhost/oauth/callback',
      redirectAfter: null,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    })
    const expired = await json(await gw.call('GET', '/oauth/callback?code=x&state=old-state'), 400)
    expect(expired.detail).toMatch(/expired/)

    const start = await gw.call('GET', `/oauth/authorize/${shared}`, { token: gw.adminToken })
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? ''
    const refused = await json(
      await gw.call(
        'GET',
        `/oauth/callback?state=${state}&error=access_denied&error_description=user+said+no`,
      ),
      400,
    )
    expect(refused.detail).toMatch(/access_denied \(user said no\)/)
    expect(refused.detail).toContain(`/oauth/authorize/${shared}`)
  })

  it('refreshes the token after it expires, and keeps serving', async () => {
    const client = await connect(gw.adminToken)
    const before = as.counts.refreshes
    await new Promise((resolve) => setTimeout(resolve, 2100))
    expect(await whoami(client, 'guarded-whoami')).toBe('the-admin')
    expect(as.counts.refreshes).toBeGreaterThan(before)
    const status = await json(
      await gw.call('GET', `/oauth/status/${shared}`, { token: gw.adminToken }),
      200,
    )
    expect(status).toMatchObject({ authorized: true, refreshable: true, scopes: 'mcp' })
    expect(Date.parse(String(status.expiresAt))).toBeGreaterThan(Date.now())
  })

  let personal: string
  it('keeps per-user tokens apart: a user who has not authorized gets the authorize URL', async () => {
    personal = (await register('personal', { type: 'oauth2-code', perUser: true })).id
    await until(personal, (g) => g.status === 'unreachable')
    const { callback } = await authorizeAs(personal, ann, 'ann-at-as')
    expect(await json(await gw.call('GET', callback), 200)).toMatchObject({
      user: 'ann@example.com',
      status: 'active',
    })
    const annClient = await connect(ann)
    expect(await whoami(annClient, 'personal-whoami')).toBe('ann-at-as')

    const bobClient = await connect(bob)
    const error = await bobClient.callTool({ name: 'personal-whoami', arguments: {} }).then(
      () => undefined,
      (e: unknown) => e as Error & { code?: number },
    )
    expect(error?.message).toContain(`/oauth/authorize/${personal}`)
    expect(error?.code).toBe(-32013)
    expect(
      await json(await gw.call('GET', `/oauth/status/${personal}`, { token: bob }), 200),
    ).toMatchObject({ authorized: false, user: 'bob@example.com' })

    const { callback: bobs } = await authorizeAs(personal, bob, 'bob-at-as')
    await json(await gw.call('GET', bobs), 200)
    expect(await whoami(bobClient, 'personal-whoami')).toBe('bob-at-as')
    expect(await whoami(annClient, 'personal-whoami')).toBe('ann-at-as')
  })

  it('lets only editors set a shared credential; per-user is open to any viewer', async () => {
    const denied = await json(
      await gw.call('GET', `/oauth/authorize/${shared}`, { token: bob }),
      403,
    )
    expect(denied.code).toBe('FORBIDDEN')
    const anonymous = await gw.call('GET', `/oauth/authorize/${shared}`)
    expect(anonymous.status).toBe(401)
  })

  it('answers 404 for an unknown gateway and 409 for one without authorization code', async () => {
    await json(await gw.call('GET', '/oauth/authorize/no-such-id', { token: gw.adminToken }), 404)
    const plain = await register('plain', { type: 'bearer', token: 'static-token' })
    const conflict = await json(
      await gw.call('GET', `/oauth/authorize/${plain.id}`, { token: gw.adminToken }),
      409,
    )
    expect(conflict.detail).toMatch(/does not use OAuth authorization code.*'bearer'/)
    await json(await gw.call('GET', `/oauth/status/${plain.id}`, { token: gw.adminToken }), 409)
    const badRedirect = await json(
      await gw.call('GET', `/oauth/authorize/${shared}?redirect=https://evil.example`, {
        token: gw.adminToken,
      }),
      422,
    )
    expect(JSON.stringify(badRedirect)).toMatch(/redirect/)
    await json(await gw.call('DELETE', `/gateways/${plain.id}`, { token: gw.adminToken }), 200)
  })

  it('uses OAuth client credentials against the same authorization server', async () => {
    const cc = await register('machine', {
      type: 'oauth2',
      tokenUrl: `${as.url}/token`,
      clientId: CC_CLIENT.id,
      clientSecret: CC_CLIENT.secret,
    })
    expect(cc.auth).toMatchObject({ type: 'oauth2', clientSecret: '*****' })
    await until(cc.id, (g) => g.status === 'active')
    const client = await connect(gw.adminToken)
    expect(await whoami(client, 'machine-whoami')).toBe(CC_CLIENT.id)
    expect(as.counts.clientCredentials).toBeGreaterThan(0)
  })

  it('uses the client credentials extension: the token endpoint found from the upstream, a secret or a signed assertion', async () => {
    const before = { ...as.counts }
    const withSecret = await register('machine-secret', {
      type: 'oauth2-client',
      clientId: CC_CLIENT.id,
      clientSecret: CC_CLIENT.secret,
    })
    expect(withSecret.auth).toMatchObject({ type: 'oauth2-client', clientSecret: '*****' })
    const withKey = await register('machine-key', {
      type: 'oauth2-client',
      clientId: CC_CLIENT.id,
      privateKey: CC_KEY.privateKeyPem,
      signingAlgorithm: 'ES256',
    })
    expect(withKey.auth).toMatchObject({ type: 'oauth2-client', privateKey: '*****' })
    await until(withSecret.id, (g) => g.status === 'active')
    await until(withKey.id, (g) => g.status === 'active')
    const client = await connect(gw.adminToken)
    expect(await whoami(client, 'machine-secret-whoami')).toBe(CC_CLIENT.id)
    expect(await whoami(client, 'machine-key-whoami')).toBe(CC_CLIENT.id)
    expect(as.counts.assertions).toBeGreaterThan(before.assertions)
    expect(as.counts.clientCredentials - as.counts.assertions).toBeGreaterThan(
      before.clientCredentials - before.assertions,
    )

    // A secret the authorization server refuses: the upstream ends unreachable, saying why.
    const refused = await register('machine-refused', {
      type: 'oauth2-client',
      clientId: CC_CLIENT.id,
      clientSecret: 'not-the-secret',
    })
    const waiting = await until(refused.id, (g) => g.status === 'unreachable')
    expect(waiting.statusReason).toContain('the client credentials grant failed')
  })

  it('trades the workload identity token for access tokens, reading it afresh at each grant', async () => {
    const auth = {
      type: 'oauth2-client',
      clientId: 'workload-client',
      workloadIdentity: true,
      authorizationServer: as.url,
    }
    const workload = await register('workload', auth)
    await until(workload.id, (g) => g.status === 'active')
    const client = await connect(gw.adminToken)
    expect(await whoami(client, 'workload-whoami')).toBe('agents-workload')
    // The platform rotates the token; the grant after the access token expires presents the new one.
    writeFileSync(tokenFile, workloadToken('rotated-workload', as.url))
    await expect
      .poll(() => whoami(client, 'workload-whoami'), { timeout: 10_000, interval: 250 })
      .toBe('rotated-workload')
    expect(as.counts.jwtBearer).toBeGreaterThan(1)

    // A gateway with no token file set: such an upstream is unreachable, naming the setting.
    const bare = await openTestGateway({ HEALTH_CHECK_INTERVAL: '0' })
    try {
      const body = { name: 'workload', url: upstream.url, auth }
      const created = await json(
        await bare.call('POST', '/gateways', { token: bare.adminToken, body }),
        201,
      )
      await expect
        .poll(async () => {
          const res = await bare.call('GET', `/gateways/${String(created.id)}`, {
            token: bare.adminToken,
          })
          return (await json(res, 200)).statusReason
        })
        .toContain('OAUTH_WORKLOAD_TOKEN_FILE is not set')
    } finally {
      await bare.dispose()
    }
  })

  it('trades the workload identity for an ID-JAG at the enterprise identity provider first (SEP-990)', async () => {
    const idJags = as.counts.idJags
    const enterprise = await register('enterprise', {
      type: 'oauth2-client',
      clientId: CC_CLIENT.id,
      clientSecret: CC_CLIENT.secret,
      workloadIdentity: true,
      authorizationServer: as.url,
      identityExchange: {
        tokenEndpoint: `${as.url}/idp/token`,
        clientId: IDP_CLIENT_ID,
        clientSecret: IDP_SECRET,
      },
    })
    expect(enterprise.auth).toMatchObject({
      clientSecret: '*****',
      identityExchange: { clientId: IDP_CLIENT_ID, clientSecret: '*****' },
    })
    await until(enterprise.id, (g) => g.status === 'active')
    const client = await connect(gw.adminToken)
    // the ID-JAG carries the workload's subject (the token file holds the rotated one by now)
    expect(await whoami(client, 'enterprise-whoami')).toBe('rotated-workload')
    expect(as.counts.idJags).toBeGreaterThan(idJags)
    expect(as.idJagResources.at(-1)).toBe(upstream.url)
  })

  it('refuses oauth2-client settings that cannot work with 422, naming the field', async () => {
    const attempt = async (auth: Json) => {
      const body = { name: 'machine-bad', url: upstream.url, auth }
      return json(await gw.call('POST', '/gateways', { token: gw.adminToken, body }), 422)
    }
    const base = { type: 'oauth2-client', clientId: CC_CLIENT.id }
    const oneWay = 'give one of clientSecret, privateKey or workloadIdentity'
    expect(JSON.stringify(await attempt(base))).toContain(oneWay)
    const both = { ...base, clientSecret: 'x', privateKey: CC_KEY.privateKeyPem }
    expect(JSON.stringify(await attempt(both))).toContain(
      'give clientSecret or privateKey, not both',
    )
    // the deployment's identity goes only to an authorization server named in the settings
    const unpinned = JSON.stringify(await attempt({ ...base, workloadIdentity: true }))
    expect(unpinned).toContain('workloadIdentity needs authorizationServer')
    const exchange = { tokenEndpoint: `${as.url}/idp/token`, clientId: IDP_CLIENT_ID }
    const noWorkload = { ...base, clientSecret: 'x', identityExchange: exchange }
    expect(JSON.stringify(await attempt(noWorkload))).toContain(
      'identityExchange trades the workload identity token: it needs workloadIdentity',
    )
    const badEndpoint = {
      ...base,
      workloadIdentity: true,
      authorizationServer: as.url,
      identityExchange: { ...exchange, tokenEndpoint: 'ftp://idp' },
    }
    expect(JSON.stringify(await attempt(badEndpoint))).toContain('identityExchange.tokenEndpoint')
    const shared = { ...base, privateKey: CC_KEY.privateKeyPem, signingAlgorithm: 'HS256' }
    expect(JSON.stringify(await attempt(shared))).toContain('an asymmetric JWS algorithm')
    const notAKey = JSON.stringify(await attempt({ ...base, privateKey: 'not a key' }))
    expect(notAKey).toContain('privateKey must be a private key in PEM form')
    const algorithm = { ...base, clientSecret: 'x', signingAlgorithm: 'ES256' }
    expect(JSON.stringify(await attempt(algorithm))).toContain(
      'signingAlgorithm goes with privateKey',
    )
    expect(await gatewayNamed('machine-bad')).toBeUndefined()
  })

  it('never shows a token or secret in API answers', async () => {
    const answers = [
      await gw.call('GET', '/gateways', { token: gw.adminToken }),
      await gw.call('GET', `/oauth/status/${shared}`, { token: gw.adminToken }),
      await gw.call('GET', `/oauth/status/${personal}`, { token: ann }),
      await gw.call('GET', '/export', { token: gw.adminToken }),
    ]
    const text = (await Promise.all(answers.map((a) => a.text()))).join('\n')
    expect(as.issued.length).toBeGreaterThan(3)
    for (const secret of [...as.issued, CC_CLIENT.secret, CC_KEY.privateKeyPem, IDP_SECRET])
      expect(text).not.toContain(secret)
  })

  it('carries the tokens through export and import into a gateway with another key', async () => {
    const document = await json(await gw.call('GET', '/export', { token: gw.adminToken }), 200)
    const other = await openTestGateway({
      HEALTH_CHECK_INTERVAL: '0',
      AUTH_ENCRYPTION_SECRET: 'another-sealing-secret-for-the-import-0123456789',
    })
    try {
      await json(
        await other.call('POST', '/import', {
          token: other.adminToken,
          body: { document, sourceSecret: gw.config.authEncryptionSecret },
        }),
        200,
      )
      const list = await json(
        await other.call('GET', '/gateways', { token: other.adminToken }),
        200,
      )
      const items = (Array.isArray(list) ? list : (list.items as Json[])) as (Json & {
        id: string
      })[]
      const guarded = items.find((g) => g.name === 'guarded')
      expect(guarded?.auth).toEqual({ type: 'oauth2-code' })
      const status = await json(
        await other.call('GET', `/oauth/status/${guarded?.id}`, { token: other.adminToken }),
        200,
      )
      expect(status).toMatchObject({ authorized: true, refreshable: true })
      const client = new Client({ name: 'oauth-import', version: '1.0.0' })
      await client.connect(
        new StreamableHTTPClientTransport(new URL('http://gateway.test/mcp'), {
          requestInit: { headers: { authorization: `Bearer ${other.adminToken}` } },
          fetch: (url, init) => Promise.resolve(other.app.request(String(url), init)),
        }),
      )
      const deadline = Date.now() + 15_000
      while (!(await client.listTools()).tools.some((t) => t.name === 'guarded-whoami')) {
        if (Date.now() > deadline) throw new Error('the imported upstream never listed its tools')
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(await whoami(client, 'guarded-whoami')).toBe('the-admin')
      await client.close()
    } finally {
      await other.dispose()
    }
  })

  it('forgets tokens: the upstream waits for authorization again', async () => {
    await json(await gw.call('DELETE', `/oauth/tokens/${personal}`, { token: bob }), 204)
    expect(
      await json(await gw.call('GET', `/oauth/status/${personal}`, { token: bob }), 200),
    ).toMatchObject({ authorized: false })
    expect(
      await json(await gw.call('GET', `/oauth/status/${personal}`, { token: ann }), 200),
    ).toMatchObject({ authorized: true })
    await json(await gw.call('DELETE', `/oauth/tokens/${shared}`, { token: gw.adminToken }), 204)
    const waiting = await until(shared, (g) => g.status === 'unreachable')
    expect(waiting.statusReason).toContain(`/oauth/authorize/${shared}`)
  })
})
