import type { CallSample } from './call-sample.js';
/** A bounded queue that takes samples off the request path and drains them in batches. */
export interface SampleQueue {
    /** Adds a sample; when the queue is full the sample is dropped and counted. */
    push(sample: CallSample): void;
    /** Hands every waiting sample to the consumer now. */
    drain(): void;
    /** Samples dropped because the queue was full. */
    readonly dropped: number;
    close(): void;
}
/** Options for createSampleQueue. */
export interface SampleQueueOptions {
    consume: (batch: readonly CallSample[]) => void;
    /** Default 10,000. */
    capacity?: number;
    /** Default 1,000 ms. */
    intervalMs?: number;
}
/** Drains on a timer (unref'd) and whenever a reader asks. */
export declare function createSampleQueue(options: SampleQueueOptions): SampleQueue;
//# sourceMappingURL=sample-queue.d.ts.map