import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { RunningGateway } from '../server.js'
import { callApi, freePort, listen, serverScript, untilActive } from './test-gateway.js'

/** Faults and bad input on the MCP face: crashes, slow upstreams, malformed and oversized messages. */

const flaky = fileURLToPath(new URL('./fixtures/flaky-upstream.mjs', import.meta.url))

describe('an upstream that misbehaves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-faults-'))
  let gw: RunningGateway
  let mcpUrl: string
  let client: Client
  const starts = join(dir, 'starts')
  const started = () => readFileSync(starts, 'utf8').trim().split('\n')

  const api = (method: string, path: string, body?: unknown) =>
    callApi(gw.url, method, path, { body })
  const text = (result: unknown) => (result as { content: { text: string }[] }).content[0]?.text

  beforeAll(async () => {
    gw = await listen(dir, { AUTH_REQUIRED: 'false', SWITCHYARD_MAX_BODY_BYTES: '65536' })
    const gateway = await api('POST', '/gateways', {
      name: 'flaky',
      command: process.execPath,
      args: [flaky],
      env: { STARTS_FILE: starts },
    })
    await untilActive(gw.url, gateway.id)
    const tools = await api('GET', `/tools?gateway_id=${gateway.id}`)
    const server = await api('POST', '/servers', {
      name: 'flaky',
      associated_tools: tools.map((t) => t.id),
    })
    mcpUrl = `${gw.url}/servers/${server.id}/mcp`
    client = new Client({ name: 'faults', version: '1.0.0' })
    await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)))
  }, 60_000)
  afterAll(async () => {
    await client?.close()
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers a call whose upstream crashes with an error, then reconnects for the next call', async () => {
    const before = text(await client.callTool({ name: 'flaky-ok', arguments: {} }))
    // named as registered, its command (node, not the fixture's name) as detail
    await expect(client.callTool({ name: 'flaky-crash', arguments: {} })).rejects.toThrow(
      `upstream 'flaky' (stdio "${process.execPath}")`,
    )
    const after = text(await client.callTool({ name: 'flaky-ok', arguments: {} }))
    expect(after).toMatch(/^ok from \d+$/)
    expect(after).not.toBe(before)
  })

  it('restarts a stdio upstream that exits, before any call asks for it', async () => {
    const before = started().length
    await expect(client.callTool({ name: 'flaky-crash', arguments: {} })).rejects.toThrow()
    await expect.poll(() => started().length, { timeout: 10_000 }).toBe(before + 1)
    const pid = started().at(-1)
    expect(text(await client.callTool({ name: 'flaky-ok', arguments: {} }))).toBe(`ok from ${pid}`)
  })

  it('passes an upstream cancelling its own question on to the client it asked', async () => {
    const asking = new Client(
      { name: 'asked', version: '1.0.0' },
      { capabilities: { sampling: {} } },
    )
    const withdrawn: string[] = []
    asking.setRequestHandler('sampling/createMessage', (_request, context) => {
      return new Promise((_resolve, reject) => {
        context.mcpReq.signal.addEventListener('abort', () => {
          withdrawn.push(String(context.mcpReq.signal.reason))
          reject(new Error('withdrawn'))
        })
      })
    })
    await asking.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)))
    try {
      const result = await asking.callTool({ name: 'flaky-ask-then-cancel', arguments: {} })
      expect(text(result)).toBe('withdrew the question')
      await expect.poll(() => withdrawn.length).toBe(1)
    } finally {
      await asking.close()
    }
  })

  it('keeps serving other calls while a slow one is under way', async () => {
    const order: string[] = []
    const slow = client
      .callTool({ name: 'flaky-slow', arguments: { ms: 1500 } })
      .then(() => order.push('slow'))
    const fast = client.callTool({ name: 'flaky-ok', arguments: {} }).then(() => order.push('fast'))
    await Promise.all([slow, fast])
    expect(order).toEqual(['fast', 'slow'])
  })

  it("stops waiting for a tool after the tool's own timeoutMs, and serves the next call", async () => {
    const slow = String((await api('GET', '/tools?q=flaky-slow'))[0]?.id)
    await api('PUT', `/tools/${slow}`, { timeoutMs: 300 })
    try {
      const started = Date.now()
      await expect(
        client.callTool({ name: 'flaky-slow', arguments: { ms: 10_000 } }),
      ).rejects.toThrow(/no answer to tools\/call within 300 ms/)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(text(await client.callTool({ name: 'flaky-ok', arguments: {} }))).toMatch(/^ok from/)
    } finally {
      await api('PUT', `/tools/${slow}`, { timeoutMs: null })
    }
  })

  it('answers a result MCP does not allow with an upstream error naming the tool', async () => {
    await expect(client.callTool({ name: 'flaky-garbled', arguments: {} })).rejects.toThrow(
      "tool 'flaky-garbled': the upstream answered with a result MCP does not allow (content is not an array)",
    )
    expect(text(await client.callTool({ name: 'flaky-ok', arguments: {} }))).toMatch(/^ok from/)
  })

  it('refuses invalid arguments before the upstream sees them, as a tool error (SEP-1303)', async () => {
    const refused = await client.callTool({ name: 'flaky-add', arguments: { a: 1 } })
    expect(refused.isError).toBe(true)
    expect(text(refused)).toBe("invalid arguments for tool 'flaky-add': arguments.b is required")
    expect(text(await client.callTool({ name: 'flaky-add', arguments: { a: 1, b: 2 } }))).toBe('3')
  })

  it('answers malformed, unknown and oversized messages with JSON-RPC errors', async () => {
    const post = (body: string) =>
      fetch(mcpUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body,
      })
    const malformed = await post('{"jsonrpc": "2.0", "id": 1, "method": ')
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { error: { code: number } }).error.code).toBe(-32700)
    const huge = await post(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/list',
        params: { x: 'y'.repeat(100_000) },
      }),
    )
    expect(huge.status).toBe(413)
    await expect(
      client.request({ method: 'nonsense/method', params: {} }, z.looseObject({})),
    ).rejects.toThrow(/not found/)
    const ghost = await fetch(mcpUrl.replace(/servers\/[^/]+/, 'servers/no-such-server'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/list', params: {} }),
    })
    expect(ghost.status).toBe(404)
    expect(await ghost.text()).toContain("virtual server 'no-such-server' not found")
  })
})

describe('an HTTP upstream that goes away', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-health-'))
  const everything = serverScript('@modelcontextprotocol/server-everything')
  let gw: RunningGateway
  let upstream: ChildProcess | undefined
  let port: number

  async function startUpstream(): Promise<void> {
    upstream = spawn(process.execPath, [everything, 'streamableHttp'], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port) },
      stdio: 'ignore',
    })
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline) {
      if (
        await fetch(`http://127.0.0.1:${port}/`).then(
          () => true,
          () => false,
        )
      )
        return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('upstream did not start')
  }

  async function statusBecomes(id: string, status: string, within: number): Promise<string> {
    const deadline = Date.now() + within
    let gateway = await callApi(gw.url, 'GET', `/gateways/${id}`)
    while (gateway.status !== status && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200))
      gateway = await callApi(gw.url, 'GET', `/gateways/${id}`)
    }
    return gateway.status
  }

  beforeAll(async () => {
    port = await freePort()
    await startUpstream()
    gw = await listen(dir, { AUTH_REQUIRED: 'false', HEALTH_CHECK_INTERVAL: '1' })
  }, 60_000)
  afterAll(async () => {
    upstream?.kill('SIGTERM')
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is marked unreachable by the health check, and active again once it is back', async () => {
    const created = await callApi(gw.url, 'POST', '/gateways', {
      body: { name: 'comes-and-goes', url: `http://127.0.0.1:${port}/mcp` },
    })
    expect(await statusBecomes(created.id, 'active', 20_000)).toBe('active')
    upstream?.kill('SIGTERM')
    expect(await statusBecomes(created.id, 'unreachable', 20_000)).toBe('unreachable')
    await startUpstream()
    expect(await statusBecomes(created.id, 'active', 30_000)).toBe('active')
  })
})

describe('a modern (2026-07-28) upstream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-modern-'))
  const echo = fileURLToPath(new URL('./fixtures/echo-upstream.mjs', import.meta.url))
  let gw: RunningGateway
  let upstream: ChildProcess

  beforeAll(async () => {
    const port = await freePort()
    upstream = spawn(process.execPath, [echo], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    })
    await new Promise((resolve) => upstream.stdout?.once('data', resolve))
    gw = await listen(dir, { AUTH_REQUIRED: 'false' })
    const created = await callApi(gw.url, 'POST', '/gateways', {
      body: { name: 'modern', url: `http://127.0.0.1:${port}/mcp` },
    })
    await untilActive(gw.url, created.id)
  }, 60_000)
  afterAll(async () => {
    upstream?.kill('SIGTERM')
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is spoken to in its own era, and its name does not leak to clients', async () => {
    const [gateway] = await callApi(gw.url, 'GET', '/gateways')
    expect((gateway?.capabilities as { era: string }).era).toBe('modern')
    const c = new Client(
      { name: 'modern-client', version: '1.0.0' },
      { versionNegotiation: { mode: 'auto' } },
    )
    await c.connect(new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`)))
    try {
      const result = await c.callTool({ name: 'modern-echo', arguments: { message: 'hi' } })
      expect(result.content).toEqual([{ type: 'text', text: 'hi' }])
      expect(JSON.stringify(result)).not.toContain('echo-upstream')
    } finally {
      await c.close()
    }
  })
})
