import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { isAlive } from '@switchyard/transports'
import { exposeStdio } from './expose.js'
import { descendants, eventually, fixture, loadGate, textOf, translateCli } from './test/helpers.js'

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  version: string
}

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [translateCli, ...args], {
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    input,
    timeout: 20_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** One line on stderr naming the problem, nothing on stdout, no stack trace. */
function expectOneLine(result: ReturnType<typeof run>, status: number, pattern: RegExp) {
  expect(result.stderr).toMatch(/^switchyard-translate: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(result.stdout).toBe('')
  expect(result.status).toBe(status)
}

const started: ReturnType<typeof spawn>[] = []
afterEach(async () => {
  for (const child of started.splice(0)) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
  await eventually(() => descendants().length === 0, 'no process left')
})

describe('switchyard-translate --help and --version', () => {
  it('prints its version and help and exits 0', () => {
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` })
    const help = run(['--help'])
    expect(help.status).toBe(0)
    for (const flag of [
      '--stdio',
      '--expose-sse',
      '--connect-ws',
      '--header-to-env',
      '--oauth2Bearer',
    ]) {
      expect(help.stdout).toContain(flag)
    }
  })
})

describe('switchyard-translate on bad input', () => {
  it.each([
    [['--nope'], /unknown option '--nope'/],
    [[], /exactly one of --stdio/],
    [['--stdio', 'x', '--connect-sse', 'http://a'], /exactly one of/],
    [['--stdio', 'x'], /at least one of --expose-sse/],
    [['--stdio', ''], /--stdio needs a command/],
    [['--stdio', 'x', '--expose-sse', '--port', 'abc'], /--port must be a whole number/],
    [['--stdio', 'x', '--expose-sse', '--port', '70000'], /--port must be a whole number/],
    [['--stdio', 'x', '--expose-sse', '--keepAlive', '-1'], /--keepAlive must be/],
    [['--stdio', 'x', '--expose-sse', '--requestTimeout', '0'], /--requestTimeout must be/],
    [['--stdio', 'x', '--expose-sse', '--sessionTimeout', 'soon'], /--sessionTimeout must be/],
    [
      ['--stdio', 'x', '--expose-sse', '--keepAlive', '3000000'],
      /--keepAlive must be .*, at most 2147483 \(about 24.8 days\), got "3000000"/,
    ],
    [
      ['--connect-ws', 'ws://127.0.0.1:9/ws', '--requestTimeout', '2147484'],
      /--requestTimeout must be .*, at most 2147483/,
    ],
    [['--stdio', 'x', '--expose-sse', '--ssePath', 'sse'], /--ssePath must start with "\/"/],
    [
      ['--stdio', 'x', '--expose-sse', '--header-to-env', 'X-Key'],
      /--header-to-env must look like/,
    ],
    [
      ['--stdio', 'x', '--expose-sse', '--header-to-env', 'X-Key=1BAD'],
      /--header-to-env must look like/,
    ],
    [['--stdio', 'x', '--expose-sse', '--logLevel', 'loud'], /--logLevel.*loud/],
    // was accepted: clients then had to send "Authorization: Bearer " (connect: sent it)
    [['--stdio', 'x', '--expose-sse', '--oauth2Bearer', ''], /--oauth2Bearer needs a token/],
    [['--connect-sse', 'http://a/sse', '--oauth2Bearer', ' '], /--oauth2Bearer needs a token/],
    [['--stdio', 'x', '--expose-sse', '--header', 'A: b'], /--header is for --connect/],
    [['--stdio', 'x', '--expose-sse', '--port'], /argument missing/],
    [['--stdio', 'x', '--expose-sse', 'extra'], /unexpected argument "extra"/],
    [
      ['--stdio', 'x', '--expose-sse', '--expose-streamable-http', '--messagePath', '/mcp'],
      /^switchyard-translate: --messagePath and --streamableHttpPath are both "\/mcp"/,
    ],
    [
      ['--grpc', '127.0.0.1:1', '--expose-ws', '--wsPath', '/healthz'],
      /the health check and --wsPath are both "\/healthz"/,
    ],
    [['--connect-sse', 'http://a', '--expose-sse'], /--expose-\* options need --stdio/],
    [
      ['--connect-ws', 'ws://127.0.0.1:9/ws', '--port', '5', '--shared'],
      /^switchyard-translate: --port cannot be used with --connect-ws\n$/,
    ],
    [['--connect-ws', 'http://127.0.0.1:1/ws'], /must start with ws: or wss:/],
    [
      ['--connect-sse', 'nope'],
      /^switchyard-translate: --connect-sse is not a valid URL: "nope"\n$/,
    ],
    [['--connect-streamable-http', ''], /--connect-streamable-http is not a valid URL: ""/],
    [['--connect-streamable-http', 'http://a', '--header', 'no colon'], /--header must look like/],
    [
      ['--stdio', 'x', '--expose-streamable-http', '--shared', '--header-to-env', 'X-A=A'],
      /cannot be used with --shared/,
    ],
  ])('%j: exit 2 with one line', (args, pattern) => {
    expectOneLine(run(args), 2, pattern)
  })

  it('a command that does not exist: exit 1 naming it', () => {
    const result = run(['--stdio', 'no-such-command-here --flag', '--expose-sse', '--port', '0'])
    expectOneLine(result, 1, /the command "no-such-command-here --flag": .*exited with code 127/)
  })

  it('a command that exits at once: exit 1 with its last stderr line', () => {
    const result = run([
      '--stdio',
      `"${process.execPath}" -e "console.error('bad config'); process.exit(4)"`,
      '--expose-streamable-http',
      '--port',
      '0',
    ])
    expectOneLine(result, 1, /exited with code 4: bad config/)
  })

  it('a port in use: exit 1 naming the port', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const { port } = blocker.address() as { port: number }
    const result = run(['--stdio', fixture, '--expose-sse', '--port', String(port)])
    blocker.close()
    expectOneLine(result, 1, new RegExp(`port ${port} is already in use`))
  })

  it.each([
    ['192.0.2.1', 'no such address on this machine'],
    ['no-such-host.invalid', 'unknown host'],
  ])(
    '--host %s: exit 1 saying %s (was "listen EADDRNOTAVAIL: ...", "getaddrinfo ENOTFOUND ...")',
    (host, said) => {
      const result = run(['--stdio', fixture, '--expose-sse', '--host', host, '--port', '4999'])
      expect(result.stderr).toBe(`switchyard-translate: cannot listen on ${host}:4999: ${said}\n`)
      expect(result.status).toBe(1)
    },
  )

  it.each([
    ['--connect-sse', 'http://127.0.0.1:9/sse'],
    ['--connect-streamable-http', 'http://127.0.0.1:9/mcp'],
    ['--connect-ws', 'ws://127.0.0.1:9/ws'],
    ['--connect-streamable-http', 'http://no-such-host.invalid/mcp'],
  ])('%s %s unreachable: exit 1', (flag, url) => {
    expectOneLine(run([flag, url]), 1, /cannot reach .*: /)
  })

  it('says why a server cannot be reached in the same words over every transport (SSE and WebSocket said "SSE error: TypeError: fetch failed: connect ECONNREFUSED ...")', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as { port: number }
    await new Promise((resolve) => closed.close(resolve))
    const cases = [
      ['--connect-sse', `http://127.0.0.1:${port}/sse`, 'connection refused'],
      ['--connect-ws', `ws://127.0.0.1:${port}/ws`, 'connection refused'],
      ['--connect-streamable-http', `http://127.0.0.1:${port}/mcp`, 'connection refused'],
      ['--connect-sse', 'http://no-such-host.invalid/sse', 'unknown host'],
      ['--connect-ws', 'ws://no-such-host.invalid/ws', 'unknown host'],
      // fetch's blocked ports (was "bad port", or "SSE error: TypeError: fetch failed: bad port")
      ['--connect-sse', 'http://127.0.0.1:6000/sse', 'fetch refuses this port'],
      ['--connect-streamable-http', 'http://127.0.0.1:6000/mcp', 'fetch refuses this port'],
    ] as const
    const results = await Promise.all(cases.map(([flag, url]) => runAsync([flag, url])))
    cases.forEach(([, url, said], index) => {
      expect(results[index]?.stderr).toMatch(
        new RegExp(`^switchyard-translate: cannot reach ${url}: ${said}`),
      )
      expect(results[index]?.status).toBe(1)
    })
  }, 60_000)
})

/** The CLI as a child of this process (stopped after the tests), with what it writes so far. */
function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [translateCli, ...args], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  started.push(child)
  const output = { stdout: '', stderr: '' }
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()))
  return { child, output }
}

/** {@link run} without blocking this process, for a remote server the test serves itself. */
function runAsync(args: string[]): Promise<ReturnType<typeof run>> {
  const { child, output } = spawnCli(args)
  child.stdin.end()
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, ...output })))
}

describe('switchyard-translate --connect-sse and --connect-ws refused at startup', () => {
  it('name the HTTP status the way --connect-streamable-http does (was "SSE error: Non-200 status code (401)")', async () => {
    const server = await exposeStdio({
      command: fixture,
      env: { PATH: process.env.PATH ?? '' },
      port: 0,
      sse: true,
      websocket: true,
      startupCheckMs: 0,
      oauth2Bearer: 'sesame',
    })
    const ws = server.url.replace('http', 'ws')
    try {
      for (const [flag, url, token, said] of [
        [
          '--connect-sse',
          `${server.url}/sse`,
          'wrong',
          'the server refused the credentials (HTTP 401)',
        ],
        ['--connect-ws', `${ws}/ws`, 'wrong', 'the server refused the credentials (HTTP 401)'],
        // what the server said, read from its answer (was only "Not Found (HTTP 404)")
        ['--connect-sse', `${server.url}/nope`, 'sesame', 'Not found: /nope (HTTP 404)'],
        ['--connect-ws', `${ws}/nope`, 'sesame', 'Not Found (HTTP 404)'],
      ] as const) {
        const result = await runAsync([flag, url, '--oauth2Bearer', token])
        expect(result.stderr).toBe(`switchyard-translate: cannot reach ${url}: ${said}\n`)
        expect(result.status).toBe(1)
      }
    } finally {
      await server.close()
    }
  })
})

describe('switchyard-translate, run the way users do', () => {
  it('exposes a stdio server over streamable HTTP, logs to stderr, and ends its children on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        translateCli,
        '--stdio',
        fixture,
        '--expose-streamable-http',
        '--port',
        '0',
        '--logLevel',
        'info',
      ],
      {
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    started.push(child)
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    await eventually(() => /listening on (http:\/\/\S+)/.test(stderr), 'listening', 15_000)
    const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1] ?? ''
    const client = new Client({ name: 'cli-test', version: '1.0.0' })
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)))
    expect(textOf(await client.callTool({ name: 'noise', arguments: {} }))).toBe('after noise')
    await client.close()
    expect(stderr).toContain('not JSON-RPC, skipped')
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})

describe('switchyard-translate --connect-* when its client stops reading', () => {
  it('ends quietly with exit 0 and ends the remote session (was "write EPIPE", exit 1)', async () => {
    const server = await exposeStdio({
      command: fixture,
      env: { PATH: process.env.PATH ?? '' },
      port: 0,
      streamableHttp: true,
      startupCheckMs: 0,
    })
    try {
      const { child, output } = spawnCli(['--connect-streamable-http', `${server.url}/mcp`])
      const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
      const initialize = {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 't', version: '1' },
        },
      }
      child.stdin.write(`${JSON.stringify(initialize)}\n`)
      await eventually(() => output.stdout.includes('"id":1'), 'the initialize answer', 15_000)
      expect(server.sessionCount).toBe(1)
      // The client goes away without closing stdin: the next answer cannot be written.
      child.stdout.destroy()
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' })}\n`)
      expect(await exited).toBe(0)
      expect(output.stderr).toContain(
        'switchyard-translate: the client stopped reading (write EPIPE); ending',
      )
      expect(output.stderr).not.toContain('switchyard-translate: write EPIPE')
      await eventually(() => server.sessionCount === 0, 'the remote session ended')
    } finally {
      await server.close()
    }
  })
})

describe('switchyard-translate when its stdio server crashes', () => {
  it.each([[[]], [['--shared']]])(
    'with %j: logs a warning naming the exit code (was silent; only the client heard)',
    async (extra) => {
      const { output } = spawnCli([
        '--stdio',
        fixture,
        '--expose-streamable-http',
        '--port',
        '0',
        ...extra,
      ])
      await eventually(() => /listening on (http:\/\/\S+)/.test(output.stderr), 'listening', 15_000)
      const url = /listening on (http:\/\/\S+)/.exec(output.stderr)?.[1] ?? ''
      const client = new Client({ name: 'cli-test', version: '1.0.0' })
      await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)))
      await expect(client.callTool({ name: 'crash', arguments: {} })).rejects.toThrow(
        /exited with code 3/,
      )
      await client.close()
      await eventually(
        () =>
          output.stderr.includes(
            'switchyard-translate: warning: the server process exited with code 3',
          ),
        'the warning',
      )
    },
  )
})

describe('switchyard-translate stopped while it starts', () => {
  it('SIGTERM while its modules still load: exits 0 and starts nothing (was killed by it, exit 143)', async () => {
    const gate = join(mkdtempSync(join(tmpdir(), 'translate-gate-')), 'gate')
    const child = spawn(
      process.execPath,
      ['--import', loadGate, translateCli, '--stdio', fixture, '--expose-sse', '--port', '0'],
      {
        env: { PATH: process.env.PATH ?? '', LOAD_GATE: gate },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    started.push(child)
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    await eventually(() => existsSync(`${gate}.reached`), 'the CLI loading its modules', 15_000)
    child.kill('SIGTERM')
    writeFileSync(gate, '')
    expect(await exited).toEqual({ code: 0, signal: null })
    expect(stderr).toBe('switchyard-translate: shutting down\n')
  })

  it('SIGTERM during the startup check ends the probe child too, and exits 0', async () => {
    const child = spawn(
      process.execPath,
      [translateCli, '--stdio', 'sleep 777', '--expose-sse', '--port', '0'],
      { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' },
    )
    started.push(child)
    // The CLI and its probe (sh -c "sleep 777", and sleep if the shell forks it).
    await eventually(() => descendants().length >= 2, 'the probe child', 15_000)
    const tree = descendants()
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    try {
      expect(await exited).toBe(0)
      await eventually(() => !tree.some(isAlive), 'the probe child ended')
    } finally {
      for (const pid of tree.filter(isAlive)) process.kill(pid, 'SIGKILL')
    }
  })

  it('SIGTERM while --connect-* waits on a silent server exits 0 at once (was killed by it, exit 143)', async () => {
    let reached = false
    const silent = createServer(() => (reached = true))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    const { child, output } = spawnCli([
      '--connect-streamable-http',
      `http://127.0.0.1:${port}/mcp`,
    ])
    try {
      await eventually(() => reached, 'the connect under way', 15_000)
      const exited = new Promise((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal })),
      )
      const stoppedAt = Date.now()
      child.kill('SIGTERM')
      expect(await exited).toEqual({ code: 0, signal: null })
      expect(Date.now() - stoppedAt).toBeLessThan(2000)
      expect(output.stderr).toBe('switchyard-translate: shutting down\n')
    } finally {
      silent.close()
    }
  })

  it('SIGTERM while --grpc discovery waits on a silent server exits at once', async () => {
    let reached = false
    const silent = createServer(() => (reached = true))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    const child = spawn(
      process.execPath,
      [translateCli, '--grpc', `127.0.0.1:${port}`, '--expose-sse', '--port', '0'],
      { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' },
    )
    started.push(child)
    await eventually(() => reached, 'discovery under way', 15_000)
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
    const stoppedAt = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(Date.now() - stoppedAt).toBeLessThan(2000)
    silent.close()
  })
})
