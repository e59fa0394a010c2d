import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { expect } from 'vitest'
import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { openTestGateway, type TestGateway } from './test-gateway.js'

/** A JSON value from the REST API, loosely typed for tests. */
export type Json = Record<string, unknown>

/** An MCP tool result, loosely typed for tests. */
export interface ToolResult {
  content: Json[]
  structuredContent?: Json
  isError?: boolean
}

/**
 * A test gateway with three real agents registered (answering: bearer auth, streaming: basic auth,
 * asking: custom headers) and a virtual server `agents` that has the first two as members and the
 * third through `associatedA2aAgents`, with an MCP client connected to it.
 */
export interface A2aFixture {
  gw: TestGateway
  answering: TestAgent
  streaming: TestAgent
  asking: TestAgent
  /** The registered agents as `POST /a2a` answered, by slug. */
  agents: Record<string, Json>
  serverId: string
  mcp: Client
  /** Calls the REST API as the admin. */
  api: (
    method: string,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; body: Json & Json[] }>
  /** An MCP client of a virtual server, as the admin. */
  connect: (serverId: string) => Promise<Client>
  /** Calls a tool through `mcp`. */
  call: (name: string, args: Json, options?: Json) => Promise<ToolResult>
  dispose: () => Promise<void>
}

/** Opens the fixture. */
export async function openA2aFixture(): Promise<A2aFixture> {
  const gw = await openTestGateway()
  const [answering, streaming, asking] = await Promise.all([
    startAgent('answering'),
    startAgent('streaming'),
    startAgent('asking'),
  ])
  const api: A2aFixture['api'] = async (method, path, body) => {
    const res = await gw.call(method, path, {
      token: gw.adminToken,
      ...(body !== undefined && { body }),
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json & Json[] }
  }
  const connect = async (serverId: string) => {
    const client = new Client({ name: 'a2a-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`http://gateway.test/servers/${serverId}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${gw.adminToken}` } },
        fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
      }),
    )
    return client
  }
  const agents: Record<string, Json> = {}
  for (const [agent, auth] of [
    [answering, { type: 'bearer', token: 'agent-token' }],
    [streaming, { type: 'basic', username: 'u', password: 'p' }],
    [asking, { type: 'headers', headers: { authorization: 'Custom yes' } }],
  ] as const) {
    const { status, body } = await api('POST', '/a2a', { agent: { url: agent.url, auth } })
    expect(status, JSON.stringify(body)).toBe(201)
    agents[body.slug as string] = body
  }
  const server = await api('POST', '/servers', {
    name: 'agents',
    associatedTools: [agents['answering-agent']?.toolId, agents['streaming-agent']?.toolId],
    associated_a2a_agents: ['asking agent'],
  })
  expect(server.status).toBe(201)
  const serverId = server.body.id as string
  const mcp = await connect(serverId)
  return {
    gw,
    answering,
    streaming,
    asking,
    agents,
    serverId,
    mcp,
    api,
    connect,
    call: async (name, args, options = {}) =>
      (await mcp.callTool({ name, arguments: args }, options)) as unknown as ToolResult,
    dispose: async () => {
      await mcp.close()
      await gw.dispose()
      await Promise.all([answering, streaming, asking].map((agent) => agent.close()))
    },
  }
}
