import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

interface Page {
  items: { name: string }[]
  nextCursor: string | null
}

interface Series {
  kind: string
  name: string | null
  bucketSeconds: number
  points: { at: string; calls: number; failures: number; errorRate: number; p50Ms: number | null }[]
}

// What the admin UI's operations pages read: list search, the metrics time series and upstream
// health history, through the REST API.
describe('operations views over the REST API', () => {
  let gw: TestGateway
  let rest: Server
  let restUrl: string

  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await gw.call('GET', path, { token: gw.adminToken })
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as T
  }
  const rpc = async (name: string, args: Record<string, unknown>) => {
    const res = await gw.call('POST', '/rpc', {
      token: gw.adminToken,
      body: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } },
    })
    expect(res.status).toBe(200)
    return (await res.json()) as { result?: { isError?: boolean } }
  }

  beforeAll(async () => {
    gw = await openTestGateway()
    rest = createServer((req, res) => {
      res.writeHead(req.url?.includes('fail') ? 500 : 200, { 'content-type': 'application/json' })
      res.end('{"ok":true}')
    })
    await new Promise<void>((resolve) => rest.listen(0, '127.0.0.1', resolve))
    restUrl = `http://127.0.0.1:${(rest.address() as AddressInfo).port}`
    for (const [name, description] of [
      ['alpha_lookup', 'Finds ALPHA records'],
      ['beta_lookup', 'Finds beta records'],
      ['gamma_report', 'Weekly report'],
      ['delta_report', null],
    ] as const) {
      const res = await gw.call('POST', '/tools', {
        token: gw.adminToken,
        body: {
          name,
          url: `${restUrl}/${name.startsWith('delta') ? 'fail' : 'ok'}`,
          ...(description && { description }),
        },
      })
      expect(res.status).toBe(201)
    }
  })
  afterAll(async () => {
    await gw.dispose()
    await new Promise((resolve) => rest.close(resolve))
  })

  it('searches tools by text, case-insensitively, page by page', async () => {
    const first = await get<Page>('/tools?q=LOOKUP&limit=1&include_pagination=true')
    expect(first.items.map((tool) => tool.name)).toEqual(['alpha_lookup'])
    const second = await get<Page>(
      `/tools?q=LOOKUP&limit=1&include_pagination=true&cursor=${first.nextCursor}`,
    )
    expect(second).toEqual({
      items: [expect.objectContaining({ name: 'beta_lookup' })],
      nextCursor: null,
    })
    const byDescription = await get<{ name: string }[]>('/v1/tools?q=weekly')
    expect(byDescription.map((tool) => tool.name)).toEqual(['gamma_report'])
    expect(await get<unknown[]>('/tools?q=%25')).toEqual([])
    expect(await get<unknown[]>('/gateways?q=anything')).toEqual([])
  })

  it('refuses a search text that is too long, naming q', async () => {
    const error = await get<{ code: string; detail: string; errors: { field: string }[] }>(
      `/tools?q=${'x'.repeat(201)}`,
      422,
    )
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.detail).toContain('q')
    expect(error.detail).toContain('at most 200 characters')
  })

  it('answers calls and failures per minute for a tool and for all tools', async () => {
    expect((await rpc('alpha_lookup', {})).result?.isError).toBeFalsy()
    expect((await rpc('alpha_lookup', {})).result?.isError).toBeFalsy()
    expect((await rpc('delta_report', {})).result?.isError).toBe(true)
    const one = await get<Series>('/metrics/timeseries?kind=tool&name=alpha_lookup&minutes=5')
    expect(one).toMatchObject({ kind: 'tool', name: 'alpha_lookup', bucketSeconds: 60 })
    expect(one.points).toHaveLength(5)
    expect(one.points.reduce((sum, point) => sum + point.calls, 0)).toBe(2)
    expect(one.points.at(-1)?.p50Ms).not.toBeNull()
    const all = await get<Series>('/metrics/timeseries')
    expect(all.points).toHaveLength(60)
    expect(all.points.reduce((sum, point) => sum + point.calls, 0)).toBe(3)
    expect(all.points.reduce((sum, point) => sum + point.failures, 0)).toBe(1)
    const bad = await get<{ detail: string }>('/metrics/timeseries?kind=disk', 422)
    expect(bad.detail).toContain('kind')
    const stranger = await gw.call('GET', '/metrics/timeseries')
    expect(stranger.status).toBe(401)
  })

  it("records an upstream's state changes with their time", async () => {
    const res = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      body: { name: 'nowhere', url: 'http://127.0.0.1:9/mcp' },
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    type Health = {
      status: string
      transitions: { at: string; status: string; reason: string | null }[]
    }
    let health = await get<Health>(`/gateways/${id}/health`)
    while (health.status === 'pending') {
      await new Promise((resolve) => setTimeout(resolve, 100))
      health = await get<Health>(`/gateways/${id}/health`)
    }
    expect(health.status).toBe('unreachable')
    await gw.call('POST', `/gateways/${id}/state?activate=false`, { token: gw.adminToken })
    await gw.registry.catalog.settled()
    health = await get<Health>(`/v1/gateways/${id}/health`)
    expect(health.status).toBe('disabled')
    expect(health.transitions.map((t) => t.status)).toEqual(['pending', 'unreachable', 'disabled'])
    expect(health.transitions[1]?.reason).toBeTruthy()
    expect(health.transitions[2]?.reason).toBeNull()
    expect(Date.parse(health.transitions[2]?.at ?? '')).toBeGreaterThanOrEqual(
      Date.parse(health.transitions[0]?.at ?? ''),
    )
    await get(`/gateways/no-such-gateway/health`, 404)
  })
})
