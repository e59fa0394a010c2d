import { type OtlpEncoding } from './otlp-encoding.js';
/**
 * OTLP/HTTP protobuf: an `ExportTraceServiceRequest` (opentelemetry-proto, collector/trace/v1)
 * written straight from the recorded spans into a growable buffer, with no message objects in
 * between. Fields at their defaults are left out, as proto3 does.
 */
export declare function protobufEncoding(serviceName: string, serviceVersion: string): OtlpEncoding;
//# sourceMappingURL=otlp-protobuf.d.ts.map