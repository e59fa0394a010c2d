import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { z } from 'zod'
import {
  ENTITY_LISTS,
  type ListedTally,
  type MetricsChanges,
  type MetricsPeers,
} from '../metrics/metrics.js'
import { EntityTallySchema, HistogramTallySchema } from '../metrics/tally-schema.js'
import type { SeriesCell, SeriesKind } from '../metrics/timeseries.js'

/** This replica's metrics published for the others, and theirs read back. */
export interface MetricsShare extends MetricsPeers {
  /** Stops publishing and takes this replica's figures away. */
  close(): Promise<void>
}

/** What createMetricsShare needs. */
export interface MetricsShareOptions {
  redisUrl: string
  /** Key prefix of this deployment; see createMetricsShare for the keys. */
  prefix: string
  /** This replica's figures that changed since the last call (all of them with `all`). */
  changes: (all: boolean) => MetricsChanges
  /** How often this replica publishes; default 2,000 ms. Its figures lapse after three intervals. */
  intervalMs?: number
  onError: (error: unknown) => void
}

/** The layout of the published figures; replicas that publish another one are left out. */
const FORMAT = 1

const Meta = z.object({ format: z.literal(FORMAT), droppedSamples: z.number() })

/**
 * Each replica publishes what changed in its figures every interval, into two Redis hashes that
 * lapse unless refreshed (so a killed replica's figures leave the sums by themselves):
 * `{prefix}metrics:{replica}:entities` (field `meta`, and `{list}:{name}` per entity) and
 * `{prefix}metrics:{replica}:series` (`{bucket}:{kind}` per kind's total, `{bucket}:{kind}:{name}`
 * per entity), and lists itself in the set `{prefix}metrics:replicas`, which readers prune of
 * lapsed members. A reader fetches every replica's entities for `/metrics`, and for a time series
 * only the cells of the entity asked for.
 */
export function createMetricsShare(options: MetricsShareOptions): MetricsShare {
  const { prefix, onError } = options
  const intervalMs = options.intervalMs ?? 2_000
  const lifetimeMs = intervalMs * 3
  const self = randomUUID()
  const members = `${prefix}metrics:replicas`
  const entitiesKey = (id: string) => `${prefix}metrics:${id}:entities`
  const seriesKey = (id: string) => `${prefix}metrics:${id}:series`
  const cellField = (index: number, kind: SeriesKind, name: string | null) =>
    name === null ? `${index}:${kind}` : `${index}:${kind}:${name}`
  // Commands fail at once while Redis is away instead of queueing: the sums then leave others out.
  const redis = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 1_000,
  })
  redis.on('error', onError)

  // Everything is published the first time and after the hashes were found gone (or a write failed).
  let everything = true
  /** The series fields written per bucket, deleted when the bucket leaves the window. */
  const written = new Map<number, Set<string>>()
  // A replacement that failed is owed until one succeeds (the folded figures must leave).
  let replacing = false
  /** Publishes what changed, or everything; with `replace`, in place of the entities there. */
  const publish = async (replace = false): Promise<void> => {
    replacing ||= replace
    const all = everything || replacing
    everything = true
    if (all) written.clear()
    const changes = options.changes(all)
    const entities: Record<string, string> = {
      meta: JSON.stringify({ format: FORMAT, droppedSamples: changes.droppedSamples }),
    }
    for (const { list, tally } of changes.entities)
      entities[`${list}:${tally.name}`] = JSON.stringify(tally)
    const cells: Record<string, string> = {}
    for (const { index, kind, name, tally } of changes.cells) {
      const field = cellField(index, kind, name)
      cells[field] = JSON.stringify(tally)
      written.set(index, (written.get(index) ?? new Set()).add(field))
    }
    const stale: string[] = []
    for (const [index, fields] of written) {
      if (index >= changes.oldest) continue
      stale.push(...fields)
      written.delete(index)
    }
    const write = redis.multi().hexists(entitiesKey(self), 'meta')
    if (replacing) write.del(entitiesKey(self))
    write.hset(entitiesKey(self), entities)
    if (Object.keys(cells).length > 0) write.hset(seriesKey(self), cells)
    if (stale.length > 0) write.hdel(seriesKey(self), ...stale)
    write
      .pexpire(entitiesKey(self), lifetimeMs)
      .pexpire(seriesKey(self), lifetimeMs)
      .sadd(members, self)
    const [[, found] = []] = (await write.exec()) ?? []
    everything = false
    replacing = false
    // hashes found gone (Redis restarted empty, or this replica stalled for three intervals) are
    // written whole at once
    if (!all && found === 0) {
      everything = true
      await publish()
    }
  }
  // One publication at a time, in order: a later one is never overwritten by an earlier one.
  let publishing = Promise.resolve()
  const published = (replace = false) =>
    (publishing = publishing.catch(() => undefined).then(() => publish(replace)))
  const timer = setInterval(() => {
    published().catch(onError)
  }, intervalMs)
  timer.unref()

  /** Every other replica in the set, with what `read` fetched for it (in one round trip). */
  const others = async <T>(read: (pipeline: ReturnType<Redis['pipeline']>, id: string) => void) => {
    const ids = (await redis.smembers(members)).filter((id) => id !== self)
    if (ids.length === 0) return []
    const pipeline = redis.pipeline()
    for (const id of ids) read(pipeline, id)
    const results = (await pipeline.exec()) ?? []
    return ids.map((id, i) => {
      const [error, value] = results[i] ?? []
      if (error) throw error
      return { id, value: value as T }
    })
  }
  const usable = <T>(id: string, what: string, parse: () => T): T | undefined => {
    try {
      return parse()
    } catch (error) {
      onError(new Error(`replica ${id}'s ${what} is not usable`, { cause: error }))
      return undefined
    }
  }

  return {
    replace: () => published(true),
    async entities() {
      try {
        const read = await others<Record<string, string>>((pipeline, id) => {
          pipeline.hgetall(entitiesKey(id))
        })
        const lapsed = read.filter(({ value }) => value.meta === undefined).map(({ id }) => id)
        if (lapsed.length > 0) redis.srem(members, ...lapsed).catch(onError)
        return read.flatMap(({ id, value }) => {
          const { meta, ...fields } = value
          if (meta === undefined) return []
          const header = usable(id, 'metrics', () => Meta.parse(JSON.parse(meta)))
          if (!header) return []
          const entities: ListedTally[] = []
          for (const [field, json] of Object.entries(fields)) {
            const list = ENTITY_LISTS.find((known) => field.startsWith(`${known}:`))
            const tally = usable(id, `metrics of ${field}`, () =>
              EntityTallySchema.parse(JSON.parse(json)),
            )
            if (tally && list) entities.push({ list, tally })
          }
          return [{ droppedSamples: header.droppedSamples, entities }]
        })
      } catch (error) {
        onError(error)
        return []
      }
    },
    async cells(kind, name, indices) {
      try {
        const fields = indices.map((index) => cellField(index, kind, name))
        const read = await others<(string | null)[]>((pipeline, id) => {
          pipeline.hmget(seriesKey(id), ...fields)
        })
        return read.flatMap(({ id, value }) =>
          value.flatMap((json, i): SeriesCell[] => {
            if (json === null) return []
            const tally = usable(id, `metrics of ${fields[i]}`, () =>
              HistogramTallySchema.parse(JSON.parse(json)),
            )
            return tally ? [{ index: indices[i]!, kind, name, tally }] : []
          }),
        )
      } catch (error) {
        onError(error)
        return []
      }
    },
    async close() {
      clearInterval(timer)
      await publishing.catch(() => undefined)
      await redis
        .multi()
        .del(entitiesKey(self), seriesKey(self))
        .srem(members, self)
        .exec()
        .catch(onError)
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}
