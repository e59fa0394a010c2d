import { type HistogramTally } from './latency-histogram.js';
/** Calls, failures, latency percentiles and last call of one tool, server or upstream. */
export interface EntityMetrics {
    name: string;
    id?: string;
    calls: number;
    failures: number;
    failureRate: number;
    p50Ms: number | null;
    p95Ms: number | null;
    p99Ms: number | null;
    avgMs: number | null;
    lastCallAt: string | null;
}
/** One entity's figures as replicas hand them to each other. */
export interface EntityTally extends HistogramTally {
    name: string;
    id?: string | undefined;
    totalMs: number;
    /** The last call (ms since the epoch). */
    lastAt: number;
}
/** Per-entity statistics since the process started, fed in batches from the sample queue. */
export declare class EntityStats {
    #private;
    add(name: string, ms: number, failed: boolean, at: number, id?: string): void;
    /** Adds another replica's figures of one entity. */
    merge(tally: EntityTally): void;
    tallies(): EntityTally[];
    /** For other replicas: the entities that took calls since the last call (every one with `all`). */
    changed(all: boolean): EntityTally[];
    /** Every entity, busiest first. */
    list(): EntityMetrics[];
}
//# sourceMappingURL=entity-stats.d.ts.map