import { slugify } from '../names.js'
import { A2aAgentCreateSchema, type A2aAgentDiscovery } from '../schemas/a2a-agent.js'
import type { UpstreamAuth } from '../schemas/common.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'

/** What an import made of the document's A2A agents. */
export interface ImportedAgents {
  /** The name each agent has on the target, by its exported name or slug (as servers name it). */
  names: Map<string, string>
  /** The id of each agent's tool, by the tool's exported name (as servers' members name it). */
  toolIds: Map<string, string>
}

/**
 * Writes the document's A2A agents with the card each carries (none is read again), and so their
 * tools; a tool keeps its exported name unless its agent was renamed.
 */
export async function importA2aAgents(
  run: ImportRun,
  entities: ExportDocument['entities'],
): Promise<ImportedAgents> {
  const { services, open } = run
  const made: ImportedAgents = { names: new Map(), toolIds: new Map() }
  for (const [index, a] of entities.a2aAgents.entries()) {
    const at = `entities.a2aAgents.${index}`
    const step = run.plan('a2aAgents', a.name, true)
    const fields = validated(
      A2aAgentCreateSchema,
      {
        name: step.key,
        description: a.description,
        url: open<string>(a.urlSealed, `${at}.urlSealed`) ?? a.url,
        auth: open<UpstreamAuth>(a.authSealed, `${at}.authSealed`) ?? { type: 'none' as const },
        tags: a.tags,
        visibility: a.visibility,
        team: a.team,
      },
      at,
    )
    const discovered: A2aAgentDiscovery = {
      card: a.card,
      name: step.key,
      description: a.description,
      endpointUrl: a.endpointUrl,
      protocolBinding: a.protocolBinding,
      protocolVersion: a.protocolVersion,
      streaming: a.streaming,
      inputSchema: a.inputSchema,
    }
    const agents = {
      create: (f: typeof fields, actor: ImportRun['options']['actor']) =>
        services.a2a.create(f, actor, discovered),
      update: (id: string, f: typeof fields) => services.a2a.update(id, f, discovered),
      setEnabled: (id: string, enabled: boolean) => services.a2a.setEnabled(id, enabled),
    }
    const id = await run.apply('a2aAgents', index, step, agents, fields, a.enabled)
    made.names.set(a.name, step.key)
    made.names.set(slugify(a.name), step.key)
    if (!id || step.action === 'skip') continue
    const agent = await services.a2a.get(id)
    if (agent.toolId === null) continue
    if (a.toolName !== null && step.key === a.name && agent.toolName !== a.toolName)
      await services.tools.update(agent.toolId, { name: a.toolName })
    made.toolIds.set(a.toolName ?? agent.toolName ?? step.key, agent.toolId)
  }
  return made
}
