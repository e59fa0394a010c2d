import type { Kysely } from 'kysely'
import { conflict, notFound } from '../errors.js'
import { newId } from '../ids.js'
import { federatedName, slugify } from '../names.js'
import { maskAuth, type GatewayAuth } from '../schemas/common.js'
import {
  GatewayTargetSchema,
  type Gateway,
  type GatewayCreate,
  type GatewayStatus,
  type GatewayTransport,
  type GatewayUpdate,
} from '../schemas/gateway.js'
import type { Database, GatewayRow } from '../store/database.js'
import { fromFlag, fromJson, toJson } from '../store/json.js'
import { nowIso, type Actor, type ServiceContext, type Viewer } from './context.js'
import { listTransitions, noteTransition, type GatewayTransition } from './gateway-transitions.js'
import { keptEnv } from './kept-env.js'
import { forgettingDeparted } from './metrics-departures.js'
import { checkRegistration } from './registration.js'
import { inTransaction } from './transaction.js'
import { renamePrefixedTools } from './prefix-rename.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { checkOutbound } from './outbound.js'
import { setRowEnabled } from './owned-ops.js'
import { validated } from './validated.js'
import { found, guardUnique, ownedColumnsForCreate, ownedColumnsForUpdate } from './write.js'
import { updateVersioned } from './versioned.js'

/** Opens a row's sealed credentials. */
export function gatewayAuth(row: GatewayRow, context: ServiceContext): GatewayAuth {
  return row.auth_sealed
    ? (JSON.parse(context.sealer.open(row.auth_sealed)) as GatewayAuth)
    : { type: 'none' }
}

/** Opens a row's sealed environment for a stdio upstream. */
export function gatewayEnv(row: GatewayRow, context: ServiceContext): Record<string, string> {
  return row.env_sealed
    ? (JSON.parse(context.sealer.open(row.env_sealed)) as Record<string, string>)
    : {}
}

/** A gateway row as the API shows it. */
export function toGateway(row: GatewayRow, context: ServiceContext): Gateway {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    url: row.url,
    transport: row.transport as GatewayTransport,
    command: row.command,
    args: fromJson(row.args, []),
    envKeys: Object.keys(gatewayEnv(row, context)),
    cwd: row.cwd,
    auth: maskAuth(gatewayAuth(row, context)),
    passthroughHeaders: fromJson(row.passthrough_headers, []),
    status: row.status as GatewayStatus,
    statusReason: row.status_reason,
    lastSeenAt: row.last_seen_at,
    capabilities: fromJson(row.capabilities, {}),
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as Gateway['visibility'],
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  }
}

function sealJson(context: ServiceContext, value: unknown): string {
  return context.sealer.seal(JSON.stringify(value))
}

/** Upstream MCP servers: saved at once as `pending`; discovery moves them on. */
export function createGatewayService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<GatewayRow> {
    return found(
      await db.selectFrom('gateways').selectAll().where('id', '=', id).executeTakeFirst(),
      'gateway',
      id,
    )
  }

  return {
    /** One page of gateways the viewer may see. */
    async list(query: ListQuery, viewer: Viewer): Promise<Page<Gateway>> {
      const page = await listOwnedRows<GatewayRow>(db, dialect, 'gateways', query, viewer)
      return {
        items: page.items.map((row) => toGateway(row, context)),
        nextCursor: page.nextCursor,
      }
    },

    /** The raw row (credentials sealed), for services and exports. */
    getRow,

    /** One gateway; 404 when missing or not visible. */
    async get(id: string, viewer: Viewer = { all: true }): Promise<Gateway> {
      const row = await getRow(id)
      if (!canView(viewer, row)) throw notFound('gateway', id)
      return toGateway(row, context)
    },

    /** Saves an upstream with status `pending`. */
    async create(input: GatewayCreate, actor: Actor): Promise<Gateway> {
      await checkRegistration(context, 'gateway', null, input, actor)
      await checkOutbound(context, input.url)
      const transport = input.transport ?? (input.command ? 'stdio' : 'streamablehttp')
      const row: GatewayRow = {
        id: newId(),
        name: input.name,
        slug: slugify(input.name),
        description: input.description ?? null,
        url: transport === 'stdio' ? null : (input.url ?? null),
        transport,
        command: transport === 'stdio' ? (input.command ?? null) : null,
        args: toJson(input.args ?? []),
        env_sealed:
          input.env && Object.keys(input.env).length > 0 ? sealJson(context, input.env) : null,
        cwd: input.cwd ?? null,
        auth_sealed:
          input.auth && input.auth.type !== 'none' ? sealJson(context, input.auth) : null,
        passthrough_headers: toJson(input.passthroughHeaders ?? []),
        status: 'pending',
        status_reason: null,
        last_seen_at: null,
        capabilities: toJson({}),
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      const clash = await db
        .selectFrom('gateways')
        .select('name')
        .where((eb) => eb.or([eb('name', '=', row.name), eb('slug', '=', row.slug)]))
        .executeTakeFirst()
      if (clash) throw conflict('gateway', 'name', clash.name)
      await guardUnique(dialect, { kind: 'gateway', field: 'name', value: row.name }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('gateways').values(row).execute()
          await noteTransition(trx, row.id)
        }),
      )
      context.events.emit([{ entity: 'gateway', id: row.id, op: 'created' }])
      return toGateway(row, context)
    },

    /**
     * Changes the given fields; a rename re-prefixes members that carry the old prefix, and an
     * environment value sent masked keeps the stored one.
     */
    async update(id: string, input: GatewayUpdate, actor?: Actor): Promise<Gateway> {
      await checkRegistration(context, 'gateway', id, input, actor)
      await checkOutbound(context, input.url)
      const before = await getRow(id)
      const transport = input.transport ?? (before.transport as GatewayTransport)
      const env = input.env && keptEnv(input.env, gatewayEnv(before, context))
      validated(GatewayTargetSchema, {
        transport,
        url: input.url === undefined ? before.url : input.url,
        command: input.command === undefined ? before.command : input.command,
        // the size of argv and environment together, when either changes
        ...((input.args !== undefined || env !== undefined) && {
          args: input.args ?? fromJson(before.args, []),
          env: env ?? gatewayEnv(before, context),
        }),
      })
      const slug = input.name === undefined ? before.slug : slugify(input.name)
      const changes = {
        ...(input.name !== undefined && { name: input.name, slug }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.url !== undefined && { url: input.url }),
        ...(input.transport !== undefined && { transport }),
        ...(input.command !== undefined && { command: input.command }),
        ...(input.args !== undefined && { args: toJson(input.args) }),
        ...(env !== undefined && {
          env_sealed: Object.keys(env).length > 0 ? sealJson(context, env) : null,
        }),
        ...(input.cwd !== undefined && { cwd: input.cwd }),
        ...(input.auth !== undefined && {
          auth_sealed: input.auth.type === 'none' ? null : sealJson(context, input.auth),
        }),
        ...(input.passthroughHeaders !== undefined && {
          passthrough_headers: toJson(input.passthroughHeaders),
        }),
        ...(await ownedColumnsForUpdate(db, input, before)),
      }
      const { changes: departures } = await guardUnique(
        dialect,
        { kind: 'gateway', field: 'name', value: input.name ?? before.name },
        () =>
          inTransaction(db, (trx) =>
            forgettingDeparted(
              trx,
              dialect,
              input.name === undefined ? {} : { gatewayIds: [id] },
              async () => {
                await updateVersioned(trx, 'gateways', id, changes, {
                  kind: 'gateway',
                  version: input.version,
                })
                if (slug !== before.slug)
                  await renamePrefixedTools(
                    trx,
                    { column: 'gateway_id', id },
                    { from: before.slug, to: slug },
                    (prefix, name) => federatedName(prefix, name, context.separator),
                  )
              },
            ),
          ),
      )
      context.events.emit([{ entity: 'gateway', id, op: 'updated' }, ...departures])
      return toGateway(await getRow(id), context)
    },

    /** Enables or disables an upstream (its members leave the catalog while it is disabled). */
    async setEnabled(id: string, enabled: boolean): Promise<Gateway> {
      await setRowEnabled(context, 'gateways', 'gateway', id, enabled, (trx) =>
        noteTransition(trx, id),
      )
      return toGateway(await getRow(id), context)
    },

    /** An upstream's state changes (status, or `disabled`), oldest first; the last 100 are kept. */
    async transitions(id: string, viewer: Viewer = { all: true }): Promise<GatewayTransition[]> {
      const row = await getRow(id)
      if (!canView(viewer, row)) throw notFound('gateway', id)
      return listTransitions(db, id)
    },

    /** Records what discovery found: status, reason, capabilities (and the change of state, if any). */
    async setStatus(
      id: string,
      status: GatewayStatus,
      details: { reason?: string | null; capabilities?: Record<string, unknown> } = {},
    ): Promise<void> {
      await inTransaction(db, async (trx) => {
        await trx
          .updateTable('gateways')
          .set({
            status,
            status_reason: details.reason ?? null,
            ...(status === 'active' && { last_seen_at: nowIso() }),
            ...(details.capabilities !== undefined && {
              capabilities: toJson(details.capabilities),
            }),
          })
          .where('id', '=', id)
          .execute()
        await noteTransition(trx, id)
      })
      context.events.emit([{ entity: 'gateway', id, op: 'updated' }])
    },

    /** Deletes an upstream with its tools, resources and prompts, and their server memberships. */
    async remove(id: string): Promise<void> {
      await getRow(id)
      const { changes } = await inTransaction(db, (trx) =>
        forgettingDeparted(trx, dialect, { gatewayIds: [id] }, () => deleteGateway(trx, id)),
      )
      context.events.emit([{ entity: 'gateway', id, op: 'deleted' }, ...changes])
    },
  }
}

/** Deletes an upstream's row with its members' server memberships (its members go with it). */
async function deleteGateway(trx: Kysely<Database>, id: string): Promise<void> {
  for (const [kind, table] of [
    ['tool', 'tools'],
    ['resource', 'resources'],
    ['prompt', 'prompts'],
  ] as const) {
    await trx
      .deleteFrom('server_members')
      .where('kind', '=', kind)
      .where('member_id', 'in', trx.selectFrom(table).select('id').where('gateway_id', '=', id))
      .execute()
  }
  await trx.deleteFrom('gateways').where('id', '=', id).execute()
}

/** The gateway service's interface. */
export type GatewayService = ReturnType<typeof createGatewayService>
