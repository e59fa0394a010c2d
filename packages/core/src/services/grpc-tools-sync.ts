import type { Kysely } from 'kysely'
import { conflict } from '../errors.js'
import { newId } from '../ids.js'
import { grpcToolName, toolNameProblem } from '../names.js'
import type { Database, GrpcServiceRow, ToolRow } from '../store/database.js'
import { fromJson, sameJson, toJson } from '../store/json.js'
import { nowIso } from './context.js'
import { invalidField } from './write.js'

/** One method as discovery describes it, ready to become a tool. */
export interface GrpcToolSpec {
  /** `<service>.<method>`, the service by its full name. */
  name: string
  description: string
  inputSchema: Record<string, unknown>
  outputSchema: Record<string, unknown>
  /** What the invoker needs to call the method (service, method, path, kind). */
  method: Record<string, unknown>
}

/** What a sync changed, by method name. */
export interface GrpcToolsDelta {
  added: string[]
  updated: string[]
  removed: string[]
}

/**
 * A method's description; when its tool name is shortened, it names the method in full too (once:
 * an import brings descriptions that already do).
 */
function descriptionOf(spec: GrpcToolSpec, slug: string, separator: string): string {
  const note = ` (gRPC method ${spec.name})`
  const shortened = grpcToolName(slug, spec.name, separator) !== `${slug}${separator}${spec.name}`
  return shortened && !spec.description.endsWith(note)
    ? `${spec.description}${note}`
    : spec.description
}

/**
 * Makes a gRPC service's tools match its methods inside the caller's transaction: new methods
 * become tools named `<slug><separator><service>.<method>` (shortened to 64 characters, see
 * {@link grpcToolName}), changed ones are updated (keeping local renames, tags and switches),
 * vanished ones go with their virtual-server memberships.
 */
export async function syncGrpcTools(
  trx: Kysely<Database>,
  service: GrpcServiceRow,
  specs: readonly GrpcToolSpec[],
  separator: string,
): Promise<GrpcToolsDelta> {
  const delta: GrpcToolsDelta = { added: [], updated: [], removed: [] }
  const existing = await trx
    .selectFrom('tools')
    .selectAll()
    .where('grpc_service_id', '=', service.id)
    .execute()
  const byName = new Map(existing.map((row) => [row.original_name, row]))
  const now = nowIso()
  for (const spec of specs) {
    const description = descriptionOf(spec, service.slug, separator)
    const row = byName.get(spec.name)
    byName.delete(spec.name)
    if (row) {
      const before = {
        d: row.description,
        i: fromJson(row.input_schema, {}),
        o: fromJson(row.output_schema, null),
        c: fromJson(row.integration_config, {}),
      }
      if (
        sameJson(before, {
          d: description,
          i: spec.inputSchema,
          o: spec.outputSchema,
          c: spec.method,
        })
      )
        continue
      await trx
        .updateTable('tools')
        .set({
          description,
          input_schema: toJson(spec.inputSchema),
          output_schema: toJson(spec.outputSchema),
          integration_config: toJson(spec.method),
          updated_at: now,
        })
        .where('id', '=', row.id)
        .execute()
      delta.updated.push(spec.name)
      continue
    }
    const name = grpcToolName(service.slug, spec.name, separator)
    const problem = toolNameProblem(name)
    if (problem) throw invalidField('name', `of the tool for ${spec.name}: '${name}' ${problem}`)
    const taken = await trx
      .selectFrom('tools')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst()
    if (taken) throw conflict('tool', 'name', name)
    const tool: ToolRow = {
      id: newId(),
      name,
      original_name: spec.name,
      display_name: null,
      description,
      integration_type: 'GRPC',
      request_type: null,
      url: null,
      gateway_id: null,
      grpc_service_id: service.id,
      a2a_agent_id: null,
      mcp_extras: null,
      headers: toJson({}),
      auth_sealed: null,
      input_schema: toJson(spec.inputSchema),
      output_schema: toJson(spec.outputSchema),
      annotations: toJson({}),
      integration_config: toJson(spec.method),
      timeout_ms: null,
      rate_limit: null,
      max_concurrency: null,
      tags: toJson([]),
      enabled: 1,
      owner: service.owner,
      team: service.team,
      visibility: service.visibility,
      created_at: now,
      updated_at: now,
      version: 1,
    }
    await trx.insertInto('tools').values(tool).execute()
    delta.added.push(spec.name)
  }
  for (const row of byName.values()) {
    await trx
      .deleteFrom('server_members')
      .where('kind', '=', 'tool')
      .where('member_id', '=', row.id)
      .execute()
    await trx.deleteFrom('tools').where('id', '=', row.id).execute()
    delta.removed.push(row.original_name)
  }
  return delta
}
