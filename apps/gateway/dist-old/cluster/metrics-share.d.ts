import { type MetricsChanges, type MetricsPeers } from '../metrics/metrics.js';
/** This replica's metrics published for the others, and theirs read back. */
export interface MetricsShare extends MetricsPeers {
    /** Stops publishing and takes this replica's figures away. */
    close(): Promise<void>;
}
/** What createMetricsShare needs. */
export interface MetricsShareOptions {
    redisUrl: string;
    /** Key prefix of this deployment; see createMetricsShare for the keys. */
    prefix: string;
    /** This replica's figures that changed since the last call (all of them with `all`). */
    changes: (all: boolean) => MetricsChanges;
    /** How often this replica publishes; default 2,000 ms. Its figures lapse after three intervals. */
    intervalMs?: number;
    onError: (error: unknown) => void;
}
/**
 * Each replica publishes what changed in its figures every interval, into two Redis hashes that
 * lapse unless refreshed (so a killed replica's figures leave the sums by themselves):
 * `{prefix}metrics:{replica}:entities` (field `meta`, and `{list}:{name}` per entity) and
 * `{prefix}metrics:{replica}:series` (`{bucket}:{kind}` per kind's total, `{bucket}:{kind}:{name}`
 * per entity), and lists itself in the set `{prefix}metrics:replicas`, which readers prune of
 * lapsed members. A reader fetches every replica's entities for `/metrics`, and for a time series
 * only the cells of the entity asked for.
 */
export declare function createMetricsShare(options: MetricsShareOptions): MetricsShare;
//# sourceMappingURL=metrics-share.d.ts.map