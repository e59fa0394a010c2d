import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { z } from 'zod'
import type { LogRing } from '../logs/log-ring.js'

/** This replica's log records sent to the others, and theirs taken into its ring. */
export interface LogShare {
  /** Sends what is waiting and stops. */
  close(): Promise<void>
}

/** What createLogShare needs. */
export interface LogShareOptions {
  redisUrl: string
  /** Key prefix of this deployment: the list `{prefix}logs` and the channel `{prefix}logs:live`. */
  prefix: string
  ring: LogRing
  /** How often this replica's new records are sent; default 250 ms. */
  intervalMs?: number
  /** Told when Redis fails and when it works again (records of the meantime are not shared). */
  onOutage: (error: unknown) => void
}

const Entry = z.object({ replica: z.string(), line: z.string() })
const Batch = z.object({ replica: z.string(), lines: z.array(z.string()) })

/**
 * Every replica appends its log records to the capped list `{prefix}logs` (as long as a ring)
 * and publishes them on `{prefix}logs:live`, in batches; each takes the others' into its ring, the
 * list's once Redis first answers and the channel's live, so `/admin/logs/stream` on any replica
 * shows them all (`hostname` and `pid` tell whose a record is). Logs are best effort: while Redis
 * is away each replica keeps its own.
 */
export function createLogShare(options: LogShareOptions): LogShare {
  const { ring, onOutage } = options
  const self = randomUUID()
  const list = `${options.prefix}logs`
  const channel = `${options.prefix}logs:live`
  // Commands fail at once while Redis is away instead of queueing: those records stay local.
  const redis = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 1_000,
  })
  const listener = new Redis(options.redisUrl)
  let failing = false
  const failed = (error: unknown) => {
    if (failing) return
    failing = true
    onOutage(error)
  }
  const worked = () => {
    if (!failing) return
    failing = false
    onOutage(undefined)
  }
  redis.on('error', failed)
  listener.on('error', failed)

  const take = (replica: string, line: string) => {
    if (replica !== self) ring.receive(line)
  }
  listener.on('ready', () => void listener.subscribe(channel).catch(failed))
  listener.on('message', (_channel: string, message: string) => {
    const batch = Batch.safeParse(parseJson(message))
    if (batch.success) for (const line of batch.data.lines) take(batch.data.replica, line)
  })
  // Records wait until Redis first answers (its connect is under way, not away), then go out.
  let connected = false
  let loaded = false
  redis.on('ready', () => {
    connected = true
    if (loaded) return
    redis.lrange(list, -ring.capacity, -1).then((entries) => {
      loaded = true
      for (const entry of entries) {
        const parsed = Entry.safeParse(parseJson(entry))
        if (parsed.success) take(parsed.data.replica, parsed.data.line)
      }
    }, failed)
  })

  let waiting: string[] = []
  const unforward = ring.forward((line) => {
    if (waiting.length < ring.capacity) waiting.push(line.trimEnd())
  })
  let sending = Promise.resolve()
  const send = () => {
    if (waiting.length === 0 || !connected) return sending
    const lines = waiting
    waiting = []
    const entries = lines.map((line) => JSON.stringify({ replica: self, line }))
    sending = sending.then(() =>
      redis
        .multi()
        .rpush(list, ...entries)
        .ltrim(list, -ring.capacity, -1)
        .publish(channel, JSON.stringify({ replica: self, lines }))
        .exec()
        .then(worked, failed),
    )
    return sending
  }
  const timer = setInterval(() => void send(), options.intervalMs ?? 250)
  timer.unref()

  return {
    async close() {
      clearInterval(timer)
      unforward()
      await send()
      redis.disconnect()
      listener.disconnect()
    },
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
