import { notFound } from '../errors.js'
import { newId } from '../ids.js'
import { maskAuth, type RateLimit, type ToolAuth } from '../schemas/common.js'
import {
  ToolIntegrationSchema,
  type IntegrationType,
  type Tool,
  type ToolCreate,
  type ToolUpdate,
} from '../schemas/tool.js'
import type { FederatedFields } from '../schemas/member-extras.js'
import type { ToolRow } from '../store/database.js'
import { toNullableJson, fromFlag, fromJson, toJson } from '../store/json.js'
import { type Actor, type ServiceContext, type Viewer } from './context.js'
import { checkRegistration } from './registration.js'
import { canView, listOwnedRows, type ListQuery, type Page } from './list-query.js'
import { exposedMemberName } from './member-name.js'
import { removeMember, setRowEnabled } from './owned-ops.js'
import { checkOutbound } from './outbound.js'
import { validated } from './validated.js'
import { found, guardUnique, ownedColumnsForCreate, ownedColumnsForUpdate } from './write.js'
import { updateVersioned } from './versioned.js'
import { forgettingDeparted } from './metrics-departures.js'
import { inTransaction } from './transaction.js'
import { limitKeys } from '../limits/rate-limiter.js'
import { rateLimitUpdated } from './limit-change.js'

const DEFAULT_INPUT_SCHEMA = { type: 'object', properties: {} }

/** Opens a tool row's sealed credentials. */
export function toolAuth(row: ToolRow, context: ServiceContext): ToolAuth {
  return row.auth_sealed
    ? (JSON.parse(context.sealer.open(row.auth_sealed)) as ToolAuth)
    : { type: 'none' }
}

/** A tool row as the API shows it. */
export function toTool(row: ToolRow, context: ServiceContext): Tool {
  return {
    id: row.id,
    name: row.name,
    originalName: row.original_name,
    displayName: row.display_name,
    description: row.description,
    integrationType: row.integration_type as IntegrationType,
    requestType: row.request_type,
    url: row.url,
    gatewayId: row.gateway_id,
    grpcServiceId: row.grpc_service_id,
    a2aAgentId: row.a2a_agent_id,
    headers: fromJson(row.headers, {}),
    auth: maskAuth(toolAuth(row, context)),
    inputSchema: fromJson(row.input_schema, DEFAULT_INPUT_SCHEMA),
    outputSchema: fromJson(row.output_schema, null),
    annotations: fromJson(row.annotations, {}),
    integrationConfig: fromJson(row.integration_config, {}),
    timeoutMs: row.timeout_ms,
    rateLimit: fromJson(row.rate_limit, null),
    maxConcurrency: row.max_concurrency,
    mcpExtras: fromJson(row.mcp_extras, null),
    tags: fromJson(row.tags, []),
    enabled: fromFlag(row.enabled),
    owner: row.owner,
    team: row.team,
    visibility: row.visibility as Tool['visibility'],
    createdAt: row.created_at,
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** Tools of every integration type: MCP (from an upstream), REST, gRPC and A2A. */
export function createToolService(context: ServiceContext) {
  const { db, dialect } = context.store

  async function getRow(id: string): Promise<ToolRow> {
    return found(
      await db.selectFrom('tools').selectAll().where('id', '=', id).executeTakeFirst(),
      'tool',
      id,
    )
  }

  return {
    /** One page of tools the viewer may see. */
    async list(query: ListQuery, viewer: Viewer): Promise<Page<Tool>> {
      const page = await listOwnedRows<ToolRow>(db, dialect, 'tools', query, viewer)
      return { items: page.items.map((row) => toTool(row, context)), nextCursor: page.nextCursor }
    },

    /** The raw row (credentials sealed). */
    getRow,

    /** One tool; 404 when missing or not visible. */
    async get(id: string, viewer: Viewer = { all: true }): Promise<Tool> {
      const row = await getRow(id)
      if (!canView(viewer, row)) throw notFound('tool', id)
      return toTool(row, context)
    },

    /** Registers a tool. For a gateway's tool, `name` is the upstream's and the exposed name gets its prefix. */
    async create(input: ToolCreate & FederatedFields, actor: Actor): Promise<Tool> {
      await checkRegistration(context, 'tool', null, input, actor)
      await checkOutbound(context, input.url, input.auth)
      const name = await exposedMemberName(context, input.name, input.gatewayId)
      const row: ToolRow = {
        a2a_agent_id: null,
        id: newId(),
        name,
        original_name: input.name,
        display_name: input.displayName ?? null,
        description: input.description ?? null,
        integration_type: input.integrationType ?? (input.gatewayId ? 'MCP' : 'REST'),
        request_type:
          input.requestType ?? ((input.integrationType ?? 'REST') === 'REST' ? 'POST' : null),
        url: input.url ?? null,
        gateway_id: input.gatewayId ?? null,
        grpc_service_id: null,
        headers: toJson(input.headers ?? {}),
        auth_sealed:
          input.auth && input.auth.type !== 'none'
            ? context.sealer.seal(JSON.stringify(input.auth))
            : null,
        input_schema: toJson(input.inputSchema ?? DEFAULT_INPUT_SCHEMA),
        output_schema: input.outputSchema ? toJson(input.outputSchema) : null,
        annotations: toJson(input.annotations ?? {}),
        integration_config: toJson(input.integrationConfig ?? {}),
        timeout_ms: input.timeoutMs ?? null,
        rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
        max_concurrency: input.maxConcurrency ?? null,
        mcp_extras: toNullableJson(input.mcpExtras),
        enabled: 1,
        ...(await ownedColumnsForCreate(db, input, actor)),
      }
      await guardUnique(dialect, { kind: 'tool', field: 'name', value: name }, () =>
        db.insertInto('tools').values(row).execute(),
      )
      context.events.emit([{ entity: 'tool', id: row.id, op: 'created' }])
      return toTool(row, context)
    },

    /** Changes the given fields. A new `name` is the exposed name (a rename of a gateway's tool). */
    async update(id: string, input: ToolUpdate & FederatedFields, actor?: Actor): Promise<Tool> {
      await checkRegistration(context, 'tool', id, input, actor)
      await checkOutbound(context, input.url, input.auth)
      const before = await getRow(id)
      const gatewayId = input.gatewayId === undefined ? before.gateway_id : input.gatewayId
      validated(ToolIntegrationSchema, {
        integrationType: input.integrationType ?? before.integration_type,
        url: input.url === undefined ? before.url : input.url,
        gatewayId,
        inputSchema: input.inputSchema ?? fromJson(before.input_schema, DEFAULT_INPUT_SCHEMA),
        integrationConfig: input.integrationConfig ?? fromJson(before.integration_config, {}),
        grpcServiceId: before.grpc_service_id,
      })
      if (gatewayId && gatewayId !== before.gateway_id)
        await exposedMemberName(context, before.original_name, gatewayId)
      const local = !gatewayId && !before.grpc_service_id
      const changes = {
        ...(input.name !== undefined && {
          name: input.name,
          ...(local && { original_name: input.name }),
        }),
        ...(input.displayName !== undefined && { display_name: input.displayName }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.integrationType !== undefined && { integration_type: input.integrationType }),
        ...(input.requestType !== undefined && { request_type: input.requestType }),
        ...(input.url !== undefined && { url: input.url }),
        ...(input.gatewayId !== undefined && { gateway_id: input.gatewayId }),
        ...(input.headers !== undefined && { headers: toJson(input.headers) }),
        ...(input.auth !== undefined && {
          auth_sealed:
            input.auth.type === 'none' ? null : context.sealer.seal(JSON.stringify(input.auth)),
        }),
        ...(input.inputSchema !== undefined && { input_schema: toJson(input.inputSchema) }),
        ...(input.outputSchema !== undefined && {
          output_schema: input.outputSchema ? toJson(input.outputSchema) : null,
        }),
        ...(input.annotations !== undefined && { annotations: toJson(input.annotations) }),
        ...(input.integrationConfig !== undefined && {
          integration_config: toJson(input.integrationConfig),
        }),
        ...(input.timeoutMs !== undefined && { timeout_ms: input.timeoutMs }),
        ...(input.rateLimit !== undefined && {
          rate_limit: input.rateLimit ? toJson(input.rateLimit) : null,
        }),
        ...(input.maxConcurrency !== undefined && { max_concurrency: input.maxConcurrency }),
        ...(input.mcpExtras !== undefined && { mcp_extras: toNullableJson(input.mcpExtras) }),
        ...(await ownedColumnsForUpdate(db, input, before)),
      }
      const { changes: departures } = await guardUnique(
        dialect,
        { kind: 'tool', field: 'name', value: input.name ?? before.name },
        () =>
          inTransaction(db, (trx) =>
            forgettingDeparted(
              trx,
              dialect,
              input.name === undefined ? {} : { toolIds: [id] },
              () =>
                updateVersioned(trx, 'tools', id, changes, {
                  kind: 'tool',
                  version: input.version,
                }),
            ),
          ),
      )
      context.events.emit([{ entity: 'tool', id, op: 'updated' }, ...departures])
      const limitBefore = fromJson<RateLimit | null>(before.rate_limit, null)
      await rateLimitUpdated(context, limitKeys.tool(id), limitBefore, input.rateLimit)
      return toTool(await getRow(id), context)
    },

    /** Enables or disables a tool. */
    async setEnabled(id: string, enabled: boolean): Promise<Tool> {
      await setRowEnabled(context, 'tools', 'tool', id, enabled)
      return toTool(await getRow(id), context)
    },

    /** Deletes a tool and its virtual-server memberships in one transaction. */
    remove: (id: string) => removeMember(context, 'tools', 'tool', id),
  }
}

/** The tool service's interface. */
export type ToolService = ReturnType<typeof createToolService>
