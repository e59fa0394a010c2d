import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { Client } from '@modelcontextprotocol/client'
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio'

const require = createRequire(import.meta.url)
const wrapperCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const translateCli = require
  .resolve('@switchyard/translate/package.json')
  .replace('package.json', 'dist/cli.js')
const fixture = `"${process.execPath}" "${fileURLToPath(new URL('../../translate/src/test/fixtures/fixture-server.mjs', import.meta.url))}"`
const loadGate = fileURLToPath(
  new URL('../../translate/src/test/fixtures/load-gate.mjs', import.meta.url),
)
const PATH = process.env.PATH ?? ''

let remote: ChildProcess | undefined
const clients: Client[] = []

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()))
  await stopRemote('SIGTERM')
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** A remote MCP server in its own process (translate exposing the fixture), so it can be killed. */
async function startRemote(port: number, token = 'sesame'): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      translateCli,
      '--stdio',
      fixture,
      '--expose-streamable-http',
      '--port',
      String(port),
      '--oauth2Bearer',
      token,
    ],
    { env: { PATH }, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  remote = child
  let stderr = ''
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (stderr.includes('listening on')) resolve()
    })
    child.once('exit', () => reject(new Error(`remote exited: ${stderr}`)))
  })
}

async function stopRemote(signal: NodeJS.Signals): Promise<void> {
  const child = remote
  remote = undefined
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill(signal)
  await exited
}

/** An SDK client that launches the wrapper as a stdio server, the way a desktop client does. */
async function connectWrapper(
  env: Record<string, string>,
): Promise<{ client: Client; stderr: () => string; errors: Error[] }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [wrapperCli],
    env: { PATH, ...env },
    stderr: 'pipe',
  })
  let stderr = ''
  const errors: Error[] = []
  const stream = transport.stderr
  if (stream instanceof Readable) stream.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const client = new Client(
    { name: 'desktop', version: '1.0.0' },
    { capabilities: { sampling: {} } },
  )
  client.onerror = (error) => errors.push(error)
  await client.connect(transport)
  clients.push(client)
  return { client, stderr: () => stderr, errors }
}

/** The wrapper CLI run to its end without blocking this process (its server is the test's own). */
function runWrapperCli(args: string[]) {
  const child = spawn(process.execPath, [wrapperCli, ...args], {
    env: { PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (status) => resolve({ status, stdout, stderr })),
  )
}

const textOf = (result: unknown) =>
  (result as { content: { text: string }[] }).content[0]?.text ?? ''

describe('switchyard-wrapper', () => {
  it('forwards requests, notifications and server-to-client requests; stdout carries only JSON-RPC', async () => {
    const port = await freePort()
    await startRemote(port)
    const { client, stderr, errors } = await connectWrapper({
      MCP_SERVER_URL: `http://127.0.0.1:${port}/mcp`,
      MCP_AUTH: 'Bearer sesame',
      MCP_WRAPPER_LOG_LEVEL: 'info',
    })
    const { tools } = await client.listTools()
    expect(tools.map((tool) => tool.name)).toContain('ask')
    client.setRequestHandler('sampling/createMessage', () => ({
      role: 'assistant',
      content: { type: 'text', text: 'the desktop answers' },
      model: 'm',
    }))
    expect(textOf(await client.callTool({ name: 'ask', arguments: {} }))).toContain(
      'the desktop answers',
    )
    let changed = false
    client.setNotificationHandler('notifications/tools/list_changed', () => void (changed = true))
    const progress: number[] = []
    await client.callTool(
      { name: 'slow', arguments: { steps: 3, ms: 300 } },
      { onprogress: (p) => progress.push(p.progress) },
    )
    expect(progress.length).toBeGreaterThanOrEqual(2)
    await client.callTool({ name: 'announce', arguments: {} })
    await expect.poll(() => changed).toBe(true)
    expect(errors).toEqual([])
    expect(stderr()).toContain('switchyard-wrapper: connected to')
  })

  it('survives a server restart: the call in flight gets an error, later calls work', async () => {
    const port = await freePort()
    await startRemote(port)
    const { client } = await connectWrapper({
      MCP_SERVER_URL: `http://127.0.0.1:${port}/mcp`,
      MCP_AUTH: 'Bearer sesame',
      MCP_TOOL_CALL_TIMEOUT: '30',
    })
    expect(
      textOf(await client.callTool({ name: 'slow', arguments: { tag: 'before', ms: 10 } })),
    ).toBe('done before')
    const inFlight = client.callTool({ name: 'slow', arguments: { ms: 20_000 } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await stopRemote('SIGKILL')
    await expect(inFlight).rejects.toThrow(/connection to the server was lost/)
    await startRemote(port)
    expect(
      textOf(await client.callTool({ name: 'slow', arguments: { tag: 'after', ms: 10 } })),
    ).toBe('done after')
  })

  it('ends a call that runs past MCP_TOOL_CALL_TIMEOUT with an error', async () => {
    const port = await freePort()
    await startRemote(port)
    const { client } = await connectWrapper({
      MCP_SERVER_URL: `http://127.0.0.1:${port}/mcp`,
      MCP_AUTH: 'Bearer sesame',
      // it bounds the initialize too: long enough for that on a loaded machine
      MCP_TOOL_CALL_TIMEOUT: '2',
    })
    await expect(client.callTool({ name: 'slow', arguments: { ms: 10_000 } })).rejects.toThrow(
      /timed out after 2 s/,
    )
  })

  it.each([
    [{}, 2, /set MCP_SERVER_URL/],
    [
      { MCP_SERVER_URL: 'http://x/mcp', MCP_TOOL_CALL_TIMEOUT: 'never' },
      2,
      /MCP_TOOL_CALL_TIMEOUT/,
    ],
    [
      { MCP_SERVER_URL: 'http://x/mcp', MCP_TOOL_CALL_TIMEOUT: '3000000' },
      2,
      /MCP_TOOL_CALL_TIMEOUT must be .*, at most 2147483/,
    ],
  ])('on bad input %j: one line on stderr, exit %i', (env, status, pattern) => {
    const result = spawnSync(process.execPath, [wrapperCli], {
      env: { PATH, ...env },
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
    })
    expect(result.stderr).toMatch(/^switchyard-wrapper: [^\n]+\n$/)
    expect(result.stderr).toMatch(pattern)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(status)
  })

  it.each([
    [['--url', 'notaurl'], 'switchyard-wrapper: --url is not a valid URL: "notaurl"\n'],
    [
      ['--url', 'http://x/mcp', '--timeout', 'abc'],
      'switchyard-wrapper: --timeout must be a positive number of seconds, at most 2147483 (about 24.8 days), got "abc"\n',
    ],
  ])('names the flag that gave a bad value: %j', (args, stderr) => {
    const result = spawnSync(process.execPath, [wrapperCli, ...args], {
      env: { PATH, MCP_SERVER_URL: 'http://x/mcp', MCP_TOOL_CALL_TIMEOUT: '5' },
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
    })
    expect(result.stderr).toBe(stderr)
    expect(result.status).toBe(2)
  })

  it('an unreachable server: one line on stderr, exit 1', async () => {
    const url = `http://127.0.0.1:${await freePort()}/mcp`
    const result = spawnSync(process.execPath, [wrapperCli], {
      env: { PATH, MCP_SERVER_URL: url },
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
    })
    expect(result.stderr).toBe(`switchyard-wrapper: cannot reach ${url}: connection refused\n`)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(1)
  })

  it('a URL that answers 404 (a mistyped server id): one line naming it, exit 1', async () => {
    const port = await freePort()
    await startRemote(port)
    const url = `http://127.0.0.1:${port}/servers/deadbeef/mcp`
    const result = spawnSync(
      process.execPath,
      [wrapperCli, '--url', url, '--auth', 'Bearer sesame'],
      {
        env: { PATH },
        encoding: 'utf8',
        input: '',
        timeout: 20_000,
      },
    )
    expect(result.stderr).toBe(
      `switchyard-wrapper: cannot reach ${url}: Not found: /servers/deadbeef/mcp (HTTP 404)\n`,
    )
    expect(result.stdout).toBe('')
    expect(result.status).toBe(1)
  })

  it('refuses wrong credentials at startup with one line', async () => {
    const port = await freePort()
    await startRemote(port)
    const result = spawnSync(
      process.execPath,
      [wrapperCli, '--url', `http://127.0.0.1:${port}/mcp`, '--auth', 'Bearer wrong'],
      {
        env: { PATH },
        encoding: 'utf8',
        input: '',
        timeout: 20_000,
      },
    )
    expect(result.stderr).toMatch(
      /^switchyard-wrapper: [^\n]*refused the credentials \(HTTP 401\)\n$/,
    )
    expect(result.status).toBe(1)
  })

  it('a mistyped server id on an /sse or ws:// URL, or a URL that is no MCP endpoint: says what the gateway said (was only "Not Found (HTTP 404)")', async () => {
    // The gateway's answers: a JSON-RPC error on /servers/{id}/sse, a REST error on the handshake
    // and to a POST where only GET is served.
    const gateway = createHttpServer((req, res) => {
      if (req.method === 'POST') {
        res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD, OPTIONS' })
        res.end(`{"detail":"POST is not allowed on ${req.url}; it takes GET, HEAD, OPTIONS"}`)
        return
      }
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(
        '{"jsonrpc":"2.0","error":{"code":-32002,"message":"virtual server \'x1\' not found"},"id":null}',
      )
    })
    gateway.on('upgrade', (req, socket) => {
      const body = '{"detail":"virtual server \'x2\' not found","code":"NOT_FOUND"}'
      socket.end(
        `HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
      )
    })
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve))
    const { port } = gateway.address() as { port: number }
    try {
      const cases = [
        [`http://127.0.0.1:${port}/servers/x1/sse`, "virtual server 'x1' not found (HTTP 404)"],
        [`ws://127.0.0.1:${port}/servers/x2/ws`, "virtual server 'x2' not found (HTTP 404)"],
        // the gateway's root, not an MCP endpoint (was "connected", then every request failed)
        [
          `http://127.0.0.1:${port}/`,
          'POST is not allowed on /; it takes GET, HEAD, OPTIONS (HTTP 405)',
        ],
      ] as const
      const results = await Promise.all(cases.map(([url]) => runWrapperCli(['--url', url])))
      cases.forEach(([url, said], index) => {
        expect(results[index]).toEqual({
          status: 1,
          stdout: '',
          stderr: `switchyard-wrapper: cannot reach ${url}: ${said}\n`,
        })
      })
    } finally {
      await new Promise((resolve) => gateway.close(resolve))
    }
  })

  it('SIGTERM while its modules still load: exits 0 (was killed by it, exit 143)', async () => {
    const gate = join(mkdtempSync(join(tmpdir(), 'wrapper-gate-')), 'gate')
    const child = spawn(
      process.execPath,
      ['--import', loadGate, wrapperCli, '--url', 'http://127.0.0.1:9/mcp'],
      { env: { PATH, LOAD_GATE: gate }, stdio: ['pipe', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    await expect.poll(() => existsSync(`${gate}.reached`), { timeout: 15_000 }).toBe(true)
    child.kill('SIGTERM')
    writeFileSync(gate, '')
    expect(await exited).toEqual({ code: 0, signal: null })
    expect(output).toBe('')
  })
})
