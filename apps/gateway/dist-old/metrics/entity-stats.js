import { LatencyHistogram, LatencyScale, round } from './latency-histogram.js';
// 10 µs to 10 minutes in bins 4% apart: percentiles within 4% above the true value.
const SCALE = new LatencyScale(0.01, 1.04, 458);
class Entry {
    id;
    totalMs = 0;
    lastAt = 0;
    /** Took calls since `changed` was last asked. */
    changed = false;
    latency = new LatencyHistogram(SCALE);
    constructor(id) {
        this.id = id;
    }
}
/** Per-entity statistics since the process started, fed in batches from the sample queue. */
export class EntityStats {
    #entries = new Map();
    add(name, ms, failed, at, id) {
        const entry = this.#entry(name, id);
        entry.changed = true;
        entry.latency.add(ms, failed);
        entry.totalMs += ms;
        entry.lastAt = Math.max(entry.lastAt, at);
    }
    /** Adds another replica's figures of one entity. */
    merge(tally) {
        const entry = this.#entry(tally.name, tally.id);
        entry.latency.merge(tally);
        entry.totalMs += tally.totalMs;
        entry.lastAt = Math.max(entry.lastAt, tally.lastAt);
    }
    tallies() {
        return [...this.#entries.keys()].map((name) => this.#tally(name));
    }
    /** For other replicas: the entities that took calls since the last call (every one with `all`). */
    changed(all) {
        const tallies = [];
        for (const [name, entry] of this.#entries) {
            if (all || entry.changed)
                tallies.push(this.#tally(name));
            entry.changed = false;
        }
        return tallies;
    }
    #tally(name) {
        const entry = this.#entries.get(name);
        return {
            name,
            ...(entry.id !== undefined && { id: entry.id }),
            totalMs: entry.totalMs,
            lastAt: entry.lastAt,
            ...entry.latency.tally(),
        };
    }
    /** Every entity, busiest first. */
    list() {
        return [...this.#entries]
            .map(([name, entry]) => summarize(name, entry))
            .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));
    }
    #entry(name, id) {
        let entry = this.#entries.get(name);
        if (!entry)
            this.#entries.set(name, (entry = new Entry(id)));
        return entry;
    }
}
function summarize(name, entry) {
    const { calls, failures } = entry.latency;
    return {
        name,
        ...(entry.id !== undefined && { id: entry.id }),
        calls,
        failures,
        failureRate: calls === 0 ? 0 : round(failures / calls),
        p50Ms: entry.latency.quantile(0.5),
        p95Ms: entry.latency.quantile(0.95),
        p99Ms: entry.latency.quantile(0.99),
        avgMs: calls === 0 ? null : round(entry.totalMs / calls),
        lastCallAt: entry.lastAt === 0 ? null : new Date(entry.lastAt).toISOString(),
    };
}
//# sourceMappingURL=entity-stats.js.map