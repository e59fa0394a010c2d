import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Client } from '@modelcontextprotocol/client'
import { startAgent } from '@switchyard/a2a-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  firstText,
  refusal,
  registerUpstream,
  startPluginGateway,
  writePluginsConfig,
  type PluginGateway,
} from './plugin-harness.js'
import { freePort } from './test-gateway.js'

type Hooked = { hook: string; payload: Record<string, unknown>; context: Record<string, unknown> }

async function bodyOf(req: IncomingMessage): Promise<Hooked> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString()) as Hooked
}

const SERVERS = [
  'plain',
  'pii',
  'filter',
  'allow',
  'size',
  'cache',
  'hook',
  'hook-down',
  'hook-lax',
]

// Each built-in scoped to its own virtual server in front of a real stdio upstream, driven by a real
// SDK client; a global regex filter covers /mcp, /rpc and the REST render and content endpoints.
describe('built-in plugins through real MCP calls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-plugins-'))
  const data = join(dir, 'data')
  let g: PluginGateway
  let ids: Record<string, string>
  let hookServer: Server
  const hooked: Hooked[] = []
  const clients: Record<string, Client> = {}

  beforeAll(async () => {
    let asked = 0
    hookServer = createServer((req, res) => {
      // a REST tool's upstream: who called (the credential handed on), and how often it was asked
      if (req.url === '/whoami') {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ as: req.headers.authorization ?? null, asked: ++asked }))
      }
      void bodyOf(req).then((body) => {
        hooked.push(body)
        const text = (body.payload.arguments as { text?: string } | undefined)?.text
        const send = (status: number, answer?: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end(answer === undefined ? '' : JSON.stringify(answer))
        }
        if (body.hook === 'toolPreInvoke' && text === 'veto')
          return send(200, { reject: 'no vetoes today' })
        if (body.hook === 'toolPreInvoke' && text === 'rewrite')
          return send(200, { payload: { ...body.payload, arguments: { text: 'rewritten' } } })
        if (body.hook === 'toolPreInvoke' && text === 'fail') return send(500, { error: 'down' })
        if (body.hook === 'toolPreInvoke' && text === 'slow')
          return void setTimeout(() => send(200, {}), 1500)
        send(
          body.hook === 'toolPostInvoke' ? 204 : 200,
          body.hook === 'toolPostInvoke' ? undefined : {},
        )
      })
    })
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
    const hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`
    const deadUrl = `http://127.0.0.1:${await freePort()}/hook`

    // Virtual server ids exist only once created: set up without plugins, then restart with them.
    const setup = await startPluginGateway(data)
    ids = await registerUpstream(setup, SERVERS)
    const whoami = await setup.api(
      'POST',
      '/tools',
      {
        name: 'whoami',
        url: hookUrl.replace(/hook$/, 'whoami'),
        integrationType: 'REST',
        requestType: 'GET',
        annotations: { readOnlyHint: true },
      },
      201,
    )
    const cached = await setup.api('GET', `/servers/${ids.cache}`)
    await setup.api('PUT', `/servers/${ids.cache}`, {
      associatedTools: [...(cached.associatedTools as string[]), whoami.id],
    })
    await setup.stop()
    const on = (name: string) => [ids[name] as string]
    const config = writePluginsConfig(dir, [
      {
        name: 'classified',
        kind: 'builtin',
        builtin: 'regex-filter',
        config: {
          deny: ['TOPSECRET'],
          on: ['results'],
          action: 'redact',
          replacement: '[CLASSIFIED]',
        },
      },
      {
        name: 'pii',
        kind: 'builtin',
        builtin: 'pii-mask',
        servers: on('pii'),
        config: { maskArguments: true },
      },
      {
        name: 'no-drop-table',
        kind: 'builtin',
        builtin: 'regex-filter',
        servers: on('filter'),
        config: { deny: ['drop\\s+table'], flags: 'i', on: ['arguments'] },
      },
      {
        name: 'no-secrets-out',
        kind: 'builtin',
        builtin: 'regex-filter',
        servers: on('filter'),
        config: { deny: ['secret-\\w+'], on: ['results'], action: 'redact' },
      },
      {
        name: 'no-keys',
        kind: 'builtin',
        builtin: 'regex-filter',
        servers: on('filter'),
        config: { deny: ['BEGIN.*KEY.*END'], on: ['arguments'], scanTimeoutMs: 100 },
      },
      {
        // a bounded repetition of an ambiguous part: a few ways to match, so accepted
        name: 'no-amounts',
        kind: 'builtin',
        builtin: 'regex-filter',
        servers: on('filter'),
        config: {
          deny: ['\\$(\\d{1,3},?){1,5}'],
          on: ['results'],
          action: 'redact',
          replacement: '[AMOUNT]',
        },
      },
      {
        name: 'lowercase-only',
        kind: 'builtin',
        builtin: 'regex-filter',
        servers: on('allow'),
        config: { allow: ['^[a-z ]*$'], on: ['arguments'] },
      },
      {
        name: 'sizes',
        kind: 'builtin',
        builtin: 'size-limit',
        servers: on('size'),
        config: { maxArgumentBytes: 200, maxResultBytes: 1000 },
      },
      {
        name: 'cache',
        kind: 'builtin',
        builtin: 'cache',
        servers: on('cache'),
        config: { ttlSeconds: 60 },
      },
      {
        name: 'hook',
        kind: 'builtin',
        builtin: 'webhook',
        servers: on('hook'),
        timeoutMs: 500,
        config: { url: hookUrl, headers: { 'x-hook-secret': 's3cret' } },
      },
      {
        name: 'hook-down',
        kind: 'builtin',
        builtin: 'webhook',
        servers: on('hook-down'),
        config: { url: deadUrl },
      },
      {
        name: 'hook-lax',
        kind: 'builtin',
        builtin: 'webhook',
        mode: 'permissive',
        servers: on('hook-lax'),
        config: { url: deadUrl },
      },
    ])
    g = await startPluginGateway(data, config)
    for (const name of SERVERS) clients[name] = await g.connect(ids[name])
  }, 90_000)

  afterAll(async () => {
    await g?.stop()
    await new Promise((resolve) => hookServer?.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  const client = (name: string) => clients[name] as Client
  const call = (server: string, name: string, args: Record<string, unknown> = {}) =>
    client(server).callTool({ name, arguments: args })

  it('leaves a server without plugins alone', async () => {
    expect(firstText(await call('plain', 'contact'))).toContain('jane.doe@example.com')
  })

  it('pii-mask masks tool results (content and structuredContent), resources, prompts and arguments', async () => {
    const result = await call('pii', 'contact')
    expect(firstText(result)).toBe(
      'Mail [EMAIL] or call [PHONE]; card [CARD]; SSN [SSN]; order 1234 5678 9012 3456.',
    )
    expect(result.structuredContent).toEqual({
      email: '[EMAIL]',
      data: [{ type: 'owner', uri: 'mailto:[EMAIL]' }],
    })
    expect(firstText(await call('pii', 'echo', { text: 'write to bob@example.org' }))).toBe(
      'write to [EMAIL]',
    )
    const read = await client('pii').readResource({ uri: 'memo://contact' })
    expect(read.contents[0]).toMatchObject({
      uri: 'memo://contact',
      text: expect.stringContaining('[EMAIL]') as string,
    })
    const prompt = await client('pii').getPrompt({
      name: 'greet',
      arguments: { who: 'ann@example.com' },
    })
    expect(prompt.messages[0]?.content).toEqual({
      type: 'text',
      text: 'Greet [EMAIL]; reply to [EMAIL]',
    })
  })

  it('regex-filter blocks denied arguments with a JSON-RPC error naming the plugin, and redacts results', async () => {
    const refused = await refusal(call('filter', 'echo', { text: 'please DROP  TABLE users' }))
    expect(refused?.code).toBe(-32015)
    expect(refused?.message).toContain(
      "plugin 'no-drop-table' blocked tool 'echo': the arguments match the deny pattern /drop\\s+table/i",
    )
    expect(firstText(await call('filter', 'echo', { text: 'key secret-abc123 here' }))).toBe(
      'key [REDACTED] here',
    )
    // The session keeps serving after a refusal.
    expect(firstText(await call('filter', 'echo', { text: 'fine' }))).toBe('fine')
  })

  it('pii-mask masks SSNs with spaces and national insurance numbers in lower case, not ordinary numbers', async () => {
    const ids = 'SSN 123 45 6789, NINO ab 12 34 56 c or ab123456c'
    expect(firstText(await call('pii', 'echo', { text: ids }))).toBe(
      'SSN [SSN], NINO [NINO] or [NINO]',
    )
    const ordinary =
      'order 1234567890123, created 1718236800005, id 2025550143, at 2024-01-15T10:30:00Z, v10.22.333'
    expect(firstText(await call('pii', 'echo', { text: ordinary }))).toBe(ordinary)
  })

  it('regex-filter stops a scan that would take minutes and refuses the call; the gateway goes on serving', async () => {
    // BEGIN.*KEY.*END has one way to match, but tries every BEGIN with every KEY: cubic time
    const refused = await refusal(call('filter', 'echo', { text: 'BEGINKEY'.repeat(5000) }))
    expect(refused?.code).toBe(-32015)
    expect(refused?.message).toContain(
      "plugin 'no-keys' blocked tool 'echo': the arguments took more than 100 ms to scan (scanTimeoutMs)",
    )
    expect(firstText(await call('plain', 'echo', { text: 'still serving' }))).toBe('still serving')
    const found = await refusal(call('filter', 'echo', { text: 'BEGIN RSA KEY abc END' }))
    expect(found?.message).toContain('the arguments match the deny pattern /BEGIN.*KEY.*END/')
  })

  it('regex-filter redacts with a small bounded repetition of an ambiguous part', async () => {
    const paid = await call('filter', 'echo', { text: 'paid $1,234,567 and $89 for 1,000 units' })
    expect(firstText(paid)).toBe('paid [AMOUNT] and [AMOUNT] for 1,000 units')
  })

  it('regex-filter allow lists refuse values that match no allowed pattern', async () => {
    expect(firstText(await call('allow', 'echo', { text: 'all lower case' }))).toBe(
      'all lower case',
    )
    const refused = await refusal(call('allow', 'echo', { text: 'Shouting!' }))
    expect(refused?.code).toBe(-32015)
    expect(refused?.message).toContain(
      "plugin 'lowercase-only' blocked tool 'echo': the arguments hold a value that matches no allow pattern",
    )
  })

  it('size-limit refuses large arguments and large results', async () => {
    expect(firstText(await call('size', 'big', { size: 10 }))).toBe('x'.repeat(10))
    const bigResult = await refusal(call('size', 'big', { size: 5000 }))
    expect(bigResult?.code).toBe(-32015)
    expect(bigResult?.message).toMatch(
      /plugin 'sizes' blocked tool 'big': the result is \d+ bytes, more than the limit of 1000/,
    )
    const bigArgs = await refusal(call('size', 'echo', { text: 'y'.repeat(300) }))
    expect(bigArgs?.message).toMatch(/the arguments are \d+ bytes, more than the limit of 200/)
  })

  it('cache answers repeated calls of idempotent tools from the cache, by canonical arguments', async () => {
    const first = firstText(await call('cache', 'counter', { text: 'a', size: 1 }))
    expect(firstText(await call('cache', 'counter', { size: 1, text: 'a' }))).toBe(first)
    expect(firstText(await call('cache', 'counter', { text: 'b' }))).not.toBe(first)
    // an upstream credential the caller hands on (X-Upstream-Authorization) keys the cache too
    const as = async (credential: string) => {
      const caller = await g.connect(ids.cache, { 'x-upstream-authorization': credential })
      return (await caller.callTool({ name: 'whoami', arguments: {} })).structuredContent
    }
    const ann = await as('Bearer ann')
    expect(ann).toMatchObject({ as: 'Bearer ann' })
    expect(await as('Bearer bob')).toMatchObject({ as: 'Bearer bob' })
    expect(await as('Bearer ann')).toEqual(ann)
    // A tool that is not annotated idempotent or read-only is always called.
    const v1 = firstText(await call('cache', 'volatile'))
    expect(firstText(await call('cache', 'volatile'))).not.toBe(v1)
    // The same tool through a server without the cache reaches the upstream.
    expect(firstText(await call('plain', 'counter', { text: 'a', size: 1 }))).not.toBe(first)
  })

  it('webhook posts each hook with its context, and may veto or change the call', async () => {
    hooked.length = 0
    expect(firstText(await call('hook', 'echo', { text: 'hello' }))).toBe('hello')
    expect(hooked.map((h) => h.hook)).toEqual(['toolPreInvoke', 'toolPostInvoke'])
    expect(hooked[0]?.payload).toEqual({ name: 'echo', arguments: { text: 'hello' } })
    expect(hooked[0]?.context).toMatchObject({
      hook: 'toolPreInvoke',
      plugin: 'hook',
      serverId: ids.hook,
      principalEmail: 'admin@example.com',
      tool: { name: 'echo' },
    })
    expect(hooked[1]?.context.requestId).toBe(hooked[0]?.context.requestId)
    expect(hooked[1]?.payload.result).toEqual({ content: [{ type: 'text', text: 'hello' }] })

    expect(firstText(await call('hook', 'echo', { text: 'rewrite' }))).toBe('rewritten')
    const vetoed = await refusal(call('hook', 'echo', { text: 'veto' }))
    expect(vetoed?.code).toBe(-32015)
    expect(vetoed?.message).toContain("plugin 'hook' blocked tool 'echo': no vetoes today")
    const failed = await refusal(call('hook', 'echo', { text: 'fail' }))
    expect(failed?.code).toBe(-32016)
    expect(failed?.message).toContain(
      "plugin 'hook' failed on tool 'echo' (toolPreInvoke): the webhook answered HTTP 500",
    )
    const slow = await refusal(call('hook', 'echo', { text: 'slow' }))
    expect(slow?.code).toBe(-32016)
    expect(slow?.message).toContain('timed out after 500 ms')

    hooked.length = 0
    await client('hook').readResource({ uri: 'memo://contact' })
    expect(hooked.map((h) => h.hook)).toEqual(['resourcePreRead', 'resourcePostRead'])
  })

  it('an unreachable webhook blocks in enforce mode and is skipped in permissive mode', async () => {
    const blocked = await refusal(call('hook-down', 'echo', { text: 'hi' }))
    expect(blocked?.code).toBe(-32016)
    expect(blocked?.message).toContain("plugin 'hook-down' failed on tool 'echo' (toolPreInvoke)")
    expect(firstText(await call('hook-lax', 'echo', { text: 'hi' }))).toBe('hi')
  })

  it('runs global plugins on /mcp, /rpc and the REST prompt render and resource content', async () => {
    const all = await g.connect()
    expect(
      firstText(await all.callTool({ name: 'up-echo', arguments: { text: 'the TOPSECRET plan' } })),
    ).toBe('the [CLASSIFIED] plan')
    // Global plugins run on every virtual server too.
    expect(firstText(await call('plain', 'echo', { text: 'TOPSECRET' }))).toBe('[CLASSIFIED]')
    const rpc = await g.api('POST', '/rpc', {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'up-echo', arguments: { text: 'TOPSECRET' } },
    })
    expect(firstText(rpc.result)).toBe('[CLASSIFIED]')
    const prompt = await g.api(
      'POST',
      '/prompts',
      { name: 'classified', template: 'For {{ who }}: TOPSECRET' },
      201,
    )
    const rendered = await g.api('POST', `/prompts/${prompt.id}`, { who: 'ann' }, 200)
    expect(rendered.messages).toEqual([
      { role: 'user', content: { type: 'text', text: 'For ann: [CLASSIFIED]' } },
    ])
    const resource = await g.api(
      'POST',
      '/resources',
      { name: 'classified', uri: 'memo://classified', content: 'TOPSECRET stuff' },
      201,
    )
    const content = await g.api('GET', `/resources/${resource.id}/content`, undefined, 200)
    expect(content).toMatchObject({ uri: 'memo://classified', text: '[CLASSIFIED] stuff' })
    // a federated prompt renders at its upstream, inside the same plugins
    const greet = (await g.api('GET', '/prompts?limit=100')).find((p) => p.originalName === 'greet')
    const upstream = await g.api('POST', `/prompts/${String(greet?.id)}`, { who: 'TOPSECRET' }, 200)
    expect(upstream.messages).toEqual([
      {
        role: 'user',
        content: { type: 'text', text: 'Greet [CLASSIFIED]; reply to jane.doe@example.com' },
      },
    ])
  })

  it("runs global plugins on POST /a2a/{name}/invoke, as on the agent's tool", async () => {
    const agent = await startAgent('answering')
    try {
      const registered = await g.api('POST', '/a2a', { name: 'echoer', url: agent.url }, 201)
      const sent = { message: 'the TOPSECRET plan' }
      const answer = await g.api('POST', `/a2a/${String(registered.name)}/invoke`, sent, 200)
      expect(JSON.stringify(answer)).toContain('echo: the [CLASSIFIED] plan')
      expect(JSON.stringify(answer)).not.toContain('TOPSECRET')
    } finally {
      await agent.close()
    }
  })
})
