import type { Client } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectAsAdmin, openTestGateway, untilActive, type TestGateway } from './test-gateway.js'
import { startTracedUpstream, type TracedUpstream } from './traced-upstream.js'

/**
 * An MCP upstream's `passthroughHeaders`: the caller's values ride on each request to it over
 * streamable HTTP, in both eras (a 2026-era upstream on the gateway's direct path, a 2025-era one
 * through the SDK's client), and never replace the upstream's own configured headers.
 */
describe('passthrough headers to MCP upstreams', () => {
  let gw: TestGateway
  let modern: TracedUpstream
  let legacy: TracedUpstream
  let quiet: TracedUpstream
  let client: Client

  const register = async (name: string, upstream: TracedUpstream, passthroughHeaders: string[]) => {
    const res = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      body: {
        name,
        url: upstream.url,
        transport: 'streamablehttp',
        auth: { type: 'headers', headers: { 'X-Api-Key': 'configured' } },
        passthroughHeaders,
      },
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const { id } = (await res.json()) as { id: string }
    await untilActive(gw, id, { token: gw.adminToken })
  }

  beforeAll(async () => {
    ;[modern, legacy, quiet] = await Promise.all([
      startTracedUpstream(),
      startTracedUpstream({ legacyOnly: true }),
      startTracedUpstream(),
    ])
    gw = await openTestGateway()
    await register('modern', modern, ['X-Tenant', 'X-Api-Key'])
    await register('legacy', legacy, ['X-Tenant', 'X-Api-Key'])
    await register('quiet', quiet, [])
    client = await connectAsAdmin(gw, { 'X-Tenant': 'acme', 'X-Api-Key': 'from-the-caller' })
  }, 60_000)

  afterAll(async () => {
    await client?.close()
    await gw?.dispose()
    await Promise.all([modern?.close(), legacy?.close(), quiet?.close()])
  })

  const call = async (tool: string) => {
    const result = await client.callTool({ name: tool, arguments: { message: 'hi' } })
    expect(result.content).toEqual([{ type: 'text', text: 'hi' }])
  }

  it('a 2026-era upstream gets the listed caller headers, its own header kept', async () => {
    await call('modern-echo')
    expect(modern.calls.at(-1)?.headers).toMatchObject({
      'x-tenant': 'acme',
      'x-api-key': 'configured',
    })
  })

  it('a 2025-era upstream gets them on its session POSTs too', async () => {
    await call('legacy-echo')
    expect(legacy.calls.at(-1)?.headers).toMatchObject({
      'x-tenant': 'acme',
      'x-api-key': 'configured',
    })
  })

  it('an upstream that lists none gets none, and the gateway credential never travels', async () => {
    await call('quiet-echo')
    const headers = quiet.calls.at(-1)?.headers
    expect(headers?.['x-tenant']).toBeUndefined()
    expect(headers?.['x-api-key']).toBe('configured')
    for (const upstream of [modern, legacy, quiet])
      expect(upstream.calls.at(-1)?.headers.authorization).toBeUndefined()
  })
})
