import { GatewayError, type RateDecision, type RateLimit, type RateLimiter } from '@switchyard/core'
import { Redis } from 'ioredis'

// One atomic step per take, on Redis's clock, so every replica spends from the same bucket.
// A bucket is a hash {tokens, at}; it expires after one idle window (it would be full again by then).
const TAKE = `
local capacity = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local perMs = capacity / windowMs
local tokens = capacity
if state[1] then
  tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * perMs)
end
local allowed = 0
local retryMs = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retryMs = math.ceil((1 - tokens) / perMs)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], windowMs)
return { allowed, retryMs }
`

/** Options of the Redis limiter. */
export interface RedisLimiterOptions {
  /** `redis://` or `rediss://` URL. */
  url: string
  /** Prepended to every bucket key, so gateways (or test runs) sharing a Redis keep apart. */
  keyPrefix: string
}

type TakeCommand = (key: string, capacity: number, windowMs: number) => Promise<[number, number]>

/** Token buckets in Redis, shared by every replica that uses the same URL and key prefix. */
export function createRedisLimiter(options: RedisLimiterOptions): RateLimiter {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  })
  // ioredis reconnects by itself; a take that fails reaches its caller as an error.
  redis.on('error', () => undefined)
  redis.defineCommand('switchyardTake', { numberOfKeys: 1, lua: TAKE })
  const take = (redis as unknown as { switchyardTake: TakeCommand }).switchyardTake.bind(redis)
  return {
    async take(key: string, limit: RateLimit): Promise<RateDecision> {
      const [allowed, retryAfterMs] = await take(
        key,
        limit.requests,
        limit.windowSeconds * 1000,
      ).catch((error: unknown) => {
        throw new GatewayError('UNAVAILABLE', 'the rate-limit store (Redis) is unavailable', {
          cause: error,
        })
      })
      return { allowed: allowed === 1, retryAfterMs }
    },
    ping: () =>
      redis.ping().then(
        () => true,
        () => false,
      ),
    async close() {
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}
