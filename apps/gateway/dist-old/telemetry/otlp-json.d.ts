import { type OtlpEncoding } from './otlp-encoding.js';
/**
 * OTLP/HTTP JSON, in the shape the SDK's exporter posts. The text is written into the buffer
 * handed in (kept for the next export): a fresh buffer of a few hundred KB per export, and the page
 * faults of its memory, cost more than the encoding.
 */
export declare function jsonEncoding(serviceName: string, serviceVersion: string): OtlpEncoding;
//# sourceMappingURL=otlp-json.d.ts.map