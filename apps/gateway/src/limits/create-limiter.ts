import { createInProcessLimiter, type RateLimiter } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'

/** The gateway's limiter: shared through Redis when REDIS_URL is set (ioredis loaded only then), in process otherwise. */
export async function createLimiter(config: GatewayConfig): Promise<RateLimiter> {
  if (!config.redisUrl) return createInProcessLimiter()
  const { createRedisLimiter } = await import('./redis-limiter.js')
  return createRedisLimiter({ url: config.redisUrl, keyPrefix: config.rateLimitKeyPrefix })
}
