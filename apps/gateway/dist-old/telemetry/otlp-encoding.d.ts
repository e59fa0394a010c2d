import type { FinishedSpan } from './span-recorder.js';
/** How a batch of spans becomes an export's body. */
export interface OtlpEncoding {
    contentType: string;
    /**
     * Encodes `spans` (with the resource and scope around them) into `buffer`, or into a larger one
     * when it is too small: answers that buffer, to be handed back next time, and the body written.
     */
    encode(spans: readonly FinishedSpan[], buffer: Buffer | undefined): {
        buffer: Buffer;
        body: Buffer;
    };
}
/** OTLP span flags: the W3C trace flags, and whether the parent is known to be remote. */
export declare const otlpSpanFlags: (traceFlags: number, remote: boolean) => number;
//# sourceMappingURL=otlp-encoding.d.ts.map