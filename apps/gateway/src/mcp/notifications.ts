import type { Change, Registry } from '@switchyard/core'

/** Where downstream notifications go: every session of a key, or one session. */
export interface NotificationTarget {
  broadcast(key: string, method: string, params?: Record<string, unknown>): void
  /** A resource changed: to the 2026-era listen streams of a key that asked for its URI. */
  publishUpdate(key: string, params: Record<string, unknown>): void
  notifySession(sessionId: string, method: string, params?: Record<string, unknown>): boolean
}

const LIST_CHANGED: Record<string, readonly string[]> = {
  tool: ['notifications/tools/list_changed'],
  resource: ['notifications/resources/list_changed'],
  prompt: ['notifications/prompts/list_changed'],
  server: [
    'notifications/tools/list_changed',
    'notifications/resources/list_changed',
    'notifications/prompts/list_changed',
  ],
}
LIST_CHANGED.gateway = LIST_CHANGED.server ?? []

/** Tells downstream clients what changed: list_changed after registry changes, resources/updated to subscribers. */
export interface DownstreamNotifier {
  /** Records that a session (un)subscribed to a resource URI; returns how many sessions remain subscribed. */
  subscription(sessionId: string | undefined, uri: string, subscribed: boolean): number
  /** An upstream said a resource changed: tell the sessions subscribed to it. */
  resourceUpdated(uri: string, params: Record<string, unknown> | undefined): void
  close(): void
}

/** Debounces registry changes into list_changed notifications on every MCP endpoint. */
export function createDownstreamNotifier(
  registry: Registry,
  target: NotificationTarget,
  debounceMs = 100,
): DownstreamNotifier {
  const subscribers = new Map<string, Set<string>>()
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined

  const flush = async () => {
    timer = undefined
    const methods = pending
    pending = new Set()
    const catalog = await registry.catalog.settled()
    for (const key of ['*', ...catalog.servers.keys()]) {
      for (const method of methods) target.broadcast(key, method)
    }
  }
  const unsubscribe = registry.context.events.subscribe((changes: readonly Change[]) => {
    for (const change of changes)
      for (const method of LIST_CHANGED[change.entity] ?? []) pending.add(method)
    if (pending.size > 0 && !timer) {
      timer = setTimeout(() => void flush(), debounceMs)
      timer.unref()
    }
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
        for (const [key, server] of [['*', undefined] as const, ...catalog.servers]) {
          if (server === undefined || server.resources.some((m) => m.entity.uri === uri)) {
            target.publishUpdate(key, params ?? { uri })
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
    close() {
      unsubscribe()
      clearTimeout(timer)
    },
  }
}
