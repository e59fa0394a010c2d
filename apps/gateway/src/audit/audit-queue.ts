import type { AuditEntry } from '@switchyard/core'

/** Takes audit entries off the request path and writes them in batches. */
export interface AuditQueue {
  /** Queues an entry; never waits, and drops it when the queue is full. */
  record(entry: AuditEntry): void
  /** Writes everything queued so far. */
  flush(): Promise<void>
  /** Writes what is queued and stops; later entries are dropped. */
  close(): Promise<void>
  /** Entries dropped because the queue was full (or closed). */
  readonly dropped: number
}

/** What an audit queue writes to and how it batches. */
export interface AuditQueueOptions {
  /** Writes one batch (the store's `AuditLog.append`). */
  write(entries: readonly AuditEntry[]): Promise<void>
  /** Most entries held in memory; default 10 000. */
  maxQueued?: number
  /** Most entries per write; default 500. */
  batchSize?: number
  /** How long an entry waits for its batch; default 1000 ms. */
  flushIntervalMs?: number
  /** Told when a batch could not be written (those entries are lost) or entries were dropped. */
  onError?: (error: unknown, lost: number) => void
}

/** A bounded in-memory queue, flushed when a batch is full or after `flushIntervalMs`. */
export function createAuditQueue(options: AuditQueueOptions): AuditQueue {
  const maxQueued = options.maxQueued ?? 10_000
  const batchSize = options.batchSize ?? 500
  const intervalMs = options.flushIntervalMs ?? 1000
  let queued: AuditEntry[] = []
  let dropped = 0
  let reported = 0
  let closed = false
  let timer: NodeJS.Timeout | undefined
  let writing: Promise<void> = Promise.resolve()

  async function drain(): Promise<void> {
    while (queued.length > 0) {
      const batch = queued.slice(0, batchSize)
      queued = queued.slice(batchSize)
      try {
        await options.write(batch)
      } catch (error) {
        options.onError?.(error, batch.length)
      }
    }
    if (dropped > reported) {
      options.onError?.(new Error('audit queue full: entries dropped'), dropped - reported)
      reported = dropped
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = undefined
    writing = writing.then(drain)
    return writing
  }

  return {
    record(entry) {
      if (closed || queued.length >= maxQueued) {
        dropped++
        return
      }
      queued.push(entry)
      if (queued.length >= batchSize) void flush()
      else timer ??= setTimeout(() => void flush(), intervalMs).unref()
    },
    flush,
    async close() {
      closed = true
      await flush()
    },
    get dropped() {
      return dropped
    },
  }
}
