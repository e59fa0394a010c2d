import { randomUUID } from 'node:crypto'
import { createChangeBus, type Change, type ChangeBus, type EntityKind } from '@switchyard/core'
import { Redis } from 'ioredis'

/** Changes that empty a replica's principal cache: who someone is and what they may do. */
const AUTH_ENTITIES: ReadonlySet<EntityKind> = new Set(['user', 'token', 'session', 'team', 'role'])

/** The local changes plus those of every other replica that touch identity. */
export interface AuthChangeRelay {
  events: ChangeBus
  close(): Promise<void>
}

/** What createAuthChangeRelay needs. */
export interface AuthChangeRelayOptions {
  url: string
  /** The Redis pub/sub channel every replica of one deployment shares. */
  channel: string
  /** This replica's committed changes. */
  local: ChangeBus
  onError: (error: unknown) => void
}

/**
 * Shares user, token, session, team and role changes between replicas over Redis pub/sub, so that
 * a revoked token, a logged-out session or a removed role stops working on every replica at once
 * rather than when each one's principal cache expires. Redis being away delays, never blocks: ioredis
 * reconnects and the cache still expires on its own.
 */
export function createAuthChangeRelay(options: AuthChangeRelayOptions): AuthChangeRelay {
  const { url, channel, local, onError } = options
  const origin = randomUUID()
  const events = createChangeBus()
  const publisher = new Redis(url, { maxRetriesPerRequest: 1 })
  const subscriber = new Redis(url)
  publisher.on('error', onError)
  subscriber.on('error', onError)
  subscriber.subscribe(channel).catch(onError)
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      const sent = JSON.parse(message) as { origin: string; changes: Change[] }
      if (sent.origin !== origin) events.emit(sent.changes)
    } catch (error) {
      onError(error)
    }
  })
  const unsubscribe = local.subscribe((changes) => {
    events.emit(changes)
    const shared = changes.filter((change) => AUTH_ENTITIES.has(change.entity))
    if (shared.length > 0)
      publisher.publish(channel, JSON.stringify({ origin, changes: shared })).catch(onError)
  })
  return {
    events,
    async close() {
      unsubscribe()
      await Promise.allSettled([publisher.quit(), subscriber.quit()])
    },
  }
}
