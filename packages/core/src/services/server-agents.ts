import type { Kysely } from 'kysely'
import { GatewayError } from '../errors.js'
import type { Database } from '../store/database.js'
import type { Viewer } from './context.js'
import { canView } from './list-query.js'

/**
 * Checks a server's `associatedA2aAgents`: each key new to it must be the id, name or slug of an
 * A2A agent the actor may see (a key it holds already stays, as an edit form sends it back);
 * 422 naming each key that is not.
 */
export async function checkAgentKeys(
  db: Kysely<Database>,
  keys: readonly string[],
  stored: readonly string[],
  viewer: Viewer = { all: true },
): Promise<void> {
  const fresh = [...new Set(keys.filter((key) => !stored.includes(key)))]
  if (fresh.length === 0) return
  const agents = await db
    .selectFrom('a2a_agents')
    .select(['id', 'name', 'slug', 'owner', 'team', 'visibility'])
    .where((eb) => eb.or([eb('id', 'in', fresh), eb('name', 'in', fresh), eb('slug', 'in', fresh)]))
    .execute()
  const known = new Set(
    agents.filter((agent) => canView(viewer, agent)).flatMap((a) => [a.id, a.name, a.slug]),
  )
  const issues = keys.flatMap((key, index) =>
    fresh.includes(key) && !known.has(key)
      ? [
          {
            path: `associatedA2aAgents.${index}`,
            message: `no A2A agent with id, name or slug '${key}'`,
          },
        ]
      : [],
  )
  if (issues.length === 0) return
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
  throw new GatewayError('VALIDATION_FAILED', `unknown members: ${summary}`, { issues })
}
