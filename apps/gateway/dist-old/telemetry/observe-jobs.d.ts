import { type Attributes } from '@opentelemetry/api';
import type { FederationJob } from '@switchyard/core';
import type { Tracing } from './tracing.js';
/** Runs a federation job; see observeJobs. */
export type JobObserver = <T>(job: FederationJob, run: () => Promise<T>) => Promise<T>;
/** Runs a background task of the gateway's own (a batch write, a prune) by its name. */
export type TaskRunner = <T>(name: string, run: () => Promise<T>) => Promise<T>;
/**
 * Runs `run` in an INTERNAL span `name`, active in its async context, so that the store statements
 * and requests it makes are spans under it instead of traces of their own.
 */
export declare function inTaskSpan<T>(tracing: Tracing, name: string, attributes: Attributes, run: () => Promise<T>): Promise<T>;
/** Runs each federation job (an upstream's sync, a health check) in a span `{job} {upstream}`. */
export declare function observeJobs(tracing: Tracing): JobObserver;
//# sourceMappingURL=observe-jobs.d.ts.map