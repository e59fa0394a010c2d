import type { Catalog, CatalogMember, CatalogServer } from '../catalog/catalog.js'
import type { Viewer } from '../services/context.js'
import { canView } from '../services/list-query.js'
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
 * serves `viewer` differently in `after` than in `before`: a member added, removed or moved, or
 * one listed with another name, description or listed field. A server that `viewer` could not see
 * in `before` has all three changed; one it cannot see in `after` has none (its endpoint serves
 * nothing now). Without a viewer, the lists of any viewer: a member's or the server's audience
 * counts too, so they name every list that some viewer's changed.
 */
export function changedLists(
  before: Catalog,
  after: Catalog,
  serverId: string | null,
  viewer?: Viewer,
): McpListName[] {
  const server = serverId === null ? undefined : after.servers.get(serverId)
  if (serverId !== null && !sees(viewer, server)) return []
  const previous = serverId === null ? undefined : before.servers.get(serverId)
  if (serverId !== null && !sees(viewer, previous)) return ['tools', 'resources', 'prompts']
  if (viewer === undefined && server && previous && !sameAudience(server, previous))
    return ['tools', 'resources', 'prompts']
  const was = allMembers(before, previous)
  const now = allMembers(after, server)
  return (['tools', 'resources', 'prompts'] as const).filter((list) => {
    const entry = ENTRIES[list] as Entry<Audience>
    const a: readonly CatalogMember<Audience>[] = was[list]
    const b: readonly CatalogMember<Audience>[] = now[list]
    return viewer === undefined
      ? !sameList(a, b, entry, true)
      : !sameList(seenBy(viewer, a), seenBy(viewer, b), entry, false)
  })
}

function sees(viewer: Viewer | undefined, server: CatalogServer | undefined): boolean {
  return server !== undefined && (viewer === undefined || canView(viewer, server))
}

function seenBy<T extends Audience>(
  viewer: Viewer,
  members: readonly CatalogMember<T>[],
): readonly CatalogMember<T>[] {
  return viewer.all ? members : members.filter((member) => canView(viewer, member.entity))
}

function sameList<T extends Audience>(
  a: readonly CatalogMember<T>[],
  b: readonly CatalogMember<T>[],
  entry: Entry<T>,
  audience: boolean,
): boolean {
  return (
    a.length === b.length &&
    a.every((member, index) => sameMember(member, b[index]!, entry, audience))
  )
}

/** Unchanged entities keep their object from one snapshot to the next, so most checks stop at `===`. */
function sameMember<T extends Audience>(
  a: CatalogMember<T>,
  b: CatalogMember<T>,
  entry: Entry<T>,
  audience: boolean,
): boolean {
  if (a.name !== b.name || a.description !== b.description) return false
  if (a.entity === b.entity) return true
  return (
    (!audience || sameAudience(a.entity, b.entity)) &&
    JSON.stringify(entry(a)) === JSON.stringify(entry(b))
  )
}

function sameAudience(a: Audience, b: Audience): boolean {
  return a.owner === b.owner && a.team === b.team && a.visibility === b.visibility
}
