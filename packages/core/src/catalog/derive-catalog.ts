import { resolveMembers } from '../services/server-members.js'
import type { ServerMemberRow } from '../store/database.js'
import type { Catalog, CatalogMember, CatalogServer, CatalogTool } from './catalog.js'
import type { CatalogSource } from './catalog-source.js'

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0

/** Builds an immutable snapshot from the source: live members only, sorted by name, servers resolved. */
export function deriveCatalog(source: CatalogSource, version: number): Catalog {
  const live = (entity: { gatewayId: string | null }) =>
    entity.gatewayId === null || source.gateways.has(entity.gatewayId)
  const tools = [...source.tools.values()]
    .filter(
      (t) =>
        live(t) &&
        (t.grpcServiceId === null || source.grpcServices.has(t.grpcServiceId)) &&
        (t.a2aAgentId === null || source.a2aAgents.has(t.a2aAgentId)),
    )
    .sort(byName)
  const resources = [...source.resources.values()].filter(live).sort(byName)
  const prompts = [...source.prompts.values()].filter(live).sort(byName)
  const toolPool = new Map(tools.map((t) => [t.id, t]))
  const resourcePool = new Map(resources.map((r) => [r.id, r]))
  const promptPool = new Map(prompts.map((p) => [p.id, p]))
  const agentTools = new Map(
    tools.flatMap((t) => (t.a2aAgentId ? [[t.a2aAgentId, t] as const] : [])),
  )

  const servers = new Map<string, CatalogServer>()
  for (const { members, ...server } of [...source.servers.values()].sort(byName)) {
    const serverTools = [
      ...resolveMembers(members, 'tool', toolPool, server.nameStrategy),
      ...associatedAgentTools(server.a2aAgents, members, source, agentTools),
    ]
    const serverPrompts = resolveMembers(members, 'prompt', promptPool, server.nameStrategy)
    servers.set(
      server.id,
      Object.freeze({
        ...server,
        tools: serverTools,
        toolsByName: new Map(serverTools.map((m) => [m.name, m])),
        resources: resolveMembers(members, 'resource', resourcePool, server.nameStrategy),
        prompts: serverPrompts,
        promptsByName: new Map(serverPrompts.map((m) => [m.name, m])),
      }),
    )
  }

  return Object.freeze({
    version,
    builtAt: new Date().toISOString(),
    gateways: new Map(source.gateways),
    grpcServices: new Map(source.grpcServices),
    tools: toolPool,
    toolsByName: new Map(tools.map((t) => [t.name, t])),
    resources: resourcePool,
    resourcesByUri: new Map(resources.flatMap((r) => (r.uri ? [[r.uri, r] as const] : []))),
    prompts: promptPool,
    promptsByName: new Map(prompts.map((p) => [p.name, p])),
    servers,
    a2aAgents: new Map(source.a2aAgents),
  })
}

/** The tools of a server's `associatedA2aAgents` (by id, name or slug) that are not members already. */
function associatedAgentTools(
  keys: readonly string[],
  members: readonly ServerMemberRow[],
  source: CatalogSource,
  agentTools: ReadonlyMap<string, CatalogTool>,
): CatalogMember<CatalogTool>[] {
  if (keys.length === 0) return []
  const wanted = new Set(keys)
  const memberIds = new Set(members.filter((m) => m.kind === 'tool').map((m) => m.member_id))
  return [...source.a2aAgents.values()].flatMap((agent) => {
    const tool = agentTools.get(agent.id)
    if (!tool || memberIds.has(tool.id)) return []
    if (!wanted.has(agent.id) && !wanted.has(agent.name) && !wanted.has(agent.slug)) return []
    return [{ name: tool.name, description: tool.description, entity: tool }]
  })
}
