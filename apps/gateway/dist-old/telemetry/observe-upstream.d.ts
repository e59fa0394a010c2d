import type { CatalogGateway } from '@switchyard/core';
import { type UpstreamOptions, type UpstreamSession } from '@switchyard/transports';
import type { Metrics } from '../metrics/metrics.js';
import type { Tracing } from './tracing.js';
type Connect = (options: UpstreamOptions) => Promise<UpstreamSession>;
/** Open sessions per upstream name, for the pool-size gauge. */
export type OpenSessions = () => Iterable<[string, number]>;
/**
 * Wraps the pool's connect: each upstream request is recorded (per upstream) and, with tracing, sent
 * in a CLIENT span under the request it is made for, whose context the transport carries upstream
 * (`_meta.traceparent`, and the `traceparent` header where the request is a POST of its own).
 */
export declare function observeUpstreams(connect: Connect, metrics: Metrics, tracing: Tracing | undefined): {
    connect: (options: UpstreamOptions, gateway: CatalogGateway) => Promise<UpstreamSession>;
    open: OpenSessions;
};
export {};
//# sourceMappingURL=observe-upstream.d.ts.map