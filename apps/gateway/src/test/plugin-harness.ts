import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import type { RunningGateway } from '../server.js'
import { callApi, listen, untilActive, type ApiJson } from './test-gateway.js'

/** The stdio upstream of the plugin tests (tools echo, contact, counter, volatile, big; a resource; a prompt). */
export const pluginUpstream = fileURLToPath(
  new URL('./fixtures/plugin-upstream.mjs', import.meta.url),
)

/** A running gateway (no auth) over a data folder, and MCP clients for its virtual servers. */
export interface PluginGateway {
  gw: RunningGateway
  api(method: string, path: string, body?: unknown, status?: number): Promise<ApiJson & ApiJson[]>
  /** A real SDK client on `/servers/{id}/mcp`, or on `/mcp` without an id, sending `headers`. */
  connect(serverId?: string, headers?: Record<string, string>): Promise<Client>
  stop(): Promise<void>
}

/** Starts a gateway without auth over `dataDir`, with the plugins config file when given. */
export async function startPluginGateway(
  dataDir: string,
  pluginsConfig?: string,
): Promise<PluginGateway> {
  const gw = await listen(dataDir, {
    AUTH_REQUIRED: 'false',
    ...(pluginsConfig && { PLUGINS_CONFIG: pluginsConfig }),
  })
  const clients: Client[] = []
  return {
    gw,
    api: (method, path, body, status) =>
      callApi(gw.url, method, path, { body, ...(status !== undefined && { status }) }),
    async connect(serverId, headers) {
      const client = new Client({ name: 'plugins-test', version: '1.0.0' })
      const path = serverId === undefined ? '/mcp' : `/servers/${serverId}/mcp`
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${gw.url}${path}`), {
          ...(headers && { requestInit: { headers } }),
        }),
      )
      clients.push(client)
      return client
    },
    async stop() {
      await Promise.all(clients.map((c) => c.close()))
      await gw.stop()
    },
  }
}

/**
 * Registers the plugin upstream as 'up' and one virtual server per name with all its tools,
 * resources and prompts under their original names; returns the servers' ids by name.
 */
export async function registerUpstream(
  g: PluginGateway,
  serverNames: readonly string[],
): Promise<Record<string, string>> {
  const upstream = await g.api(
    'POST',
    '/gateways',
    { name: 'up', command: process.execPath, args: [pluginUpstream] },
    201,
  )
  await untilActive(g.gw.url, upstream.id)
  const ids = async (kind: string) =>
    (await g.api('GET', `/${kind}?gateway_id=${upstream.id}&limit=100`)).map((e) => e.id)
  const members = {
    associatedTools: await ids('tools'),
    associatedResources: await ids('resources'),
    associatedPrompts: await ids('prompts'),
    nameStrategy: 'original',
  }
  const servers: Record<string, string> = {}
  for (const name of serverNames) {
    servers[name] = (
      await g.api('POST', '/servers', { name, description: name, ...members }, 201)
    ).id
  }
  return servers
}

/** Writes a plugins config file (JSON, which is YAML too) into `dir`. */
export function writePluginsConfig(dir: string, plugins: unknown[], name = 'plugins.json'): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify({ plugins }, null, 2))
  return file
}

/** The text of the first content item of a tool result. */
export function firstText(result: unknown): string {
  const content = (result as { content?: { text?: string }[] }).content
  return content?.[0]?.text ?? ''
}

/** The JSON-RPC error of a refused MCP call, or undefined when it went through. */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ code: number; message: string } | undefined> {
  try {
    await call
    return undefined
  } catch (error) {
    return error as { code: number; message: string }
  }
}
