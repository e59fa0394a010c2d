import { type Span } from '@opentelemetry/api';
/** Marks a span failed with the error's type and message. */
export declare function failSpan(span: Span, error: unknown, type?: string): void;
/** Ends `span` when `work` settles, failed when it rejects; settles as `work` does. */
export declare function endWith<T>(span: Span, work: Promise<T>): Promise<T>;
//# sourceMappingURL=fail-span.d.ts.map