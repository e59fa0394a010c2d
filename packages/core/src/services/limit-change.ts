import { limitSignature } from '../limits/rate-limiter.js'
import type { RateLimit } from '../schemas/common.js'
import type { ServiceContext } from './context.js'

const signature = (limit: RateLimit | null) => limit && limitSignature(limit)

/**
 * After an update, tells the limiter (`onRateLimitChange`) that `key`'s limit was changed or
 * removed, so that a limit set again later starts from a full bucket; `after` undefined: untouched.
 */
export async function rateLimitUpdated(
  context: ServiceContext,
  key: string,
  before: RateLimit | null,
  after: RateLimit | null | undefined,
): Promise<void> {
  if (after !== undefined && signature(before) !== signature(after))
    await context.onRateLimitChange?.(key)
}
