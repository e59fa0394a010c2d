import { TeamCreateSchema, type TeamCreate } from '../schemas/team.js'
import { validated } from '../services/validated.js'
import type { ExportDocument } from './document.js'
import type { ImportRun } from './import-run.js'

type Entities = ExportDocument['entities']

/** Writes the document's teams; returns each one's id on the target by its exported id. */
export async function importTeams(run: ImportRun, given: Entities): Promise<Map<string, string>> {
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
  const teamIds = new Map<string, string>()
  for (const [index, t] of given.teams.entries()) {
    const step = run.plan('teams', t.slug, true)
    const fields = validated(
      TeamCreateSchema,
      { name: t.name, slug: step.key, description: t.description },
      `entities.teams.${index}`,
    )
    const id = await run.apply('teams', index, step, teams, fields, true)
    if (id) teamIds.set(t.id, id)
  }
  return teamIds
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
    servers: moved(entities.servers),
  }
}
