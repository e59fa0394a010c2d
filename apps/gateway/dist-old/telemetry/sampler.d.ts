import { type SpanContext } from '@opentelemetry/api';
import type { TraceSamplerName } from '../config/env-vars.js';
/** Whether a new span in trace `traceId` (under `parent`, when it has one) is recorded and exported. */
export type Sampler = (parent: SpanContext | undefined, traceId: string) => boolean;
/** The OpenTelemetry default: follow the parent, record every trace that starts here. */
export declare const parentBasedAlwaysOn: Sampler;
/**
 * One of the OpenTelemetry SDK's built-in samplers (OTEL_TRACES_SAMPLER), `ratio` being
 * OTEL_TRACES_SAMPLER_ARG. The `parentbased_` ones follow a parent's sampled flag and apply the rest
 * of their name only to root spans.
 */
export declare function createSampler(name: TraceSamplerName, ratio: number): Sampler;
//# sourceMappingURL=sampler.d.ts.map