import { LatencyHistogram, LatencyScale, round } from './latency-histogram.js';
// Latency bins grow by half each: 0.5 ms ... about 64 s in 30 bins (estimates within a bin's width).
const SCALE = new LatencyScale(0.5, 1.5, 30);
const KINDS = ['tool', 'upstream', 'server'];
const KIND_OF = {
    tool: 'tool',
    upstream: 'upstream',
    mcp: 'server',
};
const emptyBucket = (index) => ({
    index,
    changed: false,
    totals: {
        tool: new LatencyHistogram(SCALE),
        upstream: new LatencyHistogram(SCALE),
        server: new LatencyHistogram(SCALE),
    },
    entities: { tool: new Map(), upstream: new Map(), server: new Map() },
});
/** A per-minute (by default) history of the last hour, fed with the metrics queue's batches. */
export function createTimeSeries(options = {}) {
    const bucketMs = options.bucketMs ?? 60_000;
    const kept = options.buckets ?? 60;
    const maxEntities = options.maxEntities ?? 1000;
    const now = options.now ?? Date.now;
    const ring = new Array(kept);
    const bucketAt = (index) => {
        const slot = index % kept;
        let bucket = ring[slot];
        if (bucket?.index !== index)
            ring[slot] = bucket = emptyBucket(index);
        return bucket;
    };
    /** Whether a bucket is in the window that ends with the bucket `current` (of now). */
    const inWindow = (index, current = Math.floor(now() / bucketMs)) => index > current - kept && index <= current;
    const indices = (buckets = kept) => {
        const current = Math.floor(now() / bucketMs);
        const count = Math.min(Math.max(1, buckets), kept);
        return Array.from({ length: count }, (_, i) => current - count + 1 + i);
    };
    /** An entity's cell (or, with `name` null, the kind's total) in the bucket of `index`, if any. */
    const cellAt = (index, kind, name) => {
        const bucket = ring[index % kept];
        if (bucket?.index !== index)
            return undefined;
        return name === null ? bucket.totals[kind] : bucket.entities[kind].get(name);
    };
    /** The entity's cell of a bucket; none past maxEntities (its calls count in the total only). */
    const cellOf = (bucket, kind, name) => {
        const cells = bucket.entities[kind];
        let cell = cells.get(name);
        if (!cell && cells.size < maxEntities)
            cells.set(name, (cell = new LatencyHistogram(SCALE)));
        return cell;
    };
    return {
        add(batch) {
            const current = Math.floor(now() / bucketMs);
            for (const sample of batch) {
                const kind = KIND_OF[sample.kind];
                const index = Math.floor(sample.at / bucketMs);
                if (!kind || !inWindow(index, current))
                    continue;
                const bucket = bucketAt(index);
                bucket.changed = true;
                const ms = sample.seconds * 1000;
                const failed = sample.error !== undefined;
                bucket.totals[kind].add(ms, failed);
                cellOf(bucket, kind, sample.name)?.add(ms, failed);
            }
        },
        indices,
        changed(all) {
            const current = Math.floor(now() / bucketMs);
            const cells = [];
            for (const bucket of ring) {
                if (!bucket || !(all || bucket.changed) || !inWindow(bucket.index, current))
                    continue;
                bucket.changed = false;
                for (const kind of KINDS) {
                    const total = bucket.totals[kind];
                    if (total.calls === 0)
                        continue;
                    cells.push({ index: bucket.index, kind, name: null, tally: total.tally() });
                    for (const [name, cell] of bucket.entities[kind])
                        cells.push({ index: bucket.index, kind, name, tally: cell.tally() });
                }
            }
            return { oldest: current - kept + 1, cells };
        },
        cellsOf(kind, name) {
            return indices().flatMap((index) => {
                const cell = cellAt(index, kind, name);
                return cell && cell.calls > 0 ? [{ index, kind, name, tally: cell.tally() }] : [];
            });
        },
        merge({ index, kind, name, tally }) {
            if (!inWindow(index))
                return;
            const bucket = bucketAt(index);
            if (name === null)
                bucket.totals[kind].merge(tally);
            else
                cellOf(bucket, kind, name)?.merge(tally);
        },
        read(kind, name, buckets) {
            const points = indices(buckets).map((index) => {
                const cell = cellAt(index, kind, name);
                const calls = cell?.calls ?? 0;
                const failures = cell?.failures ?? 0;
                return {
                    at: new Date(index * bucketMs).toISOString(),
                    calls,
                    failures,
                    errorRate: calls === 0 ? 0 : round(failures / calls),
                    p50Ms: cell?.quantile(0.5) ?? null,
                    p95Ms: cell?.quantile(0.95) ?? null,
                    p99Ms: cell?.quantile(0.99) ?? null,
                };
            });
            return { kind, name, bucketSeconds: bucketMs / 1000, points };
        },
    };
}
//# sourceMappingURL=timeseries.js.map