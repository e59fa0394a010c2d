/**
 * Counters and histograms by label values, folded from sample batches and written in the Prometheus
 * text format. prom-client checks and hashes the labels of every observation (about 0.8 µs each,
 * eight per call); here a sample costs one map lookup by its label values.
 */
type Labels = Readonly<Record<string, string>>;
/** The series of one metric, by its label values joined. */
declare abstract class Labeled<S> {
    #private;
    readonly name: string;
    readonly help: string;
    readonly labelNames: readonly string[];
    constructor(name: string, help: string, labelNames: readonly string[]);
    protected abstract fresh(): S;
    protected stateOf(labels: Labels): S;
    /** Its `# HELP` / `# TYPE` lines and samples. */
    protected text(type: string, lines: (labels: Labels, state: S) => string[]): string;
}
/** A monotonic counter per label values. */
export declare class LabeledCounter extends Labeled<{
    value: number;
}> {
    protected fresh(): {
        value: number;
    };
    inc(labels: Labels, by?: number): void;
    format(): string;
}
interface Buckets {
    /** Observations per bucket (not cumulative), the last one above every bound. */
    counts: number[];
    sum: number;
}
/** A histogram per label values, over fixed upper bounds (in seconds). */
export declare class LabeledHistogram extends Labeled<Buckets> {
    readonly bounds: readonly number[];
    constructor(name: string, help: string, labelNames: readonly string[], bounds: readonly number[]);
    protected fresh(): Buckets;
    observe(labels: Labels, value: number): void;
    format(): string;
}
export {};
//# sourceMappingURL=labeled-metrics.d.ts.map