import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '@modelcontextprotocol/client'
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio'
import { bins, everything, node22 } from './bins.js'
import { freePort, start, type Running } from './processes.js'

/**
 * The README's five-minute demo, step for step, with the real bins: translate server-everything to
 * SSE and streamable HTTP, register it with the gateway, list its tools, make a virtual server of
 * two of them, call a tool through the Inspector CLI and through the wrapper (which then survives
 * a gateway restart).
 */

type Json = Record<string, unknown> & { id: string; name: string; status: string }

describe('the five-minute demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-demo-'))
  const running: Running[] = []
  let translate: Running
  let gateway: Running
  let gatewayPort: number
  let base: string
  let token: string
  let serverId: string
  let wrapper: Client

  const gatewayEnv = () => ({
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    SWITCHYARD_DATA_DIR: join(dir, 'data'),
    PLATFORM_ADMIN_PASSWORD: 'demo-password',
    LOG_LEVEL: 'info',
  })
  const startGateway = async () => {
    gateway = await start(
      process.execPath,
      [bins.switchyard, 'serve'],
      gatewayEnv(),
      /gateway listening/,
    )
    running.push(gateway)
  }
  const api = async (method: string, path: string, body?: unknown): Promise<Json & Json[]> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`)
    return JSON.parse(text) as Json & Json[]
  }

  beforeAll(async () => {
    const translatePort = await freePort()
    // 1. translate: server-everything on stdio, exposed over SSE and streamable HTTP at once
    translate = await start(
      process.execPath,
      [
        bins.translate,
        '--stdio',
        `"${process.execPath}" "${everything}" stdio`,
        '--expose-sse',
        '--expose-streamable-http',
        '--port',
        String(translatePort),
      ],
      {},
      /listening on/,
    )
    running.push(translate)
    // 2. the gateway, and a token
    gatewayPort = await freePort()
    base = `http://127.0.0.1:${gatewayPort}`
    await startGateway()
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@example.com', password: 'demo-password' }),
    })
    token = ((await login.json()) as { accessToken: string }).accessToken
    // 3. register the translated server twice: over streamable HTTP and over SSE
    const upstreams = [
      {
        name: 'everything',
        url: `http://127.0.0.1:${translatePort}/mcp`,
        transport: 'streamablehttp',
      },
      { name: 'everything-sse', url: `http://127.0.0.1:${translatePort}/sse`, transport: 'sse' },
    ]
    for (const upstream of upstreams) {
      const created = await api('POST', '/gateways', upstream)
      for (
        let g = created;
        g.status !== 'active';
        g = await api('GET', `/gateways/${created.id}`)
      ) {
        if (g.status === 'unreachable') throw new Error(`unreachable: ${JSON.stringify(g)}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  })

  afterAll(async () => {
    await wrapper?.close()
    for (const one of running.reverse()) await one.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists the tools of both registrations and makes a virtual server of two', async () => {
    const tools = await api('GET', '/tools?limit=1000')
    const names = tools.map((tool) => tool.name)
    expect(names).toEqual(
      expect.arrayContaining(['everything-echo', 'everything-get-sum', 'everything-sse-echo']),
    )
    const members = tools.filter((tool) =>
      ['everything-echo', 'everything-get-sum'].includes(tool.name),
    )
    const server = await api('POST', '/servers', {
      name: 'demo',
      associated_tools: members.map((t) => t.id),
    })
    serverId = server.id
    const listed = await api('GET', `/servers/${serverId}/tools`)
    expect(listed.map((tool) => tool.name).sort()).toEqual([
      'everything-echo',
      'everything-get-sum',
    ])
  })

  it('calls a tool with the Inspector CLI', async () => {
    const mcpUrl = `${base}/servers/${serverId}/mcp`
    const args = [
      bins.inspector,
      '--cli',
      mcpUrl,
      '--transport',
      'http',
      '--format',
      'json',
      '--stored-auth-only',
      '--header',
      `Authorization: Bearer ${token}`,
      '--method',
      'tools/call',
      '--tool-name',
      'everything-echo',
      '--tool-arg',
      'message=hello from the inspector',
    ]
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        node22,
        args,
        {
          timeout: 60_000,
          env: {
            ...process.env,
            HOME: dir,
            MCP_CATALOG_PATH: join(dir, 'mcp.json'),
            MCP_AUTO_OPEN_ENABLED: 'false',
            NO_COLOR: '1',
          },
        },
        (error, out, err) => (error ? reject(new Error(`${error.message}: ${err}`)) : resolve(out)),
      )
    })
    const { result } = JSON.parse(stdout) as { result: { content: { text: string }[] } }
    expect(result.content[0]?.text).toBe('Echo: hello from the inspector')
  })

  it('serves a 2026-era stdio client through the wrapper too (stateless requests)', () => {
    const meta = {
      'io.modelcontextprotocol/protocolVersion': '2026-07-28',
      'io.modelcontextprotocol/clientInfo': { name: 'modern', version: '1.0.0' },
      'io.modelcontextprotocol/clientCapabilities': {},
    }
    const lines = [
      { jsonrpc: '2.0', id: 1, method: 'server/discover', params: { _meta: meta } },
      {
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: { name: 'everything-echo', arguments: { message: 'modern era' }, _meta: meta },
      },
    ]
    const result = spawnSync(process.execPath, [bins.wrapper], {
      env: {
        PATH: process.env.PATH ?? '',
        MCP_SERVER_URL: `${base}/servers/${serverId}/mcp`,
        MCP_AUTH: `Bearer ${token}`,
      },
      input: lines.map((line) => `${JSON.stringify(line)}\n`).join(''),
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(0)
    const answers = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number; result: Record<string, unknown> })
    expect(answers.find((a) => a.id === 1)?.result).toMatchObject({
      supportedVersions: ['2026-07-28'],
    })
    expect(answers.find((a) => a.id === 2)?.result).toMatchObject({
      content: [{ type: 'text', text: 'Echo: modern era' }],
    })
  })

  it('calls a tool through the wrapper, and keeps working across a gateway restart', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [bins.wrapper],
      env: {
        PATH: process.env.PATH ?? '',
        MCP_SERVER_URL: `${base}/servers/${serverId}/mcp`,
        MCP_AUTH: `Bearer ${token}`,
        MCP_TOOL_CALL_TIMEOUT: '60',
      },
      stderr: 'pipe',
    })
    let logs = ''
    if (transport.stderr instanceof Readable)
      transport.stderr.on('data', (c: Buffer) => (logs += c.toString()))
    wrapper = new Client({ name: 'claude-desktop-stand-in', version: '1.0.0' })
    await wrapper.connect(transport)
    const { tools } = await wrapper.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual(['everything-echo', 'everything-get-sum'])
    const sum = await wrapper.callTool({ name: 'everything-get-sum', arguments: { a: 19, b: 23 } })
    expect(JSON.stringify(sum)).toContain('42')

    expect(await gateway.stop()).toBe(0)
    await startGateway()
    const echo = await wrapper.callTool({
      name: 'everything-echo',
      arguments: { message: 'still here' },
    })
    expect(echo).toMatchObject({ content: [{ type: 'text', text: 'Echo: still here' }] })
    expect(logs).toContain('reconnected to')
  })
})
