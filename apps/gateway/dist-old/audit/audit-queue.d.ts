import type { AuditEntry } from '@switchyard/core';
/** Takes audit entries off the request path and writes them in batches. */
export interface AuditQueue {
    /** Queues an entry; never waits, and drops it when the queue is full. */
    record(entry: AuditEntry): void;
    /** Writes everything queued so far. */
    flush(): Promise<void>;
    /** Writes what is queued and stops; later entries are dropped. */
    close(): Promise<void>;
    /** Entries dropped because the queue was full (or closed). */
    readonly dropped: number;
}
/** What an audit queue writes to and how it batches. */
export interface AuditQueueOptions {
    /** Writes one batch (the store's `AuditLog.append`). */
    write(entries: readonly AuditEntry[]): Promise<void>;
    /** Most entries held in memory; default 10 000. */
    maxQueued?: number;
    /** Most entries per write; default 500. */
    batchSize?: number;
    /** How long an entry waits for its batch; default 1000 ms. */
    flushIntervalMs?: number;
    /** Told when a batch could not be written (those entries are lost) or entries were dropped. */
    onError?: (error: unknown, lost: number) => void;
}
/** A bounded in-memory queue, flushed when a batch is full or after `flushIntervalMs`. */
export declare function createAuditQueue(options: AuditQueueOptions): AuditQueue;
//# sourceMappingURL=audit-queue.d.ts.map