import { TraceFlags, type SpanContext } from '@opentelemetry/api'
import type { TraceSamplerName } from '../config/otel-env-vars.js'

/** Whether a new span in trace `traceId` (under `parent`, when it has one) is recorded and exported. */
export type Sampler = (parent: SpanContext | undefined, traceId: string) => boolean

/** The OpenTelemetry default: follow the parent, record every trace that starts here. */
export const parentBasedAlwaysOn: Sampler = (parent) =>
  parent === undefined || (parent.traceFlags & TraceFlags.SAMPLED) !== 0

/**
 * One of the OpenTelemetry SDK's built-in samplers (OTEL_TRACES_SAMPLER), `ratio` being
 * OTEL_TRACES_SAMPLER_ARG. The `parentbased_` ones follow a parent's sampled flag and apply the rest
 * of their name only to root spans.
 */
export function createSampler(name: TraceSamplerName, ratio: number): Sampler {
  if (name === 'parentbased_always_on') return parentBasedAlwaysOn
  const parentBased = name.startsWith('parentbased_')
  const root = rootSampler(parentBased ? name.slice('parentbased_'.length) : name, ratio)
  if (!parentBased) return root
  return (parent, traceId) =>
    parent === undefined ? root(parent, traceId) : (parent.traceFlags & TraceFlags.SAMPLED) !== 0
}

function rootSampler(name: string, ratio: number): Sampler {
  if (name === 'always_on') return () => true
  if (name === 'always_off') return () => false
  return traceIdRatio(ratio)
}

/** 2^56: the randomness in a trace id and the sampling threshold are 56-bit numbers. */
const MAX_THRESHOLD = 2n ** 56n

/**
 * Keeps `ratio` of traces, decided by the trace id alone (so every replica and every service that
 * samples this way agrees): the trace id's last 56 bits R against the rejection threshold
 * T = (1 - ratio) * 2^56, sampled when R >= T (OpenTelemetry's consistent probability sampling).
 * Both as 14 lower-case hex digits, so a string comparison decides.
 */
function traceIdRatio(ratio: number): Sampler {
  const threshold = BigInt(Math.round((1 - ratio) * 2 ** 56))
  if (threshold <= 0n) return () => true
  if (threshold >= MAX_THRESHOLD) return () => false
  const digits = threshold.toString(16).padStart(14, '0')
  return (_parent, traceId) => traceId.slice(18) >= digits
}
