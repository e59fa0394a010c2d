import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningGateway } from '../server.js'
import { node22 } from './node22.js'
import { callApi, listen, serverScript } from './test-gateway.js'

/**
 * The MCP Inspector CLI (`@modelcontextprotocol/inspector --cli`, which needs Node 22) as a client
 * of a virtual server fronting server-everything: it must see what the SDK client sees.
 */

const everything = serverScript('@modelcontextprotocol/server-everything')
const inspector = join(
  createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector/package.json'),
  '..',
  'clients',
  'launcher',
  'build',
  'index.js',
)

type Era = 'legacy' | 'modern'
interface Outcome {
  code: number
  stdout: string
  stderr: string
}

/** The modern era adds protocol metadata (`_meta`, `resultType`); the payload is the upstream's. */
const payload = ({ _meta, resultType, ...rest }: Record<string, unknown>) => rest

describe('the MCP Inspector CLI against a virtual server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-inspector-'))
  let gw: RunningGateway
  let token: string
  let mcpUrl: string
  let sdk: Client

  const api = (method: string, path: string, body?: unknown, status = 200) =>
    callApi(gw.url, method, path, { body, token, status })

  /** Runs the Inspector CLI on Node 22 against the virtual server. */
  function cli(args: string[], options: { era?: Era; auth?: boolean } = {}): Promise<Outcome> {
    const argv = [inspector, '--cli', mcpUrl, '--transport', 'http', '--format', 'json']
    // Never an interactive OAuth login (the gateway's 401 names its OAuth metadata).
    argv.push('--stored-auth-only', '--protocol-era', options.era ?? 'legacy')
    if (options.auth !== false) argv.push('--header', `Authorization: Bearer ${token}`)
    return new Promise((resolve, reject) => {
      execFile(
        node22,
        [...argv, ...args],
        {
          timeout: 30_000,
          maxBuffer: 16 * 1024 * 1024,
          // Keeps the Inspector's catalog and settings out of the real home directory.
          env: {
            ...process.env,
            HOME: dir,
            MCP_CATALOG_PATH: join(dir, 'mcp.json'),
            MCP_AUTO_OPEN_ENABLED: 'false',
            NO_COLOR: '1',
          },
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number')
            reject(new Error(error.message, { cause: error }))
          else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr })
        },
      )
    })
  }

  /** The `result` of a successful Inspector run. */
  async function inspect(args: string[], era: Era): Promise<Record<string, unknown>> {
    const { code, stdout, stderr } = await cli(args, { era })
    expect(code, `${args.join(' ')} (${era}): ${stderr}`).toBe(0)
    const parsed = JSON.parse(stdout) as { result?: Record<string, unknown> }
    expect(parsed.result, stdout).toBeDefined()
    return parsed.result as Record<string, unknown>
  }

  beforeAll(async () => {
    gw = await listen(join(dir, 'data'), { PLATFORM_ADMIN_PASSWORD: 'admin-password' })
    const login = await fetch(`${gw.url}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@example.com', password: 'admin-password' }),
    })
    token = ((await login.json()) as { accessToken: string }).accessToken
    const upstream = { name: 'everything', command: process.execPath, args: [everything, 'stdio'] }
    const created = await api('POST', '/gateways', upstream, 201)
    let gateway = created
    for (const deadline = Date.now() + 30_000; gateway.status !== 'active';) {
      if (Date.now() > deadline) throw new Error(`upstream not active: ${JSON.stringify(gateway)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
      gateway = await api('GET', `/gateways/${created.id}`)
    }
    const all = async (path: string) =>
      (await api('GET', `${path}?gateway_id=${created.id}&limit=1000`)).map((x) => x.id)
    const members = {
      name: 'inspected',
      associated_tools: await all('/tools'),
      associated_resources: [
        ...(await all('/resources')),
        ...(await all('/resources/templates/list')),
      ],
      associated_prompts: await all('/prompts'),
    }
    const server = await api('POST', '/servers', members, 201)
    mcpUrl = `${gw.url}/servers/${server.id}/mcp`
    sdk = new Client({ name: 'sdk', version: '1.0.0' })
    await sdk.connect(
      new StreamableHTTPClientTransport(new URL(mcpUrl), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    )
  }, 60_000)

  afterAll(async () => {
    await sdk?.close()
    await gw?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(['legacy', 'modern'] as const)(
    'lists and calls tools, lists resources and prompts as the SDK client does (%s era)',
    async (era) => {
      const [tools, echo, resources, prompts] = await Promise.all([
        inspect(['--method', 'tools/list'], era),
        inspect(
          ['--method', 'tools/call', '--tool-name', 'everything-echo', '--tool-arg', 'message=hi'],
          era,
        ),
        inspect(['--method', 'resources/list'], era),
        inspect(['--method', 'prompts/list'], era),
      ])
      const sdkTools = (await sdk.listTools()).tools
      expect(sdkTools.length).toBeGreaterThan(5)
      expect(tools['tools']).toEqual(sdkTools)
      expect(payload(echo)).toEqual({ content: [{ type: 'text', text: 'Echo: hi' }] })
      // Only a 2026-era result names the server in its _meta: the era was really negotiated.
      const serverInfo = (echo['_meta'] as Record<string, unknown> | undefined)?.[
        'io.modelcontextprotocol/serverInfo'
      ]
      expect(serverInfo).toEqual(
        era === 'modern' ? expect.objectContaining({ name: 'switchyard' }) : undefined,
      )
      expect(payload(echo)).toEqual(
        payload(await sdk.callTool({ name: 'everything-echo', arguments: { message: 'hi' } })),
      )
      const sdkResources = (await sdk.listResources()).resources
      expect(sdkResources.length).toBeGreaterThan(0)
      expect(resources['resources']).toEqual(sdkResources)
      const sdkPrompts = (await sdk.listPrompts()).prompts
      expect(sdkPrompts.length).toBeGreaterThan(0)
      expect(prompts['prompts']).toEqual(sdkPrompts)
    },
    60_000,
  )

  it('is refused without the bearer token', async () => {
    const { code, stdout, stderr } = await cli(['--method', 'tools/list'], { auth: false })
    expect(code).not.toBe(0)
    expect(JSON.parse(stdout || stderr)).toMatchObject({ error: { code: 'auth_required' } })
  })
})
