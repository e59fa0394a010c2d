import type { CallSample } from './call-sample.js';
import { type EntityMetrics, type EntityTally } from './entity-stats.js';
import { type PrometheusGauges } from './prometheus.js';
import { type Series, type SeriesCell, type SeriesKind } from './timeseries.js';
/** `GET /metrics`: per tool, virtual server and upstream, over every live replica. */
export interface MetricsReport {
    tools: EntityMetrics[];
    servers: EntityMetrics[];
    upstreams: EntityMetrics[];
    /** Samples dropped because a queue was full (the figures above miss them). */
    droppedSamples: number;
    /** How many replicas' figures the report adds up (1 on a single node). */
    replicas: number;
}
/** The lists of a report, each the figures of one kind of entity. */
export declare const ENTITY_LISTS: readonly ["tools", "servers", "upstreams"];
/** One of ENTITY_LISTS. */
export type EntityList = (typeof ENTITY_LISTS)[number];
/** One entity's figures, as replicas share them. */
export interface ListedTally {
    list: EntityList;
    tally: EntityTally;
}
/** What a replica shares with the others: what changed since it last asked (see Metrics.changes). */
export interface MetricsChanges {
    droppedSamples: number;
    entities: ListedTally[];
    cells: SeriesCell[];
    /** The oldest bucket of the series' window: cells of older ones can go. */
    oldest: number;
}
/** Where a replica reads the other replicas' figures; see createMetricsShare. */
export interface MetricsPeers {
    /** Each live other replica's entities; empty (never failing) when they cannot be read. */
    entities(): Promise<{
        droppedSamples: number;
        entities: ListedTally[];
    }[]>;
    /** The other replicas' cells of one entity's series (or a kind's, `name` null) in these buckets. */
    cells(kind: SeriesKind, name: string | null, indices: readonly number[]): Promise<SeriesCell[]>;
}
/** Where the request path records calls and where the metrics routes read them. */
export interface Metrics {
    /** Queues a finished call; never blocks, never throws. */
    record(sample: CallSample): void;
    report(): Promise<MetricsReport>;
    /** The Prometheus text exposition (of this replica) and its content type. */
    prometheus(): Promise<{
        body: string;
        contentType: string;
    }>;
    /** `GET /metrics/timeseries`: the last hour per minute, of one entity or a whole kind. */
    timeseries(kind: SeriesKind, name: string | null, buckets?: number): Promise<Series>;
    /** This replica's figures that changed since the last call (all of them with `all`). */
    changes(all: boolean): MetricsChanges;
    /** From now on, reports and time series add up the figures of these other replicas too. */
    shareWith(peers: MetricsPeers): void;
    close(): void;
}
/** Options for createMetrics. */
export interface MetricsOptions {
    gauges: Omit<PrometheusGauges, 'droppedSamples'>;
    /** How often queued samples are folded in; default 1,000 ms. */
    intervalMs?: number;
}
/** Metrics fed through a bounded queue, so that recording costs the request path one array push. */
export declare function createMetrics(options: MetricsOptions): Metrics;
//# sourceMappingURL=metrics.d.ts.map