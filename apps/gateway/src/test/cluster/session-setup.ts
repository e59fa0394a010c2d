import { fileURLToPath } from 'node:url'
import { callApi, untilActive } from '../test-gateway.js'
import type { Cluster } from './replicas.js'

const upstreamScript = fileURLToPath(
  new URL('../fixtures/session-upstream.mjs', import.meta.url),
)

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
  const tools = await api('GET', `/tools?gateway_id=${gateway.id}`)
  const server = await api('POST', '/servers', {
    name: 'sessions',
    associated_tools: tools.map((tool) => tool.id),
  })
  for (let index = 1; index < cluster.replicas.length; index++) await cluster.restart(index)
  return `/servers/${server.id}/mcp`
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
