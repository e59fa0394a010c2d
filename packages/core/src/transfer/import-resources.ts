import { ResourceCreateSchema } from '../schemas/resource.js'
import type { ExportDocument } from './document.js'
import type { GatewayIdOf } from './import-gateways.js'
import { checkedUnlessSynced, keyOf, synced, type ImportRun } from './import-run.js'

/** Writes the document's resources and templates; returns each one's id by its URI. */
export async function importResources(
  run: ImportRun,
  entities: ExportDocument['entities'],
  gatewayId: GatewayIdOf,
): Promise<Map<string, string>> {
  const resourceIds = new Map<string, string>()
  for (const [index, r] of entities.resources.entries()) {
    const step = run.plan('resources', keyOf.resources(r), false)
    const owner = gatewayId(r.gatewayName, `entities.resources.${index}.gatewayName`)
    const fields = checkedUnlessSynced(
      owner,
      ResourceCreateSchema,
      {
        uri: r.uri,
        uriTemplate: r.uriTemplate,
        name: r.name,
        title: r.title,
        description: r.description,
        mimeType: r.mimeType,
        content: r.text,
        blob: r.blob,
        gatewayId: owner,
        tags: r.tags,
        visibility: r.visibility,
        team: r.team,
      },
      `entities.resources.${index}`,
    )
    const id = await run.apply(
      'resources',
      index,
      step,
      run.services.resources,
      synced(fields, owner, r.mcpExtras, 'resource'),
      r.enabled,
    )
    if (id) resourceIds.set(step.key, id)
  }
  return resourceIds
}
