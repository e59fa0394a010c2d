import { conflict, GatewayError, notFound } from '../errors.js'
import { newId } from '../ids.js'
import { grpcToolName, slugify } from '../names.js'
import {
  isGrpcTarget,
  type GrpcService,
  type GrpcServiceCreate,
  type GrpcServiceUpdate,
} from '../schemas/grpc-service.js'
import type { Tool } from '../schemas/tool.js'
import type { GrpcServiceRow } from '../store/database.js'
import { toTool } from './tool-service.js'
import { toJson } from '../store/json.js'
import { nowIso, type Actor, type ServiceContext, type Viewer } from './context.js'
import {
  grpcConnection,
  metadataOf,
  skippedReason,
  tlsOf,
  toGrpcService,
  type GrpcConnection,
  type GrpcDiscovered,
  type GrpcDiscoverer,
  type GrpcRefreshReport,
  type GrpcServiceRestore,
} from './grpc-connection.js'
import { syncGrpcTools } from './grpc-tools-sync.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { checkOutbound } from './outbound.js'
import { setRowEnabled } from './owned-ops.js'
import { forgettingDeparted } from './metrics-departures.js'
import { renamePrefixedTools } from './prefix-rename.js'
import { inTransaction } from './transaction.js'
import {
  found,
  guardUnique,
  invalidField,
  ownedColumnsForCreate,
  ownedColumnsForUpdate,
} from './write.js'
import { updateVersioned } from './versioned.js'

/**
 * gRPC services: registered by reflecting on them first, so that a target that cannot be
 * discovered leaves nothing behind; their methods are tools in the same transaction.
 */
export function createGrpcService(context: ServiceContext, discover?: GrpcDiscoverer) {
  const { db, dialect } = context.store
  const seal = (value: unknown) => context.sealer.seal(JSON.stringify(value))

  async function getRow(id: string): Promise<GrpcServiceRow> {
    return found(
      await db.selectFrom('grpc_services').selectAll().where('id', '=', id).executeTakeFirst(),
      'gRPC service',
      id,
    )
  }

  async function discoverWith(connection: GrpcConnection): Promise<GrpcDiscovered> {
    // callers that skip the schema, and rows stored before it checked ports, must not reach the URL check
    if (!isGrpcTarget(connection.target))
      throw invalidField('target', 'must be host:port with a port of 1-65535')
    if (!discover)
      throw new GatewayError('UNAVAILABLE', 'gRPC discovery is not configured in this process')
    await checkOutbound(context, `http://${connection.target}`)
    return discover(connection)
  }

  async function refreshRow(
    row: GrpcServiceRow,
    connection: GrpcConnection,
  ): Promise<GrpcRefreshReport> {
    let discovered: GrpcDiscovered
    try {
      discovered = await discoverWith(connection)
    } catch (error) {
      await db
        .updateTable('grpc_services')
        .set({
          status: 'unreachable',
          status_reason: error instanceof Error ? error.message : String(error),
        })
        .where('id', '=', row.id)
        .execute()
      context.events.emit([{ entity: 'grpc', id: row.id, op: 'updated' }])
      throw error
    }
    const { result: tools, changes } = await inTransaction(db, (trx) =>
      forgettingDeparted(trx, dialect, { grpcServiceIds: [row.id] }, async () => {
        const now = nowIso()
        await trx
          .updateTable('grpc_services')
          .set({
            services: toJson(discovered.services),
            descriptor_set: discovered.descriptorSet,
            status: 'active',
            status_reason: skippedReason(discovered),
            last_reflected_at: now,
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute()
        return syncGrpcTools(trx, row, discovered.tools, context.separator)
      }),
    )
    context.events.emit([{ entity: 'grpc', id: row.id, op: 'updated' }, ...changes])
    return { services: discovered.services, skipped: discovered.skipped, tools }
  }

  return {
    /** One page of gRPC services the viewer may see. */
    async list(query: ListQuery, viewer: Viewer): Promise<Page<GrpcService>> {
      const page = await listOwnedRows<GrpcServiceRow>(db, dialect, 'grpc_services', query, viewer)
      return {
        items: page.items.map((row) => toGrpcService(row, context)),
        nextCursor: page.nextCursor,
      }
    },

    /** The raw row (secrets sealed). */
    getRow,

    /** One gRPC service; 404 when missing or not visible. */
    async get(id: string, viewer: Viewer = { all: true }): Promise<GrpcService> {
      const row = await getRow(id)
      if (!canView(viewer, row)) throw notFound('gRPC service', id)
      return toGrpcService(row, context)
    },

    /** Reflects on the target, then saves the service and one tool per method in one transaction. */
    async create(input: GrpcServiceCreate, actor: Actor): Promise<GrpcService> {
      const slug = slugify(input.name)
      const clash = await db
        .selectFrom('grpc_services')
        .select('name')
        .where((eb) => eb.or([eb('name', '=', input.name), eb('slug', '=', slug)]))
        .executeTakeFirst()
      if (clash) throw conflict('gRPC service', 'name', clash.name)
      const tls = tlsOf(input)
      const metadata = metadataOf(input) ?? {}
      const discovered = await discoverWith({
        target: input.target,
        tls,
        metadata,
        timeoutMs: input.timeoutMs ?? null,
      })
      const now = nowIso()
      const row: GrpcServiceRow = {
        id: newId(),
        name: input.name,
        slug,
        description: input.description ?? null,
        target: input.target,
        tls_sealed: tls ? seal(tls) : null,
        metadata_sealed: Object.keys(metadata).length > 0 ? seal(metadata) : null,
        passthrough_headers: toJson(input.passthroughHeaders ?? []),
        timeout_ms: input.timeoutMs ?? null,
        services: toJson(discovered.services),
        descriptor_set: discovered.descriptorSet,
        status: 'active',
        status_reason: skippedReason(discovered),
        last_reflected_at: now,
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      await guardUnique(dialect, { kind: 'gRPC service', field: 'name', value: row.name }, () =>
        inTransaction(db, async (trx) => {
          await trx.insertInto('grpc_services').values(row).execute()
          await syncGrpcTools(trx, row, discovered.tools, context.separator)
        }),
      )
      context.events.emit([{ entity: 'grpc', id: row.id, op: 'created' }])
      return toGrpcService(row, context)
    },

    /**
     * Changes the given fields. New connection settings are tried by reflecting first; a rename
     * re-prefixes the tools that carry the old prefix.
     */
    async update(id: string, input: GrpcServiceUpdate): Promise<GrpcService> {
      const before = await getRow(id)
      const old = grpcConnection(before, context)
      const metadata = metadataOf(input)
      const connection: GrpcConnection = {
        target: input.target ?? old.target,
        tls: input.tls !== undefined || input.tlsEnabled !== undefined ? tlsOf(input) : old.tls,
        metadata: metadata ?? old.metadata,
        timeoutMs: input.timeoutMs === undefined ? old.timeoutMs : input.timeoutMs,
      }
      const reconnect =
        input.target !== undefined ||
        input.tls !== undefined ||
        input.tlsEnabled !== undefined ||
        metadata !== undefined
      const discovered = reconnect ? await discoverWith(connection) : undefined
      const slug = input.name === undefined ? before.slug : slugify(input.name)
      const changes = {
        ...(input.name !== undefined && { name: input.name, slug }),
        ...(input.description !== undefined && { description: input.description }),
        target: connection.target,
        tls_sealed: connection.tls ? seal(connection.tls) : null,
        metadata_sealed:
          Object.keys(connection.metadata).length > 0 ? seal(connection.metadata) : null,
        timeout_ms: connection.timeoutMs,
        ...(input.passthroughHeaders !== undefined && {
          passthrough_headers: toJson(input.passthroughHeaders),
        }),
        ...(discovered && {
          services: toJson(discovered.services),
          descriptor_set: discovered.descriptorSet,
          status: 'active',
          status_reason: skippedReason(discovered),
          last_reflected_at: nowIso(),
        }),
        ...(await ownedColumnsForUpdate(db, input, before)),
      }
      const { changes: departures } = await guardUnique(
        dialect,
        { kind: 'gRPC service', field: 'name', value: input.name ?? before.name },
        () =>
          inTransaction(db, (trx) =>
            forgettingDeparted(trx, dialect, { grpcServiceIds: [id] }, async () => {
              await updateVersioned(trx, 'grpc_services', id, changes, {
                kind: 'gRPC service',
                version: input.version,
              })
              if (slug !== before.slug)
                await renamePrefixedTools(
                  trx,
                  { column: 'grpc_service_id', id },
                  { from: before.slug, to: slug },
                  (prefix, name) => grpcToolName(prefix, name, context.separator),
                )
              if (discovered)
                await syncGrpcTools(trx, { ...before, slug }, discovered.tools, context.separator)
            }),
          ),
      )
      context.events.emit([{ entity: 'grpc', id, op: 'updated' }, ...departures])
      return toGrpcService(await getRow(id), context)
    },

    /** The tools that call the service's methods. */
    async tools(id: string): Promise<Tool[]> {
      const rows = await db
        .selectFrom('tools')
        .selectAll()
        .where('grpc_service_id', '=', id)
        .orderBy('original_name')
        .execute()
      return rows.map((row) => toTool(row, context))
    },

    /**
     * Writes a service from an import (a new one, or over `id`) with its tools, without reflecting:
     * the exported descriptors are what reflection found at the source.
     */
    async restore(
      id: string | undefined,
      input: GrpcServiceRestore,
      actor: Actor,
    ): Promise<string> {
      const now = nowIso()
      const row: GrpcServiceRow = {
        id: id ?? newId(),
        name: input.name,
        slug: slugify(input.name),
        description: input.description,
        target: input.target,
        tls_sealed: input.tls ? seal(input.tls) : null,
        metadata_sealed: Object.keys(input.metadata).length > 0 ? seal(input.metadata) : null,
        passthrough_headers: toJson(input.passthroughHeaders),
        timeout_ms: input.timeoutMs,
        services: toJson(input.services),
        descriptor_set: input.descriptorSet,
        status: 'active',
        status_reason: null,
        last_reflected_at: null,
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      const { changes: departures } = await guardUnique(
        dialect,
        { kind: 'gRPC service', field: 'name', value: row.name },
        () =>
          inTransaction(db, (trx) =>
            forgettingDeparted(
              trx,
              dialect,
              { grpcServiceIds: id === undefined ? [] : [id] },
              async () => {
                if (id === undefined) await trx.insertInto('grpc_services').values(row).execute()
                else {
                  const {
                    id: _,
                    created_at: __,
                    owner: ___,
                    ...changes
                  } = { ...row, updated_at: now }
                  await trx.updateTable('grpc_services').set(changes).where('id', '=', id).execute()
                }
                await syncGrpcTools(trx, row, input.tools, context.separator)
              },
            ),
          ),
      )
      context.events.emit([
        { entity: 'grpc', id: row.id, op: id === undefined ? 'created' : 'updated' },
        ...departures,
      ])
      return row.id
    },

    /** Reflects again and reports the services and the tools added, updated and removed. */
    async refresh(id: string): Promise<GrpcRefreshReport> {
      const row = await getRow(id)
      return refreshRow(row, grpcConnection(row, context))
    },

    /** Enables or disables a service (its tools leave the catalog while it is disabled). */
    async setEnabled(id: string, enabled: boolean): Promise<GrpcService> {
      await setRowEnabled(context, 'grpc_services', 'grpc', id, enabled)
      return toGrpcService(await getRow(id), context)
    },

    /** Deletes a service with its tools and their virtual-server memberships. */
    async remove(id: string): Promise<void> {
      await getRow(id)
      const { changes } = await inTransaction(db, (trx) =>
        forgettingDeparted(trx, dialect, { grpcServiceIds: [id] }, async () => {
          const tools = trx.selectFrom('tools').select('id').where('grpc_service_id', '=', id)
          await trx
            .deleteFrom('server_members')
            .where('kind', '=', 'tool')
            .where('member_id', 'in', tools)
            .execute()
          await trx.deleteFrom('tools').where('grpc_service_id', '=', id).execute()
          await trx.deleteFrom('grpc_services').where('id', '=', id).execute()
        }),
      )
      context.events.emit([{ entity: 'grpc', id, op: 'deleted' }, ...changes])
    },
  }
}

/** The gRPC service's interface. */
export type GrpcServiceRegistry = ReturnType<typeof createGrpcService>
