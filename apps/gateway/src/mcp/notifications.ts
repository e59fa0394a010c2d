import {
  canView,
  listChanges,
  type Change,
  type EntityKind,
  type McpListName,
  type Registry,
  type Viewer,
  viewChanges,
} from '@switchyard/core'
import type { OwnerFilter } from '@switchyard/transports'
import type { SessionOwners } from './session-owners.js'

/** Where downstream notifications go: every session of a key, or one session. */
export interface NotificationTarget {
  /** To every session of a key; `to`, when given, picks sessions by owner. */
  broadcast(key: string, method: string, params?: Record<string, unknown>, to?: OwnerFilter): void
  /** The keys with a session or listen stream open: the only ones a broadcast reaches. */
  keys(): ReadonlySet<string>
  /** A resource changed: to the 2026-era listen streams of a key that asked for its URI. */
  publishUpdate(key: string, params: Record<string, unknown>, to?: OwnerFilter): void
  notifySession(sessionId: string, method: string, params?: Record<string, unknown>): boolean
}

/**
 * Tells downstream clients what changed: list_changed after registry changes and after changes to
 * who their owners are (teams, roles, admin), resources/updated to subscribers.
 */
export interface DownstreamNotifier {
  /** Records that a session (un)subscribed to a resource URI; returns how many sessions remain subscribed. */
  subscription(sessionId: string | undefined, uri: string, subscribed: boolean): number
  /** An upstream said a resource changed: tell the sessions subscribed to it. */
  resourceUpdated(uri: string, params: Record<string, unknown> | undefined): void
  /** The catalog changed without change events (read again whole): tell what changed since. */
  catchUp(): void
  close(): void
}

/** The entities the catalog's lists are built from; users, tokens, sessions, teams and roles are not. */
const LISTED: ReadonlySet<EntityKind> = new Set([
  'gateway',
  'grpc',
  'a2a',
  'tool',
  'resource',
  'prompt',
  'server',
])

/**
 * Debounces registry changes into list_changed notifications: each session and listen stream of
 * an MCP endpoint (a virtual server's, and the whole catalog's) is told of the lists its owner is
 * now served differently, and of no other. A change to users, teams or roles has every known
 * owner's rights read again; an owner who now sees otherwise is told of the lists that differ.
 */
export function createDownstreamNotifier(
  registry: Registry,
  target: NotificationTarget,
  options: {
    /** What session owners may see (an unknown owner is told of every change). */
    owners: Pick<SessionOwners, 'viewerOf' | 'views' | 'reassess'>
    debounceMs?: number
    onError: (error: unknown) => void
  },
): DownstreamNotifier {
  const { owners } = options
  const subscribers = new Map<string, Set<string>>()
  let timer: NodeJS.Timeout | undefined
  // what the owners could see before the access changes not yet looked at
  let seenBefore: ReadonlyMap<string, Viewer> | undefined
  let accessTimer: NodeJS.Timeout | undefined
  // the snapshot the endpoints' clients were last told about
  let told = registry.catalog.current()

  const flush = async () => {
    timer = undefined
    const catalog = await registry.catalog.settled()
    const before = told
    told = catalog
    // Only the keys someone listens on: working out a key's changes walks its whole lists.
    for (const key of target.keys()) {
      const changes = listChanges(before, catalog, key === '*' ? null : key)
      if (changes.lists.length === 0) continue
      // Worked out once per owner of the key's sessions, for every face.
      const listsOf = new Map<string, readonly McpListName[]>()
      const changedFor = (owner: string) => {
        let changed = listsOf.get(owner)
        if (changed === undefined) {
          const viewer = owners.viewerOf(owner)
          changed = viewer === undefined ? changes.lists : changes.for(viewer)
          listsOf.set(owner, changed)
        }
        return changed
      }
      for (const list of changes.lists) {
        target.broadcast(key, `notifications/${list}/list_changed`, undefined, (owner) =>
          changedFor(owner).includes(list),
        )
      }
    }
  }
  const schedule = () => {
    if (timer) return
    timer = setTimeout(() => void flush().catch(options.onError), options.debounceMs ?? 100)
    timer.unref()
  }

  const flushAccess = async () => {
    accessTimer = undefined
    const before = seenBefore ?? new Map()
    seenBefore = undefined
    const changes = await owners.reassess(before)
    if (changes.length === 0) return
    const catalog = await registry.catalog.settled()
    for (const key of target.keys()) {
      for (const { owner, was, now } of changes) {
        for (const list of viewChanges(catalog, key === '*' ? null : key, was, now)) {
          target.broadcast(key, `notifications/${list}/list_changed`, undefined, (o) => o === owner)
        }
      }
    }
  }
  /** A user's change concerns that user; a team's or a role's, any owner. */
  const scheduleAccess = (changes: readonly Change[]) => {
    const everyone = changes.some((change) => change.entity === 'team' || change.entity === 'role')
    const users = changes.flatMap((change) => (change.entity === 'user' ? [change.id] : []))
    if (!everyone && users.length === 0) return
    // Taken now: a request heard before the debounce ends already brings the new rights. What an
    // owner could see before the first change not yet looked at is what counts.
    seenBefore = new Map([...owners.views(everyone ? undefined : users), ...(seenBefore ?? [])])
    if (accessTimer) return
    accessTimer = setTimeout(
      () => void flushAccess().catch(options.onError),
      options.debounceMs ?? 100,
    )
    accessTimer.unref()
  }
  const unsubscribe = registry.context.events.subscribe((changes) => {
    if (changes.some((change) => LISTED.has(change.entity))) schedule()
    scheduleAccess(changes)
  })

  return {
    subscription(sessionId, uri, subscribed) {
      if (!sessionId) return subscribers.get(uri)?.size ?? 0
      const sessions = subscribers.get(uri) ?? new Set<string>()
      if (subscribed) sessions.add(sessionId)
      else sessions.delete(sessionId)
      if (sessions.size > 0) subscribers.set(uri, sessions)
      else subscribers.delete(uri)
      return sessions.size
    },
    resourceUpdated(uri, params) {
      void registry.catalog.settled().then((catalog) => {
        // Owners hear of a listed resource they may see; of another URI (a template's), all who asked.
        const resource = [...catalog.resources.values()].find((r) => r.uri === uri)
        const to =
          resource &&
          ((owner: string) => {
            const viewer = owners.viewerOf(owner)
            return viewer === undefined || canView(viewer, resource)
          })
        for (const [key, server] of [['*', undefined] as const, ...catalog.servers]) {
          if (server === undefined || server.resources.some((m) => m.entity.uri === uri)) {
            target.publishUpdate(key, params ?? { uri }, to)
          }
        }
      })
      const sessions = subscribers.get(uri)
      if (!sessions) return
      for (const sessionId of sessions) {
        // A session that has ended stops receiving.
        if (
          !target.notifySession(sessionId, 'notifications/resources/updated', params ?? { uri })
        ) {
          sessions.delete(sessionId)
        }
      }
    },
    catchUp: schedule,
    close() {
      unsubscribe()
      clearTimeout(timer)
      clearTimeout(accessTimer)
    },
  }
}
