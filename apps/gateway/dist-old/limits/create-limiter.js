import { createInProcessLimiter } from '@switchyard/core';
/** The gateway's limiter: shared through Redis when REDIS_URL is set (ioredis loaded only then), in process otherwise. */
export async function createLimiter(config, logger) {
    if (!config.redisUrl)
        return createInProcessLimiter();
    const { createRedisLimiter } = await import('./redis-limiter.js');
    return createRedisLimiter({
        url: config.redisUrl,
        keyPrefix: config.rateLimitKeyPrefix,
        onOutage: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'Redis unavailable: rate limits are kept per replica until it answers again'),
    });
}
//# sourceMappingURL=create-limiter.js.map