/** Bins on a log scale: bin 0 holds up to `firstMs`, each next bin's bound is `growth` times larger. */
export declare class LatencyScale {
    #private;
    readonly firstMs: number;
    readonly growth: number;
    readonly bins: number;
    constructor(firstMs: number, growth: number, bins: number);
    binOf(ms: number): number;
    /** The upper bound of a bin. */
    bound(bin: number): number;
}
/** A histogram as replicas hand it to each other: its non-empty bins as `[bin, calls]` pairs. */
export interface HistogramTally {
    calls: number;
    failures: number;
    maxMs: number;
    bins: [number, number][];
}
/** Calls, failures and latencies binned on a scale: percentiles within a bin's width, mergeable. */
export declare class LatencyHistogram {
    #private;
    readonly scale: LatencyScale;
    calls: number;
    failures: number;
    maxMs: number;
    constructor(scale: LatencyScale);
    add(ms: number, failed: boolean): void;
    /**
     * The upper bound of the bin holding the q-th call (nearest rank), never above the slowest call;
     * the slowest call when it is in the last bin, which has no upper bound.
     */
    quantile(q: number): number | null;
    tally(): HistogramTally;
    /** Adds another histogram's tally on the same scale (bins outside it count in the last one). */
    merge(tally: HistogramTally): void;
}
/** Rounded to the microsecond. */
export declare const round: (x: number) => number;
//# sourceMappingURL=latency-histogram.d.ts.map