import { McpFaceError } from '@switchyard/transports'
import { errorMappings } from '../errors.js'
import type { ConcurrencyGate } from '../limits/concurrency-gate.js'
import { retryAfterSeconds, type RateLimiter } from '../limits/rate-limiter.js'
import type { RateLimit } from '../schemas/common.js'
import { asFaceError } from './forward.js'

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
  const decision = await limiter.take(key, limit).catch((error: unknown) => {
    throw asFaceError(error)
  })
  if (!decision.allowed) throw rateLimitedFaceError(what, decision.retryAfterMs)
}

/** Runs `call` within `key`'s concurrency cap; past `max` calls in flight it is refused at once (-32029). */
export async function withinCap<T>(
  gate: ConcurrencyGate,
  key: string,
  max: number,
  what: string,
  call: () => Promise<T>,
): Promise<T> {
  const leave = gate.enter(key, max)
  if (!leave) {
    throw new McpFaceError(
      errorMappings.RATE_LIMITED.jsonRpc,
      `${what} has ${max} calls in flight, its concurrency limit; retry shortly`,
      { retryAfterSeconds: 1, maxConcurrency: max },
    )
  }
  try {
    return await call()
  } finally {
    leave()
  }
}
