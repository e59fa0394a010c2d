import {
  Client,
  SSEClientTransport,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client'
import { readdirSync } from 'node:fs'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callApi } from '../test-gateway.js'
import { startCluster, type Cluster, type Replica } from './replicas.js'
import { balancedFetch, serveSessionUpstream } from './session-setup.js'

const text = (result: unknown) => (result as { content: { text: string }[] }).content[0]?.text

/** Reads an SSE answer up to its next `notifications/tools/list_changed` event (its id), then leaves it. */
async function nextListChanged(res: Response): Promise<{ id: string }> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) throw new Error(`the stream ended before a list_changed: ${buffered}`)
    buffered += value
    for (const event of buffered.split('\n\n').slice(0, -1)) {
      const id = /^id: ?(.*)$/m.exec(event)?.[1]
      if (id && event.includes('notifications/tools/list_changed')) {
        await reader.cancel()
        return { id }
      }
    }
  }
}

/**
 * Three replicas on one PostgreSQL database and Redis: a legacy-era session opened on one replica
 * keeps working when its POSTs, its GET stream and its DELETE land on the others.
 */
describe('legacy sessions across replicas', () => {
  let cluster: Cluster
  let mcpPath: string
  const redis = new Redis('redis://127.0.0.1:6379')
  const clients: Client[] = []

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 3 })
    mcpPath = await serveSessionUpstream(cluster)
  }, 90_000)
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close().catch(() => undefined)))
    await cluster?.dispose()
    await redis.quit()
  })

  /** Gives the server's first tool a new description there, through `replica`: its tools list changes. */
  async function describeFirstTool(replica: number, description: string): Promise<void> {
    const url = cluster.replicas[replica]!.url
    const serverPath = mcpPath.replace(/\/mcp$/, '')
    const server = await callApi(url, 'GET', serverPath, { token: cluster.adminToken })
    const [first, ...rest] = server.associatedTools as string[]
    await callApi(url, 'PUT', serverPath, {
      token: cluster.adminToken,
      body: { associated_tools: [{ id: first, description }, ...rest] },
      status: 200,
    })
  }

  function legacyClient(): Client {
    const client = new Client(
      { name: 'sessions', version: '1.0.0' },
      { capabilities: { sampling: {} }, versionNegotiation: { mode: 'legacy' } },
    )
    client.setRequestHandler('sampling/createMessage', () => ({
      role: 'assistant' as const,
      content: { type: 'text' as const, text: 'from the client' },
      model: 'test',
    }))
    clients.push(client)
    return client
  }

  /** The headers of a raw legacy-era request with the admin token (or `token`). */
  const legacyHeaders = (token = cluster.adminToken) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': '2025-11-25',
  })

  /** Opens a legacy session on a replica (0 unless told) with a raw `initialize`: its id. */
  async function openSession(clientName: string, token?: string, replica = 0): Promise<string> {
    const res = await globalThis.fetch(`${cluster.replicas[replica]!.url}${mcpPath}`, {
      method: 'POST',
      headers: legacyHeaders(token),
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: {
          protocolVersion: '2025-11-25',
          capabilities: {},
          clientInfo: { name: clientName, version: '1' },
        },
      }),
    })
    await res.body?.cancel()
    return res.headers.get('mcp-session-id')!
  }

  interface Round {
    result?: { resultType: string; inputRequests: Record<string, unknown>; requestState: string }
    error?: { code: number; message: string }
  }

  /** What a replica wrote to stderr that is not a JSON log record. */
  const strayLines = (replica: Replica) =>
    replica
      .stderr()
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('{'))

  /** A raw 2026-era call of `sessions-ask` on a replica (`params`: a retry's): its answer. */
  async function modernAsk(
    replica: number,
    params: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Round> {
    const res = await globalThis.fetch(`${cluster.replicas[replica]!.url}${mcpPath}`, {
      method: 'POST',
      headers: {
        ...legacyHeaders(),
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tools/call',
        'mcp-name': 'sessions-ask',
        ...headers,
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 8,
        method: 'tools/call',
        params: {
          name: 'sessions-ask',
          arguments: {},
          ...params,
          _meta: {
            'io.modelcontextprotocol/protocolVersion': '2026-07-28',
            'io.modelcontextprotocol/clientInfo': { name: 'modern', version: '1' },
            'io.modelcontextprotocol/clientCapabilities': { sampling: {} },
          },
        },
      }),
    })
    // JSON, or an SSE stream whose last event is the answer (a log line comes before it)
    return JSON.parse((await res.text()).split('\ndata: ').at(-1)!) as Round
  }

  it('serves every request of a session opened on replica 0 through the other replicas', async () => {
    const seen: { method: string; replica: number }[] = []
    let turn = 0
    // initialize goes to replica 0, everything after it to replicas 1 and 2 in turn.
    const fetch = balancedFetch(cluster, () => (turn++ === 0 ? 0 : 1 + (turn % 2)), seen)
    const client = legacyClient()
    const logs: unknown[] = []
    client.setNotificationHandler('notifications/message', (n) => void logs.push(n.params.data))
    const transport = new StreamableHTTPClientTransport(
      new URL(`${cluster.replicas[0]!.url}${mcpPath}`),
      { fetch },
    )
    await client.connect(transport)
    const sessionId = transport.sessionId!
    expect(sessionId).toBeTruthy()
    expect(await redis.get(`${cluster.prefix}session:${sessionId}`)).toBe(cluster.replicas[0]!.url)

    const { tools } = await client.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'sessions-ask',
      'sessions-ok',
      'sessions-slow',
    ])
    for (let i = 0; i < 4; i++)
      expect(text(await client.callTool({ name: 'sessions-ok', arguments: {} }))).toMatch(
        /^ok from/,
      )
    // A server-to-client request and a log notification travel back over relayed streams, and
    // the client's answer (another POST) lands on another replica.
    expect(text(await client.callTool({ name: 'sessions-ask', arguments: {} }))).toBe(
      'sampled: from the client',
    )
    expect(logs).toContain('about to ask')
    expect(new Set(seen.slice(1).map((s) => s.replica))).toEqual(new Set([1, 2]))
    expect(seen.some((s) => s.method === 'GET' && s.replica !== 0)).toBe(true)

    // A list_changed the owner sends on the session's GET stream, which another replica relays.
    const changed = new Promise<string>((resolve) =>
      client.setNotificationHandler('notifications/tools/list_changed', (n) => resolve(n.method)),
    )
    await describeFirstTool(0, 'changed while the session is open')
    expect(await changed).toBe('notifications/tools/list_changed')

    await transport.terminateSession()
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE' })
    expect(seen.at(-1)!.replica).not.toBe(0)
    await expect.poll(() => redis.get(`${cluster.prefix}session:${sessionId}`)).toBeNull()
    const after = await fetch(`${cluster.replicas[0]!.url}${mcpPath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': sessionId,
        'mcp-protocol-version': '2025-11-25',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }),
    })
    expect(after.status).toBe(404)
    expect(((await after.json()) as { error: { code: number } }).error.code).toBe(-32001)
  }, 30_000)

  it('relays legacy HTTP+SSE message POSTs to the replica holding the stream', async () => {
    const seen: { method: string; replica: number }[] = []
    let posts = 0
    const fetch = balancedFetch(cluster, ({ method }) => (method === 'GET' ? 2 : posts++ % 2), seen)
    const client = legacyClient()
    const sseUrl = new URL(`${cluster.replicas[2]!.url}${mcpPath.replace(/\/mcp$/, '/sse')}`)
    await client.connect(new SSEClientTransport(sseUrl, { fetch, eventSourceInit: { fetch } }))
    for (let i = 0; i < 3; i++)
      expect(text(await client.callTool({ name: 'sessions-ok', arguments: {} }))).toMatch(
        /^ok from/,
      )
    expect(text(await client.callTool({ name: 'sessions-ask', arguments: {} }))).toBe(
      'sampled: from the client',
    )
    const postedTo = new Set(seen.filter((s) => s.method === 'POST').map((s) => s.replica))
    expect(postedTo).toEqual(new Set([0, 1]))
    await client.close()
  }, 30_000)

  it('serves modern-era requests on any replica without a session', async () => {
    let turn = 0
    const client = new Client(
      { name: 'modern', version: '1.0.0' },
      { versionNegotiation: { mode: { pin: '2026-07-28' } } },
    )
    clients.push(client)
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${cluster.replicas[0]!.url}${mcpPath}`), {
        fetch: balancedFetch(cluster, () => turn++ % 3),
      }),
    )
    for (let i = 0; i < 6; i++)
      expect(text(await client.callTool({ name: 'sessions-ok', arguments: {} }))).toMatch(
        /^ok from/,
      )
  }, 30_000)

  it("answers a legacy upstream's sampling to a modern client wherever its retries land", async () => {
    const seen: { method: string; replica: number }[] = []
    let turn = 0
    const client = new Client(
      { name: 'modern-sampling', version: '1.0.0' },
      { capabilities: { sampling: {} }, versionNegotiation: { mode: { pin: '2026-07-28' } } },
    )
    client.setRequestHandler('sampling/createMessage', () => ({
      role: 'assistant' as const,
      content: { type: 'text' as const, text: 'from the modern client' },
      model: 'test',
    }))
    clients.push(client)
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${cluster.replicas[0]!.url}${mcpPath}`), {
        fetch: balancedFetch(cluster, () => turn++ % 3, seen),
      }),
    )
    // Each call is parked on the replica it reached until the client's retry, which reaches the
    // next replica: three calls start on each replica once.
    for (let i = 0; i < 3; i++)
      expect(text(await client.callTool({ name: 'sessions-ask', arguments: {} }))).toBe(
        'sampled: from the modern client',
      )
    expect(new Set(seen.map((s) => s.replica))).toEqual(new Set([0, 1, 2]))
  }, 30_000)

  it('releases the sockets of relayed GET streams when their clients leave', async () => {
    const [owner, relay] = [cluster.replicas[0]!, cluster.replicas[1]!]
    const headers = legacyHeaders()
    const fds = (pid: number) => readdirSync(`/proc/${pid}/fd`).length
    const ids = await Promise.all(Array.from({ length: 20 }, () => openSession('fds')))
    const before = [fds(owner.child.pid!), fds(relay.child.pid!)]
    const leaving = new AbortController()
    const streams = await Promise.all(
      ids.map((id) =>
        globalThis.fetch(`${relay.url}${mcpPath}`, {
          headers: { ...headers, accept: 'text/event-stream', 'mcp-session-id': id },
          signal: leaving.signal,
        }),
      ),
    )
    expect(streams.map((res) => res.status)).toEqual(ids.map(() => 200))
    // Each stream holds a socket from the client and one to the owner on the relaying replica.
    expect(fds(relay.child.pid!)).toBeGreaterThanOrEqual(before[1]! + 20)
    leaving.abort()
    // Back to (or, as idle keep-alive sockets time out, below) what they had before the streams.
    await expect
      .poll(() => fds(owner.child.pid!) <= before[0]! && fds(relay.child.pid!) <= before[1]!, {
        timeout: 5000,
      })
      .toBe(true)
    // and nothing but its JSON log records on stderr (it printed "Error: aborted" for each)
    expect(strayLines(relay)).toEqual([])
  }, 30_000)

  it('replays what a GET stream missed when it comes back on another replica with Last-Event-ID', async () => {
    const owner = cluster.replicas[0]
    const session = { ...legacyHeaders(), 'mcp-session-id': await openSession('resume') }
    const done = await globalThis.fetch(`${owner!.url}${mcpPath}`, {
      method: 'POST',
      headers: session,
      body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
    })
    expect(done.status).toBe(202)
    const listen = (replica: number, lastEventId?: string) =>
      globalThis.fetch(`${cluster.replicas[replica]!.url}${mcpPath}`, {
        headers: {
          ...session,
          accept: 'text/event-stream',
          ...(lastEventId && { 'last-event-id': lastEventId }),
        },
      })

    // the GET stream through replica 1 sees a list_changed, then its client goes away
    const stream = await listen(1)
    expect(stream.status).toBe(200)
    await describeFirstTool(0, 'seen live')
    const live = await nextListChanged(stream)
    // a change while no stream is open; the stream comes back through replica 2
    await describeFirstTool(0, 'missed')
    const resumed = await listen(2, live.id)
    expect(resumed.status).toBe(200)
    const replayed = await nextListChanged(resumed)
    expect(replayed.id).not.toBe(live.id)
  }, 30_000)

  it('refuses a forged hop header with 403 and JSON-RPC -32003', async () => {
    const res = await globalThis.fetch(`${cluster.replicas[1]!.url}${mcpPath}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${cluster.adminToken}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': 'not-a-session',
        'mcp-protocol-version': '2025-11-25',
        'switchyard-hop': `${Date.now()}.forged`,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(res.status).toBe(403)
    const body = (await res.json()) as { error: { code: number; message: string } }
    expect(body.error.code).toBe(-32003)
    expect(body.error.message).toMatch(/switchyard-hop/)
    // on a 2026-era retry too, where the proof names the requestState
    const retry = { requestState: 'any', inputResponses: {} }
    const forged = { 'switchyard-hop': `${Date.now()}.forged` }
    const refused = await modernAsk(1, retry, forged)
    expect(refused.error?.code).toBe(-32003)
    expect(refused.error?.message).toMatch(/switchyard-hop/)
  })

  it("answers another user's request naming a session with 404, whichever replica it lands on", async () => {
    const url = cluster.replicas[1]!.url
    const mallory = { email: 'mallory@example.com', password: 'mallory-password' }
    await callApi(url, 'POST', '/users', { token: cluster.adminToken, body: mallory, status: 201 })
    const login = await callApi(url, 'POST', '/auth/login', { body: mallory, status: 200 })
    const malloryToken = String(login.accessToken)
    const sessionId = await openSession('owned')
    const post = (replica: number, token: string, session: string) =>
      globalThis.fetch(`${cluster.replicas[replica]!.url}${mcpPath}`, {
        method: 'POST',
        headers: { ...legacyHeaders(token), 'mcp-session-id': session },
        body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/list' }),
      })
    // mallory may use the server: a session of her own is served
    const own = await openSession('mallory', malloryToken)
    const mine = await post(2, malloryToken, own)
    expect(mine.status).toBe(200)
    await mine.body?.cancel()
    for (const replica of [0, 1, 2]) {
      const stolen = await post(replica, malloryToken, sessionId)
      expect(stolen.status, `replica ${replica}`).toBe(404)
      expect(await stolen.json()).toMatchObject({ error: { code: -32001 } })
      const owner = await post(replica, cluster.adminToken, sessionId)
      expect(owner.status, `replica ${replica}`).toBe(200)
      await owner.body?.cancel()
    }
  })

  it('tells a session on replica 0 of its owner joining a team through replica 2', async () => {
    const [first, , third] = cluster.replicas.map((replica) => replica.url)
    const trudy = { email: 'trudy@example.com', password: 'trudy-password' }
    const admin = { token: cluster.adminToken }
    await callApi(first!, 'POST', '/users', { ...admin, body: trudy, status: 201 })
    const token = String(
      (await callApi(first!, 'POST', '/auth/login', { body: trudy, status: 200 })).accessToken,
    )
    const team = await callApi(first!, 'POST', '/teams', {
      ...admin,
      body: { name: 'blue' },
      status: 201,
    })
    const tool = {
      name: 'blue_only',
      url: 'http://127.0.0.1:9/blue',
      team: team.id,
      visibility: 'team',
    }
    await callApi(first!, 'POST', '/tools', { ...admin, body: tool, status: 201 })

    const client = legacyClient()
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${first}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
    const names = async () => (await client.listTools()).tools.map((t) => t.name)
    expect(await names()).not.toContain('blue_only')
    const changed = new Promise<string>((resolve) =>
      client.setNotificationHandler('notifications/tools/list_changed', (n) => resolve(n.method)),
    )
    const member = { ...admin, body: { email: trudy.email }, status: 201 }
    await callApi(third!, 'POST', `/teams/${team.id}/members`, member)
    expect(await changed).toBe('notifications/tools/list_changed')
    expect(await names()).toContain('blue_only')
  }, 30_000)

  it('answers 404 for a session whose owner died, and -32602 for a retry of a call it held', async () => {
    let target = 2
    const fetch = balancedFetch(cluster, () => target)
    const client = legacyClient()
    const transport = new StreamableHTTPClientTransport(
      new URL(`${cluster.replicas[2]!.url}${mcpPath}`),
      { fetch },
    )
    await client.connect(transport)
    const sessionId = transport.sessionId!
    // a GET stream through replica 1 of another session there
    const listened = await openSession('listener', undefined, 2)
    const stream = await globalThis.fetch(`${cluster.replicas[1]!.url}${mcpPath}`, {
      headers: { ...legacyHeaders(), accept: 'text/event-stream', 'mcp-session-id': listened },
    })
    expect(stream.status).toBe(200)
    // and a 2026-era call parked there for its client's answer
    const round = await modernAsk(2)
    expect(round.result).toMatchObject({ resultType: 'input_required' })
    await cluster.replicas[2]!.stop('SIGKILL')
    // The stream ends (the client reconnects and learns the session is gone), and replica 1 says
    // so at debug level, not with a stack trace on stderr.
    await expect(stream.text()).resolves.toBeTypeOf('string')
    expect(strayLines(cluster.replicas[1]!)).toEqual([])

    const [key] = Object.keys(round.result!.inputRequests)
    const answer = { role: 'assistant', content: { type: 'text', text: 'late' }, model: 'test' }
    const retry = { requestState: round.result!.requestState, inputResponses: { [key!]: answer } }
    const gone = await modernAsk(1, retry)
    expect(gone).toMatchObject({ jsonrpc: '2.0', id: 8, error: { code: -32602 } })
    expect(gone.error?.message).toMatch('held by another replica, which cannot be reached')
    expect(gone.error?.message).toMatch(/send the request again without requestState$/)
    target = 1
    const res = await fetch(`${cluster.replicas[1]!.url}${mcpPath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': sessionId,
        'mcp-protocol-version': '2025-11-25',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list' }),
    })
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: number } }).error.code).toBe(-32001)
    // The dead owner's record is gone at once, not when its TTL lapses.
    expect(await redis.get(`${cluster.prefix}session:${sessionId}`)).toBeNull()
    await cluster.restart(2)
  }, 30_000)
})
