import { type Attributes, type AttributeValue, type Exception, type Link, type Span, type SpanContext, type SpanKind, type SpanStatus, type TimeInput } from '@opentelemetry/api';
import type { Sampler } from './sampler.js';
/** A span event as it is exported. */
export interface SpanEvent {
    name: string;
    /** Microseconds since the epoch. */
    time: number;
    attributes: Attributes | undefined;
}
/** An ended span, as the exporter reads it. */
export interface FinishedSpan {
    readonly context: SpanContext;
    readonly parentSpanId: string | undefined;
    /** Whether the parent came from another process (a `traceparent` taken in). */
    readonly parentIsRemote: boolean;
    readonly name: string;
    readonly kind: SpanKind;
    readonly attributes: Attributes;
    readonly status: SpanStatus;
    readonly events: readonly SpanEvent[] | undefined;
    readonly links: readonly Link[] | undefined;
    /** Microseconds since the epoch. */
    readonly startTime: number;
    readonly endTime: number;
}
/**
 * Microseconds since the epoch, on one clock: `performance.timeOrigin + performance.now()`. A
 * number is a `performance.now()` time (or, when larger than the time origin, epoch milliseconds),
 * as with the OpenTelemetry SDK.
 */
export declare function micros(time?: TimeInput): number;
/**
 * A span that records into plain fields and hands itself to `done` when it ends; unsampled (as
 * `sample` decides from its parent and trace id) it records nothing but still has a context to pass
 * on, flagged not sampled.
 */
export declare class RecordedSpan implements Span, FinishedSpan {
    name: string;
    readonly kind: SpanKind;
    /** Kept (not copied) and added to: the caller hands over a fresh object. */
    readonly attributes: Attributes;
    readonly startTime: number;
    private readonly done;
    readonly context: SpanContext;
    status: SpanStatus;
    events: SpanEvent[] | undefined;
    links: Link[] | undefined;
    endTime: number;
    readonly parentSpanId: string | undefined;
    readonly parentIsRemote: boolean;
    private recording;
    constructor(name: string, kind: SpanKind, 
    /** Kept (not copied) and added to: the caller hands over a fresh object. */
    attributes: Attributes, parent: SpanContext | undefined, startTime: number, sample: Sampler, done: (span: RecordedSpan) => void);
    spanContext(): SpanContext;
    isRecording(): boolean;
    setAttribute(key: string, value: AttributeValue | undefined): this;
    setAttributes(attributes: Attributes): this;
    /** As the SDK: UNSET is ignored, OK is final, a message is kept only with ERROR. */
    setStatus({ code, message }: SpanStatus): this;
    updateName(name: string): this;
    addEvent(name: string, attributesOrTime?: Attributes | TimeInput, time?: TimeInput): this;
    recordException(exception: Exception, time?: TimeInput): void;
    addLink(link: Link): this;
    addLinks(links: Link[]): this;
    end(time?: TimeInput): void;
}
//# sourceMappingURL=span-recorder.d.ts.map