import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, freePort, listen } from './test-gateway.js'

const jsonServer = createRequire(import.meta.url).resolve('json-server/lib/cli/bin.js')
const idSchema = {
  type: 'object',
  properties: { id: { type: 'integer' } },
  required: ['id'],
}

type ToolResult = {
  content: { type: string; text?: string }[]
  structuredContent?: Record<string, unknown>
  isError?: boolean
}

// REST tools as users meet them: registered over the REST API, bundled in a virtual server and
// called by an MCP client, against json-server (a REST server no one here wrote) and, for the
// faults it cannot make, a scripted HTTP server.
describe('REST tools', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-rest-'))
  let gw: RunningGateway
  let rest: ChildProcess
  let restUrl: string
  let scripted: Server
  let scriptedUrl: string
  let client: Client
  const seen: { path: string; authorization: string | undefined }[] = []
  let tokenRequests = 0
  let flaky = 0

  const api = (method: string, path: string, body?: unknown, status?: number) =>
    callApi(gw.url, method, path, { body, ...(status !== undefined && { status }) })
  const call = async (name: string, args: Record<string, unknown> = {}) =>
    (await client.callTool({ name, arguments: args })) as ToolResult

  async function startJsonServer(): Promise<void> {
    writeFileSync(join(dir, 'db.json'), JSON.stringify({ users: [{ id: 1, name: 'Ada' }] }))
    const port = await freePort()
    rest = spawn(process.execPath, [jsonServer, join(dir, 'db.json'), '--port', String(port)], {
      stdio: 'ignore',
    })
    restUrl = `http://127.0.0.1:${port}`
    for (let i = 0; i < 100; i++) {
      if ((await fetch(`${restUrl}/users`).catch(() => undefined))?.ok) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('json-server did not start')
  }

  /** Faults json-server cannot make: 503s, silence, an OAuth token endpoint. */
  async function startScripted(): Promise<void> {
    const body = async (req: IncomingMessage) => {
      let text = ''
      for await (const chunk of req) text += String(chunk)
      return text
    }
    scripted = createServer((req, res) => {
      void (async () => {
        const path = req.url ?? '/'
        seen.push({ path, authorization: req.headers.authorization })
        const json = (status: number, value: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end(JSON.stringify(value))
        }
        if (path === '/token') {
          tokenRequests++
          const form = new URLSearchParams(await body(req))
          const basic = Buffer.from('app:s3cret').toString('base64')
          if (
            form.get('grant_type') !== 'client_credentials' ||
            req.headers.authorization !== `Basic ${basic}`
          ) {
            return json(401, { error: 'invalid_client' })
          }
          return json(200, { access_token: `token-${tokenRequests}`, expires_in: 3600 })
        }
        if (path === '/secure') {
          return req.headers.authorization === 'Bearer token-1'
            ? json(200, { secret: 'granted' })
            : json(401, { error: 'no' })
        }
        if (path === '/flaky')
          return ++flaky <= 2 ? json(503, { busy: true }) : json(200, { ok: flaky })
        if (path === '/always-busy') return json(503, { busy: true })
        if (path === '/silent') return // never answers
        if (path === '/loop' || path === '/to-ftp') {
          res.writeHead(302, { location: path === '/loop' ? '/loop' : 'ftp://files.test/x' })
          return res.end()
        }
        if (path === '/broken') {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.write('{"partial":')
          setTimeout(() => req.socket.destroy(), 20)
          return
        }
        if (path === '/huge') {
          res.writeHead(200, { 'content-type': 'application/json' })
          return res.end(`"${'x'.repeat(10 * 1024 * 1024)}"`)
        }
        if (path === '/text') {
          res.writeHead(200, { 'content-type': 'text/plain' })
          return res.end('just text')
        }
        if (path === '/no-token') return json(404, { error: 'no such endpoint' })
        return json(200, { authorization: req.headers.authorization ?? null })
      })()
    })
    await new Promise<void>((resolve) => scripted.listen(0, '127.0.0.1', resolve))
    scriptedUrl = `http://127.0.0.1:${(scripted.address() as AddressInfo).port}`
  }

  beforeAll(async () => {
    await Promise.all([startJsonServer(), startScripted()])
    gw = await listen(join(dir, 'data'), { AUTH_REQUIRED: 'false' })
    const tools = [
      { name: 'user', url: `${restUrl}/users/{id}`, requestType: 'GET', inputSchema: idSchema },
      {
        name: 'user-names',
        url: `${restUrl}/users`,
        requestType: 'GET',
        inputSchema: { type: 'object', properties: { name: { type: 'string' } } },
        integrationConfig: { responseFilter: '[].name' },
      },
      {
        name: 'user-create',
        url: `${restUrl}/users`,
        requestType: 'POST',
        inputSchema: {
          type: 'object',
          properties: { name: { type: 'string' } },
          required: ['name'],
        },
      },
      {
        name: 'user-rename',
        url: `${restUrl}/users/{id}`,
        requestType: 'PATCH',
        inputSchema: {
          type: 'object',
          properties: { id: { type: 'integer' }, name: { type: 'string' } },
          required: ['id', 'name'],
        },
      },
      {
        name: 'user-delete',
        url: `${restUrl}/users/{id}`,
        requestType: 'DELETE',
        inputSchema: idSchema,
      },
      {
        name: 'user-abs',
        url: `${restUrl}/users`,
        requestType: 'GET',
        integrationConfig: { responseFilter: 'abs(@)' },
      },
      {
        name: 'on-host',
        url: 'http://{h}.example.com/x',
        requestType: 'GET',
        inputSchema: { type: 'object', properties: { h: { type: 'string' } } },
      },
      { name: 'flaky', url: `${scriptedUrl}/flaky`, requestType: 'GET' },
      {
        name: 'user-posts',
        url: `${scriptedUrl}/users/{user}/posts`,
        requestType: 'GET',
        inputSchema: { type: 'object', properties: { user: { type: 'string' } } },
      },
      {
        name: 'strict',
        url: `${scriptedUrl}/strict/{id}`,
        requestType: 'GET',
        inputSchema: idSchema,
      },
      { name: 'busy-post', url: `${scriptedUrl}/always-busy`, requestType: 'POST' },
      { name: 'silent', url: `${scriptedUrl}/silent`, requestType: 'GET', timeoutMs: 300 },
      { name: 'echo-auth', url: `${scriptedUrl}/echo`, requestType: 'GET' },
      {
        name: 'secure',
        url: `${scriptedUrl}/secure`,
        requestType: 'GET',
        auth: {
          type: 'oauth2',
          tokenUrl: `${scriptedUrl}/token`,
          clientId: 'app',
          clientSecret: 's3cret',
        },
      },
      {
        name: 'get-with-body',
        url: `${scriptedUrl}/echo`,
        requestType: 'GET',
        inputSchema: { type: 'object', properties: { b: { type: 'string' } } },
        integrationConfig: { body: 'raw', bodyArgument: 'b' },
      },
      ...['loop', 'to-ftp', 'broken', 'huge'].map((name) => ({
        name,
        url: `${scriptedUrl}/${name}`,
        requestType: 'GET',
      })),
      {
        name: 'typed-text',
        url: `${scriptedUrl}/text`,
        requestType: 'GET',
        outputSchema: { type: 'object', properties: { id: { type: 'integer' } } },
      },
      ...[
        ['token-missing', `${scriptedUrl}/no-token`],
        ['token-unreachable', 'http://127.0.0.1:9/token'],
      ].map(([name, tokenUrl]) => ({
        name,
        url: `${scriptedUrl}/echo`,
        requestType: 'GET',
        auth: { type: 'oauth2', tokenUrl, clientId: 'app', clientSecret: 's3cret' },
      })),
      {
        name: 'impostor',
        url: `${scriptedUrl}/echo`,
        requestType: 'GET',
        auth: {
          type: 'oauth2',
          tokenUrl: `${scriptedUrl}/token`,
          clientId: 'app',
          clientSecret: 'guess',
        },
      },
    ]
    const ids: string[] = []
    for (const tool of tools) ids.push((await api('POST', '/tools', tool, 201)).id)
    const server = await api('POST', '/servers', { name: 'rest', associated_tools: ids }, 201)
    client = new Client({ name: 'rest-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${server.id}/mcp`), {
        requestInit: { headers: { 'x-upstream-authorization': 'Bearer from-the-caller' } },
      }),
    )
  }, 60_000)

  afterAll(async () => {
    await client?.close()
    await gw?.stop()
    rest?.kill('SIGTERM')
    scripted?.closeAllConnections()
    await new Promise((resolve) => scripted?.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates, reads, filters, updates and deletes through json-server', async () => {
    const created = await call('user-create', { name: 'Bob' })
    expect(created.structuredContent).toEqual({ id: 2, name: 'Bob' })
    expect((await call('user', { id: 2 })).structuredContent).toEqual({ id: 2, name: 'Bob' })
    expect((await call('user-names', { name: 'Bob' })).structuredContent).toEqual({
      result: ['Bob'],
    })
    await call('user-rename', { id: 2, name: 'Robert' })
    expect(JSON.parse((await call('user', { id: 2 })).content[0]?.text ?? '')).toEqual({
      id: 2,
      name: 'Robert',
    })
    expect((await call('user-delete', { id: 2 })).isError).not.toBe(true)
    const gone = await call('user', { id: 2 })
    expect(gone.isError).toBe(true)
    expect(gone.content[0]?.text).toMatch(
      /^HTTP 404 Not Found from GET http:\/\/127.0.0.1:\d+\/users\/2/,
    )
  })

  it('checks arguments against the input schema before any request', async () => {
    const before = seen.length
    expect(await call('strict', { id: 'not-a-number' })).toMatchObject({
      isError: true,
      content: [{ type: 'text', text: expect.stringMatching(/invalid arguments/) as string }],
    })
    expect(seen.length).toBe(before)
    await call('strict', { id: 5 })
    expect(seen.at(-1)?.path).toBe('/strict/5')
  })

  it('answers a response filter that fails, or a URL the arguments break, with a tool error naming it', async () => {
    const filtered = await call('user-abs')
    expect(filtered.isError).toBe(true)
    expect(filtered.content[0]?.text).toMatch(
      /^the responseFilter failed on the answer from GET http:\/\/127.0.0.1:\d+\/users: Invalid type: abs\(\)/,
    )
    expect(await call('on-host', { h: '%' })).toEqual({
      isError: true,
      content: [
        {
          type: 'text',
          text: 'the arguments for {h} make an invalid URL: http://%25.example.com/x',
        },
      ],
    })
    const before = seen.length
    expect(await call('user-posts', { user: '..' })).toEqual({
      isError: true,
      content: [
        {
          type: 'text',
          text: "the argument 'user' is '..', which would move the request to another path",
        },
      ],
    })
    expect(seen.length).toBe(before)
  })

  it('refuses at registration a responseFilter that is not JMESPath', async () => {
    const refused = await api(
      'POST',
      '/tools',
      {
        name: 'misfiltered',
        url: `${restUrl}/users`,
        integrationConfig: { responseFilter: '[?? bad' },
      },
      422,
    )
    expect(refused.errors).toEqual([
      {
        path: 'integrationConfig.responseFilter',
        message: expect.stringContaining('not a JMESPath expression: Syntax error') as string,
      },
    ])
  })

  it('retries an idempotent call after 503 with backoff, and never retries a POST', async () => {
    flaky = 0
    expect((await call('flaky')).structuredContent).toEqual({ ok: 3 })
    const posts = seen.filter((s) => s.path === '/always-busy').length
    const busy = await call('busy-post')
    expect(busy.isError).toBe(true)
    expect(seen.filter((s) => s.path === '/always-busy').length).toBe(posts + 1)
  })

  it('gives up at the tool timeout with an isError result', async () => {
    const result = await call('silent')
    expect(result.isError).toBe(true)
    expect(result.content[0]?.text).toMatch(/no answer within 300 ms/)
  })

  it('fetches one OAuth client-credentials token and reuses it', async () => {
    expect((await call('secure')).structuredContent).toEqual({ secret: 'granted' })
    expect((await call('secure')).structuredContent).toEqual({ secret: 'granted' })
    expect(tokenRequests).toBe(1)
    // the same client id with another secret gets no token, least of all the cached one
    const impostor = await call('impostor')
    expect(impostor.isError).toBe(true)
    expect(impostor.content[0]?.text).toContain('invalid_client')
    expect(JSON.stringify(impostor)).not.toContain('token-1')
  })

  it('names a redirect loop, a redirect to no http URL, an answer that breaks off or is too large', async () => {
    const text = async (name: string) => {
      const result = await call(name)
      expect(result.isError).toBe(true)
      return result.content[0]?.text
    }
    const at = (path: string) => `GET ${scriptedUrl}${path}`
    expect(await text('loop')).toBe(
      `${at('/loop')} redirected more than 5 times, the last time to ${scriptedUrl}/loop`,
    )
    expect(await text('to-ftp')).toBe(
      `${at('/to-ftp')} redirected to 'ftp://files.test/x', which is not an http:// or https:// URL`,
    )
    expect(await text('broken')).toMatch(
      new RegExp(`^${at('/broken')} broke off its answer \\(HTTP 200\\): `),
    )
    const before = seen.filter((s) => s.path === '/huge').length
    expect(await text('huge')).toBe(`${at('/huge')} answered more than 10485760 bytes`)
    // an answer too large is too large again: it is not fetched a second time
    expect(seen.filter((s) => s.path === '/huge').length).toBe(before + 1)
  })

  it('answers text from a tool with an outputSchema as a tool error, not as a result MCP clients refuse', async () => {
    await client.listTools() // the SDK client checks results against the schemas it has listed
    expect(await call('typed-text')).toEqual({
      isError: true,
      content: [
        {
          type: 'text',
          text: `GET ${scriptedUrl}/text answered text/plain (HTTP 200 OK), not the JSON the tool's outputSchema describes: just text`,
        },
      ],
    })
  })

  it('names the token endpoint that refuses or cannot be reached, and sends nothing to the API', async () => {
    const before = seen.filter((s) => s.path === '/echo').length
    const refused = await call('token-missing')
    expect(refused.content[0]?.text).toBe(
      `GET ${scriptedUrl}/echo was not sent, for want of an access token: the token endpoint ${scriptedUrl}/no-token answered HTTP 404: {"error":"no such endpoint"}`,
    )
    const unreachable = await call('token-unreachable')
    expect(unreachable.content[0]?.text).toMatch(
      /was not sent, for want of an access token: the token endpoint http:\/\/127\.0\.0\.1:9\/token could not be reached: connect ECONNREFUSED/,
    )
    expect([refused.isError, unreachable.isError]).toEqual([true, true])
    expect(seen.filter((s) => s.path === '/echo').length).toBe(before)
    // a refusal is the token endpoint's answer: it is asked once, not again as a failed call
    expect(seen.filter((s) => s.path === '/no-token').length).toBe(1)
  })

  it('frames every body it sends: an argument cannot smuggle a second request', async () => {
    const smuggled = 'GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n'
    const before = seen.length
    const result = await call('get-with-body', { b: smuggled })
    expect(result.isError).not.toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(seen.slice(before).map((s) => s.path)).toEqual(['/echo'])
    // nor can an argument set a header that frames the request
    const mapped = {
      name: 'framing',
      url: `${scriptedUrl}/echo`,
      requestType: 'GET',
      integrationConfig: { headers: { 'Content-Length': 'cl' } },
    }
    const refused = await callApi(gw.url, 'POST', '/tools', { body: mapped, status: 422 })
    expect(JSON.stringify(refused)).toContain('frames the request')
  })

  it('passes X-Upstream-Authorization from the caller on as Authorization, never over the tool credentials', async () => {
    expect((await call('echo-auth')).structuredContent).toEqual({
      authorization: 'Bearer from-the-caller',
    })
  })

  it("refuses to forward the caller's gateway credentials or connection headers, on every integration", async () => {
    const refusals = [
      [
        '/tools',
        {
          name: 'leaky',
          url: `${restUrl}/x`,
          integrationConfig: { passthroughHeaders: ['Cookie'] },
        },
      ],
      [
        '/gateways',
        { name: 'leaky', url: `${restUrl}/mcp`, passthroughHeaders: ['authorization'] },
      ],
      ['/grpc', { name: 'leaky', target: '127.0.0.1:9', passthroughHeaders: ['Host'] }],
    ] as const
    const messages = []
    for (const [path, body] of refusals) {
      const refused = await api('POST', path, body, 422)
      expect(refused.code).toBe('VALIDATION_FAILED')
      messages.push(JSON.stringify(refused))
    }
    expect(messages[0]).toContain("Cookie carries the caller's credentials for the gateway")
    expect(messages[1]).toContain('send upstream credentials as X-Upstream-Authorization')
    expect(messages[2]).toContain("Host belongs to the caller's own connection")
    for (const path of ['/tools', '/gateways', '/grpc']) {
      const names = ((await api('GET', path)) as { name: string }[]).map((e) => e.name)
      expect(names).not.toContain('leaky')
    }
  })

  it('refuses at registration a URL placeholder the input schema lacks', async () => {
    const refused = await api(
      'POST',
      '/tools',
      { name: 'broken', url: `${restUrl}/users/{userId}`, inputSchema: idSchema },
      422,
    )
    expect(JSON.stringify(refused)).toContain('the URL names {userId}')
  })

  it('refuses at registration an input schema it cannot compile, so no call goes unchecked', async () => {
    const strict = (extra: Record<string, unknown>) => ({
      type: 'object',
      properties: { a: { type: 'integer' }, ...extra },
      required: ['a'],
      additionalProperties: false,
    })
    const broken = [
      [strict({ b: { type: 'string', pattern: '(unclosed' } }), 'Invalid regular expression'],
      [strict({ b: { $ref: '#/nowhere' } }), "can't resolve reference #/nowhere"],
    ] as const
    for (const [inputSchema, why] of broken) {
      const refused = await api(
        'POST',
        '/tools',
        { name: 'uncheckable', url: `${scriptedUrl}/strict/x`, inputSchema },
        422,
      )
      expect(refused.errors).toEqual([
        {
          path: 'inputSchema',
          message: expect.stringContaining(`the schema cannot be compiled: ${why}`) as string,
        },
      ])
    }
    const names = ((await api('GET', '/tools')) as { name: string }[]).map((t) => t.name)
    expect(names).not.toContain('uncheckable')
  })
})

describe('the outbound URL policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-policy-'))
  let gw: RunningGateway

  beforeAll(async () => {
    gw = await listen(dir, { AUTH_REQUIRED: 'false', OUTBOUND_DENY: '10.0.0.0/8,*.internal' })
  })
  afterAll(async () => {
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a denied tool or upstream URL with the rule that denied it, and writes nothing', async () => {
    const tool = await callApi(gw.url, 'POST', '/tools', {
      body: { name: 'metadata', url: 'http://10.1.2.3/latest' },
      status: 403,
    })
    expect(tool).toMatchObject({ code: 'FORBIDDEN_URL' })
    expect(tool.detail).toContain("the deny rule '10.0.0.0/8'")
    const gateway = await callApi(gw.url, 'POST', '/gateways', {
      body: { name: 'inside', url: 'http://mcp.internal/mcp' },
      status: 403,
    })
    expect(gateway.detail).toContain("the deny rule '*.internal'")
    expect(await callApi(gw.url, 'GET', '/tools')).toEqual([])
  })

  it('refuses the cloud metadata service by default, for tools and upstreams alike', async () => {
    for (const [path, body] of [
      ['/tools', { name: 'creds', url: 'http://169.254.169.254/latest/meta-data/iam/' }],
      ['/gateways', { name: 'creds', url: 'http://metadata.google.internal/mcp' }],
    ] as const) {
      const refused = await callApi(gw.url, 'POST', path, { body, status: 403 })
      expect(refused).toMatchObject({ code: 'FORBIDDEN_URL' })
      expect(refused.detail).toContain('is a cloud instance metadata service')
    }
    expect(await callApi(gw.url, 'GET', '/gateways')).toEqual([])
  })

  it('keeps an upstream registered before the rule from being reached', async () => {
    const data = join(dir, 'earlier')
    const before = await listen(data, { AUTH_REQUIRED: 'false' })
    const created = await callApi(before.url, 'POST', '/gateways', {
      body: { name: 'earlier', url: 'http://10.9.9.9:9/mcp' },
      status: 201,
    })
    await before.stop()
    const after = await listen(data, { AUTH_REQUIRED: 'false', OUTBOUND_DENY: '10.0.0.0/8' })
    try {
      await expect
        .poll(
          async () => (await callApi(after.url, 'GET', `/gateways/${created.id}`)).statusReason,
          {
            timeout: 10_000,
          },
        )
        .toContain("the deny rule '10.0.0.0/8'")
    } finally {
      await after.stop()
    }
  })
})

describe('an outbound allow list of host names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-allow-'))
  let gw: RunningGateway
  let target: Server
  let port: number

  beforeAll(async () => {
    target = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"echo":true}')
    })
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve))
    port = (target.address() as AddressInfo).port
    gw = await listen(dir, { AUTH_REQUIRED: 'false', OUTBOUND_ALLOW: 'localhost,api.example.com' })
  })
  afterAll(async () => {
    await gw?.stop()
    await new Promise((resolve) => target?.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it('reaches an allowed name wherever it resolves, and refuses an address no rule names', async () => {
    await callApi(gw.url, 'POST', '/tools', {
      body: { name: 'echo', url: `http://localhost:${port}/echo` },
      status: 201,
    })
    const refused = await callApi(gw.url, 'POST', '/tools', {
      body: { name: 'direct', url: `http://127.0.0.1:${port}/echo` },
      status: 403,
    })
    expect(refused.detail).toContain('the allow list (localhost, api.example.com)')
    const client = new Client({ name: 'allow-test', version: '1.0.0' })
    await client.connect(new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`)))
    try {
      const result = (await client.callTool({ name: 'echo', arguments: {} })) as ToolResult
      expect(result.isError).toBeFalsy()
      expect(JSON.stringify(result.content)).toContain('echo')
    } finally {
      await client.close()
    }
  })
})
