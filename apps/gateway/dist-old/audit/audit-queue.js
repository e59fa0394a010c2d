/** A bounded in-memory queue, flushed when a batch is full or after `flushIntervalMs`. */
export function createAuditQueue(options) {
    const maxQueued = options.maxQueued ?? 10_000;
    const batchSize = options.batchSize ?? 500;
    const intervalMs = options.flushIntervalMs ?? 1000;
    let queued = [];
    let dropped = 0;
    let reported = 0;
    let closed = false;
    let timer;
    let writing = Promise.resolve();
    async function drain() {
        while (queued.length > 0) {
            const batch = queued.slice(0, batchSize);
            queued = queued.slice(batchSize);
            try {
                await options.write(batch);
            }
            catch (error) {
                options.onError?.(error, batch.length);
            }
        }
        if (dropped > reported) {
            options.onError?.(new Error('audit queue full: entries dropped'), dropped - reported);
            reported = dropped;
        }
    }
    function flush() {
        if (timer)
            clearTimeout(timer);
        timer = undefined;
        writing = writing.then(drain);
        return writing;
    }
    return {
        record(entry) {
            if (closed || queued.length >= maxQueued) {
                dropped++;
                return;
            }
            queued.push(entry);
            if (queued.length >= batchSize)
                void flush();
            else
                timer ??= setTimeout(() => void flush(), intervalMs).unref();
        },
        flush,
        async close() {
            closed = true;
            await flush();
        },
        get dropped() {
            return dropped;
        },
    };
}
//# sourceMappingURL=audit-queue.js.map