/** Kinds of entity a change can be about. */
export type EntityKind =
  | 'gateway'
  | 'grpc'
  | 'tool'
  | 'resource'
  | 'prompt'
  | 'server'
  | 'root'
  | 'user'
  | 'a2a'
  | 'token'
  | 'session'
  | 'team'
  | 'role'
  /** A metrics reset: `id` is `{generation}`, `{generation}:{list}` or `{generation}:{list}:{name}` (see resetOf). */
  | 'metrics'

/** One committed change to the registry. */
export interface Change {
  entity: EntityKind
  id: string
  op: 'created' | 'updated' | 'deleted'
}

/** Receives committed changes. */
export type ChangeListener = (changes: readonly Change[]) => void

/** Fans committed changes out to listeners (the catalog, and in cluster mode other replicas). */
export interface ChangeBus {
  emit(changes: readonly Change[]): void
  subscribe(listener: ChangeListener): () => void
}

/** An in-process change bus. */
export function createChangeBus(): ChangeBus {
  const listeners = new Set<ChangeListener>()
  return {
    emit(changes) {
      if (changes.length === 0) return
      for (const listener of listeners) listener(changes)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
