import { PromptCreateSchema } from '../schemas/prompt.js'
import type { ExportDocument } from './document.js'
import type { GatewayIdOf } from './import-gateways.js'
import { checkedUnlessSynced, synced, type ImportRun } from './import-run.js'

/** Writes the document's prompts with their history; returns each one's id by its exported name. */
export async function importPrompts(
  run: ImportRun,
  entities: ExportDocument['entities'],
  gatewayId: GatewayIdOf,
): Promise<Map<string, string>> {
  const { services } = run
  const promptIds = new Map<string, string>()
  for (const [index, p] of entities.prompts.entries()) {
    const owner = gatewayId(p.gatewayName, `entities.prompts.${index}.gatewayName`)
    const step = run.plan('prompts', p.name, true)
    const fields = checkedUnlessSynced(
      owner,
      PromptCreateSchema,
      {
        // a gateway's prompt is created by its upstream's name (the service prefixes it); an
        // update names the exposed one
        name: owner && step.action !== 'update' ? p.originalName : step.key,
        title: p.title,
        description: p.description,
        template: p.template,
        arguments: p.arguments,
        gatewayId: owner,
        tags: p.tags,
        visibility: p.visibility,
        team: p.team,
      },
      `entities.prompts.${index}`,
    )
    const id = await run.apply(
      'prompts',
      index,
      step,
      services.prompts,
      synced(fields, owner, p.mcpExtras, 'prompt'),
      p.enabled,
    )
    // a gateway's prompt made here keeps its exported (possibly custom) name
    if (
      id &&
      owner &&
      step.action === 'create' &&
      (await services.prompts.get(id)).name !== step.key
    )
      await services.prompts.update(id, { name: step.key }, run.options.actor)
    if (id) promptIds.set(p.name, id)
    // A prompt made here keeps its history; one updated adds a version to its own.
    if (id && step.action === 'create') await services.prompts.restoreRevisions(id, p.revisions)
  }
  return promptIds
}
