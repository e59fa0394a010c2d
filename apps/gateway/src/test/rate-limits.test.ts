import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, listen } from './test-gateway.js'

const hourly = (requests: number) => ({ requests, windowSeconds: 3600 })

type Refusal = { code: number; data: unknown; message: string }

/** The JSON-RPC error of a refused MCP call, or undefined when the call went through. */
async function refusal(call: Promise<unknown>): Promise<Refusal | undefined> {
  try {
    await call
    return undefined
  } catch (error) {
    return error as Refusal
  }
}

/** Calls until the first refusal (at most `max` calls); returns how many went through and the refusal. */
async function untilRefused(call: () => Promise<unknown>, max = 10) {
  for (let done = 0; done < max; done++) {
    const refused = await refusal(call())
    if (refused) return { done, refused }
  }
  return { done: max, refused: undefined }
}

// Tool and virtual-server limits over MCP, against a REST tool on a tiny local HTTP server.
describe('tool and virtual-server rate limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-limits-'))
  let gw: RunningGateway
  let upstream: Server
  const clients: Client[] = []
  // `/hold` answers only when the test releases it; `held` resolves when such a call has arrived.
  let arrived: () => void = () => undefined
  let release: () => void = () => undefined

  const api = (method: string, path: string, body?: unknown, status?: number) =>
    callApi(gw.url, method, path, { body, ...(status !== undefined && { status }) })

  async function connect(serverId: string): Promise<Client> {
    const client = new Client({ name: 'limits-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${serverId}/mcp`)),
    )
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ ok: true }))
      }
      if (req.url !== '/hold') return answer()
      release = answer
      arrived()
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    gw = await listen(join(dir, 'data'), { AUTH_REQUIRED: 'false' })
  }, 60_000)

  afterAll(async () => {
    for (const client of clients) await client.close()
    await gw?.stop()
    upstream?.closeAllConnections()
    await new Promise((resolve) => upstream?.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  const restTool = (name: string, extra: Record<string, unknown> = {}, path = '/ok') => ({
    name,
    url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}${path}`,
    requestType: 'GET',
    ...extra,
  })

  it('answers the (N+1)th call of a limited tool with -32029 and retryAfterSeconds', async () => {
    const limited = await api('POST', '/tools', restTool('limited', { rateLimit: hourly(3) }), 201)
    const free = await api('POST', '/tools', restTool('free'), 201)
    const server = await api(
      'POST',
      '/servers',
      { name: 'tools', associated_tools: [limited.id, free.id] },
      201,
    )
    const client = await connect(server.id)
    const { done, refused } = await untilRefused(() =>
      client.callTool({ name: 'limited', arguments: {} }),
    )
    expect(done).toBe(3)
    expect(refused?.code).toBe(-32029)
    const { retryAfterSeconds } = refused?.data as { retryAfterSeconds: number }
    expect(retryAfterSeconds).toBeGreaterThan(0)
    expect(retryAfterSeconds).toBeLessThanOrEqual(1200)
    // Other tools on the same server keep their own (absent) limit.
    expect(await refusal(client.callTool({ name: 'free', arguments: {} }))).toBeUndefined()
  })

  it('limits every MCP request on a virtual server with a rateLimit', async () => {
    const tool = await api('POST', '/tools', restTool('on-limited-server'), 201)
    const server = await api(
      'POST',
      '/servers',
      { name: 'limited-server', associated_tools: [tool.id], rateLimit: hourly(4) },
      201,
    )
    const client = await connect(server.id)
    const calls = await untilRefused(() =>
      client.callTool({ name: 'on-limited-server', arguments: {} }),
    )
    // The handshake (initialize) is the face's own; every request after it spends the budget.
    expect(calls.done).toBe(4)
    expect(calls.refused?.code).toBe(-32029)
    expect(calls.refused?.message).toMatch(
      /^rate limit exceeded for virtual server 'limited-server'; retry after \d+ s$/,
    )
    const listing = await refusal(client.listTools())
    expect(listing?.code).toBe(-32029)
  })

  it('refuses a call beyond maxConcurrency at once, and admits one after a call ends', async () => {
    const capped = await api(
      'POST',
      '/tools',
      restTool('capped', { maxConcurrency: 1 }, '/hold'),
      201,
    )
    expect(capped.maxConcurrency).toBe(1)
    const server = await api(
      'POST',
      '/servers',
      { name: 'capped', associated_tools: [capped.id] },
      201,
    )
    const client = await connect(server.id)
    const held = new Promise<void>((resolve) => (arrived = resolve))
    const first = client.callTool({ name: 'capped', arguments: {} })
    await held
    const refused = await refusal(client.callTool({ name: 'capped', arguments: {} }))
    expect(refused?.code).toBe(-32029)
    expect(refused?.data).toEqual({ retryAfterSeconds: 1, maxConcurrency: 1 })
    expect(refused?.message).toMatch(/concurrency limit/)
    release()
    expect(await refusal(first)).toBeUndefined()
    const again = new Promise<void>((resolve) => (arrived = resolve))
    const third = client.callTool({ name: 'capped', arguments: {} })
    await again
    release()
    expect(await refusal(third)).toBeUndefined()
  })
})
