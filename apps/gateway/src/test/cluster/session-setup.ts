import { fileURLToPath } from 'node:url'
import { callApi, untilActive } from '../test-gateway.js'
import type { Cluster } from './replicas.js'

const upstreamScript = fileURLToPath(new URL('../fixtures/session-upstream.mjs', import.meta.url))

/**
 * Registers the stdio session upstream and a virtual server on replica 0, then restarts the other
 * replicas so that their catalogs have both; resolves with the server's MCP path.
 */
export async function serveSessionUpstream(cluster: Cluster): Promise<string> {
  const [first] = cluster.replicas
  const token = cluster.adminToken
  const api = (method: string, path: string, body?: unknown) =>
    callApi(first!.url, method, path, { body, token })
  const gateway = await api('POST', '/gateways', {
    name: 'sessions',
    command: process.execPath,
    args: [upstreamScript],
  })
  await untilActive(first!.url, gateway.id, { token })
  let tools = await api('GET', `/tools?gateway_id=${gateway.id}`)
  for (let tries = 0; tools.length < 3 && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    tools = await api('GET', `/tools?gateway_id=${gateway.id}`)
  }
  const server = await api('POST', '/servers', {
    name: 'sessions',
    associated_tools: tools.map((tool) => tool.id),
  })
  const mcpPath = `/servers/${server.id}/mcp`
  for (let index = 1; index < cluster.replicas.length; index++) await cluster.restart(index)
  for (const replica of cluster.replicas) await untilServing(replica.url, mcpPath, token)
  return mcpPath
}

/** Waits until a replica's MCP endpoint lists the session upstream's three tools. */
export async function untilServing(baseUrl: string, mcpPath: string, token: string): Promise<void> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const res = await fetch(`${baseUrl}${mcpPath}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2026-07-28',
        'mcp-method': 'tools/list',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/list',
        params: {
          _meta: {
            'io.modelcontextprotocol/protocolVersion': '2026-07-28',
            'io.modelcontextprotocol/clientInfo': { name: 'probe', version: '1' },
            'io.modelcontextprotocol/clientCapabilities': {},
          },
        },
      }),
    }).catch(() => undefined)
    const body = res ? `${res.status} ${await res.text()}` : 'no answer'
    if (body.includes('sessions-slow')) return
    if (Date.now() > deadline) throw new Error(`${baseUrl} does not serve ${mcpPath}: ${body}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A fetch that sends each request to the replica `pick()` names, as a load balancer would. */
export function balancedFetch(
  cluster: Cluster,
  pick: (request: { method: string; url: URL }) => number,
  seen: { method: string; replica: number }[] = [],
): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
    const replica = pick({ method, url })
    seen.push({ method, replica })
    const target = new URL(cluster.replicas[replica]!.url)
    url.protocol = target.protocol
    url.host = target.host
    const headers = new Headers(init?.headers)
    headers.set('authorization', `Bearer ${cluster.adminToken}`)
    return fetch(url, { ...init, headers })
  }
}
