/** Counts calls in flight per key on this node; a key leaves the map when its last call ends. */
export interface ConcurrencyGate {
  /** Enters a call under `max`, returning how to leave, or undefined when `max` are in flight already. */
  enter(key: string, max: number): (() => void) | undefined
}

/** A concurrency gate for one node (caps are per replica, not shared through Redis). */
export function createConcurrencyGate(): ConcurrencyGate {
  const inflight = new Map<string, number>()
  return {
    enter(key, max) {
      const count = inflight.get(key) ?? 0
      if (count >= max) return undefined
      inflight.set(key, count + 1)
      let left = false
      return () => {
        if (left) return
        left = true
        const rest = (inflight.get(key) ?? 1) - 1
        if (rest === 0) inflight.delete(key)
        else inflight.set(key, rest)
      }
    },
  }
}
