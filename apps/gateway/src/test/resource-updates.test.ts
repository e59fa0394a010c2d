import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import {
  startConformanceUpstream,
  type ConformanceUpstream,
} from './fixtures/conformance-upstream.js'
import { callApi, listen, untilActive, type ApiJson } from './test-gateway.js'

const URI = 'test://watched-resource'

// A 2026-era upstream announces resource changes on its listen stream; the gateway watches every
// resource it federates and passes each change to the clients that asked for it, in both eras.
describe('resource updates from a 2026-era upstream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-updates-'))
  let upstream: ConformanceUpstream
  let gw: RunningGateway
  let mcpUrl: URL
  let watched: ApiJson | undefined
  const clients: Client[] = []

  let admin = ''
  const login = async (email: string, password: string) => {
    const body = { email, password }
    return String((await callApi(gw.url, 'POST', '/auth/login', { body, status: 200 })).accessToken)
  }
  const api = (method: string, path: string, body?: unknown, token = admin) =>
    callApi(gw.url, method, path, { body, token })

  async function connect(
    mode: 'legacy' | { pin: '2026-07-28' },
    seen: unknown[],
    options: { url?: URL; token?: string } = {},
  ) {
    const client = new Client(
      { name: 'updates-test', version: '1.0.0' },
      {
        versionNegotiation: { mode },
      },
    )
    client.setNotificationHandler('notifications/resources/updated', (notification) => {
      seen.push(notification.params)
    })
    const authorization = `Bearer ${options.token ?? admin}`
    await client.connect(
      new StreamableHTTPClientTransport(options.url ?? mcpUrl, {
        requestInit: { headers: { authorization } },
      }),
    )
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    upstream = await startConformanceUpstream()
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
    })
    admin = await login('admin@example.com', 'admin-password')
    const gateway = await api('POST', '/gateways', { name: 'watched', url: upstream.url })
    await untilActive(gw.url, gateway.id, { token: admin })
    const resources = await api('GET', `/resources?gateway_id=${gateway.id}`)
    watched = resources.find((resource) => resource.uri === URI)
    const server = await api('POST', '/servers', {
      name: 'watching',
      associated_resources: [watched?.id],
    })
    mcpUrl = new URL(`${gw.url}/servers/${server.id}/mcp`)
  }, 30_000)

  /** Has the upstream announce a change to the resource until `seen` holds. */
  async function announceUntil(seen: () => boolean) {
    const poll = () => {
      upstream.resourceUpdated(URI)
      return seen()
    }
    await expect.poll(poll, { timeout: 10_000, interval: 200 }).toBe(true)
  }

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()))
    await gw?.stop()
    await upstream?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('reaches a 2025-era subscriber and a 2026-era listener, and no one else', async () => {
    const legacySeen: unknown[] = []
    const modernSeen: unknown[] = []
    const bystanderSeen: unknown[] = []
    const legacy = await connect('legacy', legacySeen)
    await legacy.request({ method: 'resources/subscribe', params: { uri: URI } })
    const modern = await connect({ pin: '2026-07-28' }, modernSeen)
    await modern.listen({ resourceSubscriptions: [URI] })
    await connect('legacy', bystanderSeen)

    // The gateway's own listen stream to the upstream opens in the background: announce until seen.
    await announceUntil(() => legacySeen.length > 0 && modernSeen.length > 0)
    expect(legacySeen[0]).toMatchObject({ uri: URI })
    expect(modernSeen[0]).toMatchObject({ uri: URI })
    expect(bystanderSeen).toEqual([])

    await legacy.request({ method: 'resources/unsubscribe', params: { uri: URI } })
    const before = legacySeen.length
    upstream.resourceUpdated(URI)
    await expect.poll(() => modernSeen.length, { timeout: 5_000 }).toBeGreaterThan(1)
    expect(legacySeen.length).toBe(before)
  })

  it('reaches only the listeners and subscribers who may see the resource', async () => {
    await api('POST', '/users', { email: 'bob@example.com', password: 'bob-password' })
    const bob = await login('bob@example.com', 'bob-password')
    await api('PUT', `/resources/${watched?.id}`, { visibility: 'private' })
    const catalog = new URL(`${gw.url}/mcp`)
    const adminSeen: unknown[] = []
    const bobSeen: unknown[] = []
    const mine = await connect({ pin: '2026-07-28' }, adminSeen, { url: catalog })
    await mine.listen({ resourceSubscriptions: [URI] })
    const theirs = await connect({ pin: '2026-07-28' }, bobSeen, { url: catalog, token: bob })
    await theirs.listen({ resourceSubscriptions: [URI] })
    // A 2025-era subscription is refused as reading it would be: not found for bob.
    const legacy = await connect('legacy', bobSeen, { url: catalog, token: bob })
    const refused = legacy.request({ method: 'resources/subscribe', params: { uri: URI } })
    await expect(refused).rejects.toThrow(`resource '${URI}' not found`)

    await announceUntil(() => adminSeen.length > 0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(bobSeen).toEqual([])

    // Public again: bob's stream, open all along, hears of the next change.
    await api('PUT', `/resources/${watched?.id}`, { visibility: 'public' })
    await announceUntil(() => bobSeen.length > 0)
  })
})
