import {
  createInProcessLimiter,
  limitSignature,
  type RateDecision,
  type RateLimit,
  type RateLimiter,
} from '@switchyard/core'
import { Redis } from 'ioredis'

// One atomic step per take, on Redis's clock, so every replica spends from the same bucket.
// A bucket is a hash {tokens, at, limit}; it expires after one idle window (it would be full again
// by then), and a bucket of another limit (rate or window) starts afresh.
const TAKE = `
local capacity = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'limit')
local perMs = capacity / windowMs
local tokens = capacity
if state[1] and state[3] == ARGV[3] then
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
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now, 'limit', ARGV[3])
redis.call('PEXPIRE', KEYS[1], windowMs)
return { allowed, retryMs }
`

/** Options of the Redis limiter. */
export interface RedisLimiterOptions {
  /** `redis://` or `rediss://` URL. */
  url: string
  /** Prepended to every bucket key, so gateways (or test runs) sharing a Redis keep apart. */
  keyPrefix: string
  /** Told once per outage that buckets are kept in process until Redis answers again. */
  onOutage?: (error: unknown) => void
}

/** Connection states in which a command would wait for a reconnect instead of answering. */
const AWAY = new Set(['reconnecting', 'close', 'end'])

type TakeCommand = (
  key: string,
  capacity: number,
  windowMs: number,
  signature: string,
) => Promise<[number, number]>

/**
 * Token buckets in Redis, shared by every replica that uses the same URL and key prefix. While Redis
 * is away, each replica spends from buckets of its own (a limit then holds per replica, not for the
 * cluster): calls go on being served and limited, and go back to the shared buckets once Redis answers.
 */
export function createRedisLimiter(options: RedisLimiterOptions): RateLimiter {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    // a take on a connection whose peer went silent gives up and falls back
    commandTimeout: 2_000,
  })
  // ioredis reconnects by itself; a take that fails falls back to the local buckets.
  redis.on('error', () => undefined)
  redis.defineCommand('switchyardTake', { numberOfKeys: 1, lua: TAKE })
  const take = (redis as unknown as { switchyardTake: TakeCommand }).switchyardTake.bind(redis)
  const local = createInProcessLimiter()
  let away = false
  const fallBack = (error: unknown, key: string, limit: RateLimit) => {
    if (!away) options.onOutage?.(error)
    away = true
    return local.take(key, limit)
  }
  return {
    async take(key: string, limit: RateLimit): Promise<RateDecision> {
      if (AWAY.has(redis.status)) return fallBack(new Error(`Redis is ${redis.status}`), key, limit)
      try {
        const windowMs = limit.windowSeconds * 1000
        const [allowed, retryAfterMs] = await take(
          key,
          limit.requests,
          windowMs,
          limitSignature(limit),
        )
        away = false
        return { allowed: allowed === 1, retryAfterMs }
      } catch (error) {
        return fallBack(error, key, limit)
      }
    },
    async forget(key: string): Promise<void> {
      await local.forget(key)
      if (!AWAY.has(redis.status)) await redis.del(key)
    },
    ping: () =>
      redis.ping().then(
        () => true,
        () => false,
      ),
    async close() {
      await local.close()
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}
