import { GatewayError } from '../errors.js'
import { ServerCreateSchema, type MemberRef } from '../schemas/server.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'

/** The ids an import wrote members as, by kind and exported name (or URI). */
export interface MemberIds {
  tools: ReadonlyMap<string, string>
  resources: ReadonlyMap<string, string>
  prompts: ReadonlyMap<string, string>
  /** The name each A2A agent has on the target, by its exported name or slug. */
  a2aAgents: ReadonlyMap<string, string>
}

/** Writes the document's virtual servers, naming members imported or already present. */
export async function importServers(
  run: ImportRun,
  entities: ExportDocument['entities'],
  made: MemberIds,
): Promise<void> {
  for (const [index, s] of entities.servers.entries()) {
    const step = run.plan('servers', s.name, true)
    const resolve = (kind: 'tools' | 'resources' | 'prompts'): MemberRef[] =>
      s[kind].map((member, i) => {
        const id = made[kind].get(member.ref) ?? run.existing[kind].get(member.ref)
        if (!id) {
          throw new GatewayError(
            'VALIDATION_FAILED',
            `entities.servers.${index}.${kind}.${i} names '${member.ref}', which is neither imported nor present`,
          )
        }
        return { id, name: member.name, description: member.description }
      })
    const fields = validated(
      ServerCreateSchema,
      {
        name: step.key,
        description: s.description,
        instructions: s.instructions,
        icon: s.icon,
        icons: s.icons,
        nameStrategy: s.nameStrategy,
        rateLimit: s.rateLimit,
        oauth: s.oauth,
        associatedA2aAgents: s.a2aAgents.map((key) => made.a2aAgents.get(key) ?? key),
        associatedTools: resolve('tools'),
        associatedResources: resolve('resources'),
        associatedPrompts: resolve('prompts'),
        tags: s.tags,
        visibility: s.visibility,
        team: s.team,
      },
      `entities.servers.${index}`,
    )
    await run.apply('servers', index, step, run.services.servers, fields, s.enabled)
  }
}
