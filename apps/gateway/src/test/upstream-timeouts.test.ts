import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, listen, untilActive } from './test-gateway.js'

/** UPSTREAM_TIMEOUT_SECONDS and DISCOVERY_TIMEOUT_SECONDS, through a real gateway and stdio upstream. */

const flaky = fileURLToPath(new URL('./fixtures/flaky-upstream.mjs', import.meta.url))

describe('the upstream timeouts a gateway is configured with', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-timeouts-'))
  let gw: RunningGateway
  let client: Client
  const api = (method: string, path: string, body?: unknown) =>
    callApi(gw.url, method, path, { body })

  beforeAll(async () => {
    gw = await listen(dir, {
      AUTH_REQUIRED: 'false',
      HEALTH_CHECK_INTERVAL: '0',
      UPSTREAM_TIMEOUT_SECONDS: '3',
      DISCOVERY_TIMEOUT_SECONDS: '2',
    })
    const gateway = await api('POST', '/gateways', {
      name: 'flaky',
      command: process.execPath,
      args: [flaky],
    })
    await untilActive(gw.url, gateway.id)
    client = new Client({ name: 'timeouts', version: '1.0.0' })
    await client.connect(new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`)))
  }, 60_000)
  afterAll(async () => {
    await client?.close()
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('fails a call past UPSTREAM_TIMEOUT_SECONDS in about that time', async () => {
    const started = Date.now()
    await expect(
      client.callTool({ name: 'flaky-slow', arguments: { ms: 20_000 } }),
    ).rejects.toThrow(/no answer to tools\/call within 3000 ms/)
    const took = Date.now() - started
    expect(took).toBeGreaterThanOrEqual(2_900)
    expect(took).toBeLessThan(7_000)
  })

  it("lets a tool's own timeoutMs win over UPSTREAM_TIMEOUT_SECONDS", async () => {
    const slow = String((await api('GET', '/tools?q=flaky-slow'))[0]?.id)
    await api('PUT', `/tools/${slow}`, { timeoutMs: 6000 })
    try {
      const result = await client.callTool({ name: 'flaky-slow', arguments: { ms: 4000 } })
      expect(result.content).toEqual([{ type: 'text', text: 'slow done' }])
    } finally {
      await api('PUT', `/tools/${slow}`, { timeoutMs: null })
    }
  })

  it('marks an upstream whose discovery outlasts DISCOVERY_TIMEOUT_SECONDS unreachable', async () => {
    const started = Date.now()
    const silent = await api('POST', '/gateways', {
      name: 'silent',
      command: process.execPath,
      args: [flaky],
      env: { SILENT: 'tools/list' },
    })
    let status = await api('GET', `/gateways/${silent.id}`)
    while (status.status === 'pending' && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      status = await api('GET', `/gateways/${silent.id}`)
    }
    expect(status.status).toBe('unreachable')
    expect(status.statusReason).toMatch(/discovery of 'silent' took longer than 2000 ms/)
    expect(Date.now() - started).toBeLessThan(6_000)
    await api('DELETE', `/gateways/${silent.id}`)
  })

  it('allows each retry of a discovery longer, so that a server slow to start is found', async () => {
    // it takes 3 s to start every time (as a first `npx -y` downloading it, stopped each time)
    const slow = await api('POST', '/gateways', {
      name: 'slow-start',
      command: process.execPath,
      args: [flaky],
      env: { START_DELAY_MS: '3000' },
    })
    const started = Date.now()
    let status = await api('GET', `/gateways/${slow.id}`)
    while (status.status !== 'active' && Date.now() - started < 30_000) {
      // the first try, of DISCOVERY_TIMEOUT_SECONDS: its connect or its discovery ran out of time
      if (status.status === 'unreachable')
        expect(status.statusReason).toMatch(/(took longer than|no answer within) 2000 ms$/)
      await new Promise((resolve) => setTimeout(resolve, 200))
      status = await api('GET', `/gateways/${slow.id}`)
    }
    expect(status.status).toBe('active')
    const tools = (await api('GET', `/tools?gateway_id=${slow.id}`)) as { name: string }[]
    expect(tools.map((tool) => tool.name)).toContain('slow-start-ok')
    await api('DELETE', `/gateways/${slow.id}`)
  })
})
