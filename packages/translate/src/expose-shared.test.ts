import { afterEach, describe, expect, it } from 'vitest'
import type { Client } from '@modelcontextprotocol/client'
import { exposeStdio, type ExposedServer } from './expose.js'
import { connectClient, descendants, eventually, fixture, textOf } from './test/helpers.js'

let server: ExposedServer | undefined
const clients: Client[] = []

async function expose(extra: { stateless?: boolean; jsonResponse?: boolean } = {}) {
  server = await exposeStdio({
    command: fixture,
    env: { PATH: process.env.PATH ?? '' },
    port: 0,
    sse: true,
    streamableHttp: true,
    websocket: true,
    shared: true,
    startupCheckMs: 200,
    killGraceMs: 500,
    ...extra,
  })
  return server
}

async function client(face: 'sse' | 'streamable' | 'ws', answer = 'yes') {
  const c = await connectClient(face, (server as ExposedServer).url, {
    capabilities: { sampling: {} },
  })
  c.setRequestHandler('sampling/createMessage', () => ({
    role: 'assistant',
    content: { type: 'text', text: answer },
    model: 'test',
  }))
  clients.push(c)
  return c
}

const pidOf = async (c: Client) =>
  (JSON.parse(textOf(await c.callTool({ name: 'whoami', arguments: {} }))) as { pid: number }).pid

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close().catch(() => undefined)))
  await server?.close()
  server = undefined
  expect(descendants()).toEqual([])
})

describe('--shared: one child for every session', () => {
  it('renumbers ids so that equal client ids and progress tokens never cross', async () => {
    await expose()
    const [a, b, c] = await Promise.all([client('streamable'), client('sse'), client('ws')])
    const pids = new Set(await Promise.all([pidOf(a), pidOf(b), pidOf(c)]))
    expect(pids.size).toBe(1)
    const totals: Record<string, (number | undefined)[]> = { a: [], b: [], c: [] }
    const results = await Promise.all(
      (
        [
          [a, 'a', 4],
          [b, 'b', 3],
          [c, 'c', 2],
        ] as const
      ).map(([who, tag, steps]) =>
        who.callTool(
          { name: 'slow', arguments: { tag, steps, ms: 200 } },
          { onprogress: (p) => totals[tag]?.push(p.total) },
        ),
      ),
    )
    expect(results.map(textOf)).toEqual(['done a', 'done b', 'done c'])
    expect(new Set(totals.a)).toEqual(new Set([4]))
    expect(new Set(totals.b)).toEqual(new Set([3]))
    expect(new Set(totals.c)).toEqual(new Set([2]))
  })

  it('sends a server-to-client request to the session whose call asked, and its answer back', async () => {
    await expose()
    const alice = await client('streamable', 'from alice')
    const bob = await client('sse', 'from bob')
    expect(textOf(await alice.callTool({ name: 'ask', arguments: {} }))).toContain('from alice')
    expect(textOf(await bob.callTool({ name: 'ask', arguments: {} }))).toContain('from bob')
  })

  it('sends list_changed notifications to every session', async () => {
    await expose()
    const heard: string[] = []
    const a = await client('streamable')
    const b = await client('ws')
    a.setNotificationHandler('notifications/tools/list_changed', () => void heard.push('a'))
    b.setNotificationHandler('notifications/tools/list_changed', () => void heard.push('b'))
    await a.callTool({ name: 'announce', arguments: {} })
    await eventually(() => heard.includes('a') && heard.includes('b'), 'both heard it')
  })

  it('keeps the one child while sessions come and go, and ends it on close', async () => {
    await expose()
    const first = await client('sse')
    const pid = await pidOf(first)
    await first.close()
    const second = await client('ws')
    expect(await pidOf(second)).toBe(pid)
  })
})

describe('--stateless: every POST stands alone', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server?.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...headers,
      },
      body: JSON.stringify(body),
    })

  it('answers requests without initialize or session, in JSON with --jsonResponse', async () => {
    await expose({ stateless: true, jsonResponse: true })
    const res = await post({
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'slow', arguments: { tag: 's', ms: 10 } },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('mcp-session-id')).toBeNull()
    expect(await res.json()).toMatchObject({ id: 7, result: { content: [{ text: 'done s' }] } })
    const batch = await post([
      { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      { jsonrpc: '2.0', id: 1.5, method: 'ping' },
    ])
    const answers = (await batch.json()) as { id: number }[]
    expect(answers.map((answer) => answer.id).sort()).toEqual([1, 1.5])
    expect((await fetch(`${server?.url}/mcp`)).status).toBe(405)
  })

  it('works for an SDK client over SSE-answered POSTs', async () => {
    await expose({ stateless: true })
    const c = await connectClient('streamable', (server as ExposedServer).url)
    clients.push(c)
    expect(textOf(await c.callTool({ name: 'slow', arguments: { tag: 'sdk', ms: 10 } }))).toBe(
      'done sdk',
    )
    expect(server?.sessionCount).toBeLessThanOrEqual(1)
    await eventually(() => server?.sessionCount === 0, 'per-request sessions end')
  })

  it('refuses --header-to-env with --shared or --stateless', async () => {
    await expect(
      exposeStdio({
        command: fixture,
        env: {},
        port: 0,
        streamableHttp: true,
        stateless: true,
        headerToEnv: { 'x-a': 'A' },
      }),
    ).rejects.toThrow(/--header-to-env/)
  })
})
