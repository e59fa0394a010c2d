import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { z } from 'zod'
import { SNAPSHOT_FORMAT, type MetricsPeers, type MetricsSnapshot } from '../metrics/metrics.js'

/** This replica's metrics published for the others, and theirs read back. */
export interface MetricsShare extends MetricsPeers {
  /** Stops publishing and takes this replica's snapshot away. */
  close(): Promise<void>
}

/** What createMetricsShare needs. */
export interface MetricsShareOptions {
  redisUrl: string
  /** Key prefix of this deployment: `{prefix}metrics:replicas` (a set) and `{prefix}metrics:{replica}`. */
  prefix: string
  snapshot: () => MetricsSnapshot
  /** How often this replica publishes its snapshot; default 2,000 ms. A snapshot lapses after three. */
  intervalMs?: number
  onError: (error: unknown) => void
}

const Histogram = {
  calls: z.number(),
  failures: z.number(),
  maxMs: z.number(),
  bins: z.array(z.tuple([z.number().int(), z.number()])),
}
const Entity = z.object({
  name: z.string(),
  id: z.string().optional(),
  totalMs: z.number(),
  lastAt: z.number(),
  ...Histogram,
})
const Cell = z.object(Histogram)
const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  tools: z.array(Entity),
  servers: z.array(Entity),
  upstreams: z.array(Entity),
  series: z.object({
    bucketMs: z.number(),
    buckets: z.array(
      z.object({
        index: z.number().int(),
        kinds: z.partialRecord(
          z.enum(['tool', 'upstream', 'server']),
          z.object({ total: Cell, entities: z.array(z.tuple([z.string(), Cell])) }),
        ),
      }),
    ),
  }),
  droppedSamples: z.number(),
})

/**
 * Each replica writes its metrics snapshot to Redis every interval, under a key that lapses unless
 * rewritten (so a killed replica's figures leave the sums by themselves), and lists itself in a set
 * that readers prune of lapsed members. Nothing is written while the snapshot has not changed but
 * the key's lifetime.
 */
export function createMetricsShare(options: MetricsShareOptions): MetricsShare {
  const { prefix, onError } = options
  const intervalMs = options.intervalMs ?? 2_000
  const lifetimeMs = intervalMs * 3
  const replica = randomUUID()
  const members = `${prefix}metrics:replicas`
  const key = (id: string) => `${prefix}metrics:${id}`
  // Commands fail at once while Redis is away instead of queueing: the sums then leave others out.
  const redis = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 1_000,
  })
  redis.on('error', onError)
  let published: string | undefined

  const publish = async () => {
    const snapshot = JSON.stringify(options.snapshot())
    const write = redis.multi()
    if (snapshot === published) write.pexpire(key(replica), lifetimeMs)
    else write.set(key(replica), snapshot, 'PX', lifetimeMs)
    const [[, kept] = []] = (await write.sadd(members, replica).exec()) ?? []
    // A key found gone (Redis restarted empty) is written whole next time.
    published = kept === 0 ? undefined : snapshot
  }
  const timer = setInterval(() => {
    publish().catch((error: unknown) => {
      published = undefined
      onError(error)
    })
  }, intervalMs)
  timer.unref()

  const parse = (id: string, value: string): MetricsSnapshot[] => {
    try {
      return [SnapshotSchema.parse(JSON.parse(value))]
    } catch (error) {
      onError(new Error(`replica ${id}'s metrics snapshot is not usable`, { cause: error }))
      return []
    }
  }

  return {
    async others() {
      try {
        const ids = (await redis.smembers(members)).filter((id) => id !== replica)
        if (ids.length === 0) return []
        const values = await redis.mget(ids.map(key))
        const lapsed = ids.filter((_, i) => values[i] === null)
        if (lapsed.length > 0) redis.srem(members, ...lapsed).catch(onError)
        return ids.flatMap((id, i) => {
          const value = values[i]
          return value === null || value === undefined ? [] : parse(id, value)
        })
      } catch (error) {
        onError(error)
        return []
      }
    },
    async close() {
      clearInterval(timer)
      await redis.multi().del(key(replica)).srem(members, replica).exec().catch(onError)
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}
