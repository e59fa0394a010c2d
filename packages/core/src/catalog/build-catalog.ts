import type { Visibility } from '../schemas/common.js'
import type { ServiceContext } from '../services/context.js'
import { gatewayAuth, gatewayEnv, toGateway } from '../services/gateway-service.js'
import { toPrompt } from '../services/prompt-service.js'
import { toResource } from '../services/resource-service.js'
import { resolveMembers } from '../services/server-members.js'
import { toolAuth, toTool } from '../services/tool-service.js'
import { fromJson } from '../store/json.js'
import type { Catalog, CatalogGateway, CatalogServer, CatalogTool } from './catalog.js'

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  Object.freeze(value)
  const children = value instanceof Map ? value.values() : Object.values(value)
  for (const child of children) deepFreeze(child)
  return value
}

/** Reads every enabled entity from the store and builds a frozen snapshot. */
export async function buildCatalog(context: ServiceContext, version: number): Promise<Catalog> {
  const { db } = context.store
  const [gatewayRows, toolRows, resourceRows, promptRows, serverRows, memberRows] =
    await Promise.all([
      db.selectFrom('gateways').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('tools').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
      db.selectFrom('resources').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
      db.selectFrom('prompts').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
      db.selectFrom('servers').selectAll().where('enabled', '=', 1).orderBy('name').execute(),
      db.selectFrom('server_members').selectAll().orderBy('position').execute(),
    ])

  const gateways = new Map<string, CatalogGateway>(
    gatewayRows.map((row) => {
      const { envKeys, ...gateway } = toGateway(row, context)
      return [
        row.id,
        { ...gateway, auth: gatewayAuth(row, context), env: gatewayEnv(row, context) },
      ]
    }),
  )
  const live = (row: { gateway_id: string | null }) =>
    row.gateway_id === null || gateways.has(row.gateway_id)
  const byId = <T extends { id: string }>(items: T[]) =>
    new Map(items.map((item) => [item.id, item]))

  const tools = byId<CatalogTool>(
    toolRows.filter(live).map((row) => ({ ...toTool(row, context), auth: toolAuth(row, context) })),
  )
  const resources = byId(resourceRows.filter(live).map(toResource))
  const prompts = byId(promptRows.filter(live).map(toPrompt))

  const servers = new Map<string, CatalogServer>()
  for (const row of serverRows) {
    const strategy = row.name_strategy
    const members = memberRows.filter((m) => m.server_id === row.id)
    const serverTools = resolveMembers(members, 'tool', tools, strategy)
    const serverPrompts = resolveMembers(members, 'prompt', prompts, strategy)
    servers.set(row.id, {
      id: row.id,
      name: row.name,
      description: row.description,
      instructions: row.instructions,
      icons: fromJson(row.icons, []),
      rateLimit: fromJson(row.rate_limit, null),
      tools: serverTools,
      toolsByName: new Map(serverTools.map((m) => [m.name, m])),
      resources: resolveMembers(members, 'resource', resources, strategy),
      prompts: serverPrompts,
      promptsByName: new Map(serverPrompts.map((m) => [m.name, m])),
      a2aAgents: fromJson(row.a2a_agents, []),
      owner: row.owner,
      team: row.team,
      visibility: row.visibility as Visibility,
    })
  }

  return deepFreeze({
    version,
    builtAt: new Date().toISOString(),
    gateways,
    tools,
    toolsByName: new Map([...tools.values()].map((t) => [t.name, t])),
    resources,
    resourcesByUri: new Map(
      [...resources.values()].flatMap((r) => (r.uri ? [[r.uri, r] as const] : [])),
    ),
    prompts,
    promptsByName: new Map([...prompts.values()].map((p) => [p.name, p])),
    servers,
  })
}
