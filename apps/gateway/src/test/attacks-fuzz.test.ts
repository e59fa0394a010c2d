import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { callApi, listen, serverScript, untilActive } from './test-gateway.js'

const everything = serverScript('@modelcontextprotocol/server-everything')

const METHODS = [
  'initialize',
  'ping',
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/read',
  'resources/templates/list',
  'resources/subscribe',
  'prompts/list',
  'prompts/get',
  'completion/complete',
  'logging/setLevel',
  'server/discover',
  'notifications/initialized',
  'notifications/cancelled',
]

/** Objects shaped like JSON-RPC messages, each member missing, well-typed or of a wrong type. */
const rpcLike = fc.record(
  {
    jsonrpc: fc.oneof(fc.constant('2.0'), fc.constant('1.0'), fc.jsonValue()),
    id: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.jsonValue()),
    method: fc.oneof(fc.constantFrom(...METHODS), fc.string(), fc.jsonValue()),
    params: fc.oneof(
      fc.dictionary(fc.string(), fc.jsonValue()),
      fc.record(
        {
          name: fc.oneof(fc.string(), fc.jsonValue()),
          arguments: fc.jsonValue(),
          uri: fc.jsonValue(),
          _meta: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    result: fc.jsonValue(),
    error: fc.jsonValue(),
  },
  { requiredKeys: [] },
)

/** A body: any JSON, a JSON-RPC-like object, a batch of them, random bytes or broken text. */
const body = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  rpcLike.map((value) => JSON.stringify(value)),
  fc.array(rpcLike, { minLength: 0, maxLength: 6 }).map((value) => JSON.stringify(value)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

type Answer = { status: number; type: string; text: string }

function isJsonRpc(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  if (message.jsonrpc !== '2.0') return false
  if ('result' in message) return true
  if (typeof message.method === 'string') return true
  const error = message.error as Record<string, unknown> | undefined
  return typeof error?.code === 'number' && typeof error.message === 'string'
}

/** Every JSON the answer carries (a JSON body, or each SSE `data:` line) is JSON-RPC. */
function expectWellFormed(answer: Answer, sent: string | Buffer): void {
  const where = `${answer.status} for ${String(sent).slice(0, 200)}: ${answer.text.slice(0, 300)}`
  expect(answer.status, where).toBeLessThan(500)
  if (answer.text === '') return
  if (answer.type.includes('application/json')) {
    const value = JSON.parse(answer.text) as unknown
    for (const message of Array.isArray(value) ? value : [value])
      expect(isJsonRpc(message), where).toBe(true)
  } else if (answer.type.includes('text/event-stream')) {
    for (const line of answer.text.split('\n').filter((l) => l.startsWith('data:'))) {
      expect(isJsonRpc(JSON.parse(line.slice(5)) as unknown), where).toBe(true)
    }
  }
}

describe('JSON-RPC fuzz (fast-check) against a running gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-fuzz-'))
  let gw: RunningGateway
  let token: string
  let serverId: string

  beforeAll(async () => {
    gw = await listen(dir, {
      PLATFORM_ADMIN_EMAIL: 'admin@example.com',
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
    })
    const login = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    token = String(login.accessToken)
    const upstream = await callApi(gw.url, 'POST', '/gateways', {
      token,
      body: { name: 'everything', command: process.execPath, args: [everything, 'stdio'] },
      status: 201,
    })
    await untilActive(gw.url, upstream.id, { token })
    const tools = await callApi(gw.url, 'GET', '/tools?limit=200', { token })
    const echo = tools.find((t) => t.name === 'everything-echo')
    serverId = (
      await callApi(gw.url, 'POST', '/servers', {
        token,
        body: { name: 'fuzzed', associatedTools: [echo?.id] },
        status: 201,
      })
    ).id
  }, 60_000)
  afterAll(async () => {
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  async function post(path: string, sent: string | Buffer): Promise<Answer> {
    const res = await fetch(`${gw.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: sent,
      signal: AbortSignal.timeout(10_000),
    })
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      text: await res.text(),
    }
  }

  it('answers 300 arbitrary bodies on /mcp, /rpc and /servers/{id}/mcp with status < 500 and JSON-RPC', async () => {
    const paths = ['/mcp', '/rpc', `/servers/${serverId}/mcp`]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), body, async (path, sent) => {
        expectWellFormed(await post(path, sent), sent)
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('still serves a normal tools/call after the run', async () => {
    const client = new Client({ name: 'after-fuzz', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
    try {
      const result = await client.callTool({
        name: 'everything-echo',
        arguments: { message: 'ok' },
      })
      expect(JSON.stringify(result.content)).toContain('ok')
    } finally {
      await client.close()
    }
  })
})
