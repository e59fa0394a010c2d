import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectUpstream } from './connect-upstream.js'
import { freePort } from './fixtures/test-everything.js'
import { isUpstreamError } from './upstream-error.js'
import type { UpstreamTransport } from './upstream-options.js'

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void

async function listen(handler: Handler): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => handler(request, body, response))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { server, url: `http://127.0.0.1:${address.port}/mcp` }
}

function rpc(response: ServerResponse, message: object, headers: Record<string, string> = {}) {
  response.writeHead(200, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify({ jsonrpc: '2.0', ...message }))
}

function describeCauses(error: unknown): string[] {
  const found: string[] = []
  for (let current = error; current instanceof Error; current = current.cause) {
    found.push(current.message, JSON.stringify(current))
  }
  return found
}

async function connectError(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('connected unexpectedly'),
    (error: unknown) => error,
  )
}

describe('connectUpstream failures', () => {
  let silent: { server: Server; url: string }
  let missing: { server: Server; url: string }

  beforeAll(async () => {
    silent = await listen(() => undefined)
    missing = await listen((_request, _body, response) => {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not here')
    })
  })

  afterAll(() => {
    silent.server.closeAllConnections()
    silent.server.close()
    missing.server.close()
  })

  it.each<[UpstreamTransport, string]>([
    ['streamablehttp', 'http'],
    ['sse', 'http'],
    ['websocket', 'ws'],
  ])('refuses quickly with CONNECT_FAILED when nothing listens (%s)', async (transport, scheme) => {
    const port = await freePort()
    const url = `${scheme}://user:hunter2@127.0.0.1:${port}/mcp?token=hunter2`
    const started = Date.now()
    const error = await connectError(
      connectUpstream({ transport, url, headers: { authorization: 'Bearer hunter2' } }),
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
    const message = (error as Error).message
    expect(message).toContain(`${transport} upstream`)
    expect(message).toContain(`127.0.0.1:${port}/mcp`)
    expect(message).not.toContain('hunter2')
    expect(JSON.stringify(describeCauses(error))).not.toContain('hunter2')
  })

  it('fails with CONNECT_FAILED on a 404', async () => {
    const error = await connectError(
      connectUpstream({ transport: 'streamablehttp', url: missing.url }),
    )
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
    const sse = await connectError(connectUpstream({ transport: 'sse', url: missing.url }))
    expect(isUpstreamError(sse, 'CONNECT_FAILED')).toBe(true)
  })

  it('fails with CONNECT_FAILED within connectTimeoutMs when nothing answers', async () => {
    const started = Date.now()
    const error = await connectError(
      connectUpstream({ transport: 'streamablehttp', url: silent.url, connectTimeoutMs: 300 }),
    )
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('fails with CONNECT_FAILED naming a stdio command that does not exist', async () => {
    const error = await connectError(
      connectUpstream({
        transport: 'stdio',
        command: 'switchyard-no-such-command',
        args: ['--api-key', 'hunter2'],
      }),
    )
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
    expect((error as Error).message).toContain('"switchyard-no-such-command"')
    expect((error as Error).message).not.toContain('hunter2')
  })

  it('fails with CONNECT_FAILED when a stdio child exits before answering', async () => {
    const error = await connectError(
      connectUpstream({
        transport: 'stdio',
        command: process.execPath,
        args: ['-e', 'process.exit(2)'],
      }),
    )
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
  })

  it("tells a stdio child's last stderr lines, its env values hidden, when it exits", async () => {
    const said = [
      'starting with key s3cret-value',
      ...Array.from({ length: 5 }, (_, i) => `line ${i}`),
      `sh: 1: mcp-server-memory: not found ${'x'.repeat(300)}`,
    ]
    const error = await connectError(
      connectUpstream({
        name: 'mem',
        transport: 'stdio',
        command: process.execPath,
        args: ['-e', `console.error(${JSON.stringify(said.join('\n'))}); process.exit(127)`],
        env: { API_KEY: 's3cret-value', PATH: process.env.PATH ?? '' },
      }),
    )
    expect(isUpstreamError(error, 'CONNECT_FAILED')).toBe(true)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^upstream 'mem' \\(stdio "${process.execPath}"\\) is unreachable: .*; its stderr ended with: line 3 \\| line 4 \\| sh: 1: mcp-server-memory: not found x{164}\\.\\.\\.$`,
      ),
    )
    const quiet = await connectError(
      connectUpstream({
        transport: 'stdio',
        command: process.execPath,
        args: ['-e', 'console.error("key s3cret-value"); process.exit(2)'],
        env: { API_KEY: 's3cret-value', PATH: process.env.PATH ?? '' },
      }),
    )
    expect((quiet as Error).message).toMatch(/its stderr ended with: key \*\*\*$/)
  })

  it('fails with CONNECT_FAILED on a missing or invalid URL', async () => {
    const none = await connectError(connectUpstream({ transport: 'streamablehttp' }))
    expect(isUpstreamError(none, 'CONNECT_FAILED')).toBe(true)
    const bad = await connectError(connectUpstream({ transport: 'sse', url: 'not a url' }))
    expect(isUpstreamError(bad, 'CONNECT_FAILED')).toBe(true)
  })
})

describe('a streamable HTTP session the server forgets', () => {
  it('sends URL credentials as Basic auth; a 404 for the session ends it with CLOSED', async () => {
    let known = true
    const seen: (string | undefined)[] = []
    const { server, url } = await listen((request, body, response) => {
      seen.push(request.headers.authorization)
      if (request.method !== 'POST') {
        response.writeHead(405).end()
        return
      }
      const message = JSON.parse(body) as {
        id?: number
        method: string
        params?: { protocolVersion?: string }
      }
      if (message.id === undefined) {
        response.writeHead(202).end()
      } else if (message.method === 'initialize') {
        const result = {
          protocolVersion: message.params?.protocolVersion,
          capabilities: { tools: {} },
          serverInfo: { name: 'forgetful', version: '1.0.0' },
        }
        rpc(response, { id: message.id, result }, { 'mcp-session-id': 'session-1' })
      } else if (message.method === 'server/discover' || !known) {
        if (known)
          rpc(response, { id: message.id, error: { code: -32601, message: 'Method not found' } })
        else response.writeHead(404).end('Session not found')
      } else {
        rpc(response, { id: message.id, result: {} })
      }
    })
    try {
      const closes: (Error | undefined)[] = []
      const session = await connectUpstream({
        transport: 'streamablehttp',
        url: url.replace('http://', 'http://alice:s%40fe@'),
        onClose: (error) => closes.push(error),
      })
      await session.ping()
      const basic = `Basic ${Buffer.from('alice:s@fe').toString('base64')}`
      expect(new Set(seen)).toEqual(new Set([basic]))
      known = false
      const error: unknown = await session.ping().catch((e: unknown) => e)
      expect(isUpstreamError(error, 'CLOSED')).toBe(true)
      await expect.poll(() => closes).toHaveLength(1)
      expect(isUpstreamError(closes[0], 'CLOSED')).toBe(true)
      expect(session.closed).toBe(true)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
