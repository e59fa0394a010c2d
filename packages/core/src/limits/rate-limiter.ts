import { GatewayError } from '../errors.js'
import type { RateLimit } from '../schemas/common.js'

/** The answer to one take: allowed, or refused until `retryAfterMs` from now. */
export interface RateDecision {
  allowed: boolean
  retryAfterMs: number
}

/**
 * Token buckets by key: a bucket holds `limit.requests` tokens and refills them evenly over
 * `limit.windowSeconds`; each take spends one. A bucket belongs to its limit: a take with another
 * limit (rate or window) for the same key starts a fresh bucket. In process on one node, shared
 * through Redis in a cluster.
 */
export interface RateLimiter {
  take(key: string, limit: RateLimit): Promise<RateDecision>
  /** Drops a key's bucket, so that its next take starts full (a limit was removed or changed). */
  forget(key: string): Promise<void>
  /** True when a shared limiter's store answers (readiness); absent in process. */
  ping?: () => Promise<boolean>
  close(): Promise<void>
}

/** Whole seconds until a refused caller may try again (at least 1), as `Retry-After` carries them. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000))
}

/** The RATE_LIMITED error for a refused take, with its `Retry-After` header. */
export function rateLimited(what: string, retryAfterMs: number): GatewayError {
  const seconds = retryAfterSeconds(retryAfterMs)
  return new GatewayError(
    'RATE_LIMITED',
    `rate limit exceeded for ${what}; retry after ${seconds} s`,
    {
      headers: { 'Retry-After': String(seconds) },
    },
  )
}

/** The bucket keys of the entities that carry a `rateLimit`. */
export const limitKeys = {
  tool: (id: string) => `tool:${id}`,
  server: (id: string) => `server:${id}`,
  token: (id: string) => `token:${id}`,
}

/** A limit as one string, stored with its bucket: a bucket of another limit is not reused. */
export function limitSignature(limit: RateLimit): string {
  return `${limit.requests}/${limit.windowSeconds}`
}
