import { type RateLimiter } from '@switchyard/core';
/** Options of the Redis limiter. */
export interface RedisLimiterOptions {
    /** `redis://` or `rediss://` URL. */
    url: string;
    /** Prepended to every bucket key, so gateways (or test runs) sharing a Redis keep apart. */
    keyPrefix: string;
    /** Told once per outage that buckets are kept in process until Redis answers again. */
    onOutage?: (error: unknown) => void;
}
/**
 * Token buckets in Redis, shared by every replica that uses the same URL and key prefix. While Redis
 * is away, each replica spends from buckets of its own (a limit then holds per replica, not for the
 * cluster): calls go on being served and limited, and go back to the shared buckets once Redis answers.
 */
export declare function createRedisLimiter(options: RedisLimiterOptions): RateLimiter;
//# sourceMappingURL=redis-limiter.d.ts.map