import { McpFaceError } from '@switchyard/transports'
import { errorMappings } from '../errors.js'
import { retryAfterSeconds, type RateLimiter } from '../limits/rate-limiter.js'
import type { RateLimit } from '../schemas/common.js'

/** The JSON-RPC form of a refused take: -32029 with `data: { retryAfterSeconds }`. */
export function rateLimitedFaceError(what: string, retryAfterMs: number): McpFaceError {
  const seconds = retryAfterSeconds(retryAfterMs)
  return new McpFaceError(
    errorMappings.RATE_LIMITED.jsonRpc,
    `rate limit exceeded for ${what}; retry after ${seconds} s`,
    { retryAfterSeconds: seconds },
  )
}

/** Spends one token of `key`'s bucket, or throws the JSON-RPC rate-limit error naming `what`. */
export async function spendToken(
  limiter: RateLimiter,
  key: string,
  limit: RateLimit,
  what: string,
): Promise<void> {
  const decision = await limiter.take(key, limit)
  if (!decision.allowed) throw rateLimitedFaceError(what, decision.retryAfterMs)
}
