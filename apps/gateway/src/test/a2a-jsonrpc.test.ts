import { createServer, type Server } from 'node:http'
import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const listen = async (server: Server, host: string) => {
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  return `http://${host}:${(server.address() as { port: number }).port}`
}

describe('POST /a2a/{name}/jsonrpc: a JSON-RPC pass-through that answers JSON-RPC', () => {
  let gw: TestGateway
  let agent: TestAgent
  // Agents whose cards are served here: one whose endpoint redirects to a denied address, one
  // whose endpoint answers HTML, one whose card leaves its interface's protocolVersion out.
  let cards: Server
  let base: string
  // The denied address (127.0.0.2), and what reached it.
  let secret: Server
  let secretUrl: string
  const secretHits: string[] = []
  beforeAll(async () => {
    agent = await startAgent('answering')
    secret = createServer((req, res) => {
      secretHits.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"jsonrpc":"2.0","id":1,"result":{"secret":"s3cret"}}')
    })
    secretUrl = await listen(secret, '127.0.0.2')
    cards = createServer((req, res) => {
      const card = (name: string, url: string, protocolVersion?: string) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            name,
            supportedInterfaces: [{ url, protocolBinding: 'JSONRPC', protocolVersion }],
          }),
        )
      switch (req.url) {
        case '/redirecting/.well-known/agent-card.json':
          return card('Redirecting', `${base}/redirect`, '1.0')
        case '/redirect':
          return res.writeHead(307, { location: `${secretUrl}/rpc` }).end()
        case '/html/.well-known/agent-card.json':
          return card('Html', `${base}/html`, '1.0')
        case '/html':
          return res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Welcome</h1>')
        case '/terse/.well-known/agent-card.json':
          // as an @a2a-js/sdk agent serves an interface whose protocolVersion is '' (proto3 JSON)
          return card('Terse', `${agent.url}/rpc`)
        default:
          return res.writeHead(404).end()
      }
    })
    base = await listen(cards, '127.0.0.1')
    gw = await openTestGateway({ OUTBOUND_DENY: '127.0.0.2/32' })
    for (const name of ['redirecting', 'html']) {
      const made = await gw.call('POST', '/a2a', {
        token: gw.adminToken,
        body: { url: `${base}/${name}` },
      })
      expect(made.status, await made.clone().text()).toBe(201)
    }
  })
  afterAll(async () => {
    await gw?.dispose()
    await agent?.close()
    await Promise.all([cards, secret].map((s) => new Promise((resolve) => s?.close(resolve))))
  })

  const rpc = async (name: string, body: unknown) => {
    const res = await gw.call('POST', `/a2a/${name}/jsonrpc`, { token: gw.adminToken, body })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const getTask = { jsonrpc: '2.0', id: 'q1', method: 'GetTask', params: { id: 'x' } }

  it('passes the request through the outbound URL policy, redirects included', async () => {
    expect(await rpc('redirecting', getTask)).toEqual({
      status: 403,
      body: {
        jsonrpc: '2.0',
        id: 'q1',
        error: {
          code: -32003,
          message: "outbound URL http://127.0.0.2 is denied by the deny rule '127.0.0.2/32'",
        },
      },
    })
    expect(secretHits).toEqual([])
  })

  it("answers the gateway's own failures as JSON-RPC errors with the request's id", async () => {
    expect(await rpc('nope', { ...getTask, id: 7 })).toEqual({
      status: 404,
      body: {
        jsonrpc: '2.0',
        id: 7,
        error: { code: -32002, message: "a2a agent 'nope' not found" },
      },
    })
    const html = await rpc('html', getTask)
    expect(html).toEqual({
      status: 502,
      body: {
        jsonrpc: '2.0',
        id: 'q1',
        error: {
          code: -32010,
          message: `the agent at ${base}/html answered HTTP 200 text/html, not JSON-RPC`,
        },
      },
    })
    const state = await gw.call('POST', '/a2a/html/state?activate=false', { token: gw.adminToken })
    expect(state.status).toBe(200)
    expect(await rpc('html', '{not json')).toEqual({
      status: 409,
      body: {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32004, message: "a2a agent 'Html' is disabled" },
      },
    })
  })

  it('registers an agent whose card leaves the protocolVersion out, as A2A 1.0', async () => {
    const made = await gw.call('POST', '/a2a', {
      token: gw.adminToken,
      body: { url: `${base}/terse` },
    })
    expect(made.status, await made.clone().text()).toBe(201)
    expect(await made.json()).toMatchObject({ protocolBinding: 'JSONRPC', protocolVersion: '1.0' })
    const invoked = await gw.call('POST', '/a2a/terse/invoke', {
      token: gw.adminToken,
      body: { message: 'terse' },
    })
    expect(((await invoked.json()) as { content: unknown[] }).content[0]).toEqual({
      type: 'text',
      text: 'echo: terse',
    })
    const passed = await rpc('terse', getTask)
    expect(passed).toMatchObject({ status: 200, body: { id: 'q1', error: { code: -32001 } } })
  })
})
