import type { Catalog, CatalogMember } from '../catalog/catalog.js'
import { allMembers, promptEntry, resourceEntry, toolEntry } from './backend-members.js'

/** The MCP lists a client is told to fetch again (`notifications/{list}/list_changed`). */
export type McpListName = 'tools' | 'resources' | 'prompts'

/** What decides who may see an entity. */
interface Audience {
  owner: string | null
  team: string | null
  visibility: string
}

type Entry<T> = (member: CatalogMember<T>) => Record<string, unknown>

const ENTRIES = { tools: toolEntry, resources: resourceEntry, prompts: promptEntry } as const

/**
 * The lists that the MCP endpoint of virtual server `serverId` (of the whole catalog with null)
 * serves differently in `after` than in `before`: a member added, removed or moved, or one listed
 * with another name, description, listed field or audience. A server that was not in `before`
 * has all three changed; one gone from `after` has none (its endpoint serves nothing now).
 */
export function changedLists(
  before: Catalog,
  after: Catalog,
  serverId: string | null,
): McpListName[] {
  const server = serverId === null ? undefined : after.servers.get(serverId)
  if (serverId !== null && !server) return []
  const previous = serverId === null ? undefined : before.servers.get(serverId)
  if (serverId !== null && !previous) return ['tools', 'resources', 'prompts']
  const was = allMembers(before, previous)
  const now = allMembers(after, server)
  return (['tools', 'resources', 'prompts'] as const).filter(
    (list) => !sameList(was[list], now[list], ENTRIES[list] as Entry<Audience>),
  )
}

function sameList<T extends Audience>(
  a: readonly CatalogMember<T>[],
  b: readonly CatalogMember<T>[],
  entry: Entry<T>,
): boolean {
  return a.length === b.length && a.every((member, index) => sameMember(member, b[index]!, entry))
}

/** Unchanged entities keep their object from one snapshot to the next, so most checks stop at `===`. */
function sameMember<T extends Audience>(
  a: CatalogMember<T>,
  b: CatalogMember<T>,
  entry: Entry<T>,
): boolean {
  if (a.name !== b.name || a.description !== b.description) return false
  if (a.entity === b.entity) return true
  return (
    a.entity.owner === b.entity.owner &&
    a.entity.team === b.entity.team &&
    a.entity.visibility === b.entity.visibility &&
    JSON.stringify(entry(a)) === JSON.stringify(entry(b))
  )
}
