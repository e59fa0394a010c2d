import { Redis } from 'ioredis'

/** Which replica owns each legacy session, shared by every replica over Redis. */
export interface SessionDirectory {
  /** Records a session this replica opened (and keeps it recorded while it lives). */
  opened(sessionId: string): void
  /** Removes a session this replica closed. */
  closed(sessionId: string): void
  /** The advertised URL of the replica that owns a session, if any replica does. */
  ownerOf(sessionId: string): Promise<string | undefined>
  /** Removes a session's record if it still names `owner` (an owner found dead). */
  forget(sessionId: string, owner: string): Promise<void>
  close(): Promise<void>
}

/** What createSessionDirectory needs. */
export interface SessionDirectoryOptions {
  redisUrl: string
  /** Key prefix of this deployment: records are `{prefix}session:{id}`. */
  prefix: string
  /** This replica's advertised URL, the value of its records. */
  self: string
  /** A record lapses this long after its owner stopped refreshing it (a killed replica). */
  ttlSeconds?: number
  onError: (error: unknown) => void
}

// Deletes a record only while it names the given owner, so a newer owner's record survives.
const FORGET = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`

/**
 * Records session ownership in Redis with a TTL that a timer refreshes for every session alive
 * here, so that the records of a replica that dies without closing its sessions lapse by themselves;
 * they are written again whenever the connection to Redis comes back.
 */
export function createSessionDirectory(options: SessionDirectoryOptions): SessionDirectory {
  const { prefix, self, onError } = options
  const ttl = options.ttlSeconds ?? 60
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 })
  redis.on('error', onError)
  const local = new Set<string>()
  const key = (id: string) => `${prefix}session:${id}`
  const recordAll = () => {
    if (local.size === 0) return
    const pipeline = redis.pipeline()
    for (const id of local) pipeline.set(key(id), self, 'EX', ttl)
    pipeline.exec().catch(onError)
  }
  const refresh = setInterval(recordAll, (ttl * 1000) / 3)
  refresh.unref()
  // Redis back after an outage, perhaps restarted empty: this replica's sessions are found at once.
  redis.on('ready', recordAll)
  return {
    opened(sessionId) {
      local.add(sessionId)
      redis.set(key(sessionId), self, 'EX', ttl).catch(onError)
    },
    closed(sessionId) {
      if (!local.delete(sessionId)) return
      redis.eval(FORGET, 1, key(sessionId), self).catch(onError)
    },
    async ownerOf(sessionId) {
      return (await redis.get(key(sessionId))) ?? undefined
    },
    async forget(sessionId, owner) {
      await redis.eval(FORGET, 1, key(sessionId), owner)
    },
    async close() {
      clearInterval(refresh)
      await redis.quit().catch(onError)
    },
  }
}
