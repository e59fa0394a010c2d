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
import { callApi, listen, untilActive } from './test-gateway.js'

const URI = 'test://watched-resource'

// A 2026-era upstream announces resource changes on its listen stream; the gateway watches every
// resource it federates and passes each change to the clients that asked for it, in both eras.
describe('resource updates from a 2026-era upstream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-updates-'))
  let upstream: ConformanceUpstream
  let gw: RunningGateway
  let mcpUrl: URL
  const clients: Client[] = []

  const api = (method: string, path: string, body?: unknown) =>
    callApi(gw.url, method, path, { body })

  async function connect(mode: 'legacy' | { pin: '2026-07-28' }, seen: unknown[]) {
    const client = new Client(
      { name: 'updates-test', version: '1.0.0' },
      {
        versionNegotiation: { mode },
      },
    )
    client.setNotificationHandler('notifications/resources/updated', (notification) => {
      seen.push(notification.params)
    })
    await client.connect(new StreamableHTTPClientTransport(mcpUrl))
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    upstream = await startConformanceUpstream()
    gw = await listen(dir, { AUTH_REQUIRED: 'false' })
    const gateway = await api('POST', '/gateways', { name: 'watched', url: upstream.url })
    await untilActive(gw.url, gateway.id)
    const resources = await api('GET', `/resources?gateway_id=${gateway.id}`)
    const watched = resources.find((resource) => resource.uri === URI)
    const server = await api('POST', '/servers', {
      name: 'watching',
      associated_resources: [watched?.id],
    })
    mcpUrl = new URL(`${gw.url}/servers/${server.id}/mcp`)
  }, 30_000)

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
    await expect
      .poll(
        () => {
          upstream.resourceUpdated(URI)
          return legacySeen.length > 0 && modernSeen.length > 0
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true)
    expect(legacySeen[0]).toMatchObject({ uri: URI })
    expect(modernSeen[0]).toMatchObject({ uri: URI })
    expect(bystanderSeen).toEqual([])

    await legacy.request({ method: 'resources/unsubscribe', params: { uri: URI } })
    const before = legacySeen.length
    upstream.resourceUpdated(URI)
    await expect.poll(() => modernSeen.length, { timeout: 5_000 }).toBeGreaterThan(1)
    expect(legacySeen.length).toBe(before)
  })
})
