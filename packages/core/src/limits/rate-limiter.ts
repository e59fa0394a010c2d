import { GatewayError } from '../errors.js'
import type { RateLimit } from '../schemas/common.js'

/** The answer to one take: allowed, or refused until `retryAfterMs` from now. */
export interface RateDecision {
  allowed: boolean
  retryAfterMs: number
}

/**
 * Token buckets by key: a bucket holds `limit.requests` tokens and refills them evenly over
 * `limit.windowSeconds`; each take spends one. In process on one node, shared through Redis in a cluster.
 */
export interface RateLimiter {
  take(key: string, limit: RateLimit): Promise<RateDecision>
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
