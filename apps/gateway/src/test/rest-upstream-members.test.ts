import { spawn, type ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import type { Client } from '@modelcontextprotocol/client'
import { createMcpHandler, Server as McpServer } from '@modelcontextprotocol/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  connectAsAdmin,
  freePort,
  openTestGateway,
  serverScript,
  untilActive,
  type TestGateway,
} from './test-gateway.js'

const everything = serverScript('@modelcontextprotocol/server-everything')

/** A result without its envelope, and with server-everything's clock readings blanked. */
const payload = ({ _meta, resultType, ...rest }: Record<string, unknown>): unknown =>
  JSON.parse(JSON.stringify(rest).replace(/\d{1,2}:\d\d:\d\d( [AP]M)?/g, '<time>'))

type Member = {
  id: string
  name: string
  originalName?: string
  uri?: string
  uriTemplate?: string
}

// A federated prompt or resource read over REST is read at its upstream, as MCP's prompts/get and
// resources/read through the gateway read it, and its upstream's failures are REST errors.
describe('REST render and read of federated prompts and resources', () => {
  let gw: TestGateway
  let mcp: Client
  let httpEverything: ChildProcess
  let upstreamId = ''

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await gw.call(method, path, { token: gw.adminToken, body })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const ok = async (method: string, path: string, body?: unknown) => {
    const res = await call(method, path, body)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const members = async (path: string) =>
    (await ok('GET', `${path}?gateway_id=${upstreamId}&limit=1000`)) as unknown as Member[]
  const prompt = async (originalName: string) =>
    (await members('/prompts')).find((p) => p.originalName === originalName) as Member
  const resource = async (name: string) =>
    (await members('/resources')).find((r) => r.name === name) as Member

  beforeAll(async () => {
    const port = await freePort()
    httpEverything = spawn(process.execPath, [everything, 'streamableHttp'], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port) },
      stdio: 'ignore',
    })
    gw = await openTestGateway()
    const upstream = {
      name: 'ev',
      url: `http://127.0.0.1:${port}/mcp`,
      transport: 'streamablehttp',
    }
    const res = await gw.call('POST', '/gateways', { token: gw.adminToken, body: upstream })
    upstreamId = ((await res.json()) as { id: string }).id
    await untilActive(gw, upstreamId, { token: gw.adminToken, timeoutMs: 45_000 })
    // active once discovered: the refresh waits for its members to be stored
    await gw.call('POST', `/gateways/${upstreamId}/tools/refresh`, { token: gw.adminToken })
    mcp = await connectAsAdmin(gw)
  }, 60_000)

  afterAll(async () => {
    await mcp?.close()
    httpEverything?.kill()
    await gw?.dispose()
  })

  it('renders a prompt at its upstream, as prompts/get on /mcp does', async () => {
    const { id, name } = await prompt('args-prompt')
    const rest = await ok('POST', `/prompts/${id}`, { city: 'Paris' })
    const through = await mcp.getPrompt({ name, arguments: { city: 'Paris' } })
    expect(payload(rest)).toEqual(payload(through))
    expect(rest.messages).toEqual([
      { role: 'user', content: { type: 'text', text: "What's weather in Paris?" } },
    ])
    const both = await ok('POST', `/prompts/${id}`, { args: { city: 'Paris', state: 'TX' } })
    expect(JSON.stringify(both.messages)).toContain("What's weather in Paris, TX?")
  })

  it("answers the upstream's refusal of the arguments with 422 naming the upstream", async () => {
    const { id } = await prompt('args-prompt')
    const refused = await call('POST', `/prompts/${id}`, { state: 'TX' })
    expect(refused.status).toBe(422)
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(refused.body.detail).toContain("upstream 'ev' answered")
    const typed = await call('POST', `/prompts/${id}`, { city: 3 })
    expect(typed.status).toBe(422)
    expect(typed.body.detail).toContain('arguments.city must be a string')
  })

  it("refuses a new template for a federated prompt (its upstream's); takes a description and a rename", async () => {
    const { id } = await prompt('args-prompt')
    const rewritten = await call('PUT', `/prompts/${id}`, { template: 'Hi {{ city }}' })
    expect(rewritten.status).toBe(422)
    expect(rewritten.body).toMatchObject({
      errors: [
        { path: 'template', message: "is the upstream's: a federated prompt is rendered there" },
      ],
    })
    const { name } = await prompt('args-prompt')
    // its name as listed, sent back unchanged, stays as it is (it used to gain a second prefix)
    const described = await ok('PUT', `/prompts/${id}`, { name, description: 'Weather by city' })
    expect(described).toMatchObject({ name, description: 'Weather by city', template: '' })
    // a new name is the exposed one; the upstream's stays, and prompts/get goes there by it
    const renamed = await ok('PUT', `/prompts/${id}`, { name: 'weather' })
    expect(renamed).toMatchObject({ name: 'weather', originalName: 'args-prompt' })
    const got = await mcp.getPrompt({ name: 'weather', arguments: { city: 'Oslo' } })
    expect(JSON.stringify(got.messages)).toContain("What's weather in Oslo?")
  })

  it('reads a resource at its upstream, as resources/read on /mcp does', async () => {
    const { id, uri } = await resource('architecture.md')
    const rest = await ok('GET', `/resources/${id}/content`)
    const through = await mcp.readResource({ uri: uri ?? '' })
    expect(rest).toEqual(through.contents[0])
    expect(String(rest.text)).toContain('# Everything Server')
  })

  it('reads a URI a federated template fills in, given as ?uri=', async () => {
    const templates = await members('/resources/templates/list')
    const { id, uriTemplate } = templates.find((t) => t.uriTemplate?.includes('/text/')) as Member
    const uri = (uriTemplate ?? '').replace('{resourceId}', '3')
    const rest = await ok('GET', `/resources/${id}/content?uri=${encodeURIComponent(uri)}`)
    const through = await mcp.readResource({ uri })
    expect(payload(rest)).toEqual(payload(through.contents[0] ?? {}))
    expect(rest.text).toMatch(/^Resource 3: /)

    const bare = await call('GET', `/resources/${id}/content`)
    expect(bare.status).toBe(422)
    expect(bare.body.detail).toContain(`needs the URI to read, as ?uri=`)
    const other = await call('GET', `/resources/${id}/content?uri=demo%3A%2F%2Felsewhere%2F1`)
    expect(other.status).toBe(422)
    expect(other.body.detail).toContain(`'demo://elsewhere/1' does not fill in resource template`)
  })

  it('answers an upstream that went away with an upstream error naming it, not empty content', async () => {
    const { id: promptId } = await prompt('args-prompt')
    const { id: resourceId } = await resource('architecture.md')
    await ok('POST', `/prompts/${promptId}`, { city: 'Paris' })
    httpEverything.kill()
    await new Promise((resolve) => httpEverything.once('exit', resolve))
    // the pooled session finds the upstream gone: 502; connecting again fails: 503
    const lost = await call('POST', `/prompts/${promptId}`, { city: 'Paris' })
    expect([lost.status, lost.body.code]).toEqual([502, 'UPSTREAM_ERROR'])
    expect(lost.body.detail).toContain("upstream 'ev' (streamablehttp http://127.0.0.1:")
    const down = await call('GET', `/resources/${resourceId}/content`)
    expect([down.status, down.body.code]).toEqual([503, 'UNAVAILABLE'])
    // named once, with where it was sought
    expect(down.body.detail).toMatch(
      /^upstream 'ev' \(streamablehttp http:\/\/127\.0\.0\.1:\d+\/mcp\) is unreachable: .*ECONNREFUSED/,
    )
    expect(String(down.body.detail).split("'ev'")).toHaveLength(2)
  })

  it('refuses a prompt whose upstream is disabled, instead of its stored copy', async () => {
    const { id, name } = await prompt('args-prompt')
    await ok('POST', `/gateways/${upstreamId}/state?activate=false`)
    expect(await call('POST', `/prompts/${id}`, { city: 'Paris' })).toEqual({
      status: 409,
      body: { code: 'CONFLICT', detail: `the upstream of prompt '${name}' is disabled` },
    })
  })
})

/** A streamable HTTP upstream whose one resource, memo://blank, reads as no contents at all. */
async function startBlankUpstream(): Promise<{ url: string; server: ServerType }> {
  const handler = createMcpHandler(() => {
    const server = new McpServer(
      { name: 'blank-upstream', version: '1.0.0' },
      { capabilities: { resources: {} } },
    )
    server.setRequestHandler('resources/list', () => ({
      resources: [{ uri: 'memo://blank', name: 'blank' }],
    }))
    server.setRequestHandler('resources/templates/list', () => ({ resourceTemplates: [] }))
    server.setRequestHandler('resources/read', () => ({ contents: [] }))
    return server
  })
  const server = await new Promise<ServerType>((resolve) => {
    const fetch = (request: Request) => handler.fetch(request)
    const started = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started))
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`, server }
}

describe('REST read of a federated resource its upstream answers with no contents', () => {
  let gw: TestGateway
  let upstream: ServerType

  beforeAll(async () => {
    const blank = await startBlankUpstream()
    upstream = blank.server
    gw = await openTestGateway()
    const body = { name: 'blanks', url: blank.url, transport: 'streamablehttp' }
    const res = await gw.call('POST', '/gateways', { token: gw.adminToken, body })
    const { id } = (await res.json()) as { id: string }
    await untilActive(gw, id, { token: gw.adminToken })
    await gw.call('POST', `/gateways/${id}/tools/refresh`, { token: gw.adminToken })
  })

  afterAll(async () => {
    await gw?.dispose()
    await new Promise((resolve) => upstream?.close(resolve))
  })

  it('answers 502 naming the upstream, the resource and its URI', async () => {
    const listed = await gw.call('GET', '/resources', { token: gw.adminToken })
    const [resource] = (await listed.json()) as Member[]
    expect(resource).toMatchObject({ name: 'blank', uri: 'memo://blank' })
    const res = await gw.call('GET', `/resources/${resource?.id ?? ''}/content`, {
      token: gw.adminToken,
    })
    expect([res.status, await res.json()]).toEqual([
      502,
      {
        code: 'UPSTREAM_ERROR',
        detail: "upstream 'blanks' answered no contents for resource 'blank' (memo://blank)",
      },
    ])
  })
})
