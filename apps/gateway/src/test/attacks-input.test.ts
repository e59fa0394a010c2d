import { mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { RunningGateway } from '../server.js'
import { callApi, listen, serverScript, untilActive } from './test-gateway.js'

const MAX_BODY = 65_536
const everything = serverScript('@modelcontextprotocol/server-everything')
const PASSWD = /root:.*:0:0:/

/** A raw HTTP request (no client-side path normalisation), answered as status and text. */
function raw(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; text: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { method, headers, path }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text, type: res.headers['content-type'] ?? '' }),
      )
    })
    req.once('error', reject)
    req.end(body)
  })
}

describe('hostile input against a running gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-attack-input-'))
  let gw: RunningGateway
  let token: string
  let serverId: string
  let client: Client
  const mcpHeaders = () => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  })

  beforeAll(async () => {
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
      SWITCHYARD_MAX_BODY_BYTES: String(MAX_BODY),
    })
    const login = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    token = String(login.accessToken)
    const api = (path: string, body: unknown) =>
      callApi(gw.url, 'POST', path, { token, body, status: 201 })
    const upstream = await api('/gateways', {
      name: 'everything',
      command: process.execPath,
      args: [everything, 'stdio'],
    })
    await untilActive(gw.url, upstream.id, { token })
    await api('/resources', { uri: 'docs://readme', name: 'readme', content: 'hello' })
    await api('/resources', { uri_template: 'file:///logs/{day}', name: 'logs' })
    const tools = await callApi(gw.url, 'GET', '/tools?limit=200', { token })
    const echo = tools.find((t) => t.name === 'everything-echo')
    serverId = (await api('/servers', { name: 'front', associatedTools: [echo?.id] })).id
    client = new Client({ name: 'attack-client', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
  }, 60_000)
  afterAll(async () => {
    await client?.close()
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  describe('a "__proto__" key in request params', () => {
    it('is kept as data, never taken as the prototype of what goes upstream', async () => {
      // No own `arguments`: a copy made with Object.assign would inherit these from its prototype.
      const meta = JSON.stringify({
        'io.modelcontextprotocol/protocolVersion': '2026-07-28',
        'io.modelcontextprotocol/clientInfo': { name: 'attacker', version: '1' },
        'io.modelcontextprotocol/clientCapabilities': {},
      })
      const body = `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"everything-echo","__proto__":{"arguments":{"message":"smuggled"}},"_meta":${meta}}}`
      const res = await raw(
        gw.url,
        'POST',
        `/servers/${serverId}/mcp`,
        {
          ...mcpHeaders(),
          'mcp-protocol-version': '2026-07-28',
          'mcp-method': 'tools/call',
          'mcp-name': 'everything-echo',
        },
        body,
      )
      expect(res.text).not.toContain('smuggled')
      // the echo tool's required `message` is missing: refused before the upstream is called
      expect(JSON.parse(res.text)).toMatchObject({
        id: 7,
        result: {
          isError: true,
          content: [{ text: expect.stringMatching(/invalid arguments/) as string }],
        },
      })
    })
  })

  describe('path traversal in resource URIs', () => {
    it('answers resources/read over MCP with not found or invalid params, never a file', async () => {
      const uris = [
        'file:///etc/passwd',
        'file:///logs/../../etc/passwd',
        'file:///logs/%2e%2e/%2e%2e/etc/passwd',
        'file:///logs/%252e%252e%252fetc%252fpasswd',
        'file:///logs/..%5c..%5cetc%5cpasswd',
        'demo://resource/static/document/../../../../../../etc/passwd',
        'demo://resource/dynamic/text/../../../package.json',
        'docs://readme/../../etc/passwd',
        '../../../../etc/passwd',
      ]
      for (const uri of uris) {
        const read = client.readResource({ uri })
        await expect(read, uri).rejects.toMatchObject({
          code: expect.toSatisfy((code: number) => code === -32602 || code === -32002) as number,
        })
        await read.catch((error: Error) => expect(error.message).not.toMatch(PASSWD))
      }
      const control = await client.readResource({ uri: 'docs://readme' })
      expect(control.contents).toMatchObject([{ uri: 'docs://readme', text: 'hello' }])
    })

    it('answers REST paths with traversal with 404, never a file', async () => {
      const paths = [
        '/resources/..%2F..%2F..%2Fetc%2Fpasswd/content',
        '/resources/%2e%2e/%2e%2e/%2e%2e/etc/passwd/content',
        '/resources/../../../etc/passwd',
        '/docs/assets/../../../../../../etc/passwd',
        '/docs/assets/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
        '/docs/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
        '/admin/../../../../etc/passwd',
      ]
      for (const path of paths) {
        const res = await raw(gw.url, 'GET', path, { authorization: `Bearer ${token}` })
        expect([400, 404], `${path}: ${res.status}`).toContain(res.status)
        expect(res.text).not.toMatch(PASSWD)
      }
    })
  })

  describe('oversized and deeply nested JSON', () => {
    const huge = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'ping',
      params: { pad: 'x'.repeat(MAX_BODY) },
    })
    const deepObject = JSON.stringify({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)) as unknown,
    })
    // Nearly the whole body limit of brackets.
    const deepArray = '['.repeat(MAX_BODY / 2 - 1) + ']'.repeat(MAX_BODY / 2 - 1)

    /** Opens an SSE stream with node:http and reads its `endpoint` event. */
    function sseEndpoint(path: string): Promise<{ endpoint: string; stop: () => void }> {
      return new Promise((resolve, reject) => {
        const req = httpRequest(`${gw.url}${path}`, {
          headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        })
        req.once('error', reject)
        req.once('response', (res) => {
          expect(res.statusCode).toBe(200)
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            text += chunk
            const endpoint = /event: endpoint\r?\ndata: (\S+)/.exec(text)?.[1]
            if (endpoint) resolve({ endpoint, stop: () => req.destroy() })
          })
        })
        req.end()
      })
    }

    it('refuses them on REST with 413 and 400', async () => {
      const post = (body: string) => raw(gw.url, 'POST', '/servers', mcpHeaders(), body)
      const big = await post(JSON.stringify({ name: 'big', description: 'x'.repeat(MAX_BODY) }))
      expect(big.status).toBe(413)
      expect(JSON.parse(big.text)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' })
      for (const body of [
        JSON.stringify({ name: 'deep', tags: JSON.parse(deepObject) as unknown }),
        deepArray,
      ]) {
        const deep = await post(body)
        expect(deep.status).toBe(400)
        expect(JSON.parse(deep.text)).toMatchObject({
          detail: expect.stringContaining('nests deeper') as string,
        })
      }
      const broken = await post('{"name": "broken"')
      expect(broken.status).toBe(400)
      expect(JSON.parse(broken.text)).toMatchObject({ code: 'MALFORMED_JSON' })
    })

    it('refuses them on /mcp, /servers/{id}/mcp, /rpc and the SSE message endpoints', async () => {
      const legacy = await sseEndpoint('/sse')
      const scoped = await sseEndpoint(`/servers/${serverId}/sse`)
      try {
        const paths = ['/mcp', `/servers/${serverId}/mcp`, '/rpc', legacy.endpoint, scoped.endpoint]
        for (const path of paths) {
          const big = await raw(gw.url, 'POST', path, mcpHeaders(), huge)
          expect(big.status, `${path} oversized`).toBe(413)
          for (const body of [deepObject, deepArray]) {
            const deep = await raw(gw.url, 'POST', path, mcpHeaders(), body)
            expect(deep.status, `${path} deep`).toBe(400)
            expect(JSON.parse(deep.text)).toMatchObject({ jsonrpc: '2.0', error: { code: -32600 } })
          }
          const broken = await raw(gw.url, 'POST', path, mcpHeaders(), '{"jsonrpc": "2.0",')
          expect(broken.status, `${path} broken`).toBe(400)
          expect(JSON.parse(broken.text)).toMatchObject({ error: { code: -32700 } })
        }
      } finally {
        legacy.stop()
        scoped.stop()
      }
    })

    it('answers them on /ws with JSON-RPC errors and keeps the socket serving', async () => {
      const socket = new WebSocket(`${gw.url.replace('http', 'ws')}/ws`, 'mcp', {
        headers: { authorization: `Bearer ${token}` },
      })
      // answers only: the gateway may also notify the socket (a list_changed from the upstream)
      const answers: Record<string, unknown>[] = []
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Record<string, unknown>
        if (!('method' in message)) answers.push(message)
      })
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
      const next = async () => {
        const seen = answers.length
        while (answers.length === seen) await new Promise((resolve) => setTimeout(resolve, 10))
        return answers[seen]
      }
      try {
        for (const [body, code] of [
          [huge, -32000],
          [deepObject, -32600],
          [deepArray, -32600],
          ['{"jsonrpc": "2.0",', -32700],
        ] as const) {
          socket.send(body)
          expect(await next(), body.slice(0, 40)).toMatchObject({ error: { code } })
        }
        socket.send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'ping' }))
        expect(await next()).toMatchObject({ id: 7, result: {} })
      } finally {
        socket.close()
      }
    })

    it('keeps serving afterwards', async () => {
      const result = await client.callTool({
        name: 'everything-echo',
        arguments: { message: 'still here' },
      })
      expect(JSON.stringify(result.content)).toContain('still here')
      expect((await fetch(`${gw.url}/health`)).status).toBe(200)
    })
  })
})
