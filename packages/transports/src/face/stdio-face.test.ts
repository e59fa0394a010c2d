import { existsSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { isAlive } from '../upstream/process-tree.js'
import { serveStdio, type StdioFaceOptions } from './stdio-face.js'
import { createTestBackend, samplingClient } from './test-backend.js'

type Line = Record<string, unknown> & { id?: unknown; method?: string }

const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** The face over two PassThrough streams; every output line must parse as JSON. */
function open(options: Partial<StdioFaceOptions> = {}) {
  const { backend, log } = createTestBackend()
  const input = new PassThrough()
  const output = new PassThrough()
  const lines: Line[] = []
  let pending = ''
  output.setEncoding('utf8')
  output.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n')
    pending = parts.pop() ?? ''
    for (const part of parts) lines.push(JSON.parse(part) as Line)
  })
  const face = serveStdio({
    backend,
    input,
    output,
    onError: (e) => log.errors.push(e),
    ...options,
  })
  cleanups.push(async () => {
    input.end()
    await face.closed
  })
  const write = (value: unknown) =>
    input.write(typeof value === 'string' ? value : `${JSON.stringify(value)}\n`)
  const reply = async (id: unknown) => {
    await expect
      .poll(() => lines.some((line) => line.id === id && line.method === undefined))
      .toBe(true)
    return lines.find((line) => line.id === id && line.method === undefined) as Line
  }
  const request = async (id: number | string, method: string, params?: unknown) => {
    write({ jsonrpc: '2.0', id, method, ...(params !== undefined && { params }) })
    return reply(id)
  }
  const initialize = async () => {
    const answer = await request(0, 'initialize', {
      protocolVersion: '2025-11-25',
      capabilities: { sampling: {} },
      clientInfo: { name: 'raw-stdio', version: '0.0.1' },
    })
    write({ jsonrpc: '2.0', method: 'notifications/initialized' })
    return answer
  }
  return { face, log, input, output, lines, write, reply, request, initialize }
}

const callTool = (name: string, args: Record<string, unknown> = {}) => ({
  name,
  arguments: args,
})

describe('stdio face over in-process streams', () => {
  it('serves a legacy session: initialize, tools, notifications and the session context', async () => {
    const { log, write, reply, request, initialize } = open()
    const init = await initialize()
    expect(init['result']).toMatchObject({
      protocolVersion: '2025-11-25',
      serverInfo: { name: 'test-gateway', version: '1.2.3' },
      instructions: 'Use the echo tool.',
    })
    const tools = await request(1, 'tools/list')
    expect((tools['result'] as { tools: unknown[] }).tools).toHaveLength(7)
    // One message split over two writes, ended by CR LF.
    const call = JSON.stringify({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: callTool('echo', { text: 'over stdio' }),
    })
    write(call.slice(0, 20))
    write(`${call.slice(20)}\r\n`)
    expect((await reply(2))['result']).toEqual({ content: [{ type: 'text', text: 'over stdio' }] })
    const context = log.requests.find((entry) => entry.method === 'tools/call')?.context
    expect(context).toMatchObject({
      era: 'legacy',
      sessionId: undefined,
      protocolVersion: '2025-11-25',
      clientInfo: { name: 'raw-stdio', version: '0.0.1' },
    })
    expect(log.notifications.map((entry) => entry.method)).toEqual(['notifications/initialized'])
    expect(log.errors).toEqual([])
  })

  it('answers malformed, invalid, unknown and oversized lines and batches, and goes on', async () => {
    const { log, lines, write, reply, request, initialize } = open({ maxMessageBytes: 1024 })
    await initialize()
    write('{"jsonrpc": "2.0", \n')
    await expect
      .poll(() => lines.find((line) => line.id === null))
      .toMatchObject({
        error: { code: -32700 },
      })
    write('\n   \n')
    write(JSON.stringify({ jsonrpc: '1.0', id: 9, method: 42 }) + '\n')
    expect(await reply(9)).toMatchObject({ error: { code: -32600 } })
    expect(await request(3, 'nope/nope')).toMatchObject({ error: { code: -32601 } })
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 4,
      method: 'ping',
      params: { p: 'x'.repeat(1500) },
    })
    write(`${big}\n`)
    // A long line in pieces, the first already over the limit: one answer, the rest skipped.
    write(big.slice(0, 1100))
    write(`${big.slice(1100)}\n`)
    await expect
      .poll(() => lines.filter((line) => line.id === null && line['error'] !== undefined).length)
      .toBe(3)
    const tooLarge = { code: -32000, message: expect.stringContaining('1024 bytes') as unknown }
    expect(lines.filter((line) => line.id === null).slice(1)).toMatchObject([
      { error: { ...tooLarge, data: { maxMessageBytes: 1024 } } },
      { error: tooLarge },
    ])
    expect(lines.some((line) => line.id === 4)).toBe(false)
    write(
      JSON.stringify([
        { jsonrpc: '2.0', id: 'a', method: 'ping' },
        { jsonrpc: '2.0', id: 'b', method: 'tools/list' },
      ]) + '\n',
    )
    expect(await reply('a')).toMatchObject({ result: {} })
    expect(await reply('b')).toMatchObject({ result: { tools: expect.any(Array) as unknown } })
    const crash = await request(5, 'tools/call', callTool('crash'))
    expect(crash['error']).toEqual({ code: -32603, message: 'Internal error' })
    expect(JSON.stringify(lines)).not.toContain('secret')
    expect(log.errors).toEqual([expect.objectContaining({ message: 'secret internal detail' })])
    expect(await request(6, 'ping')).toMatchObject({ result: {} })
  })

  it('routes sampling to the client and back, also for an input_required result', async () => {
    const { lines, write, reply, initialize } = open()
    await initialize()
    const answerSampling = async (count: number, text: string) => {
      await expect
        .poll(() => lines.filter((line) => line.method === 'sampling/createMessage').length)
        .toBe(count)
      const asked = lines.filter((line) => line.method === 'sampling/createMessage')[
        count - 1
      ] as Line
      expect(typeof asked.id === 'number' || typeof asked.id === 'string').toBe(true)
      write({
        jsonrpc: '2.0',
        id: asked.id,
        result: { model: 'm', role: 'assistant', content: { type: 'text', text } },
      })
      return asked
    }
    write({
      jsonrpc: '2.0',
      id: 10,
      method: 'tools/call',
      params: callTool('sample', { prompt: 'hi' }),
    })
    const asked = await answerSampling(1, 'hello')
    expect(asked['params']).toMatchObject({ messages: [{ content: { text: 'hi' } }] })
    expect((await reply(10))['result']).toEqual({
      content: [{ type: 'text', text: 'model said: hello' }],
    })
    write({ jsonrpc: '2.0', id: 11, method: 'tools/call', params: callTool('ask') })
    await answerSampling(2, 'Paris')
    expect((await reply(11))['result']).toEqual({
      content: [{ type: 'text', text: 'model said: Paris (round-1)' }],
    })
  })

  it('aborts a request on notifications/cancelled and sends notify() to the client', async () => {
    const { face, log, lines, write, initialize } = open()
    await initialize()
    write({ jsonrpc: '2.0', id: 20, method: 'tools/call', params: callTool('wait') })
    await log.waitStarted
    write({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 20 } })
    await expect(log.waitAborted).resolves.toBeDefined()
    await face.notify('notifications/tools/list_changed')
    await expect
      .poll(() => lines.some((line) => line.method === 'notifications/tools/list_changed'))
      .toBe(true)
    // The cancelled request gets no answer.
    expect(lines.some((line) => line.id === 20)).toBe(false)
  })

  it('resolves closed when the input ends, aborting in-flight requests, and leaves the output open', async () => {
    const { face, log, input, output, write, initialize } = open()
    await initialize()
    write({ jsonrpc: '2.0', id: 30, method: 'tools/call', params: callTool('wait') })
    await log.waitStarted
    input.end()
    await face.closed
    await expect(log.waitAborted).resolves.toBeDefined()
    expect(output.writableEnded).toBe(false)
  })

  it('close() ends the session without ending the streams', async () => {
    const { face, input, output, lines, write, initialize } = open()
    await initialize()
    await face.close()
    await face.closed
    const before = lines.length
    write({ jsonrpc: '2.0', id: 40, method: 'ping' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lines.length).toBe(before)
    expect(input.destroyed).toBe(false)
    expect(output.writableEnded).toBe(false)
  })
})

const fixture = fileURLToPath(new URL('./fixtures/stdio-face-server.mjs', import.meta.url))
const built = fileURLToPath(new URL('../../dist/face/stdio-face.js', import.meta.url))

/** An SDK client on a child process running the fixture over the built package. */
async function spawnClient(negotiation: 'legacy' | 'auto') {
  const client = samplingClient('sdk-stdio', { versionNegotiation: { mode: negotiation } })
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [fixture],
    stderr: 'pipe',
  })
  let stderr = ''
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  await client.connect(transport)
  const pid = transport.pid ?? 0
  cleanups.push(async () => {
    await client.close()
    await expect.poll(() => isAlive(pid)).toBe(false)
  })
  return { client, pid, stderr: () => stderr }
}

const textOf = (result: { content?: unknown }) =>
  (result.content as { text: string }[]).map((block) => block.text).join('')

describe('stdio face in a child process, with the SDK client', () => {
  beforeAll(() => {
    if (!existsSync(built)) {
      throw new Error('Build the package first: pnpm --filter @switchyard/transports build')
    }
  })

  it('serves a legacy client: tools, sampling, input_required, list_changed, logs on stderr', async () => {
    const { client, pid, stderr } = await spawnClient('legacy')
    let changed = 0
    client.setNotificationHandler('notifications/tools/list_changed', () => void changed++)
    expect(client.getProtocolEra()).toBe('legacy')
    expect(client.getServerVersion()).toMatchObject({ name: 'stdio-fixture', version: '1.0.0' })
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual([
      'echo',
      'sample',
      'ask',
      'crash',
    ])
    expect(textOf(await client.callTool(callTool('echo', { text: 'hi' })))).toBe('hi (legacy)')
    expect(textOf(await client.callTool(callTool('sample', { prompt: 'hi' })))).toBe(
      'model said: echo of hi',
    )
    expect(textOf(await client.callTool(callTool('ask')))).toBe(
      'model said: echo of capital? (legacy)',
    )
    await expect(client.callTool(callTool('crash'))).rejects.toMatchObject({ code: -32603 })
    await expect.poll(() => changed).toBeGreaterThan(0)
    await expect.poll(stderr).toContain('switchyard stdio: secret internal detail')
    await client.close()
    await expect.poll(() => isAlive(pid)).toBe(false)
    expect(stderr()).toContain('stdio-face-server: input ended')
  })

  it('lets an auto-negotiating client find the modern era (server/discover)', async () => {
    const { client } = await spawnClient('auto')
    expect(client.getProtocolEra()).toBe('modern')
    expect(textOf(await client.callTool(callTool('echo', { text: 'hi' })))).toBe('hi (modern)')
    // The modern era has no server-to-client requests: input_required carries the question.
    expect(textOf(await client.callTool(callTool('ask')))).toBe(
      'model said: echo of capital? (modern)',
    )
    await expect(client.callTool(callTool('sample', { prompt: 'hi' }))).rejects.toMatchObject({
      code: -32603,
    })
  })
})
