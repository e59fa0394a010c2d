import { agentCardJson, toolsAgentCard, type AgentFace, type ToolResult } from '@switchyard/a2a'
import type { Principal } from '@switchyard/auth'
import { notFound, type Registry } from '@switchyard/core'
import type { McpBackend } from '@switchyard/transports'
import { defineRoute, type Route } from '../http/route.js'
import { loadA2aFace } from '../a2a/load-a2a.js'
import type { McpService } from '../mcp/mcp-service.js'
import { routeContext } from '../mcp/route-context.js'

/** A request context for tool calls the agent face makes on a virtual server's backend. */
const faceContext = (signal: AbortSignal) => routeContext('an A2A caller', signal)

async function listTools(backend: McpBackend, signal: AbortSignal) {
  const tools: { name: string; description: string | null }[] = []
  let cursor: unknown
  do {
    const page = await backend.handle('tools/list', cursor ? { cursor } : {}, faceContext(signal))
    for (const tool of (page.tools ?? []) as { name: string; description?: string }[]) {
      tools.push({ name: tool.name, description: tool.description ?? null })
    }
    cursor = page.nextCursor
  } while (typeof cursor === 'string')
  return tools
}

/**
 * A virtual server as an A2A agent: `GET /servers/{id}/a2a/.well-known/agent-card.json` lists its
 * tools as skills; `POST /servers/{id}/a2a` takes JSON-RPC (A2A 1.0), and a message whose data part
 * is `{ "skill": name, "arguments": {...} }` runs that tool through the server's MCP backend.
 */
export function serverAgentRoutes(
  registry: Registry,
  mcp: McpService,
  version: string,
  /** PUBLIC_BASE_URL: where callers reach the gateway; else each request's origin. */
  publicBaseUrl?: string,
): Route[] {
  const base = publicBaseUrl?.replace(/\/+$/, '')
  let face: AgentFace | undefined
  const prepare = async (serverId: string, principal: Principal, request: Request) => {
    const server = registry.catalog.current().servers.get(serverId)
    let backend: McpBackend
    try {
      backend = mcp.backendFor(serverId, principal)
    } catch {
      throw notFound('server', serverId)
    }
    const origin = base ?? new URL(request.url).origin
    const card = toolsAgentCard({
      name: server?.name ?? serverId,
      description: server?.description ?? `Switchyard virtual server ${server?.name ?? serverId}`,
      url: `${origin}/servers/${encodeURIComponent(serverId)}/a2a`,
      version,
      tools: await listTools(backend, request.signal),
      bearerAuth: principal.kind !== 'anonymous-admin',
    })
    return { backend, card }
  }
  return [
    defineRoute({
      method: 'get',
      path: '/servers/:id/a2a/.well-known/agent-card.json',
      summary: "A virtual server's A2A agent card: its tools as skills",
      tag: 'A2A',
      async handle({ c, param, principal }) {
        const { card } = await prepare(param('id'), principal, c.req.raw)
        return agentCardJson(card)
      },
    }),
    defineRoute({
      method: 'post',
      path: '/servers/:id/a2a',
      audit: false,
      summary:
        'A2A JSON-RPC for a virtual server: SendMessage with a data part { skill, arguments } runs that tool',
      tag: 'A2A',
      async handle({ c, param, principal }) {
        const { backend, card } = await prepare(param('id'), principal, c.req.raw)
        face ??= (await loadA2aFace()).createAgentFace()
        return face.handle(c.req.raw, {
          card,
          agent: param('id'),
          caller: principal.email || principal.kind,
          run: async (skill, args, signal) =>
            (await backend.handle(
              'tools/call',
              { name: skill, arguments: args },
              faceContext(signal),
            )) as ToolResult,
        })
      },
    }),
  ]
}
