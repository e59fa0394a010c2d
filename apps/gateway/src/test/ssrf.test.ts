import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { callApi, freePort, listen, untilActive } from './test-gateway.js'

const ADMIN = {
  PLATFORM_ADMIN_EMAIL: 'admin@example.com',
  PLATFORM_ADMIN_PASSWORD: 'admin-password',
}
const LOOPBACK_DENIED =
  "outbound address 127.0.0.1 of localhost is denied by the deny rule '127.0.0.0/8'"
const HOP_DENIED = "denied by the deny rule '127.0.0.2/32'"

/** A plain HTTP server: JSON at /data, and redirect chains that end at 127.0.0.2. */
function startTarget(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = []
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const url = req.url ?? ''
      seen.push(url)
      const port = (server.address() as { port: number }).port
      const hops: Record<string, string> = {
        '/hop1': '/hop2',
        '/hop2': `http://127.0.0.2:${port}/secret`,
        '/agent/.well-known/agent-card.json': `http://127.0.0.2:${port}/.well-known/agent-card.json`,
      }
      const location = hops[url]
      if (location) {
        res.writeHead(302, { location }).end()
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port, seen }),
    )
  })
}

async function login(url: string): Promise<string> {
  const answer = await callApi(url, 'POST', '/auth/login', {
    body: { email: 'admin@example.com', password: 'admin-password' },
    status: 200,
  })
  return String(answer.accessToken)
}

async function mcpClient(url: string, token: string): Promise<Client> {
  const client = new Client({ name: 'ssrf-test', version: '1.0.0' })
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    }),
  )
  return client
}

describe('SSRF: the outbound policy is enforced after DNS and on every redirect hop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-ssrf-'))
  const echo = fileURLToPath(new URL('./fixtures/echo-upstream.mjs', import.meta.url))
  let upstream: ChildProcess
  let upstreamPort: number
  let target: Awaited<ReturnType<typeof startTarget>>
  let agent: TestAgent
  let shop: ShopServer
  let gw: RunningGateway
  let token: string

  beforeAll(async () => {
    upstreamPort = await freePort()
    upstream = spawn(process.execPath, [echo], {
      env: { PATH: process.env.PATH ?? '', PORT: String(upstreamPort) },
    })
    ;[target, agent, shop] = await Promise.all([
      startTarget(),
      startAgent('answering'),
      startShopServer(),
      new Promise((resolve) => upstream.stdout?.once('data', resolve)),
    ])
    // First the gateway only denies 127.0.0.2: everything is registered through `localhost`.
    gw = await listen(dir, { ...ADMIN, OUTBOUND_DENY: '127.0.0.2/32' })
    token = await login(gw.url)
    const api = (path: string, body: unknown) =>
      callApi(gw.url, 'POST', path, { token, body, status: 201 })
    const mcp = await api('/gateways', {
      name: 'echo',
      url: `http://localhost:${upstreamPort}/mcp`,
    })
    await untilActive(gw.url, mcp.id, { token })
    await api('/tools', { name: 'rest-data', url: `http://localhost:${target.port}/data` })
    await api('/tools', { name: 'rest-hops', url: `http://localhost:${target.port}/hop1` })
    await api('/a2a', { url: agent.url })
    await api('/grpc', { name: 'shop', target: `localhost:${shop.target.split(':')[1]}` })
  }, 60_000)
  afterAll(async () => {
    upstream?.kill('SIGTERM')
    await Promise.all([
      gw?.stop(),
      agent?.close(),
      shop?.close(),
      new Promise((resolve) => target?.server.close(resolve)),
    ])
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a REST tool redirected (302 chain) to a denied address, naming the rule', async () => {
    const client = await mcpClient(gw.url, token)
    try {
      const call = client.callTool({ name: 'rest-hops', arguments: {} })
      await expect(call).rejects.toMatchObject({ code: -32003 })
      await expect(call).rejects.toThrow(HOP_DENIED)
      expect(target.seen).toContain('/hop2')
      expect(target.seen).not.toContain('/secret')
      const fine = await client.callTool({ name: 'rest-data', arguments: {} })
      expect(fine.isError).toBeFalsy()
    } finally {
      await client.close()
    }
  })

  it('refuses an agent card redirected to a denied address, and writes nothing', async () => {
    const before = await callApi(gw.url, 'GET', '/a2a', { token })
    const refused = await callApi(gw.url, 'POST', '/a2a', {
      token,
      body: { name: 'hopper', url: `http://localhost:${target.port}/agent` },
      status: 403,
    })
    expect(refused).toMatchObject({ code: 'FORBIDDEN_URL' })
    expect(refused.detail).toContain(HOP_DENIED)
    expect(await callApi(gw.url, 'GET', '/a2a', { token })).toHaveLength(before.length)
  })

  describe('once loopback is denied (OUTBOUND_DENY=127.0.0.0/8)', () => {
    let counts: Record<string, number>

    beforeAll(async () => {
      await gw.stop()
      gw = await listen(dir, { ...ADMIN, OUTBOUND_DENY: '127.0.0.0/8,::1/128' })
      token = await login(gw.url)
      counts = await countAll()
    }, 30_000)

    async function countAll(): Promise<Record<string, number>> {
      const counts: Record<string, number> = {}
      for (const path of ['/gateways', '/tools', '/a2a', '/grpc']) {
        counts[path] = (
          await callApi(gw.url, 'GET', `${path}?include_inactive=true`, { token })
        ).length
      }
      return counts
    }

    it('refuses to register what resolves to a denied address although the URL says localhost', async () => {
      const attempts: [string, unknown][] = [
        ['/gateways', { name: 'echo-2', url: `http://localhost:${upstreamPort}/mcp` }],
        [
          '/gateways',
          { name: 'ws-2', url: `ws://localhost:${upstreamPort}/ws`, transport: 'websocket' },
        ],
        ['/tools', { name: 'rest-2', url: `http://localhost:${target.port}/data` }],
        ['/a2a', { name: 'agent-2', url: agent.url.replace('127.0.0.1', 'localhost') }],
        ['/grpc', { name: 'shop-2', target: `localhost:${shop.target.split(':')[1]}` }],
      ]
      for (const [path, body] of attempts) {
        const refused = await callApi(gw.url, 'POST', path, { token, body, status: 403 })
        expect(refused, path).toMatchObject({ code: 'FORBIDDEN_URL' })
        expect(refused.detail, path).toContain(LOOPBACK_DENIED)
      }
      expect(await countAll()).toEqual(counts)
    })

    it('refuses calls to what was registered before, naming the rule, and keeps serving', async () => {
      const client = await mcpClient(gw.url, token)
      try {
        const { tools } = await client.listTools()
        const named = (part: string) => tools.find((t) => t.name.includes(part))?.name ?? part
        // An MCP upstream, a gRPC service, a REST tool: JSON-RPC FORBIDDEN_URL (-32003) naming the rule.
        const refusals: [string, Record<string, unknown>][] = [
          [named('echo'), { message: 'hi' }],
          [named('GetProduct'), { sku: 'BK-1' }],
          ['rest-data', {}],
        ]
        for (const [name, args] of refusals) {
          const call = client.callTool({ name, arguments: args })
          await expect(call, name).rejects.toMatchObject({ code: -32003 })
          await expect(call, name).rejects.toThrow(LOOPBACK_DENIED)
        }
        // An A2A agent: refused by its card's literal address.
        const a2a = client.callTool({ name: named('answering'), arguments: { message: 'hi' } })
        await expect(a2a).rejects.toThrow("denied by the deny rule '127.0.0.0/8'")
        expect(target.seen.filter((url) => url === '/data')).toHaveLength(1)
        expect(await client.ping()).toEqual({})
      } finally {
        await client.close()
      }
    })

    it('audits the refusals, those inside JSON-RPC exchanges included', async () => {
      await gw.audit.queue.flush()
      // The first gateway's refusals (of 127.0.0.2) are in the same log.
      const denied = (await gw.audit.log.list({ outcome: 'denied', limit: 100 })).items.filter(
        (r) => !r.reason?.includes('127.0.0.2'),
      )
      const registrations = denied.filter((r) => r.action !== 'mcp.access')
      expect(registrations.map((r) => r.path).sort()).toEqual(
        ['/a2a', '/gateways', '/gateways', '/grpc', '/tools'].sort(),
      )
      const calls = denied.filter((r) => r.action === 'mcp.access')
      expect(calls.length).toBeGreaterThanOrEqual(4)
      for (const record of calls) {
        expect(record).toMatchObject({ principal: 'admin@example.com', status: 403, path: '/mcp' })
        expect(record.reason).toMatch(
          /^tools\/call '.+': .*denied by the deny rule '127\.0\.0\.0\/8'/,
        )
      }
      expect(registrations.every((r) => r.reason?.includes(LOOPBACK_DENIED))).toBe(true)
    })
  })
})
