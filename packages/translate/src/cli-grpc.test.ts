import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createServer } from 'node:net'
import { createTestCerts, type TestCerts } from '@switchyard/grpc-fixture/certs'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, descendants, eventually, textOf, translateCli } from './test/helpers.js'

let shop: ShopServer
let bare: ShopServer
let secure: ShopServer
let certs: TestCerts

beforeAll(async () => {
  certs = createTestCerts()
  shop = await startShopServer()
  bare = await startShopServer({ reflection: false })
  secure = await startShopServer({
    tls: { ...certs.server, ca: certs.ca, requireClientCert: true },
  })
})
afterAll(async () => {
  await Promise.all([shop?.close(), bare?.close(), secure?.close()])
  certs?.remove()
})

const started: ChildProcessWithoutNullStreams[] = []
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

function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [translateCli, ...args], {
    env: { PATH: process.env.PATH ?? '' },
  })
  started.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, exited, output: () => ({ stdout, stderr }) }
}

/** Starts the CLI in front of a gRPC target and waits until it listens; returns its base URL. */
async function serve(args: string[]) {
  const cli = spawnCli([...args, '--port', '0'])
  const listening = /listening on (http:\/\/\S+)/
  await eventually(() => listening.test(cli.output().stderr), 'listening', 15_000)
  return { ...cli, url: listening.exec(cli.output().stderr)![1]! }
}

/** Runs the CLI to its end (without blocking this process, which serves the gRPC fixtures). */
async function runToEnd(args: string[]) {
  const cli = spawnCli(args)
  const status = await cli.exited
  return { status, ...cli.output() }
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function streamableClient(url: string): Promise<Client> {
  const client = new Client({ name: 'grpc-cli-test', version: '1.0.0' })
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)))
  return client
}

describe('switchyard-translate --grpc, run the way users do', () => {
  it('serves the methods as tools over streamable HTTP: unary, streaming with progress, errors', async () => {
    const cli = await serve(['--grpc', shop.target, '--expose-streamable-http'])
    expect(cli.output().stderr).toContain(`${shop.target}: 9 tools from shop.v1.Shop`)
    const client = await streamableClient(cli.url)

    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name)).toEqual([
      'shop.v1.Shop.GetProduct',
      'shop.v1.Shop.PlaceOrder',
      'shop.v1.Shop.ListProducts',
      'shop.v1.Shop.SumLines',
      'shop.v1.Shop.Chat',
      'shop.v1.Shop.EchoKnown',
      'shop.v1.Shop.Fail',
      'shop.v1.Shop.Sleep',
      'shop.v1.Shop.Whoami',
    ])
    expect(tools[0]).toMatchObject({
      description: 'Calls shop.v1.Shop/GetProduct (unary).',
      inputSchema: { type: 'object', properties: { sku: { type: 'string' } } },
      outputSchema: { type: 'object' },
    })

    const product = await client.callTool({
      name: 'shop.v1.Shop.GetProduct',
      arguments: { sku: 'TL-1' },
    })
    expect(product.structuredContent).toMatchObject({
      sku: 'TL-1',
      category: 'TOOLS',
      price: { units: '12' },
      addedAt: '2024-07-03T09:46:40Z',
    })

    const progress: { progress: number; message?: string | undefined }[] = []
    const listed = await client.callTool(
      { name: 'shop.v1.Shop.ListProducts', arguments: { category: 'BOOKS' } },
      { onprogress: (p) => progress.push(p) },
    )
    const { messages } = listed.structuredContent as { messages: { sku: string }[] }
    expect(messages.map((m) => m.sku)).toEqual(['BK-1', 'BK-2'])
    expect(progress.map((p) => p.progress)).toEqual([1, 2])
    expect(progress.map((p) => JSON.parse(p.message!) as unknown)).toEqual(messages)

    const chat = await client.callTool({
      name: 'shop.v1.Shop.Chat',
      arguments: { messages: [{ text: 'a' }, { text: 'b' }] },
    })
    expect(chat.structuredContent).toEqual({ messages: [{ text: 'A' }, { text: 'B' }] })

    const failed = await client.callTool({
      name: 'shop.v1.Shop.Fail',
      arguments: { code: 9, message: 'not now' },
    })
    expect(failed.isError).toBe(true)
    expect(textOf(failed)).toBe('gRPC /shop.v1.Shop/Fail failed: FAILED_PRECONDITION (9): not now')

    const misfit = await client.callTool({
      name: 'shop.v1.Shop.PlaceOrder',
      arguments: { lines: [{ quantity: 'two' }] },
    })
    expect(misfit.isError).toBe(true)
    expect(textOf(misfit)).toContain('arguments.lines[0].quantity: expected an integer')
    await client.close()

    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
  })

  it('a client cancelling a call cancels the gRPC call', async () => {
    const cli = await serve(['--grpc', shop.target, '--expose-streamable-http'])
    const client = await streamableClient(cli.url)
    const before = shop.cancelledSleeps
    const controller = new AbortController()
    const pending = client.callTool(
      { name: 'shop.v1.Shop.Sleep', arguments: { ms: 10_000 } },
      { signal: controller.signal },
    )
    setTimeout(() => controller.abort(), 300)
    await expect(pending).rejects.toThrow()
    await eventually(() => shop.cancelledSleeps === before + 1, 'the server saw the cancel')
    await client.close()
  })

  it('serves legacy SSE and WebSocket too; --requestTimeout is the gRPC deadline', async () => {
    const cli = await serve([
      '--grpc',
      shop.target,
      '--expose-sse',
      '--expose-ws',
      '--requestTimeout',
      '0.5',
    ])
    for (const face of ['sse', 'ws'] as const) {
      const client = await connectClient(face, cli.url)
      const sum = await client.callTool({
        name: 'shop.v1.Shop.SumLines',
        arguments: { messages: [{ quantity: 2, unitPrice: { units: '5' } }] },
      })
      expect([face, sum.structuredContent]).toEqual([
        face,
        { total: { currency: 'EUR', units: '10', nanos: 0 }, count: 1 },
      ])
      const slow = await client.callTool({
        name: 'shop.v1.Shop.Sleep',
        arguments: { ms: 5_000 },
      })
      expect(textOf(slow)).toMatch(/DEADLINE_EXCEEDED \(4\): no answer within 500 ms/)
      await client.close()
    }
  })

  it('mutual TLS and metadata from --grpc-ca, --grpc-cert, --grpc-key, --grpc-metadata', async () => {
    const { ca, clientCert, clientKey } = certs.paths
    const cli = await serve([
      '--grpc',
      secure.target,
      '--grpc-ca',
      ca,
      '--grpc-cert',
      clientCert,
      '--grpc-key',
      clientKey,
      '--grpc-metadata',
      'x-via=switchyard',
      '--expose-streamable-http',
    ])
    const client = await streamableClient(cli.url)
    const who = await client.callTool({ name: 'shop.v1.Shop.Whoami', arguments: {} })
    expect(who.structuredContent).toMatchObject({ 'x-via': 'switchyard' })
    await client.close()
  })
})

describe('switchyard-translate --grpc on bad input', () => {
  /** One line on stderr naming the problem, nothing on stdout, no stack trace. */
  function expectOneLine(
    result: Awaited<ReturnType<typeof runToEnd>>,
    status: number,
    pattern: RegExp,
  ) {
    expect(result.stderr).toMatch(/^switchyard-translate: [^\n]+\n$/)
    expect(result.stderr).toMatch(pattern)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(status)
  }

  it('an unreachable target: exit 1 naming it', async () => {
    const target = `127.0.0.1:${await closedPort()}`
    const result = await runToEnd(['--grpc', target, '--expose-streamable-http', '--port', '0'])
    expectOneLine(result, 1, new RegExp(`${target} could not be reached: `))
  })

  it('a target without server reflection: exit 1 saying so', async () => {
    const result = await runToEnd(['--grpc', bare.target, '--expose-streamable-http'])
    expectOneLine(
      result,
      1,
      new RegExp(
        `${bare.target} does not offer server reflection \\(grpc.reflection.v1 or v1alpha\\)`,
      ),
    )
  })

  it('mutual TLS without a client certificate: exit 1', async () => {
    const result = await runToEnd([
      '--grpc',
      secure.target,
      '--grpc-ca',
      certs.paths.ca,
      '--expose-streamable-http',
    ])
    expectOneLine(result, 1, /could not be reached/)
  })

  it.each([
    [['--grpc', 'no-port', '--expose-sse'], /target 'no-port' is not host:port/],
    [['--grpc', 'a:1'], /--grpc needs at least one of --expose-sse/],
    [
      ['--grpc', 'a:1', '--expose-sse', '--grpc-key', '/k'],
      /--grpc-cert and --grpc-key go together/,
    ],
  ])('%j: exit 2 with one line', async (args, pattern) => {
    expectOneLine(await runToEnd(args), 2, pattern)
  })
})
