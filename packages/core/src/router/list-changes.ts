import type { Catalog, CatalogMember } from '../catalog/catalog.js'
import type { Viewer } from '../services/context.js'
import { canView } from '../services/list-query.js'
import { allMembers, promptEntry, resourceEntry, toolEntry } from './backend-members.js'

/** The MCP lists a client is told to fetch again (`notifications/{list}/list_changed`). */
export type McpListName = 'tools' | 'resources' | 'prompts'

/** What changed in the lists of one MCP endpoint between two catalog snapshots. */
export interface ListChanges {
  /** The lists some viewer is served differently. */
  readonly lists: readonly McpListName[]
  /** The lists `viewer` is served differently. */
  for(viewer: Viewer): McpListName[]
}

/** What a member is known by and what decides who may see it. */
interface Audience {
  id: string
  owner: string | null
  team: string | null
  visibility: string
}

type Member = CatalogMember<Audience>
type Entry = (member: Member) => Record<string, unknown>

/** A member added (no `was`), removed (no `now`), listed otherwise, or only seen by others. */
interface Delta {
  was?: Audience
  now?: Audience
  /** Listed the same, to another audience. */
  audienceOnly?: boolean
}

/** How one list changed: its members' deltas, or (members moved) both whole lists. */
interface ListDelta {
  deltas: Delta[]
  /** Set when members changed places: a viewer's lists are then compared whole. */
  moved?: { was: readonly Member[]; now: readonly Member[] }
}

const LISTS: readonly McpListName[] = ['tools', 'resources', 'prompts']
const ENTRIES = { tools: toolEntry, resources: resourceEntry, prompts: promptEntry } as const

/**
 * The changes to the lists of virtual server `serverId`'s MCP endpoint (of the whole catalog's with
 * null) from `before` to `after`: a member added, removed or moved, listed with another name,
 * description or listed field, or shown to another audience. The members that changed are found
 * once; each viewer's lists then only check those (a viewer is told of a list when it could see
 * one of them before or after, of an audience change when it sees the member on one side only). A
 * server the viewer could not see in `before` has all three lists changed for it, one it cannot see
 * in `after` none (its endpoint serves it nothing); a server's own audience change counts for some
 * viewer.
 */
export function listChanges(before: Catalog, after: Catalog, serverId: string | null): ListChanges {
  const server = serverId === null ? undefined : after.servers.get(serverId)
  const previous = serverId === null ? undefined : before.servers.get(serverId)
  if (serverId !== null && !server) return { lists: [], for: () => [] }
  if (serverId !== null && !previous) return { lists: LISTS, for: () => [...LISTS] }
  const was = allMembers(before, previous)
  const now = allMembers(after, server)
  const changes = new Map<McpListName, ListDelta>()
  for (const list of LISTS) {
    const change = listDelta(was[list], now[list], ENTRIES[list] as Entry)
    if (change) changes.set(list, change)
  }
  const serverAudience = server && previous && !sameAudience(server, previous)
  return {
    lists: serverAudience ? LISTS : [...changes.keys()],
    for(viewer) {
      if (server && !canView(viewer, server)) return []
      if (previous && !canView(viewer, previous)) return [...LISTS]
      return [...changes].filter(([, change]) => seesChange(viewer, change)).map(([list]) => list)
    },
  }
}

/**
 * The lists of virtual server `serverId`'s MCP endpoint (of the whole catalog's with null) served
 * differently to a viewer who saw the catalog as `was` and now sees it as `now` (a user joined or
 * left a team, or became or stopped being an admin): a list with a member seen on one side only; all
 * three when the server has come into view, none when it has gone out of it.
 */
export function viewChanges(
  catalog: Catalog,
  serverId: string | null,
  was: Viewer,
  now: Viewer,
): McpListName[] {
  const server = serverId === null ? undefined : catalog.servers.get(serverId)
  if (serverId !== null && (!server || !canView(now, server))) return []
  if (server && !canView(was, server)) return [...LISTS]
  const members = allMembers(catalog, server)
  return LISTS.filter((list) =>
    (members[list] as readonly Member[]).some(
      (member) => canView(was, member.entity) !== canView(now, member.entity),
    ),
  )
}

/** How `now` differs from `was`; undefined when every member is listed the same, in the same place. */
function listDelta(
  was: readonly Member[],
  now: readonly Member[],
  entry: Entry,
): ListDelta | undefined {
  const nowById = new Map(now.map((member) => [member.entity.id, member]))
  const wasIds = new Set<string>()
  const deltas: Delta[] = []
  const kept: string[] = []
  for (const a of was) {
    wasIds.add(a.entity.id)
    const b = nowById.get(a.entity.id)
    if (!b) deltas.push({ was: a.entity })
    else {
      kept.push(a.entity.id)
      if (!sameListing(a, b, entry)) deltas.push({ was: a.entity, now: b.entity })
      else if (!sameAudience(a.entity, b.entity))
        deltas.push({ was: a.entity, now: b.entity, audienceOnly: true })
    }
  }
  for (const b of now) if (!wasIds.has(b.entity.id)) deltas.push({ now: b.entity })
  const order = now.filter((member) => wasIds.has(member.entity.id))
  const moved = order.some((member, index) => member.entity.id !== kept[index])
  if (deltas.length === 0 && !moved) return undefined
  return moved ? { deltas, moved: { was, now } } : { deltas }
}

function seesChange(viewer: Viewer, change: ListDelta): boolean {
  if (change.moved) {
    const seen = (members: readonly Member[]) =>
      members.filter((m) => canView(viewer, m.entity)).map((m) => m.entity.id)
    const [a, b] = [seen(change.moved.was), seen(change.moved.now)]
    if (a.length !== b.length || a.some((id, index) => id !== b[index])) return true
  }
  return change.deltas.some(({ was, now, audienceOnly }) => {
    const before = was !== undefined && canView(viewer, was)
    const after = now !== undefined && canView(viewer, now)
    return audienceOnly ? before !== after : before || after
  })
}

/** Unchanged entities keep their object from one snapshot to the next, so most checks stop at `===`. */
function sameListing(a: Member, b: Member, entry: Entry): boolean {
  if (a.name !== b.name || a.description !== b.description) return false
  return a.entity === b.entity || JSON.stringify(entry(a)) === JSON.stringify(entry(b))
}

function sameAudience(a: Omit<Audience, 'id'>, b: Omit<Audience, 'id'>): boolean {
  return a.owner === b.owner && a.team === b.team && a.visibility === b.visibility
}
