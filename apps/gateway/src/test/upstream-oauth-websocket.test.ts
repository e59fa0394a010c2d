import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CC_CLIENT,
  startAuthServer,
  startProtectedUpstream,
  type ProtectedUpstream,
  type TestAuthServer,
  whoamiThrough,
} from './fixtures/oauth-fixtures.js'
import { openTestGateway, untilActive, type TestGateway } from './test-gateway.js'

/** The gateway on its own behalf: client credentials of the test authorization server's client. */
const OWN_TOKEN = { type: 'oauth2-client', clientId: CC_CLIENT.id, clientSecret: CC_CLIENT.secret }

/**
 * Upstream OAuth for a WebSocket upstream: discovery and the 401 challenge go over the HTTP of its
 * handshake, the resource indicator is the ws: URL its metadata names, and the token (Bearer, or
 * DPoP-bound with a proof for the handshake's GET) goes on the handshake.
 */
describe('upstream OAuth over WebSocket', () => {
  let gw: TestGateway
  let as: TestAuthServer
  let upstream: ProtectedUpstream
  let dpopAs: TestAuthServer
  let dpopUpstream: ProtectedUpstream

  const register = async (name: string, url: string, auth: Record<string, unknown>) => {
    const created = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      body: { name, url, transport: 'websocket', auth },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    return ((await created.json()) as { id: string }).id
  }
  const whoami = (tool: string) => whoamiThrough(gw, tool)

  beforeAll(async () => {
    as = await startAuthServer(2)
    upstream = await startProtectedUpstream(as)
    dpopAs = await startAuthServer(60, { dpop: true })
    dpopUpstream = await startProtectedUpstream(dpopAs)
    gw = await openTestGateway({ HEALTH_CHECK_INTERVAL: '0' })
  })
  afterAll(async () => {
    await gw?.dispose()
    await Promise.all([upstream, as, dpopUpstream, dpopAs].map((part) => part?.close()))
  })

  it('authorizes a user for the ws: resource, then serves calls with the token on the handshake', async () => {
    const id = await register('socket', upstream.wsUrl, { type: 'oauth2-code' })
    as.user = 'the-admin'
    const start = await gw.call('GET', `/oauth/authorize/${id}`, { token: gw.adminToken })
    expect(start.status, await start.clone().text()).toBe(302)
    const query = new URL(start.headers.get('location') ?? '').searchParams
    expect(query.get('resource')).toBe(upstream.wsUrl)
    const atAs = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' })
    const back = new URL(atAs.headers.get('location') ?? '')
    const done = await gw.call('GET', `${back.pathname}${back.search}`, { token: gw.adminToken })
    expect(done.status, await done.clone().text()).toBe(200)
    await untilActive(gw, id, { token: gw.adminToken, timeoutMs: 8_000 })
    expect(await whoami('socket-whoami')).toBe('the-admin')
  })

  it('opens a new socket with a refreshed token once the old one expires', async () => {
    const { refreshes } = as.counts
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect(await whoami('socket-whoami')).toBe('the-admin')
    expect(as.counts.refreshes).toBeGreaterThan(refreshes)
  })

  it('gets a token of its own (client credentials) for a WebSocket upstream', async () => {
    const id = await register('socket-machine', upstream.wsUrl, OWN_TOKEN)
    await untilActive(gw, id, { token: gw.adminToken, timeoutMs: 8_000 })
    expect(await whoami('socket-machine-whoami')).toBe(CC_CLIENT.id)
  })

  it('presents a DPoP-bound token with a proof for the handshake', async () => {
    const id = await register('socket-bound', dpopUpstream.wsUrl, OWN_TOKEN)
    await untilActive(gw, id, { token: gw.adminToken, timeoutMs: 8_000 })
    expect(await whoami('socket-bound-whoami')).toBe(CC_CLIENT.id)
    expect(dpopAs.counts.dpopBound).toBeGreaterThan(0)
    expect(dpopUpstream.dpop.requests).toBeGreaterThan(0)
    expect(dpopUpstream.dpop.proofIds.size).toBe(dpopUpstream.dpop.requests)
  })

  it('refuses the wrong resource: metadata naming another server ends as a clear failure', async () => {
    const id = await register(
      'socket-elsewhere',
      upstream.wsUrl.replace('/ws', '/other'),
      OWN_TOKEN,
    )
    const deadline = Date.now() + 15_000
    let gateway: { status?: string; statusReason?: string } = {}
    while (Date.now() < deadline && gateway.status !== 'unreachable') {
      const res = await gw.call('GET', `/gateways/${id}`, { token: gw.adminToken })
      gateway = (await res.json()) as typeof gateway
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(gateway.status).toBe('unreachable')
    expect(gateway.statusReason).toMatch(/does not match expected/)
  })
})
