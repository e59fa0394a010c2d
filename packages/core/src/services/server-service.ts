import { notFound } from '../errors.js'
import { newId } from '../ids.js'
import type { Server, ServerCreate, ServerUpdate } from '../schemas/server.js'
import type { ServerOAuth } from '../schemas/server-oauth.js'
import type { Tool } from '../schemas/tool.js'
import type {
  PromptRow,
  ResourceRow,
  ServerMemberRow,
  ServerRow,
  ToolRow,
} from '../store/database.js'
import type { RateLimit } from '../schemas/common.js'
import { fromFlag, fromJson, toJson } from '../store/json.js'
import type { Actor, ServiceContext, Viewer } from './context.js'
import { checkRegistration } from './registration.js'
import { checkAgentKeys } from './server-agents.js'
import { forgettingDeparted } from './metrics-departures.js'
import { inTransaction } from './transaction.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { setRowEnabled } from './owned-ops.js'
import {
  givenMembers,
  planMembers,
  resolveMembers,
  writeMembers,
  type MemberKind,
} from './server-members.js'
import { toPrompt } from './prompt-service.js'
import { toResource } from './resource-service.js'
import { toTool } from './tool-service.js'
import {
  found,
  guardUnique,
  invalidField,
  ownedColumnsForCreate,
  ownedColumnsForUpdate,
} from './write.js'
import { updateVersioned } from './versioned.js'
import { limitKeys } from '../limits/rate-limiter.js'
import { rateLimitUpdated } from './limit-change.js'

/**
 * A 422 for OAuth on a server that is not public: its token holders see only public members, and its
 * metadata would name it to anyone. `field` is the one the write changed.
 */
function assertOAuthPublic(
  oauth: ServerOAuth | null | undefined,
  visibility: string,
  field: 'oauth' | 'visibility',
): void {
  if (!oauth?.enabled || visibility === 'public') return
  throw invalidField(
    field,
    field === 'oauth'
      ? `cannot be enabled on a ${visibility} server: OAuth 2.1 needs a public one (make it public or leave OAuth off)`
      : `must be public while OAuth 2.1 is enabled, not '${visibility}' (turn OAuth off first)`,
  )
}

/** A server row and its member rows as the API shows them. */
export function toServer(row: ServerRow, members: readonly ServerMemberRow[]): Server {
  const of = (kind: MemberKind) =>
    members.filter((m) => m.kind === kind).sort((a, b) => a.position - b.position)
  const overrides = (kind: MemberKind) =>
    of(kind)
      .filter((m) => m.custom_name !== null || m.custom_description !== null)
      .map((m) => ({ id: m.member_id, name: m.custom_name, description: m.custom_description }))
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    instructions: row.instructions,
    icon: row.icon,
    icons: fromJson(row.icons, []),
    associatedTools: of('tool').map((m) => m.member_id),
    associatedResources: of('resource').map((m) => m.member_id),
    associatedPrompts: of('prompt').map((m) => m.member_id),
    associatedA2aAgents: fromJson(row.a2a_agents, []),
    toolOverrides: overrides('tool'),
    resourceOverrides: overrides('resource'),
    promptOverrides: overrides('prompt'),
    nameStrategy: row.name_strategy as Server['nameStrategy'],
    rateLimit: fromJson(row.rate_limit, null),
    oauth: fromJson(row.oauth, null),
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as Server['visibility'],
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** Virtual servers: named bundles of tools, resources and prompts, with renames and overrides. */
export function createServerService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<ServerRow> {
    return found(
      await db.selectFrom('servers').selectAll().where('id', '=', id).executeTakeFirst(),
      'server',
      id,
    )
  }

  async function memberRows(serverIds: readonly string[]): Promise<ServerMemberRow[]> {
    if (serverIds.length === 0) return []
    return db
      .selectFrom('server_members')
      .selectAll()
      .where('server_id', 'in', [...serverIds])
      .execute()
  }

  /**
   * A server's members of one kind that the viewer may see, as entities renamed the way the server
   * exposes them.
   */
  async function exposed<T extends { id: string; name: string; description: string | null }>(
    id: string,
    viewer: Viewer,
    kind: MemberKind,
    table: 'tools' | 'resources' | 'prompts',
    toEntity: (row: ToolRow) => T,
  ): Promise<T[]> {
    const server = await get(id, viewer)
    const members = await memberRows([id])
    const ids = members.filter((m) => m.kind === kind).map((m) => m.member_id)
    const rows = await db
      .selectFrom(table as 'tools')
      .selectAll()
      .where('id', 'in', ['', ...ids])
      .execute()
    const pool = new Map(
      rows.filter((row) => canView(viewer, row)).map((row) => [row.id, toEntity(row)]),
    )
    return resolveMembers(members, kind, pool, server.nameStrategy).map(
      ({ name, description, entity }) => ({
        ...entity,
        name,
        description,
      }),
    )
  }

  async function get(id: string, viewer: Viewer = { all: true }): Promise<Server> {
    const row = await getRow(id)
    if (!canView(viewer, row)) throw notFound('server', id)
    return toServer(row, await memberRows([id]))
  }

  return {
    /** One page of virtual servers the viewer may see. */
    async list(query: ListQuery, viewer: Viewer): Promise<Page<Server>> {
      const page = await listOwnedRows<ServerRow>(db, dialect, 'servers', query, viewer)
      const members = await memberRows(page.items.map((s) => s.id))
      return {
        items: page.items.map((row) =>
          toServer(
            row,
            members.filter((m) => m.server_id === row.id),
          ),
        ),
        nextCursor: page.nextCursor,
      }
    },

    get,

    /** Creates a virtual server and its memberships in one transaction. */
    async create(input: ServerCreate, actor: Actor): Promise<Server> {
      await checkRegistration(context, 'server', null, input, actor)
      const row: ServerRow = {
        id: newId(),
        name: input.name,
        description: input.description ?? null,
        instructions: input.instructions ?? null,
        icon: input.icon ?? null,
        icons: toJson(input.icons ?? []),
        name_strategy: input.nameStrategy ?? 'prefixed',
        a2a_agents: toJson(input.associatedA2aAgents ?? []),
        rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
        oauth: input.oauth ? toJson(input.oauth) : null,
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      assertOAuthPublic(input.oauth, row.visibility, 'oauth')
      await checkAgentKeys(db, input.associatedA2aAgents ?? [], [], actor.viewer)
      const given = givenMembers(input)
      const members = await planMembers(db, row.id, row.name_strategy, given, [], actor.viewer)
      await guardUnique(dialect, { kind: 'server', field: 'name', value: row.name }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('servers').values(row).execute()
          await writeMembers(trx, row.id, members)
        }),
      )
      context.events.emit([{ entity: 'server', id: row.id, op: 'created' }])
      return toServer(row, members)
    },

    /** Changes the given fields; a given member list replaces that kind of member whole. */
    async update(id: string, input: ServerUpdate, actor?: Actor): Promise<Server> {
      await checkRegistration(context, 'server', id, input, actor)
      const before = await getRow(id)
      if (input.oauth !== undefined || input.visibility !== undefined)
        assertOAuthPublic(
          input.oauth === undefined
            ? fromJson<ServerOAuth | null>(before.oauth, null)
            : input.oauth,
          input.visibility ?? before.visibility,
          input.oauth === undefined ? 'visibility' : 'oauth',
        )
      const strategy = input.nameStrategy ?? before.name_strategy
      if (input.associatedA2aAgents !== undefined) {
        const stored = fromJson<string[]>(before.a2a_agents, [])
        await checkAgentKeys(db, input.associatedA2aAgents, stored, actor?.viewer)
      }
      const given = givenMembers(input)
      const members = await planMembers(
        db,
        id,
        strategy,
        given,
        await memberRows([id]),
        actor?.viewer,
      )
      const changes = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.instructions !== undefined && { instructions: input.instructions }),
        ...(input.icon !== undefined && { icon: input.icon }),
        ...(input.icons !== undefined && { icons: toJson(input.icons) }),
        ...(input.nameStrategy !== undefined && { name_strategy: input.nameStrategy }),
        ...(input.associatedA2aAgents !== undefined && {
          a2a_agents: toJson(input.associatedA2aAgents),
        }),
        ...(input.rateLimit !== undefined && {
          rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
        }),
        ...(input.oauth !== undefined && { oauth: input.oauth ? toJson(input.oauth) : null }),
        ...(await ownedColumnsForUpdate(db, input, before)),
      }
      const { changes: departures } = await guardUnique(
        dialect,
        { kind: 'server', field: 'name', value: input.name ?? before.name },
        () =>
          inTransaction(db, (trx) =>
            // the names it exposes tools under may go (a member dropped or renamed)
            forgettingDeparted(trx, dialect, { serverIds: [id] }, async () => {
              await updateVersioned(trx, 'servers', id, changes, {
                kind: 'server',
                version: input.version,
              })
              await writeMembers(trx, id, members)
            }),
          ),
      )
      context.events.emit([{ entity: 'server', id, op: 'updated' }, ...departures])
      const limitBefore = fromJson<RateLimit | null>(before.rate_limit, null)
      await rateLimitUpdated(context, limitKeys.server(id), limitBefore, input.rateLimit)
      return get(id)
    },

    /** Enables or disables a virtual server. */
    async setEnabled(id: string, enabled: boolean): Promise<Server> {
      await setRowEnabled(context, 'servers', 'server', id, enabled)
      return get(id)
    },

    /** Deletes a virtual server (its memberships go with it). */
    async remove(id: string): Promise<void> {
      await getRow(id)
      const { changes } = await inTransaction(db, (trx) =>
        forgettingDeparted(trx, dialect, { serverIds: [id] }, async () => {
          await trx.deleteFrom('servers').where('id', '=', id).execute()
        }),
      )
      context.events.emit([{ entity: 'server', id, op: 'deleted' }, ...changes])
    },

    /**
     * The server's tools as its clients see them: renames and description overrides applied, then
     * the tools of its `associatedA2aAgents` (by agent id, name or slug) that are not members; of
     * both, those the viewer may see.
     */
    async tools(id: string, viewer: Viewer = { all: true }): Promise<Tool[]> {
      const members = await exposed(id, viewer, 'tool', 'tools', (row) => toTool(row, context))
      const keys = fromJson<string[]>((await getRow(id)).a2a_agents, [])
      if (keys.length === 0) return members
      const agentTools = await db
        .selectFrom('tools')
        .innerJoin('a2a_agents', 'a2a_agents.id', 'tools.a2a_agent_id')
        .selectAll('tools')
        .where((eb) =>
          eb.or([
            eb('a2a_agents.id', 'in', keys),
            eb('a2a_agents.name', 'in', keys),
            eb('a2a_agents.slug', 'in', keys),
          ]),
        )
        .orderBy('a2a_agents.name')
        .execute()
      const ids = new Set(members.map((tool) => tool.id))
      return [
        ...members,
        ...agentTools
          .filter((row) => !ids.has(row.id) && canView(viewer, row))
          .map((row) => toTool(row, context)),
      ]
    },

    /** The server's resources (URIs pass through unchanged). */
    resources: (id: string, viewer: Viewer = { all: true }) =>
      exposed(id, viewer, 'resource', 'resources', (row) =>
        toResource(row as unknown as ResourceRow),
      ),

    /** The server's prompts with renames applied. */
    prompts: (id: string, viewer: Viewer = { all: true }) =>
      exposed(id, viewer, 'prompt', 'prompts', (row) => toPrompt(row as unknown as PromptRow)),
  }
}

/** The virtual server service's interface. */
export type ServerService = ReturnType<typeof createServerService>
