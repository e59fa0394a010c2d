import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  Client,
  SSEClientTransport,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { RunningGateway } from '../server.js'
import { callApi, listen } from './test-gateway.js'

const USERS = ['alice', 'bob'] as const
type User = (typeof USERS)[number]
const FACES = ['mcp', 'sse', 'ws', 'listen'] as const
type Face = (typeof FACES)[number]
const TOOLS_CHANGED = 'notifications/tools/list_changed'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('MCP sessions belong to the user who opened them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-owners-'))
  let gw: RunningGateway
  const tokens = {} as Record<User, string>
  const closers: (() => Promise<unknown> | void)[] = []

  const api = (user: User | 'admin', method: string, path: string, body?: unknown, status = 200) =>
    callApi(gw.url, method, path, {
      token: user === 'admin' ? adminToken : tokens[user],
      status,
      ...(body !== undefined && { body }),
    })
  let adminToken = ''

  beforeAll(async () => {
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
    })
    const login = async (email: string, password: string) =>
      String(
        (await callApi(gw.url, 'POST', '/auth/login', { body: { email, password }, status: 200 }))
          .accessToken,
      )
    adminToken = await login('admin@example.com', 'admin-password')
    for (const user of USERS) {
      const email = `${user}@example.com`
      await api('admin', 'POST', '/users', { email, password: `${user}-password` }, 201)
      tokens[user] = await login(email, `${user}-password`)
    }
  })
  afterAll(async () => {
    for (const close of closers.splice(0).reverse()) await close()
    await gw.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  const mcpHeaders = (user: User, sessionId: string) => ({
    authorization: `Bearer ${tokens[user]}`,
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-session-id': sessionId,
    'mcp-protocol-version': '2025-11-25',
  })
  const toolsList = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' })

  it("answers another user's request on a session as for an unknown session", async () => {
    const alice = mcpClient('legacy')
    const transport = new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${tokens.alice}` } },
    })
    await alice.connect(transport)
    try {
      const sessionId = transport.sessionId ?? ''
      for (const method of ['POST', 'GET', 'DELETE']) {
        const stolen = await fetch(`${gw.url}/mcp`, {
          method,
          headers: mcpHeaders('bob', sessionId),
          ...(method === 'POST' && { body: toolsList }),
        })
        expect(stolen.status, method).toBe(404)
        expect(await stolen.json(), method).toMatchObject({
          error: { code: -32001, message: 'Session not found' },
        })
      }
      expect((await alice.listTools()).tools).toBeInstanceOf(Array)

      const stream = new AbortController()
      const sse = await fetch(`${gw.url}/sse`, {
        headers: { authorization: `Bearer ${tokens.alice}`, accept: 'text/event-stream' },
        signal: stream.signal,
      })
      try {
        const reader = (sse.body as ReadableStream<Uint8Array>).getReader()
        const first = new TextDecoder().decode((await reader.read()).value)
        const endpoint = new URL(/^data: (.+)$/m.exec(first)?.[1] ?? '', gw.url)
        const post = (user: User) =>
          fetch(endpoint, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${tokens[user]}`,
              'content-type': 'application/json',
            },
            body: toolsList,
          })
        const stolen = await post('bob')
        expect(stolen.status).toBe(404)
        expect(await stolen.json()).toMatchObject({ error: { code: -32001 } })
        expect((await post('alice')).status).toBe(202)
      } finally {
        stream.abort()
      }
    } finally {
      await alice.close()
    }
  })

  it('tells each user of the lists they see changed, on /mcp (both eras), /sse and /ws', async () => {
    const { told, reset } = await openEveryFace()

    // A tool private to alice: her sessions are told, bob's are not.
    const url = 'http://127.0.0.1:9/mine'
    const body = { name: 'alice_only', url, visibility: 'private' }
    const tool = await api('alice', 'POST', '/tools', body, 201)
    await expect.poll(() => told.alice).toEqual({ mcp: 1, sse: 1, ws: 1, listen: 1 })
    await sleep(500) // past the notifier's 100 ms debounce
    expect(told.bob).toEqual({ mcp: 0, sse: 0, ws: 0, listen: 0 })
    expect((await api('bob', 'GET', '/tools')).map((t: { name: string }) => t.name)).not.toContain(
      'alice_only',
    )

    // Made public: now bob's lists change too.
    reset()
    await api('alice', 'PUT', `/tools/${tool.id}`, { visibility: 'public' })
    await expect.poll(() => told.bob).toEqual({ mcp: 1, sse: 1, ws: 1, listen: 1 })
    // alice's own list is the same: her tool, seen by her either way
    await sleep(300)
    expect(told.alice).toEqual({ mcp: 0, sse: 0, ws: 0, listen: 0 })
  })

  it('tells a user whose team memberships change, and no one else', async () => {
    const team = await api('admin', 'POST', '/teams', { name: 'red' }, 201)
    const url = 'http://127.0.0.1:9/red'
    const body = { name: 'red_only', url, team: team.id, visibility: 'team' }
    await api('admin', 'POST', '/tools', body, 201)
    const { told, reset } = await openEveryFace()
    const seen = async (user: User) =>
      (await api(user, 'GET', '/tools')).map((t: { name: string }) => t.name)

    await api('admin', 'POST', `/teams/${team.id}/members`, { email: 'alice@example.com' }, 201)
    await expect.poll(() => told.alice).toEqual({ mcp: 1, sse: 1, ws: 1, listen: 1 })
    expect(await seen('alice')).toContain('red_only')
    await sleep(300)
    expect(told.bob).toEqual({ mcp: 0, sse: 0, ws: 0, listen: 0 })

    // Leaving the team: her lists change again.
    reset()
    await api('admin', 'DELETE', `/teams/${team.id}/members/alice@example.com`)
    await expect.poll(() => told.alice).toEqual({ mcp: 1, sse: 1, ws: 1, listen: 1 })
    expect(await seen('alice')).not.toContain('red_only')
    await sleep(300)
    expect(told.bob).toEqual({ mcp: 0, sse: 0, ws: 0, listen: 0 })

    // Made a platform admin, bob sees every team's tools: only he is told.
    reset()
    await api('admin', 'PUT', '/users/bob@example.com', { isAdmin: true })
    await expect.poll(() => told.bob).toEqual({ mcp: 1, sse: 1, ws: 1, listen: 1 })
    expect(await seen('bob')).toContain('red_only')
    await sleep(300)
    expect(told.alice).toEqual({ mcp: 0, sse: 0, ws: 0, listen: 0 })
  })

  let publicTools = 0
  /**
   * Opens a session (a listen stream) of each user on every face, counting tools/list_changed;
   * returns once each has been told of a public change (so every stream is open), counts reset.
   */
  async function openEveryFace() {
    const told = Object.fromEntries(
      USERS.map((user) => [user, Object.fromEntries(FACES.map((face) => [face, 0]))]),
    ) as Record<User, Record<Face, number>>
    for (const user of USERS) {
      for (const face of FACES) await open(user, face, () => told[user][face]++)
    }
    const everyone = () => USERS.every((user) => FACES.every((face) => told[user][face] > 0))
    for (let attempt = 0; !everyone(); attempt++) {
      if (attempt === 50) throw new Error(`not every session was told: ${JSON.stringify(told)}`)
      const url = 'http://127.0.0.1:9/public'
      await api('admin', 'POST', '/tools', { name: `public_${publicTools++}`, url }, 201)
      await sleep(200)
    }
    await sleep(300) // past the notifier's 100 ms debounce
    const reset = () => USERS.forEach((user) => FACES.forEach((face) => (told[user][face] = 0)))
    reset()
    return { told, reset }
  }

  function mcpClient(era: 'legacy' | 'modern', onToolsChanged?: () => void): Client {
    const client = new Client(
      { name: 'owners-test', version: '1.0.0' },
      {
        versionNegotiation: { mode: era === 'legacy' ? 'legacy' : { pin: '2026-07-28' } },
        ...(onToolsChanged && {
          listChanged: { tools: { autoRefresh: false, debounceMs: 0, onChanged: onToolsChanged } },
        }),
      },
    )
    return client
  }

  /** Opens a session (a listen stream) of `user` on the whole catalog over `face`, counting tools/list_changed. */
  async function open(user: User, face: Face, onToolsChanged: () => void): Promise<void> {
    const authorization = `Bearer ${tokens[user]}`
    if (face === 'ws') {
      const socket = new WebSocket(`${gw.url.replace('http', 'ws')}/ws`, 'mcp', {
        headers: { authorization },
      })
      const initialized = new Promise<void>((resolve, reject) => {
        socket.on('message', (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { id?: number; method?: string }
          if (message.method === TOOLS_CHANGED) onToolsChanged()
          if (message.id === 1) resolve()
        })
        socket.once('error', reject)
      })
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
      const params = {
        protocolVersion: '2025-11-25',
        capabilities: {},
        clientInfo: { name: 'owners-test', version: '1.0.0' },
      }
      socket.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params }))
      await initialized
      socket.send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }))
      closers.push(() => socket.close())
      return
    }
    // A 2026-era client listens on a subscriptions/listen stream of /mcp.
    const client = mcpClient(face === 'listen' ? 'modern' : 'legacy', onToolsChanged)
    const url = new URL(`${gw.url}/${face === 'listen' ? 'mcp' : face}`)
    const requestInit = { headers: { authorization } }
    await client.connect(
      face === 'sse'
        ? new SSEClientTransport(url, { requestInit })
        : new StreamableHTTPClientTransport(url, { requestInit }),
    )
    closers.push(() => client.close())
  }
})
