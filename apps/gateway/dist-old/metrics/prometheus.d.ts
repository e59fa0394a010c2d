import type { CallSample } from './call-sample.js';
/** Live values read at scrape time. */
export interface PrometheusGauges {
    /** Per upstream name: 1 when active, 0 otherwise. */
    upstreamUp: () => Iterable<[string, number]>;
    /** Per upstream name: open pooled sessions. */
    poolSessions: () => Iterable<[string, number]>;
    /** Samples the queue dropped so far. */
    droppedSamples: () => number;
}
/** The Prometheus side of metrics: a registry of its own (not prom-client's global one). */
export interface PrometheusMetrics {
    observe(batch: readonly CallSample[]): void;
    /** The text exposition format. */
    scrape(): Promise<string>;
    readonly contentType: string;
}
/**
 * Counters and histograms for MCP requests, tool calls, upstream calls and HTTP (our own, folded per
 * batch), plus prom-client's process metrics and the gauges read at scrape time.
 */
export declare function createPrometheusMetrics(gauges: PrometheusGauges): PrometheusMetrics;
//# sourceMappingURL=prometheus.d.ts.map