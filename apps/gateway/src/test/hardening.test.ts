import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { RunningGateway } from '../server.js'
import { callApi, listen, openTestGateway, type TestGateway } from './test-gateway.js'

const FOREIGN = 'http://evil.example'
const mcpHeaders = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
}
const ping = { jsonrpc: '2.0', id: 1, method: 'ping' }

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  expect(res.headers.get('content-security-policy')).toEqual(expect.any(String))
}

describe('hardening', () => {
  let gw: TestGateway
  let serverId: string

  beforeAll(async () => {
    gw = await openTestGateway()
    const res = await gw.call('POST', '/servers', { token: gw.adminToken, body: { name: 'hard' } })
    serverId = ((await res.json()) as { id: string }).id
  })
  afterAll(async () => {
    await gw.dispose()
  })

  it('sends security headers on REST answers, errors included', async () => {
    for (const res of [
      await gw.call('GET', '/health'),
      await gw.call('GET', '/gateways', { token: gw.adminToken }),
      await gw.call('GET', '/gateways'),
      await gw.call('GET', '/no/such/thing'),
      await gw.call('GET', '/openapi.json'),
    ]) {
      expectSecurityHeaders(res)
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
    }
  })

  it('gives /docs a strict policy that still allows what the page loads', async () => {
    const res = await gw.call('GET', '/docs')
    expectSecurityHeaders(res)
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    // Every script and stylesheet the page names is served from this origin.
    const html = await res.text()
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(urls.length).toBeGreaterThanOrEqual(4)
    for (const url of urls) {
      expect(url.startsWith('/')).toBe(true)
      const asset = await gw.call('GET', url.replaceAll('&#38;', '&'))
      expect(asset.status, url).toBe(200)
      expectSecurityHeaders(asset)
    }
    expect(html).not.toMatch(/<script>(?!<\/script>)/)
  })

  it('refuses a deeply nested JSON-RPC body on MCP endpoints with 400 and -32600', async () => {
    const params = JSON.parse('{"a":'.repeat(100) + '1' + '}'.repeat(100)) as unknown
    const body = JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/call', params })
    for (const path of ['/mcp', `/servers/${serverId}/mcp`, '/rpc', '/v1/mcp']) {
      const res = await gw.call('POST', path, {
        token: gw.adminToken,
        headers: mcpHeaders,
        body,
      })
      expect(res.status, path).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: -32600 }, id: 9 })
      expectSecurityHeaders(res)
    }
    const deepArray = '['.repeat(100) + ']'.repeat(100)
    const res = await gw.call('POST', '/mcp', {
      token: gw.adminToken,
      headers: mcpHeaders,
      body: deepArray,
    })
    expect(res.status).toBe(400)
  })

  it('refuses a foreign Origin with 403 on the HTTP MCP endpoints, and audits it', async () => {
    const cases: [string, string][] = [
      ['POST', '/mcp'],
      ['POST', `/servers/${serverId}/mcp`],
      ['GET', '/sse'],
      ['GET', `/servers/${serverId}/sse`],
      ['POST', '/rpc'],
    ]
    for (const [method, path] of cases) {
      const res = await gw.call(method, path, {
        token: gw.adminToken,
        headers: { ...mcpHeaders, origin: FOREIGN },
        ...(method === 'POST' && { body: ping }),
      })
      expect(res.status, `${method} ${path}`).toBe(403)
    }
    const allowed = await gw.call('POST', '/mcp', {
      token: gw.adminToken,
      headers: { ...mcpHeaders, origin: 'http://localhost:3000' },
      body: ping,
    })
    expect(allowed.status).not.toBe(403)
    await gw.audit.queue.flush()
    const denied = await gw.audit.log.list({ action: 'mcp.access', outcome: 'denied' })
    expect(denied.items).toHaveLength(cases.length)
    expect(denied.items.find((r) => r.path === `/servers/${serverId}/mcp`)).toMatchObject({
      principal: 'admin@example.com',
      entityKind: 'server',
      entityId: serverId,
      status: 403,
      reason: 'Forbidden: origin not allowed',
    })
  })
})

describe('hardening on a listening gateway', () => {
  let dir: string
  let running: RunningGateway
  let token: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchyard-hard-'))
    running = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
    })
    const login = await callApi(running.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    token = String(login.accessToken)
  })
  afterAll(async () => {
    await running.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  const upgrade = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${running.url.replace('http', 'ws')}${path}`, 'mcp', {
        headers,
      })
      socket.on('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0)
        socket.terminate()
      })
      socket.on('open', () => {
        resolve(101)
        socket.close()
      })
      socket.on('error', reject)
    })

  it('sends the security headers and a request id over HTTP, a page keeping its own policy', async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${running.url}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } })
    const answers = {
      rest: await get('/gateways'),
      error: await get('/no/such/thing'),
      mcp: await fetch(`${running.url}/mcp`, {
        method: 'POST',
        headers: { ...mcpHeaders, authorization: `Bearer ${token}` },
        body: JSON.stringify(ping),
      }),
      stream: await get('/sse', { accept: 'text/event-stream' }),
      page: await get('/docs'),
    }
    expect(answers.rest.status).toBe(200)
    expect(answers.error.status).toBe(404)
    expect(answers.stream.headers.get('content-type')).toContain('text/event-stream')
    await answers.stream.body?.cancel()
    for (const [kind, res] of Object.entries(answers)) {
      expectSecurityHeaders(res)
      expect(res.headers.get('x-request-id'), kind).toMatch(/^[\w-]{36}$/)
      expect(res.headers.get('content-security-policy'), kind).toEqual(
        kind === 'page'
          ? expect.stringContaining("script-src 'self'")
          : "default-src 'none'; frame-ancestors 'none'",
      )
    }
    const given = await get('/health', { 'x-request-id': 'req-hard-1' })
    expect(given.headers.get('x-request-id')).toBe('req-hard-1')
  })

  it('refuses a foreign Origin on /ws with 403 and lets a loopback one in', async () => {
    const auth = { authorization: `Bearer ${token}` }
    expect(await upgrade('/ws', { ...auth, origin: FOREIGN })).toBe(403)
    expect(await upgrade('/servers/x/ws', { ...auth, origin: FOREIGN })).toBe(403)
    expect(await upgrade('/ws', { origin: FOREIGN })).toBe(401)
    expect(await upgrade('/ws', { ...auth, origin: 'http://127.0.0.1:8080' })).toBe(101)
  })

  it('refuses the socket of a virtual server that is not there with the 404 of the HTTP faces (was 101, then a close)', async () => {
    const refusal = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const socket = new WebSocket(`${running.url.replace('http', 'ws')}/servers/nope/ws`, 'mcp', {
        headers: { authorization: `Bearer ${token}` },
      })
      socket.on('unexpected-response', (_req, res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      socket.on('open', () => reject(new Error('upgraded')))
      socket.on('error', reject)
    })
    expect(refusal.status).toBe(404)
    expect(JSON.parse(refusal.body)).toEqual({
      detail: "virtual server 'nope' not found",
      code: 'NOT_FOUND',
    })
  })

  it('records the client address and the WebSocket refusals', async () => {
    await running.audit.queue.flush()
    const denied = await running.audit.log.list({ outcome: 'denied' })
    const ws = denied.items.filter((r) => r.path.endsWith('/ws'))
    expect(ws.map((r) => r.status).sort()).toEqual([401, 403, 403])
    expect(ws.every((r) => r.clientAddress?.includes('127.0.0.1'))).toBe(true)
    await fetch(`${running.url}/gateways`)
    await running.audit.queue.flush()
    const rest = await running.audit.log.list({ action: 'gateway.read' })
    expect(rest.items[0]?.clientAddress).toContain('127.0.0.1')
  })
})
