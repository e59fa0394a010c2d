import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { connectStdio, type StdioBridge } from './connect.js'
import type { RemoteKind } from './remote-transport.js'
import { exposeStdio, type ExposedServer } from './expose.js'
import type { ExposeOptions } from './expose-options.js'
import { createLogger } from './logger.js'
import { descendants, eventually, fixture } from './test/helpers.js'

/** A local stdio client of a bridge: writes lines in, reads JSON-RPC lines out. */
function localClient() {
  const input = new PassThrough()
  const output = new PassThrough()
  const received: Record<string, unknown>[] = []
  let buffered = ''
  output.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) received.push(JSON.parse(line) as Record<string, unknown>)
  })
  const send = (message: unknown) => input.write(`${JSON.stringify(message)}\n`)
  const answer = async (id: unknown) => {
    await eventually(() => received.some((m) => m.id === id), `an answer to ${String(id)}`)
    return received.find((m) => m.id === id) as Record<string, unknown>
  }
  return { input, output, received, send, answer }
}

const initialize = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: { sampling: {} },
    clientInfo: { name: 'local', version: '1' },
  },
})
const call = (id: number, name: string, args: Record<string, unknown> = {}) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: args },
})

/** A logger whose lines the test can read. */
function logLines() {
  const stream = new PassThrough()
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return { logger: createLogger('bridge', 'info', stream), text: () => text }
}

let server: ExposedServer | undefined
let bridge: StdioBridge | undefined

async function expose(port = 0, extra: Partial<ExposeOptions> = {}) {
  server = await exposeStdio({
    command: fixture,
    env: { PATH: process.env.PATH ?? '' },
    port,
    sse: true,
    streamableHttp: true,
    websocket: true,
    startupCheckMs: 0,
    killGraceMs: 500,
    ...extra,
  })
  return server
}

const urlFor = (kind: RemoteKind, base: string) =>
  kind === 'sse'
    ? `${base}/sse`
    : kind === 'websocket'
      ? `${base.replace('http', 'ws')}/ws`
      : `${base}/mcp`

afterEach(async () => {
  await bridge?.close()
  bridge = undefined
  await server?.close()
  server = undefined
  expect(descendants()).toEqual([])
})

describe('connectStdio: a remote server on a pair of streams', () => {
  it.each(['sse', 'streamablehttp', 'websocket'] as const)(
    'bridges %s both ways: answers, notifications and server-to-client requests',
    async (kind) => {
      const base = (await expose()).url
      const local = localClient()
      bridge = await connectStdio({
        transport: kind,
        url: urlFor(kind, base),
        input: local.input,
        output: local.output,
      })
      local.send(initialize(1))
      expect(await local.answer(1)).toMatchObject({ result: { serverInfo: { name: 'fixture' } } })
      local.send({ jsonrpc: '2.0', method: 'notifications/initialized' })
      local.send(call(2, 'announce'))
      await local.answer(2)
      await eventually(
        () => local.received.some((m) => m.method === 'notifications/tools/list_changed'),
        'list_changed',
      )
      local.send(call(3, 'ask'))
      await eventually(
        () => local.received.some((m) => m.method === 'sampling/createMessage'),
        'ask',
      )
      const asked = local.received.find((m) => m.method === 'sampling/createMessage') as {
        id: unknown
      }
      local.send({
        jsonrpc: '2.0',
        id: asked.id,
        result: { role: 'assistant', content: { type: 'text', text: 'local says hi' }, model: 'm' },
      })
      expect(JSON.stringify(await local.answer(3))).toContain('local says hi')
      local.send('not json')
      local.input.write('{oops\n')
      await eventually(
        () =>
          local.received.some((m) => (m.error as { code?: number } | undefined)?.code === -32700),
        'parse error',
      )
    },
  )

  it.each(['sse', 'streamablehttp', 'websocket'] as const)(
    'reconnects (%s) after the server restarts, replays initialize, errors the request in flight',
    async (kind) => {
      const first = await expose()
      const port = first.port
      const local = localClient()
      bridge = await connectStdio({
        transport: kind,
        url: urlFor(kind, first.url),
        input: local.input,
        output: local.output,
        reconnectDelayMs: 50,
      })
      local.send(initialize(1))
      await local.answer(1)
      local.send({ jsonrpc: '2.0', method: 'notifications/initialized' })
      local.send(call(2, 'slow', { ms: 5000 }))
      await new Promise((resolve) => setTimeout(resolve, 200))
      await first.close()
      expect(await local.answer(2)).toMatchObject({ error: { code: -32000 } })
      await expose(port)
      local.send(call(3, 'slow', { tag: 'after restart', ms: 10 }))
      expect(await local.answer(3)).toMatchObject({
        result: { content: [{ text: 'done after restart' }] },
      })
      expect(local.received.filter((m) => m.id === 1)).toHaveLength(1)
    },
  )

  it.each(['sse', 'streamablehttp', 'websocket'] as const)(
    'holds what a %s client writes right after initialize until the session exists',
    async (kind) => {
      const base = (await expose()).url
      const local = localClient()
      bridge = await connectStdio({
        transport: kind,
        url: urlFor(kind, base),
        input: local.input,
        output: local.output,
      })
      const lines = [
        initialize(1),
        { jsonrpc: '2.0', method: 'notifications/initialized' },
        call(2, 'slow', { tag: 'at once', ms: 10 }),
      ]
      local.input.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
      expect(await local.answer(2)).toMatchObject({
        result: { content: [{ text: 'done at once' }] },
      })
    },
  )

  it('answers what was asked before the input ended, then ends', async () => {
    const base = (await expose()).url
    const local = localClient()
    bridge = await connectStdio({
      transport: 'streamablehttp',
      url: `${base}/mcp`,
      input: local.input,
      output: local.output,
    })
    const lines = [
      initialize(1),
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      call(2, 'slow', { tag: 'piped', ms: 200 }),
    ]
    local.input.end(lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
    await bridge.closed
    expect(local.received.find((m) => m.id === 2)).toMatchObject({
      result: { content: [{ text: 'done piped' }] },
    })
  })

  it('answers a line that is not JSON-RPC 2.0 with -32600 at once, and still ends with its input', async () => {
    const base = (await expose()).url
    const local = localClient()
    bridge = await connectStdio({
      transport: 'streamablehttp',
      url: `${base}/mcp`,
      input: local.input,
      output: local.output,
    })
    const lines = [
      { id: 7, method: 'ping' },
      { jsonrpc: '1.0', id: 8, method: 'ping' },
      initialize(1),
    ]
    local.input.end(lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
    await bridge.closed
    const invalid = (id: number) => ({
      jsonrpc: '2.0',
      id,
      error: { code: -32600, message: 'Invalid Request: "jsonrpc" must be "2.0"' },
    })
    expect(local.received.slice(0, 2)).toEqual([invalid(7), invalid(8)])
    expect(local.received[2]).toMatchObject({ id: 1, result: { serverInfo: { name: 'fixture' } } })
  })

  it('times out a request with -32001', async () => {
    const base = (await expose()).url
    const local = localClient()
    bridge = await connectStdio({
      transport: 'websocket',
      url: urlFor('websocket', base),
      input: local.input,
      output: local.output,
      requestTimeoutMs: 200,
    })
    local.send(initialize(1))
    await local.answer(1)
    local.send(call(2, 'slow', { ms: 3000 }))
    expect(await local.answer(2)).toMatchObject({ error: { code: -32001 } })
  })

  it('sends --header and bearer values, and fails at startup on refused credentials', async () => {
    await expose(0, { oauth2Bearer: 'sesame' })
    const local = localClient()
    await expect(
      connectStdio({
        transport: 'streamablehttp',
        url: `${server?.url}/mcp`,
        input: local.input,
        output: local.output,
      }),
    ).rejects.toThrow(/refused the credentials \(HTTP 401\)/)
    bridge = await connectStdio({
      transport: 'streamablehttp',
      url: `${server?.url}/mcp`,
      headers: { authorization: 'Bearer sesame' },
      input: local.input,
      output: local.output,
    })
    local.send(initialize(1))
    expect(await local.answer(1)).toMatchObject({ result: { serverInfo: { name: 'fixture' } } })
  })

  it.each(['sse', 'streamablehttp', 'websocket'] as const)(
    'fails at startup with a clear error when the %s URL cannot be reached',
    async (kind) => {
      const local = localClient()
      await expect(
        connectStdio({
          transport: kind,
          url: urlFor(kind, 'http://127.0.0.1:9'),
          input: local.input,
          output: local.output,
        }),
      ).rejects.toThrow(/cannot reach .*: /)
    },
  )

  it('fails at startup naming the server message when the URL answers 404', async () => {
    const base = (await expose()).url
    await expect(
      connectStdio({ transport: 'streamablehttp', url: `${base}/nope`, ...localClient() }),
    ).rejects.toThrow(`cannot reach ${base}/nope: Not found: /nope (HTTP 404)`)
  })

  it('answers requests the server refuses with its JSON-RPC error, without reconnecting', async () => {
    const first = await expose(0, { stateless: true })
    const local = localClient()
    const log = logLines()
    bridge = await connectStdio({
      transport: 'streamablehttp',
      url: `${first.url}/mcp`,
      input: local.input,
      output: local.output,
      logger: log.logger,
    })
    // The server comes back without its streamable HTTP face: /mcp is no more.
    await first.close()
    await expose(first.port, { streamableHttp: false })
    local.send(initialize(1))
    const refused = { code: -32000, message: 'Not found: /mcp' }
    expect(await local.answer(1)).toEqual({ jsonrpc: '2.0', id: 1, error: refused })
    local.send(call(2, 'slow'))
    expect(await local.answer(2)).toEqual({ jsonrpc: '2.0', id: 2, error: refused })
    expect(log.text()).not.toContain('lost the connection')
  })

  it('answers what waits for a lost session with the error the server refuses a new one with', async () => {
    const first = await expose()
    const local = localClient()
    bridge = await connectStdio({
      transport: 'streamablehttp',
      url: `${first.url}/mcp`,
      input: local.input,
      output: local.output,
    })
    local.send(initialize(1))
    await local.answer(1)
    await first.close()
    await expose(first.port, { streamableHttp: false })
    // 404 to the session's request: the session is lost; the replayed initialize gets 404 too.
    local.send(call(2, 'slow'))
    expect(await local.answer(2)).toEqual({
      jsonrpc: '2.0',
      id: 2,
      error: { code: -32000, message: 'Not found: /mcp' },
    })
  })

  it('backs off while the server stays away, though reopening a streamable HTTP connection sends nothing', async () => {
    const first = await expose(0, { stateless: true })
    const local = localClient()
    const log = logLines()
    bridge = await connectStdio({
      transport: 'streamablehttp',
      url: `${first.url}/mcp`,
      input: local.input,
      output: local.output,
      reconnectDelayMs: 100,
      logger: log.logger,
    })
    await first.close()
    local.send(initialize(1))
    await new Promise((resolve) => setTimeout(resolve, 1000))
    // At once, then after 100, 200 and 400 ms.
    const reopened = log
      .text()
      .split('\n')
      .filter((line) => line.includes('reconnected to'))
    expect(reopened.length).toBeGreaterThanOrEqual(3)
    expect(reopened.length).toBeLessThanOrEqual(5)
    await expose(first.port, { stateless: true })
    expect(await local.answer(1)).toMatchObject({ result: { serverInfo: { name: 'fixture' } } })
  })

  it('refuses a URL of the wrong kind', async () => {
    await expect(
      connectStdio({ transport: 'websocket', url: 'http://127.0.0.1:9/ws' }),
    ).rejects.toThrow(/ws: or wss:/)
    await expect(connectStdio({ transport: 'sse', url: 'not a url' })).rejects.toThrow(
      /not a valid URL/,
    )
  })
})
