import { GatewayError, isGatewayError } from '../errors.js'
import type { Registry } from '../registry.js'
import type { Ownership, ToolAuth, Visibility } from '../schemas/common.js'
import type { Actor } from '../services/context.js'
import { inRegistryTransaction } from '../services/registry-transaction.js'
import { toolAuth } from '../services/tool-service.js'
import type { ToolRow } from '../store/database.js'
import { fromJson, sameJson } from '../store/json.js'
import type { OpenApiImport } from './import-schema.js'
import type { RestIntegrationConfig } from './input-schema.js'
import { operationTools, type OperationTool, type SkippedOperation } from './operation-tools.js'
import type { FetchDocumentOptions } from './read-document.js'
import { pointerOf } from './validate-document.js'

/** What an OpenAPI import changed, by tool name. */
export interface OpenApiImportReport {
  source: string
  added: string[]
  updated: string[]
  removed: string[]
  unchanged: string[]
  /** Operations that cannot become REST tools, with the reason. */
  skipped: SkippedOperation[]
  /** The virtual server holding the tools, when `serverName` was given. */
  serverId?: string
}

/** How an import runs beyond its request. */
export interface OpenApiImportOptions {
  actor: Actor
  fetch?: FetchDocumentOptions
  /** Called before a tool made by an earlier import, or an existing virtual server, is changed: throw to refuse. */
  authorize?: (
    action: 'update' | 'delete',
    entity: Ownership & { kind: 'tool' | 'server'; name: string },
  ) => void
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const owned = (row: ToolRow) => ({
  kind: 'tool' as const,
  name: row.name,
  owner: row.owner,
  team: row.team,
  visibility: row.visibility as Visibility,
})

function changed(
  row: ToolRow,
  tool: OperationTool,
  auth: ToolAuth | undefined,
  openAuth: () => ToolAuth,
): boolean {
  return (
    row.display_name !== tool.displayName ||
    row.description !== tool.description ||
    row.request_type !== tool.requestType ||
    row.url !== tool.url ||
    !sameJson(fromJson(row.headers, {}), tool.headers) ||
    !sameJson(fromJson(row.input_schema, null), tool.inputSchema) ||
    !sameJson(fromJson(row.output_schema, null), tool.outputSchema) ||
    !sameJson(fromJson(row.integration_config, {}), tool.integrationConfig) ||
    !sameJson(fromJson(row.tags, []), tool.tags) ||
    (auth !== undefined && !sameJson(openAuth(), auth))
  )
}

/**
 * A new tool's name clash told by the operation that makes it (the import has no `name` field);
 * other errors as they are.
 */
function clashOf(error: unknown, tool: OperationTool): unknown {
  if (!isGatewayError(error) || !error.issues.some((issue) => issue.path === 'name')) return error
  const { method = '', path = '' } = tool.integrationConfig.openapi ?? {}
  const message = `${method} ${path} would be the tool '${tool.name}', a name another tool has: rename or remove that tool, or leave the operation out with the paths, tags or methods filters`
  const pointer = pointerOf(['paths', path, method.toLowerCase()])
  return new GatewayError(error.code, message, { problems: [{ pointer, message }] })
}

/**
 * Imports an OpenAPI 3.0 or 3.1 document as REST tools, one per operation, in one transaction. A
 * later import with the same source updates the tools it made (matched by operationId), adds new
 * operations and removes the tools of operations that are gone (or no longer selected).
 */
export async function importOpenApi(
  registry: Pick<Registry, 'context' | 'passwords'>,
  request: OpenApiImport,
  options: OpenApiImportOptions,
): Promise<OpenApiImportReport> {
  // The YAML parser, the OpenAPI schemas and the dereferencer load with the first import.
  const { loadDocument } = await import('./load-document.js')
  const document = await loadDocument(request, options.fetch, registry.context.urlPolicy)
  const info = isObject(document.info) ? document.info : {}
  const source = request.source ?? (typeof info.title === 'string' ? info.title : 'openapi')
  const { tools, skipped } = operationTools(document, {
    source,
    filter: { tags: request.tags, paths: request.paths, methods: request.methods },
    baseUrl: request.baseUrl,
    documentUrl: request.url,
  })
  if (tools.length === 0) {
    const filtered = request.tags || request.paths || request.methods
    const why = skipped.map((s) => `${s.operation}: ${s.reason}`).join('; ')
    throw new GatewayError(
      'VALIDATION_FAILED',
      `the OpenAPI document has no operations to import${filtered ? ' that match the filters' : ''}${why ? ` (${why})` : ''}`,
    )
  }
  return inRegistryTransaction(registry.context, registry.passwords, async (services, scoped) => {
    const db = scoped.store.db
    const report: OpenApiImportReport = {
      source,
      added: [],
      updated: [],
      removed: [],
      unchanged: [],
      skipped,
    }
    const rows = await db
      .selectFrom('tools')
      .selectAll()
      .where('integration_type', '=', 'REST')
      .execute()
    const previous = new Map<string, ToolRow>()
    for (const row of rows) {
      const origin = fromJson<RestIntegrationConfig>(row.integration_config, {}).openapi
      if (origin?.source === source) previous.set(origin.operationId, row)
    }
    const ids: string[] = []
    for (const tool of tools) {
      const key = tool.integrationConfig.openapi?.operationId ?? tool.name
      const row = previous.get(key)
      previous.delete(key)
      const { name, ...fields } = tool
      if (!row) {
        const created = await services.tools
          .create(
            {
              name,
              integrationType: 'REST',
              ...fields,
              ...(request.auth && { auth: request.auth }),
              ...(request.team !== undefined && { team: request.team }),
              ...(request.visibility && { visibility: request.visibility }),
            },
            options.actor,
          )
          .catch((error: unknown) => {
            throw clashOf(error, tool)
          })
        ids.push(created.id)
        report.added.push(created.name)
      } else if (changed(row, tool, request.auth, () => toolAuth(row, scoped))) {
        options.authorize?.('update', owned(row))
        await services.tools.update(row.id, {
          ...fields,
          ...(request.auth && { auth: request.auth }),
        })
        ids.push(row.id)
        report.updated.push(row.name)
      } else {
        ids.push(row.id)
        report.unchanged.push(row.name)
      }
    }
    for (const row of previous.values()) {
      options.authorize?.('delete', owned(row))
      await services.tools.remove(row.id)
      report.removed.push(row.name)
    }
    if (request.serverName) {
      const existing = await db
        .selectFrom('servers')
        .select('id')
        .where('name', '=', request.serverName)
        .executeTakeFirst()
      if (!existing) {
        const server = await services.servers.create(
          {
            name: request.serverName,
            description: `Tools imported from the OpenAPI document '${source}'`,
            associatedTools: ids,
            ...(request.team !== undefined && { team: request.team }),
            ...(request.visibility && { visibility: request.visibility }),
          },
          options.actor,
        )
        report.serverId = server.id
      } else {
        const server = await services.servers.get(existing.id)
        options.authorize?.('update', { ...server, kind: 'server' })
        const overrides = new Map(server.toolOverrides.map((o) => [o.id, o]))
        const kept = server.associatedTools.map((id) => overrides.get(id) ?? id)
        const added = ids.filter((id) => !server.associatedTools.includes(id))
        if (added.length > 0)
          await services.servers.update(server.id, { associatedTools: [...kept, ...added] })
        report.serverId = server.id
      }
    }
    return report
  })
}
