import type { UpstreamAuth } from '../schemas/common.js'
import { ToolCreateSchema, ToolUpdateSchema } from '../schemas/tool.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { GatewayIdOf } from './import-gateways.js'
import { grpcToolId } from './import-grpc.js'
import { checkedUnlessSynced, synced, type ImportRun } from './import-run.js'

/**
 * Writes the document's tools (a gRPC method's tool, made by its service, keeps its exported
 * name and switches); returns each tool's id by its exported name.
 */
export async function importTools(
  run: ImportRun,
  entities: ExportDocument['entities'],
  gatewayId: GatewayIdOf,
  grpcIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const { services, open } = run
  const toolIds = new Map<string, string>()
  for (const [index, t] of entities.tools.entries()) {
    if (t.grpcServiceName !== null) {
      // The service wrote its methods' tools; keep the exported name and switches.
      if (!grpcIds.has(t.grpcServiceName) && run.existing.grpcServices.has(t.grpcServiceName))
        continue
      const id = await grpcToolId(services, grpcIds, t, `entities.tools.${index}`)
      const kept = { name: t.name, tags: t.tags, timeoutMs: t.timeoutMs }
      await services.tools.update(id, validated(ToolUpdateSchema, kept, `entities.tools.${index}`))
      if (!t.enabled) await services.tools.setEnabled(id, false)
      toolIds.set(t.name, id)
      continue
    }
    const owner = gatewayId(t.gatewayName, `entities.tools.${index}.gatewayName`)
    const step = run.plan('tools', t.name, true)
    const fields = checkedUnlessSynced(
      owner,
      ToolCreateSchema,
      {
        name: owner ? t.originalName : step.key,
        displayName: t.displayName,
        description: t.description,
        integrationType: t.integrationType,
        ...(t.requestType && { requestType: t.requestType }),
        url: open<string>(t.urlSealed, `entities.tools.${index}.urlSealed`) ?? t.url,
        gatewayId: owner,
        headers: t.headers,
        auth: open<UpstreamAuth>(t.authSealed, `entities.tools.${index}.authSealed`) ?? {
          type: 'none' as const,
        },
        inputSchema: t.inputSchema,
        outputSchema: t.outputSchema,
        annotations: t.annotations,
        integrationConfig: t.integrationConfig,
        timeoutMs: t.timeoutMs,
        rateLimit: t.rateLimit,
        maxConcurrency: t.maxConcurrency,
        tags: t.tags,
        visibility: t.visibility,
        team: t.team,
      },
      `entities.tools.${index}`,
    )
    const id = await run.apply(
      'tools',
      index,
      step,
      services.tools,
      synced(fields, owner, t.mcpExtras, 'tool'),
      t.enabled,
    )
    if (!id) continue
    // A gateway's tool gets its prefixed name on create; keep the exported (possibly custom) one.
    if (owner && (await services.tools.get(id)).name !== step.key)
      await services.tools.update(id, { name: step.key })
    toolIds.set(t.name, id)
  }
  return toolIds
}
