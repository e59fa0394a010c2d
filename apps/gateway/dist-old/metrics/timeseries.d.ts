import type { CallSample } from './call-sample.js';
import { type HistogramTally } from './latency-histogram.js';
/** The kinds a time series is kept for: tool calls, upstream requests, virtual servers' MCP requests. */
export type SeriesKind = 'tool' | 'upstream' | 'server';
/** One bucket of a series: calls, failures and latency percentiles (ms, estimated) in that interval. */
export interface SeriesPoint {
    /** The start of the bucket. */
    at: string;
    calls: number;
    failures: number;
    errorRate: number;
    p50Ms: number | null;
    p95Ms: number | null;
    p99Ms: number | null;
}
/** `GET /metrics/timeseries`: one entity's (or a whole kind's) buckets, oldest first, empty ones included. */
export interface Series {
    kind: SeriesKind;
    /** The entity, or null for the total of the kind. */
    name: string | null;
    bucketSeconds: number;
    points: SeriesPoint[];
}
/** Bounded per-interval history of calls, kept in memory: a ring of buckets, each a few cells. */
export interface TimeSeries {
    add(batch: readonly CallSample[]): void;
    /** The last `buckets` buckets (at most the kept number) of an entity, or of the kind's total. */
    read(kind: SeriesKind, name: string | null, buckets?: number): Series;
    /** The indices of the last `buckets` buckets of the window, oldest first. */
    indices(buckets?: number): number[];
    /**
     * For other replicas: the cells of the buckets that took calls since the last call (of every
     * bucket in the window with `all`), and the oldest bucket still in the window.
     */
    changed(all: boolean): {
        oldest: number;
        cells: SeriesCell[];
    };
    /** The cells of one entity (or, with `name` null, of the kind's total) in the window. */
    cellsOf(kind: SeriesKind, name: string | null): SeriesCell[];
    /** Adds a cell of another replica (one outside the window is left out). */
    merge(cell: SeriesCell): void;
}
/** One entity's calls (or, with `name` null, its kind's) in one bucket, as replicas share them. */
export interface SeriesCell {
    index: number;
    kind: SeriesKind;
    name: string | null;
    tally: HistogramTally;
}
/** Options for createTimeSeries. */
export interface TimeSeriesOptions {
    /** Default 60,000 ms (one minute). */
    bucketMs?: number;
    /** How many buckets are kept; default 60 (an hour of minutes). */
    buckets?: number;
    /** Entities kept per bucket and kind beyond which calls count in the total only; default 1,000. */
    maxEntities?: number;
    now?: () => number;
}
/** A per-minute (by default) history of the last hour, fed with the metrics queue's batches. */
export declare function createTimeSeries(options?: TimeSeriesOptions): TimeSeries;
//# sourceMappingURL=timeseries.d.ts.map