import type { RateLimit } from '../schemas/common.js'
import { limitSignature, type RateDecision, type RateLimiter } from './rate-limiter.js'

/** Options of the in-process limiter. */
export interface InProcessLimiterOptions {
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number
  /** Most buckets kept; past it the least recently used goes. Default 100 000. */
  maxBuckets?: number
  /** How often full (idle) buckets are swept, in milliseconds. Default 60 000. */
  sweepIntervalMs?: number
}

interface Bucket {
  tokens: number
  at: number
  windowMs: number
  /** The limit it was filled for (`limitSignature`). */
  limit: string
}

/** Token buckets in a Map on this node: idle buckets (full again) are swept, and the count is capped. */
export function createInProcessLimiter(
  options: InProcessLimiterOptions = {},
): RateLimiter & { readonly size: number } {
  const now = options.now ?? Date.now
  const maxBuckets = options.maxBuckets ?? 100_000
  const sweepIntervalMs = options.sweepIntervalMs ?? 60_000
  const buckets = new Map<string, Bucket>()
  let sweptAt = now()

  // A bucket untouched for a whole window is full again: it equals a fresh one, so it can go.
  function sweep(at: number): void {
    sweptAt = at
    for (const [key, bucket] of buckets) if (at - bucket.at >= bucket.windowMs) buckets.delete(key)
  }

  function take(key: string, limit: RateLimit): RateDecision {
    const at = now()
    if (at - sweptAt >= sweepIntervalMs) sweep(at)
    const windowMs = limit.windowSeconds * 1000
    const perMs = limit.requests / windowMs
    const signature = limitSignature(limit)
    const found = buckets.get(key)
    const bucket = found?.limit === signature ? found : undefined
    const tokens = bucket
      ? Math.min(limit.requests, bucket.tokens + Math.max(0, at - bucket.at) * perMs)
      : limit.requests
    // Re-inserting keeps the Map in least-recently-used order for the cap.
    buckets.delete(key)
    const allowed = tokens >= 1
    buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at, windowMs, limit: signature })
    if (buckets.size > maxBuckets) buckets.delete(buckets.keys().next().value as string)
    return { allowed, retryAfterMs: allowed ? 0 : Math.ceil((1 - tokens) / perMs) }
  }

  return {
    take: (key, limit) => Promise.resolve(take(key, limit)),
    forget: (key) => Promise.resolve(void buckets.delete(key)),
    close: () => Promise.resolve(buckets.clear()),
    get size() {
      return buckets.size
    },
  }
}
