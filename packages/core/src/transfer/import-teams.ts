import { TeamCreateSchema, type TeamCreate } from '../schemas/team.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'

type Entities = ExportDocument['entities']

/** What an import made of the document's teams. */
export interface ImportedTeams {
  /** Each team's id on the target, by its exported id. */
  ids: Map<string, string>
  /** The ids of the teams this import created. */
  created: Set<string>
}

/** Writes the document's teams. */
export async function importTeams(run: ImportRun, given: Entities): Promise<ImportedTeams> {
  const { services, options } = run
  // A team made here is owned by the importer, when the importer is a user (a CLI import may not be).
  const importer = options.actor.email
  const isUser =
    importer !== null &&
    (await run.db
      .selectFrom('users')
      .select('email')
      .where('email', '=', importer)
      .executeTakeFirst())
  const teams = {
    create: (fields: TeamCreate) =>
      services.teams.create(fields, isUser ? options.actor : { email: null }),
    update: (id: string, fields: TeamCreate) => services.teams.update(id, fields),
  }
  const made: ImportedTeams = { ids: new Map(), created: new Set() }
  for (const [index, t] of given.teams.entries()) {
    const step = run.plan('teams', t.slug, true)
    const fields = validated(
      TeamCreateSchema,
      { name: t.name, slug: step.key, description: t.description },
      `entities.teams.${index}`,
    )
    const id = await run.apply('teams', index, step, teams, fields, true)
    if (id) made.ids.set(t.id, id)
    if (id && step.action === 'create') made.created.add(id)
  }
  return made
}

/** The entities with each exported team id replaced by the id of the team it was imported as. */
export function inTeams(entities: Entities, teamIds: ReadonlyMap<string, string>): Entities {
  const moved = <E extends { team: string | null }>(list: E[]): E[] =>
    list.map((e) => (e.team === null ? e : { ...e, team: teamIds.get(e.team) ?? e.team }))
  return {
    ...entities,
    gateways: moved(entities.gateways),
    grpcServices: moved(entities.grpcServices),
    tools: moved(entities.tools),
    resources: moved(entities.resources),
    prompts: moved(entities.prompts),
    a2aAgents: moved(entities.a2aAgents),
    servers: moved(entities.servers),
  }
}
