import type { Kysely } from 'kysely'
import { toolNameProblem } from '../names.js'
import type { Registry, Services } from '../registry.js'
import {
  MAX_MCP_EXTRAS_BYTES,
  pickMcpExtras,
  type McpExtras,
  type McpExtrasKind,
} from '../schemas/member-extras.js'
import { inRegistryTransaction } from '../services/registry-transaction.js'
import type { Database } from '../store/database.js'
import { fromJson, sameJson } from '../store/json.js'

/** What an upstream lists, as it sent it. */
export interface DiscoveredMembers {
  tools: readonly Record<string, unknown>[]
  resources: readonly Record<string, unknown>[]
  resourceTemplates: readonly Record<string, unknown>[]
  prompts: readonly Record<string, unknown>[]
}

/** What a sync changed for one kind of member, by upstream name (or URI). */
export interface MemberDelta {
  added: string[]
  updated: string[]
  removed: string[]
  /** Members the upstream lists that cannot be federated, with the reason. */
  skipped: { name: string; reason: string }[]
  /** Members federated without some of their upstream fields, with the reason. */
  warnings: { name: string; reason: string }[]
}

/** What a sync changed. */
export interface SyncReport {
  tools: MemberDelta
  resources: MemberDelta
  resourceTemplates: MemberDelta
  prompts: MemberDelta
}

const emptyDelta = (): MemberDelta => ({
  added: [],
  updated: [],
  removed: [],
  skipped: [],
  warnings: [],
})
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const record = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null

/** A member's allow-listed extras; left out, with a warning, when they are too large to keep. */
function extrasOf(
  member: Record<string, unknown>,
  kind: McpExtrasKind,
  name: string,
  delta: MemberDelta,
): McpExtras | null {
  const extras = pickMcpExtras(member, kind)
  if (extras && Buffer.byteLength(JSON.stringify(extras)) > MAX_MCP_EXTRAS_BYTES) {
    const keys = Object.keys(extras).join(', ')
    delta.warnings.push({
      name,
      reason: `its ${keys} take more than ${MAX_MCP_EXTRAS_BYTES / 1024} KiB of JSON: left out`,
    })
    return null
  }
  return extras
}

/**
 * Makes a gateway's tools, resources, templates and prompts match what its upstream lists, in one
 * transaction: new ones are added (prefixed), changed ones updated (keeping local renames, tags and
 * switches), vanished ones removed with their virtual-server memberships.
 */
export async function syncGatewayMembers(
  registry: Pick<Registry, 'context' | 'passwords'>,
  gatewayId: string,
  discovered: DiscoveredMembers,
): Promise<SyncReport> {
  return inRegistryTransaction(registry.context, registry.passwords, async (services, scoped) => {
    const db = scoped.store.db
    const actor = { email: null }
    const report: SyncReport = {
      tools: emptyDelta(),
      resources: emptyDelta(),
      resourceTemplates: emptyDelta(),
      prompts: emptyDelta(),
    }
    const gateway = await services.gateways.getRow(gatewayId)
    const owned = { visibility: gateway.visibility as 'public', team: gateway.team }

    const tools = await db
      .selectFrom('tools')
      .selectAll()
      .where('gateway_id', '=', gatewayId)
      .execute()
    const toolsByName = new Map(tools.map((t) => [t.original_name, t]))
    const seenTools = new Set<string>()
    for (const tool of discovered.tools) {
      const name = text(tool.name) ?? ''
      const problem = toolNameProblem(name)
      if (problem) {
        report.tools.skipped.push({ name, reason: `name ${problem}` })
        continue
      }
      // The gateway runs no tasks (SEP-1686): a tool that can only run as one could never be called.
      if (record(tool.execution)?.taskSupport === 'required') {
        report.tools.skipped.push({
          name,
          reason: 'it runs only as a task, which the gateway does not run',
        })
        continue
      }
      seenTools.add(name)
      const inputSchema = record(tool.inputSchema) ?? { type: 'object', properties: {} }
      const fields = {
        displayName: text(tool.title),
        description: text(tool.description),
        inputSchema,
        outputSchema: record(tool.outputSchema),
        annotations: record(tool.annotations) ?? {},
        mcpExtras: extrasOf(tool, 'tool', name, report.tools),
      }
      const existing = toolsByName.get(name)
      if (!existing) {
        await services.tools.create(
          { name, gatewayId, integrationType: 'MCP', ...fields, ...owned },
          actor,
        )
        report.tools.added.push(name)
      } else if (
        existing.display_name !== fields.displayName ||
        existing.description !== fields.description ||
        !sameJson(fromJson(existing.input_schema, null), fields.inputSchema) ||
        !sameJson(fromJson(existing.output_schema, null), fields.outputSchema) ||
        !sameJson(fromJson(existing.annotations, {}), fields.annotations) ||
        !sameJson(fromJson(existing.mcp_extras, null), fields.mcpExtras)
      ) {
        await services.tools.update(existing.id, fields)
        report.tools.updated.push(name)
      }
    }
    for (const tool of tools) {
      if (seenTools.has(tool.original_name)) continue
      await services.tools.remove(tool.id)
      report.tools.removed.push(tool.original_name)
    }

    await syncResources(
      services,
      db,
      gatewayId,
      discovered.resources,
      'uri',
      report.resources,
      owned,
    )
    await syncResources(
      services,
      db,
      gatewayId,
      discovered.resourceTemplates,
      'uriTemplate',
      report.resourceTemplates,
      owned,
    )

    const prompts = await db
      .selectFrom('prompts')
      .selectAll()
      .where('gateway_id', '=', gatewayId)
      .execute()
    const promptsByName = new Map(prompts.map((p) => [p.original_name, p]))
    const seenPrompts = new Set<string>()
    for (const prompt of discovered.prompts) {
      const name = text(prompt.name) ?? ''
      const problem = toolNameProblem(name)
      if (problem) {
        report.prompts.skipped.push({ name, reason: `name ${problem}` })
        continue
      }
      seenPrompts.add(name)
      const args = (Array.isArray(prompt.arguments) ? prompt.arguments : []).flatMap(
        (a: unknown) => {
          const arg = record(a)
          const argName = text(arg?.name)
          return argName
            ? [
                {
                  name: argName,
                  ...(typeof arg?.title === 'string' && { title: arg.title }),
                  description: text(arg?.description),
                  // left out as the upstream left it out
                  ...(typeof arg?.required === 'boolean' && { required: arg.required }),
                },
              ]
            : []
        },
      )
      const fields = {
        title: text(prompt.title),
        description: text(prompt.description),
        arguments: args,
        mcpExtras: extrasOf(prompt, 'prompt', name, report.prompts),
      }
      const existing = promptsByName.get(name)
      if (!existing) {
        await services.prompts.create({ name, template: '', gatewayId, ...fields, ...owned }, actor)
        report.prompts.added.push(name)
      } else if (
        existing.title !== fields.title ||
        existing.description !== fields.description ||
        !sameJson(fromJson(existing.arguments, []), args) ||
        !sameJson(fromJson(existing.mcp_extras, null), fields.mcpExtras)
      ) {
        await services.prompts.update(existing.id, fields, actor)
        report.prompts.updated.push(name)
      }
    }
    for (const prompt of prompts) {
      if (seenPrompts.has(prompt.original_name)) continue
      await services.prompts.remove(prompt.id)
      report.prompts.removed.push(prompt.original_name)
    }
    return report
  })
}

async function syncResources(
  services: Services,
  db: Kysely<Database>,
  gatewayId: string,
  discovered: readonly Record<string, unknown>[],
  key: 'uri' | 'uriTemplate',
  delta: MemberDelta,
  owned: { visibility: 'public'; team: string | null },
): Promise<void> {
  const column = key === 'uri' ? 'uri' : 'uri_template'
  const rows = await db
    .selectFrom('resources')
    .selectAll()
    .where('gateway_id', '=', gatewayId)
    .where(column, 'is not', null)
    .execute()
  const byKey = new Map(rows.map((r) => [(key === 'uri' ? r.uri : r.uri_template) ?? '', r]))
  const seen = new Set<string>()
  for (const resource of discovered) {
    const address = text(resource[key]) ?? ''
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(address)) {
      delta.skipped.push({ name: address, reason: `${key} is not an absolute URI` })
      continue
    }
    seen.add(address)
    const name = (text(resource.name) ?? address).slice(0, 255) || address
    const fields = {
      name,
      title: text(resource.title),
      description: text(resource.description),
      mimeType: text(resource.mimeType),
      mcpExtras: extrasOf(resource, 'resource', address, delta),
    }
    const existing = byKey.get(address)
    if (!existing) {
      // Another upstream (or a local resource) may hold this URI already: it stays theirs.
      const holder = await db
        .selectFrom('resources')
        .select('gateway_id')
        .where(column, '=', address)
        .executeTakeFirst()
      if (holder) {
        delta.skipped.push({
          name: address,
          reason: `${key} is already registered by ${holder.gateway_id ? `gateway ${holder.gateway_id}` : 'a local resource'}`,
        })
        continue
      }
      await services.resources.create(
        { [key]: address, gatewayId, ...fields, ...owned },
        { email: null },
      )
      delta.added.push(address)
    } else if (
      existing.name !== name ||
      existing.title !== fields.title ||
      existing.description !== fields.description ||
      existing.mime_type !== fields.mimeType ||
      !sameJson(fromJson(existing.mcp_extras, null), fields.mcpExtras)
    ) {
      await services.resources.update(existing.id, fields)
      delta.updated.push(address)
    }
  }
  for (const row of rows) {
    const address = (key === 'uri' ? row.uri : row.uri_template) ?? ''
    if (seen.has(address)) continue
    await services.resources.remove(row.id)
    delta.removed.push(address)
  }
}
