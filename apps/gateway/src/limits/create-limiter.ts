import { createInProcessLimiter, type RateLimiter } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { createRedisLimiter } from './redis-limiter.js'

/** The gateway's limiter: shared through Redis when REDIS_URL is set, in process otherwise. */
export function createLimiter(config: GatewayConfig): RateLimiter {
  return config.redisUrl
    ? createRedisLimiter({ url: config.redisUrl, keyPrefix: config.rateLimitKeyPrefix })
    : createInProcessLimiter()
}
