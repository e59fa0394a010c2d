import type { Change } from '../events/change-bus.js'
import type { Visibility } from '../schemas/common.js'
import type { ServiceContext } from '../services/context.js'
import { a2aAgentAuth, toA2aAgent } from '../services/a2a-service.js'
import { gatewayAuth, gatewayEnv, toGateway } from '../services/gateway-service.js'
import { toPrompt } from '../services/prompt-service.js'
import { toResource } from '../services/resource-service.js'
import { toolAuth, toTool } from '../services/tool-service.js'
import type {
  A2aAgentRow,
  GatewayRow,
  GrpcServiceRow,
  ServerMemberRow,
  ServerRow,
  ToolRow,
} from '../store/database.js'
import { grpcConnection } from '../services/grpc-connection.js'
import { fromJson } from '../store/json.js'
import type {
  CatalogA2aAgent,
  CatalogGateway,
  CatalogGrpcService,
  CatalogPrompt,
  CatalogResource,
  CatalogServer,
  CatalogTool,
} from './catalog.js'

/** A virtual server before its members are resolved. */
export type ServerSource = Omit<
  CatalogServer,
  'tools' | 'toolsByName' | 'resources' | 'prompts' | 'promptsByName'
> & {
  members: readonly ServerMemberRow[]
}

/**
 * Every enabled entity, mapped once and frozen, keyed by id: what each snapshot is derived from.
 * Changes re-read only the rows they name, so a change costs one small query, not a full reload.
 */
export interface CatalogSource {
  gateways: Map<string, CatalogGateway>
  grpcServices: Map<string, CatalogGrpcService>
  tools: Map<string, CatalogTool>
  resources: Map<string, CatalogResource>
  prompts: Map<string, CatalogPrompt>
  servers: Map<string, ServerSource>
  a2aAgents: Map<string, CatalogA2aAgent>
}

function freeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const child of Object.values(value)) freeze(child)
  return value
}

function mapGateway(row: GatewayRow, context: ServiceContext): CatalogGateway {
  const { envKeys, ...gateway } = toGateway(row, context)
  return freeze({ ...gateway, auth: gatewayAuth(row, context), env: gatewayEnv(row, context) })
}

function mapGrpcService(row: GrpcServiceRow, context: ServiceContext): CatalogGrpcService {
  return freeze({
    id: row.id,
    name: row.name,
    ...grpcConnection(row, context),
    passthroughHeaders: fromJson(row.passthrough_headers, []),
    services: fromJson(row.services, []),
    descriptorSet: row.descriptor_set,
    updatedAt: row.updated_at,
  })
}

function mapAgent(row: A2aAgentRow, context: ServiceContext): CatalogA2aAgent {
  const { toolId, toolName, ...agent } = toA2aAgent(row, context, undefined)
  return freeze({ ...agent, auth: a2aAgentAuth(row, context) })
}

function mapTool(row: ToolRow, context: ServiceContext): CatalogTool {
  return freeze({ ...toTool(row, context), auth: toolAuth(row, context) })
}

function mapServer(row: ServerRow, members: readonly ServerMemberRow[]): ServerSource {
  return freeze({
    id: row.id,
    name: row.name,
    description: row.description,
    instructions: row.instructions,
    icons: fromJson(row.icons, []),
    nameStrategy: row.name_strategy as ServerSource['nameStrategy'],
    rateLimit: fromJson(row.rate_limit, null),
    oauth: fromJson(row.oauth, null),
    a2aAgents: fromJson(row.a2a_agents, []),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as Visibility,
    members: [...members].sort((a, b) => a.position - b.position),
  })
}

function put<T>(map: Map<string, T>, id: string, value: T | undefined): void {
  if (value === undefined) map.delete(id)
  else map.set(id, value)
}

/** Reads every enabled entity from the store. */
export async function loadCatalogSource(context: ServiceContext): Promise<CatalogSource> {
  const { db } = context.store
  const [gateways, grpcServices, tools, resources, prompts, servers, members, agents] =
    await Promise.all([
      db.selectFrom('gateways').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('grpc_services').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('tools').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('resources').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('prompts').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('servers').selectAll().where('enabled', '=', 1).execute(),
      db.selectFrom('server_members').selectAll().execute(),
      db.selectFrom('a2a_agents').selectAll().where('enabled', '=', 1).execute(),
    ])
  return {
    gateways: new Map(gateways.map((row) => [row.id, mapGateway(row, context)])),
    grpcServices: new Map(grpcServices.map((row) => [row.id, mapGrpcService(row, context)])),
    tools: new Map(tools.map((row) => [row.id, mapTool(row, context)])),
    resources: new Map(resources.map((row) => [row.id, freeze(toResource(row))])),
    prompts: new Map(prompts.map((row) => [row.id, freeze(toPrompt(row))])),
    servers: new Map(
      servers.map((row) => [
        row.id,
        mapServer(
          row,
          members.filter((m) => m.server_id === row.id),
        ),
      ]),
    ),
    a2aAgents: new Map(agents.map((row) => [row.id, mapAgent(row, context)])),
  }
}

/** Re-reads what a batch of committed changes names and updates the source in place. */
export async function applyChanges(
  context: ServiceContext,
  source: CatalogSource,
  changes: readonly Change[],
): Promise<void> {
  const { db } = context.store
  const ids = (entity: Change['entity']) => [
    ...new Set(changes.filter((c) => c.entity === entity).map((c) => c.id)),
  ]
  const enabled = <R extends { enabled: number }>(row: R | undefined) =>
    row && row.enabled === 1 ? row : undefined

  for (const id of ids('gateway')) {
    const row = enabled(
      await db.selectFrom('gateways').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    put(source.gateways, id, row && mapGateway(row, context))
    // A rename re-prefixes the gateway's members and a delete removes them: re-read them all.
    for (const map of [source.tools, source.resources, source.prompts] as Map<
      string,
      { gatewayId: string | null }
    >[]) {
      for (const [memberId, member] of map) if (member.gatewayId === id) map.delete(memberId)
    }
    const [tools, resources, prompts] = await Promise.all([
      db
        .selectFrom('tools')
        .selectAll()
        .where('gateway_id', '=', id)
        .where('enabled', '=', 1)
        .execute(),
      db
        .selectFrom('resources')
        .selectAll()
        .where('gateway_id', '=', id)
        .where('enabled', '=', 1)
        .execute(),
      db
        .selectFrom('prompts')
        .selectAll()
        .where('gateway_id', '=', id)
        .where('enabled', '=', 1)
        .execute(),
    ])
    for (const t of tools) source.tools.set(t.id, mapTool(t, context))
    for (const r of resources) source.resources.set(r.id, freeze(toResource(r)))
    for (const p of prompts) source.prompts.set(p.id, freeze(toPrompt(p)))
  }
  for (const id of ids('grpc')) {
    const row = enabled(
      await db.selectFrom('grpc_services').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    put(source.grpcServices, id, row && mapGrpcService(row, context))
    // A refresh, a rename or a delete changes the service's tools: re-read them all.
    for (const [toolId, tool] of source.tools)
      if (tool.grpcServiceId === id) source.tools.delete(toolId)
    const tools = await db
      .selectFrom('tools')
      .selectAll()
      .where('grpc_service_id', '=', id)
      .where('enabled', '=', 1)
      .execute()
    for (const t of tools) source.tools.set(t.id, mapTool(t, context))
  }
  for (const id of ids('tool')) {
    const row = enabled(
      await db.selectFrom('tools').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    put(source.tools, id, row && mapTool(row, context))
  }
  for (const id of ids('resource')) {
    const row = enabled(
      await db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    put(source.resources, id, row && freeze(toResource(row)))
  }
  for (const id of ids('prompt')) {
    const row = enabled(
      await db.selectFrom('prompts').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    put(source.prompts, id, row && freeze(toPrompt(row)))
  }
  for (const id of ids('a2a')) {
    const row = enabled(
      await db.selectFrom('a2a_agents').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    put(source.a2aAgents, id, row && mapAgent(row, context))
  }
  for (const id of ids('server')) {
    const row = enabled(
      await db.selectFrom('servers').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    const members = row
      ? await db.selectFrom('server_members').selectAll().where('server_id', '=', id).execute()
      : []
    put(source.servers, id, row && mapServer(row, members))
  }
}
