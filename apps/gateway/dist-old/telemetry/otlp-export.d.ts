import type { OtlpEncoding } from './otlp-encoding.js';
import type { FinishedSpan } from './span-recorder.js';
/** Where ended spans are posted and who they come from. */
export interface OtlpExportOptions {
    /** The full URL, `{endpoint}/v1/traces`. */
    url: string;
    /** Sent with every export (collector credentials). */
    headers?: Record<string, string>;
    /** How spans are written: protobuf or JSON. */
    encoding: OtlpEncoding;
    /** Sent as the user agent. */
    serviceVersion: string;
    /** Told (at most once a minute) when spans are dropped: export failed, or the queue was full. */
    warn: (message: string, fields: Record<string, unknown>) => void;
}
/** Takes ended spans and posts them in batches. */
export interface SpanExporter {
    add(span: FinishedSpan): void;
    /** Posts every span waiting and waits for every post under way. */
    flush(): Promise<void>;
    /** Flushes, then takes no more spans. */
    close(): Promise<void>;
}
/**
 * OTLP/HTTP export, batched as the SDK's exporter batches: a batch goes out when 512 spans
 * wait or a second after the first of them; at most 2 posts at once (keep-alive); a post that fails
 * with 429, 502, 503, 504 or a network error is tried up to 3 times (once after close). Spans that cannot be sent, or
 * that arrive while 2048 wait, are dropped and counted (never thrown).
 */
export declare function createOtlpExporter(options: OtlpExportOptions): SpanExporter;
//# sourceMappingURL=otlp-export.d.ts.map