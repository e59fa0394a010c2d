import type { Kysely } from 'kysely'
import { conflict, notFound } from '../errors.js'
import { newId } from '../ids.js'
import { slugify } from '../names.js'
import type {
  A2aAgent,
  A2aAgentCreate,
  A2aAgentDiscovery,
  A2aAgentUpdate,
} from '../schemas/a2a-agent.js'
import { maskAuth, type UpstreamAuth } from '../schemas/common.js'
import type { A2aAgentRow, Database, ToolRow } from '../store/database.js'
import { fromFlag, fromJson, toFlag, toJson } from '../store/json.js'
import { nowIso, type Actor, type ServiceContext, type Viewer } from './context.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { checkOutbound } from './outbound.js'
import { forgettingDeparted } from './metrics-departures.js'
import { inTransaction } from './transaction.js'
import { found, guardUnique, ownedColumnsForCreate, ownedColumnsForUpdate } from './write.js'
import { nextVersion, updateVersioned } from './versioned.js'

type ToolRef = { id: string; name: string }

/** Opens an agent row's sealed credentials. */
export function a2aAgentAuth(row: A2aAgentRow, context: ServiceContext): UpstreamAuth {
  return row.auth_sealed
    ? (JSON.parse(context.sealer.open(row.auth_sealed)) as UpstreamAuth)
    : { type: 'none' }
}

/** An agent row as the API shows it. */
export function toA2aAgent(
  row: A2aAgentRow,
  context: ServiceContext,
  tool: ToolRef | undefined,
): A2aAgent {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    url: row.url,
    endpointUrl: row.endpoint_url,
    protocolBinding: row.protocol_binding,
    protocolVersion: row.protocol_version,
    streaming: fromFlag(row.streaming),
    card: fromJson(row.card, {}),
    auth: maskAuth(a2aAgentAuth(row, context)),
    lastSeenAt: row.last_seen_at,
    toolId: tool?.id ?? null,
    toolName: tool?.name ?? null,
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as A2aAgent['visibility'],
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** Columns an agent takes from what discovery found. */
function discoveredColumns(found: A2aAgentDiscovery) {
  return {
    endpoint_url: found.endpointUrl,
    protocol_binding: found.protocolBinding,
    protocol_version: found.protocolVersion,
    streaming: toFlag(found.streaming),
    card: toJson(found.card),
    last_seen_at: nowIso(),
  }
}

/**
 * A2A agents. Registering one stores it with its card and, in the same transaction, the `A2A` tool
 * it is exposed as (named by the agent's slug); disabling or deleting it does the same to its tool.
 * Reading the card is the caller's job (core does not speak A2A): it hands the result in.
 */
export function createA2aService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<A2aAgentRow> {
    return found(
      await db.selectFrom('a2a_agents').selectAll().where('id', '=', id).executeTakeFirst(),
      'a2a agent',
      id,
    )
  }

  async function toolsOf(ids: readonly string[]): Promise<Map<string, ToolRef>> {
    if (ids.length === 0) return new Map()
    const rows = await db
      .selectFrom('tools')
      .select(['id', 'name', 'a2a_agent_id'])
      .where('a2a_agent_id', 'in', [...ids])
      .execute()
    return new Map(rows.map((r) => [r.a2a_agent_id ?? '', { id: r.id, name: r.name }]))
  }

  async function show(row: A2aAgentRow): Promise<A2aAgent> {
    return toA2aAgent(row, context, (await toolsOf([row.id])).get(row.id))
  }

  async function clash(name: string, slug: string, except?: string): Promise<void> {
    let qb = db
      .selectFrom('a2a_agents')
      .select('name')
      .where((eb) => eb.or([eb('name', '=', name), eb('slug', '=', slug)]))
    if (except) qb = qb.where('id', '!=', except)
    const other = await qb.executeTakeFirst()
    if (other) throw conflict('a2a agent', 'name', other.name)
  }

  async function toolClash(name: string, except?: string): Promise<void> {
    let qb = db.selectFrom('tools').select('name').where('name', '=', name)
    if (except)
      qb = qb.where((eb) =>
        eb.or([eb('a2a_agent_id', 'is', null), eb('a2a_agent_id', '!=', except)]),
      )
    if (await qb.executeTakeFirst()) throw conflict('tool', 'name', name)
  }

  async function setToolsEnabled(trx: Kysely<Database>, id: string, enabled: boolean) {
    return trx
      .updateTable('tools')
      .set({ enabled: toFlag(enabled), updated_at: nowIso(), version: nextVersion })
      .where('a2a_agent_id', '=', id)
      .returning('id')
      .execute()
  }

  return {
    /** One page of agents the viewer may see. */
    async list(query: ListQuery, viewer: Viewer): Promise<Page<A2aAgent>> {
      const page = await listOwnedRows<A2aAgentRow>(db, dialect, 'a2a_agents', query, viewer)
      const tools = await toolsOf(page.items.map((row) => row.id))
      return {
        items: page.items.map((row) => toA2aAgent(row, context, tools.get(row.id))),
        nextCursor: page.nextCursor,
      }
    },

    /** The raw row (credentials sealed). */
    getRow,

    /** The agent's credentials, opened (to read its card again). */
    async credentials(id: string): Promise<UpstreamAuth> {
      return a2aAgentAuth(await getRow(id), context)
    },

    /** One agent by id, or else by name or slug; 404 when missing or not visible. */
    async get(key: string, viewer: Viewer = { all: true }): Promise<A2aAgent> {
      const row = await db
        .selectFrom('a2a_agents')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', key), eb('name', '=', key), eb('slug', '=', key)]))
        .orderBy('id')
        .executeTakeFirst()
      if (!row || !canView(viewer, row)) throw notFound('a2a agent', key)
      return show(row)
    },

    /** Stores an agent whose card was read, and its tool, in one transaction. */
    async create(
      input: A2aAgentCreate,
      actor: Actor,
      discovered: A2aAgentDiscovery,
    ): Promise<A2aAgent> {
      const url = input.url ?? input.endpointUrl ?? ''
      await checkOutbound(context, url, input.auth)
      await checkOutbound(context, discovered.endpointUrl)
      const name = input.name ?? discovered.name
      const slug = slugify(name)
      await clash(name, slug)
      await toolClash(slug)
      const owned = await ownedColumnsForCreate(db, input, actor)
      const row: A2aAgentRow = {
        id: newId(),
        name,
        slug,
        description: input.description ?? discovered.description,
        url,
        auth_sealed:
          input.auth && input.auth.type !== 'none'
            ? context.sealer.seal(JSON.stringify(input.auth))
            : null,
        enabled: 1,
        ...discoveredColumns(discovered),
        ...owned,
      }
      const tool: ToolRow = {
        id: newId(),
        name: slug,
        original_name: slug,
        display_name: name,
        description: row.description,
        integration_type: 'A2A',
        request_type: null,
        url: discovered.endpointUrl,
        gateway_id: null,
        grpc_service_id: null,
        a2a_agent_id: row.id,
        mcp_extras: null,
        headers: toJson({}),
        auth_sealed: null,
        input_schema: toJson(discovered.inputSchema),
        output_schema: null,
        annotations: toJson({ title: name, openWorldHint: true }),
        integration_config: toJson({}),
        timeout_ms: null,
        rate_limit: null,
        max_concurrency: null,
        enabled: 1,
        ...owned,
      }
      await guardUnique(dialect, { kind: 'a2a agent', field: 'name', value: name }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('a2a_agents').values(row).execute()
          await trx.insertInto('tools').values(tool).execute()
        }),
      )
      context.events.emit([
        { entity: 'a2a', id: row.id, op: 'created' },
        { entity: 'tool', id: tool.id, op: 'created' },
      ])
      return toA2aAgent(row, context, tool)
    },

    /** Changes the given fields (and what a re-read card found); the tool follows in the same transaction. */
    async update(
      id: string,
      input: A2aAgentUpdate,
      discovered?: A2aAgentDiscovery,
    ): Promise<A2aAgent> {
      const before = await getRow(id)
      const url = input.url ?? input.endpointUrl
      await checkOutbound(context, url, input.auth)
      if (discovered) await checkOutbound(context, discovered.endpointUrl)
      const name = input.name ?? before.name
      const slug = slugify(name)
      if (input.name !== undefined) {
        await clash(name, slug, id)
        await toolClash(slug, id)
      }
      const description = input.description === undefined ? before.description : input.description
      const ownedChanges = await ownedColumnsForUpdate(db, input, before)
      const changes = {
        ...(input.name !== undefined && { name, slug }),
        ...(input.description !== undefined && { description }),
        ...(url !== undefined && { url }),
        ...(input.auth !== undefined && {
          auth_sealed:
            input.auth.type === 'none' ? null : context.sealer.seal(JSON.stringify(input.auth)),
        }),
        ...(discovered && discoveredColumns(discovered)),
        ...ownedChanges,
      }
      const { result: toolIds, changes: departures } = await guardUnique(
        dialect,
        { kind: 'a2a agent', field: 'name', value: name },
        () =>
          inTransaction(db, (trx) =>
            forgettingDeparted(
              trx,
              dialect,
              input.name === undefined ? {} : { a2aAgentIds: [id] },
              async () => {
                await updateVersioned(trx, 'a2a_agents', id, changes, {
                  kind: 'a2a agent',
                  version: input.version,
                })
                const tools = await trx
                  .selectFrom('tools')
                  .select(['id', 'name'])
                  .where('a2a_agent_id', '=', id)
                  .execute()
                for (const tool of tools) {
                  await trx
                    .updateTable('tools')
                    .set({
                      // A custom tool name stays; one still carrying the old slug follows the rename.
                      ...(tool.name === before.slug && { name: slug, original_name: slug }),
                      display_name: name,
                      description,
                      ...(discovered && {
                        url: discovered.endpointUrl,
                        input_schema: toJson(discovered.inputSchema),
                      }),
                      ...ownedChanges,
                    })
                    .where('id', '=', tool.id)
                    .execute()
                }
                return tools.map((tool) => tool.id)
              },
            ),
          ),
      )
      context.events.emit([
        { entity: 'a2a', id, op: 'updated' },
        ...toolIds.map((toolId) => ({
          entity: 'tool' as const,
          id: toolId,
          op: 'updated' as const,
        })),
        ...departures,
      ])
      return show(await getRow(id))
    },

    /** Enables or disables an agent and its tool together. */
    async setEnabled(id: string, enabled: boolean): Promise<A2aAgent> {
      await getRow(id)
      const tools = await inTransaction(db, async (trx) => {
        await trx
          .updateTable('a2a_agents')
          .set({ enabled: toFlag(enabled), updated_at: nowIso(), version: nextVersion })
          .where('id', '=', id)
          .execute()
        return setToolsEnabled(trx, id, enabled)
      })
      context.events.emit([
        { entity: 'a2a', id, op: 'updated' },
        ...tools.map((tool) => ({ entity: 'tool' as const, id: tool.id, op: 'updated' as const })),
      ])
      return show(await getRow(id))
    },

    /** Deletes an agent with its tool and the tool's virtual-server memberships. */
    async remove(id: string): Promise<void> {
      await getRow(id)
      const { result: tools, changes } = await inTransaction(db, (trx) =>
        forgettingDeparted(trx, dialect, { a2aAgentIds: [id] }, async () => {
          const owned = await trx
            .selectFrom('tools')
            .select('id')
            .where('a2a_agent_id', '=', id)
            .execute()
          await trx
            .deleteFrom('server_members')
            .where('kind', '=', 'tool')
            .where(
              'member_id',
              'in',
              trx.selectFrom('tools').select('id').where('a2a_agent_id', '=', id),
            )
            .execute()
          await trx.deleteFrom('tools').where('a2a_agent_id', '=', id).execute()
          await trx.deleteFrom('a2a_agents').where('id', '=', id).execute()
          return owned
        }),
      )
      context.events.emit([
        { entity: 'a2a', id, op: 'deleted' },
        ...tools.map((tool) => ({ entity: 'tool' as const, id: tool.id, op: 'deleted' as const })),
        ...changes,
      ])
    },
  }
}

/** The A2A agent service's interface. */
export type A2aService = ReturnType<typeof createA2aService>
