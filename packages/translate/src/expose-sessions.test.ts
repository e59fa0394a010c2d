import { afterEach, describe, expect, it } from 'vitest'
import type { Client } from '@modelcontextprotocol/client'
import { exposeStdio, type ExposedServer } from './expose.js'
import type { ExposeOptions } from './expose-options.js'
import {
  connectClient,
  descendants,
  eventually,
  fixture,
  textOf,
  type Face,
} from './test/helpers.js'

const env = { PATH: process.env.PATH ?? '' }
let server: ExposedServer | undefined
const clients: Client[] = []

async function expose(options: Partial<ExposeOptions> = {}): Promise<ExposedServer> {
  server = await exposeStdio({
    command: fixture,
    env,
    port: 0,
    sse: true,
    streamableHttp: true,
    websocket: true,
    startupCheckMs: 200,
    killGraceMs: 500,
    ...options,
  })
  return server
}

async function client(face: Face, options: Parameters<typeof connectClient>[2] = {}) {
  const connected = await connectClient(face, (server as ExposedServer).url, options)
  clients.push(connected)
  return connected
}

const whoami = async (c: Client, envName?: string) =>
  JSON.parse(
    textOf(await c.callTool({ name: 'whoami', arguments: envName ? { env: envName } : {} })),
  ) as { pid: number; env: string | null }

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close().catch(() => undefined)))
  await server?.close()
  server = undefined
  expect(descendants()).toEqual([])
})

describe('a child per session (the default)', () => {
  it.each(['sse', 'streamable', 'ws'] as const)(
    'gives each %s session its own child, and answers and progress only to their session',
    async (face) => {
      await expose()
      const [a, b] = await Promise.all([client(face), client(face)])
      const [pidA, pidB] = [(await whoami(a)).pid, (await whoami(b)).pid]
      expect(pidA).not.toBe(pidB)
      // The totals differ (3 steps, 2 steps): a notification in the wrong session would show.
      const progressA: (number | undefined)[] = []
      const progressB: (number | undefined)[] = []
      const [resultA, resultB] = await Promise.all([
        a.callTool(
          { name: 'slow', arguments: { tag: 'a', steps: 3, ms: 150 } },
          { onprogress: (p) => progressA.push(p.total) },
        ),
        b.callTool(
          { name: 'slow', arguments: { tag: 'b', steps: 2, ms: 150 } },
          { onprogress: (p) => progressB.push(p.total) },
        ),
      ])
      expect(textOf(resultA)).toBe('done a')
      expect(textOf(resultB)).toBe('done b')
      // The SDK client may drop the last one when it arrives with the result.
      expect(progressA.length).toBeGreaterThanOrEqual(2)
      expect(new Set(progressA)).toEqual(new Set([3]))
      expect(progressB.length).toBeGreaterThanOrEqual(1)
      expect(new Set(progressB)).toEqual(new Set([2]))
    },
  )

  it('skips a line of the child that is not JSON and carries on', async () => {
    await expose()
    const c = await client('streamable')
    expect(textOf(await c.callTool({ name: 'noise', arguments: {} }))).toBe('after noise')
    expect(textOf(await c.callTool({ name: 'slow', arguments: { tag: 'x', ms: 10 } }))).toBe(
      'done x',
    )
  })

  it('copies --header-to-env values into each session own child, never into another one', async () => {
    await expose({ headerToEnv: { 'x-user': 'SESSION_USER' } })
    const alice = await client('streamable', { headers: { 'X-User': 'alice' } })
    const bob = await client('sse', { headers: { 'X-User': 'bob' } })
    const nobody = await client('ws')
    expect((await whoami(alice)).env).toBe('alice')
    expect((await whoami(bob)).env).toBe('bob')
    expect((await whoami(nobody)).env).toBeNull()
  })

  it('routes a server-to-client request to its session and its answer back', async () => {
    await expose()
    const c = await client('streamable', { capabilities: { sampling: {} } })
    c.setRequestHandler('sampling/createMessage', () => ({
      role: 'assistant',
      content: { type: 'text', text: 'forty-two' },
      model: 'test',
    }))
    const result = await c.callTool({ name: 'ask', arguments: { question: 'answer?' } })
    expect(textOf(result)).toContain('forty-two')
  })

  it('ends a request that runs past the timeout with -32001, and the session goes on', async () => {
    await expose({ requestTimeoutMs: 200 })
    const c = await client('sse')
    await expect(c.callTool({ name: 'slow', arguments: { ms: 3000 } })).rejects.toThrow(/timed out/)
    expect(textOf(await c.callTool({ name: 'slow', arguments: { tag: 'ok', ms: 10 } }))).toBe(
      'done ok',
    )
  })

  it('ends the child when an SSE or WebSocket client goes, when a session is deleted, and when idle', async () => {
    await expose({ sessionIdleMs: 300 })
    const sse = await client('sse')
    const ws = await client('ws')
    await whoami(sse)
    await whoami(ws)
    expect(server?.sessionCount).toBe(2)
    await sse.close()
    await ws.close()
    await eventually(() => server?.sessionCount === 0, 'sessions ended')
    await eventually(() => descendants().length === 0, 'children reaped')

    const res = await fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 't', version: '1' },
        },
      }),
    })
    const sessionId = res.headers.get('mcp-session-id') ?? ''
    expect(await res.text()).toContain('"fixture"')
    expect(server?.sessionCount).toBe(1)
    const deleted = await fetch(`${server?.url}/mcp`, {
      method: 'DELETE',
      headers: { 'mcp-session-id': sessionId },
    })
    expect(deleted.status).toBe(200)
    await eventually(() => server?.sessionCount === 0 && descendants().length === 0, 'deleted')

    const idle = await client('streamable')
    await whoami(idle)
    // The SDK client holds a GET stream open; once it is gone, the idle limit applies.
    await idle.close()
    await eventually(() => server?.sessionCount === 0 && descendants().length === 0, 'idle reaped')
  })

  it('ends the session with an error when its child crashes', async () => {
    await expose()
    const c = await client('ws')
    await expect(c.callTool({ name: 'crash', arguments: {} })).rejects.toThrow(/exited with code 3/)
    await eventually(() => server?.sessionCount === 0, 'session ended')
  })

  it('ends every child on close', async () => {
    await expose()
    await Promise.all([client('sse'), client('streamable'), client('ws')])
    expect(descendants().length).toBeGreaterThanOrEqual(3)
    await server?.close()
    expect(descendants()).toEqual([])
  })
})
