/** Deepest nesting a JSON-RPC message may have (the gateway's REST bodies have the same limit). */
export const MAX_JSON_DEPTH = 64

/** True when a parsed JSON value nests arrays or objects deeper than `limit` levels. */
export function nestsDeeperThan(value: unknown, limit: number, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false
  if (depth > limit) return true
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (nestsDeeperThan(child, limit, depth + 1)) return true
  }
  return false
}
