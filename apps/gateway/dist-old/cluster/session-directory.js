import { Redis } from 'ioredis';
// Deletes a record only while it names the given owner, so a newer owner's record survives.
const FORGET = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;
/**
 * Records session ownership in Redis with a TTL that a timer refreshes for every session alive
 * here, so that the records of a replica that dies without closing its sessions lapse by themselves.
 */
export function createSessionDirectory(options) {
    const { prefix, self, onError } = options;
    const ttl = options.ttlSeconds ?? 60;
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
    redis.on('error', onError);
    const local = new Set();
    const key = (id) => `${prefix}session:${id}`;
    const refresh = setInterval(() => {
        if (local.size === 0)
            return;
        const pipeline = redis.pipeline();
        for (const id of local)
            pipeline.set(key(id), self, 'EX', ttl);
        pipeline.exec().catch(onError);
    }, (ttl * 1000) / 3);
    refresh.unref();
    return {
        opened(sessionId) {
            local.add(sessionId);
            redis.set(key(sessionId), self, 'EX', ttl).catch(onError);
        },
        closed(sessionId) {
            if (!local.delete(sessionId))
                return;
            redis.eval(FORGET, 1, key(sessionId), self).catch(onError);
        },
        async ownerOf(sessionId) {
            return (await redis.get(key(sessionId))) ?? undefined;
        },
        async forget(sessionId, owner) {
            await redis.eval(FORGET, 1, key(sessionId), owner);
        },
        async close() {
            clearInterval(refresh);
            await redis.quit().catch(onError);
        },
    };
}
//# sourceMappingURL=session-directory.js.map