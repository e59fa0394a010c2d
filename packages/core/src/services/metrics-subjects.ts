import type { Kysely } from 'kysely'
import type { Database } from '../store/database.js'
import { defaultMemberName } from './server-members.js'

/** Every tool, virtual server and upstream in the store, enabled or not: whose figures `/metrics` lists. */
export interface MetricsSubjects {
  /** Every name a tool is called by: its own, and those virtual servers expose it under. */
  toolNames: string[]
  /** Each REST, gRPC and A2A tool: what it calls, and where. */
  invokedTools: { name: string; integrationType: string; url: string | null }[]
  serverIds: string[]
  gatewayNames: string[]
}

/** Reads the subjects (see MetricsSubjects): four reads of a few columns. */
export async function readSubjects(db: Kysely<Database>): Promise<MetricsSubjects> {
  const [tools, members, servers, gateways] = await Promise.all([
    db.selectFrom('tools').select(['name', 'integration_type', 'url']).execute(),
    exposedToolNames(db),
    db.selectFrom('servers').select('id').execute(),
    db.selectFrom('gateways').select('name').execute(),
  ])
  return {
    toolNames: [...tools.map((tool) => tool.name), ...members],
    invokedTools: tools
      .filter((tool) => tool.integration_type !== 'MCP')
      .map(({ name, integration_type, url }) => ({ name, integrationType: integration_type, url })),
    serverIds: servers.map((row) => row.id),
    gatewayNames: gateways.map((row) => row.name),
  }
}

/** Which server members' exposed names to read: of these tools, of these servers, or by name. */
export interface MemberMatch {
  toolIds?: readonly string[]
  serverIds?: readonly string[]
  /** Members a server may expose under one of these names: custom, prefixed or original. */
  names?: readonly string[]
}

/**
 * The names virtual servers expose their member tools under, of the members `match` picks (any of
 * its lists; an empty match picks none) or, without one, of every member.
 */
export async function exposedToolNames(
  db: Kysely<Database>,
  match?: MemberMatch,
): Promise<string[]> {
  const { toolIds = [], serverIds = [], names = [] } = match ?? {}
  if (match && toolIds.length + serverIds.length + names.length === 0) return []
  let query = db
    .selectFrom('server_members')
    .innerJoin('servers', 'servers.id', 'server_members.server_id')
    .innerJoin('tools', 'tools.id', 'server_members.member_id')
    .where('server_members.kind', '=', 'tool')
  if (match) {
    query = query.where((eb) =>
      eb.or([
        ...(toolIds.length > 0 ? [eb('server_members.member_id', 'in', toolIds)] : []),
        ...(serverIds.length > 0 ? [eb('server_members.server_id', 'in', serverIds)] : []),
        ...(names.length > 0
          ? [
              eb('server_members.custom_name', 'in', names),
              eb('tools.name', 'in', names),
              eb('tools.original_name', 'in', names),
            ]
          : []),
      ]),
    )
  }
  const members = await query
    .select([
      'server_members.custom_name',
      'servers.name_strategy',
      'tools.name',
      'tools.original_name',
    ])
    .execute()
  return members.map(exposedName)
}

/** The name a virtual server exposes a member tool under. */
function exposedName(member: {
  custom_name: string | null
  name_strategy: string
  name: string
  original_name: string
}): string {
  return (
    member.custom_name ??
    defaultMemberName(member.name_strategy, {
      name: member.name,
      originalName: member.original_name,
    })
  )
}

/** Names per list of `/metrics` (`tools`, `servers`, `upstreams`) that kept figures may be under. */
export type FigureNames = Record<'tools' | 'servers' | 'upstreams', string[]>

/** Which entities' figure names to gather (see figureNamesOf). */
export interface FigureOwners {
  toolIds?: readonly string[]
  serverIds?: readonly string[]
  gatewayIds?: readonly string[]
  /** Of gRPC services and A2A agents: the tools they own. */
  grpcServiceIds?: readonly string[]
  a2aAgentIds?: readonly string[]
}

/** The tools' columns naming an owner whose tools count as the owner's (see figureNamesOf). */
const OWNER_COLUMNS = [
  ['gatewayIds', 'gateway_id'],
  ['grpcServiceIds', 'grpc_service_id'],
  ['a2aAgentIds', 'a2a_agent_id'],
] as const

/**
 * The names the figures of these entities are kept under: a tool's own name and those servers
 * expose it under, a server's id and the names it exposes its tools under, an upstream's name and
 * its tools' names, a gRPC service's or A2A agent's tools' names. (The `REST host` upstreams that
 * REST, gRPC and A2A tools call are shared by the tools of one host and are left out.)
 */
export async function figureNamesOf(
  db: Kysely<Database>,
  owners: FigureOwners,
): Promise<FigureNames> {
  const gatewayIds = owners.gatewayIds ?? []
  const serverIds = owners.serverIds ?? []
  const toolIds = [...(owners.toolIds ?? [])]
  const upstreams: string[] = []
  if (gatewayIds.length > 0)
    upstreams.push(
      ...(
        await db.selectFrom('gateways').select('name').where('id', 'in', gatewayIds).execute()
      ).map((row) => row.name),
    )
  for (const [key, column] of OWNER_COLUMNS) {
    const ids = owners[key] ?? []
    if (ids.length > 0)
      toolIds.push(
        ...(await db.selectFrom('tools').select('id').where(column, 'in', ids).execute()).map(
          (row) => row.id,
        ),
      )
  }
  const tools: string[] = []
  if (toolIds.length > 0)
    tools.push(
      ...(await db.selectFrom('tools').select('name').where('id', 'in', toolIds).execute()).map(
        (row) => row.name,
      ),
    )
  tools.push(...(await exposedToolNames(db, { toolIds, serverIds })))
  return { tools: [...new Set(tools)], servers: [...serverIds], upstreams: [...new Set(upstreams)] }
}
