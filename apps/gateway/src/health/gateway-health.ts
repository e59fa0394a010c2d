import type { ChangeBus, GatewayStatus } from '@switchyard/core'

/** A state an upstream entered: its discovery status, or `disabled`. */
export interface HealthTransition {
  at: string
  status: GatewayStatus | 'disabled'
  reason: string | null
}

/** What the history needs to know of an upstream; undefined once it is gone. */
export type GatewayStateReader = (
  id: string,
) => Promise<{ status: GatewayStatus; enabled: boolean; reason: string | null } | undefined>

/** Each upstream's recent state changes, kept in memory from the moment this process starts. */
export interface GatewayHealth {
  /** The transitions of one upstream, oldest first (empty when none was seen). */
  history(id: string): HealthTransition[]
  /** Stops listening and waits for a read under way. */
  close(): Promise<void>
}

/** Options for createGatewayHealth. */
export interface GatewayHealthOptions {
  events: ChangeBus
  read: GatewayStateReader
  /** Transitions kept per upstream; default 100. */
  limit?: number
  onError?: (error: unknown) => void
  now?: () => Date
}

/**
 * Follows the change events of upstreams (discovery, health checks, enable/disable, on this replica
 * or, through the shared bus, another) and records each change of state with its time.
 */
export function createGatewayHealth(options: GatewayHealthOptions): GatewayHealth {
  const limit = options.limit ?? 100
  const now = options.now ?? (() => new Date())
  const histories = new Map<string, HealthTransition[]>()
  let chain = Promise.resolve()

  const observe = async (id: string, deleted: boolean): Promise<void> => {
    const state = deleted ? undefined : await options.read(id)
    if (!state) {
      histories.delete(id)
      return
    }
    const status = state.enabled ? state.status : 'disabled'
    const reason = state.enabled ? state.reason : null
    const history = histories.get(id) ?? []
    const last = history.at(-1)
    if (last?.status === status && last.reason === reason) return
    history.push({ at: now().toISOString(), status, reason })
    if (history.length > limit) history.splice(0, history.length - limit)
    histories.set(id, history)
  }

  const unsubscribe = options.events.subscribe((changes) => {
    for (const change of changes) {
      if (change.entity !== 'gateway') continue
      // One read at a time, in the order the changes came.
      chain = chain
        .then(() => observe(change.id, change.op === 'deleted'))
        .catch((error: unknown) => options.onError?.(error))
    }
  })

  return {
    history: (id) => [...(histories.get(id) ?? [])],
    close: async () => {
      unsubscribe()
      await chain
    },
  }
}
