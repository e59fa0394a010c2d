import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/**
 * DPoP (RFC 9449, the MCP DPoP extension) end to end: an authorization server that binds tokens
 * to the key of the token request's proof and an upstream that takes them only with a fresh proof
 * of that key. The gateway's upstream sessions present the token that way, refresh it with the
 * same key, and keep the key with the tokens (sealed), so a restarted gateway carries on.
 */
describe('upstream OAuth with DPoP-bound tokens', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchyard-dpop-'))
  let as: TestAuthServer
  let upstream: ProtectedUpstream
  let gw: TestGateway
  let gatewayId: string

  const open = async () => {
    gw = await openTestGateway({ SWITCHYARD_DATA_DIR: dataDir, HEALTH_CHECK_INTERVAL: '0' })
  }
  const whoami = (tool = 'bound-whoami') => whoamiThrough(gw, tool)
  const active = (id = gatewayId) => untilActive(gw, id, { token: gw.adminToken })

  beforeAll(async () => {
    as = await startAuthServer(2, { dpop: true })
    upstream = await startProtectedUpstream(as)
    await open()
  })
  afterAll(async () => {
    await gw?.dispose()
    await Promise.all([upstream?.close(), as?.close()])
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('gets a DPoP-bound token and presents it with a fresh proof on every request', async () => {
    const created = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      body: { name: 'bound', url: upstream.url, auth: { type: 'oauth2-code' } },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    gatewayId = ((await created.json()) as { id: string }).id
    as.user = 'the-admin'
    const start = await gw.call('GET', `/oauth/authorize/${gatewayId}`, { token: gw.adminToken })
    expect(start.status, await start.clone().text()).toBe(302)
    const atAs = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' })
    const back = new URL(atAs.headers.get('location') ?? '')
    const done = await gw.call('GET', `${back.pathname}${back.search}`, { token: gw.adminToken })
    expect(done.status, await done.clone().text()).toBeLessThan(400)
    await active()

    expect(await whoami()).toBe('the-admin')
    expect(as.counts.dpopBound).toBe(1)
    expect(upstream.dpop.requests).toBeGreaterThan(1)
    expect(upstream.dpop.proofIds.size).toBe(upstream.dpop.requests)
  })

  it('refreshes the bound token with proofs of the same key', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect(await whoami()).toBe('the-admin')
    expect(as.counts.refreshes).toBeGreaterThan(0)
    expect(as.counts.dpopBound).toBe(1 + as.counts.refreshes)
  })

  it('binds the tokens of the gateway on its own behalf (oauth2-client) as well', async () => {
    const bound = as.counts.dpopBound
    const requests = upstream.dpop.requests
    const created = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      body: {
        name: 'machine',
        url: upstream.url,
        auth: { type: 'oauth2-client', clientId: CC_CLIENT.id, clientSecret: CC_CLIENT.secret },
      },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    await active(((await created.json()) as { id: string }).id)
    expect(await whoami('machine-whoami')).toBe(CC_CLIENT.id)
    expect(as.counts.dpopBound).toBeGreaterThan(bound)
    expect(upstream.dpop.requests).toBeGreaterThan(requests)
  })

  it('keeps the key with the tokens: a restarted gateway presents them without a new authorization', async () => {
    await gw.dispose()
    await open()
    await active()
    const { codes } = as.counts
    const { refused } = upstream
    expect(await whoami()).toBe('the-admin')
    expect(as.counts.codes).toBe(codes)
    expect(upstream.refused).toBe(refused)
  })
})
