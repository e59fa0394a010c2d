import type { Catalog, CatalogGateway, StoreQueryHook, ToolInvoker } from '@switchyard/core';
import type { McpBackend, UpstreamOptions, UpstreamSession } from '@switchyard/transports';
import type { OtlpProtocol, TraceSamplerName } from '../config/env-vars.js';
import { LogRing } from '../logs/log-ring.js';
import { type Metrics } from '../metrics/metrics.js';
import { type JobObserver, type TaskRunner } from './observe-jobs.js';
import type { Tracing } from './tracing.js';
type Connect = (options: UpstreamOptions) => Promise<UpstreamSession>;
/** What telemetry is configured from. */
export interface TelemetryOptions {
    /** False leaves the request path un-instrumented: no spans, no recorded calls. */
    enabled: boolean;
    /** OTLP/HTTP base URL; without it there are no spans (and no cost for them). */
    otlpEndpoint?: string;
    otlpHeaders?: Record<string, string>;
    /** How spans are encoded (OTEL_EXPORTER_OTLP_PROTOCOL); protobuf unless told. */
    otlpProtocol?: OtlpProtocol;
    /** Which traces are recorded (OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG); parentbased_always_on unless told. */
    sampler?: {
        name: TraceSamplerName;
        ratio: number;
    };
    /** Told when spans are dropped (export failed, queue full), at most once a minute. */
    warn?: (message: string, fields: Record<string, unknown>) => void;
    serviceName: string;
    version: string;
    /** The live catalog, for upstream health. */
    catalog: () => Catalog;
    /** The ring the logger writes to; a fresh (empty) one when not given. */
    logs?: LogRing;
}
/** Spans, metrics and the log ring, with the thin wrappers the request path is built with. */
export interface Telemetry {
    /** False when OTEL_ENABLE_OBSERVABILITY=false: nothing is recorded. */
    enabled: boolean;
    metrics: Metrics;
    /** Undefined unless OTLP export is configured. */
    tracing: Tracing | undefined;
    logs: LogRing;
    /** The store's statement hook (a span per statement); undefined without tracing, so none is installed. */
    storeQueries: StoreQueryHook | undefined;
    /** The pool's connect, recording (and tracing) every upstream request. */
    connect(connect: Connect): (options: UpstreamOptions, gateway: CatalogGateway) => Promise<UpstreamSession>;
    /** A virtual server's backend, recording (and tracing) every MCP request. */
    backend(backend: McpBackend, serverId: string | null): McpBackend;
    /** Records an MCP request a token's or principal's limit refused; undefined when disabled. */
    refused: ((method: string, error: unknown) => void) | undefined;
    /** A REST, gRPC or A2A invoker, recording (and tracing) every invocation. */
    invoker(type: string, invoke: ToolInvoker): ToolInvoker;
    /** Runs federation's jobs in spans; undefined without tracing. */
    jobs: JobObserver | undefined;
    /** Runs a background task of the gateway's own in a span of that name (just runs it without tracing). */
    task: TaskRunner;
    /** Exports the spans that are waiting. */
    flush(): Promise<void>;
    close(): Promise<void>;
}
/**
 * Builds telemetry; when disabled, every wrapper hands back what it was given. The span recorder
 * and its OTLP exporter are loaded only when spans are exported.
 */
export declare function createTelemetry(options: TelemetryOptions): Promise<Telemetry>;
export {};
//# sourceMappingURL=telemetry.d.ts.map