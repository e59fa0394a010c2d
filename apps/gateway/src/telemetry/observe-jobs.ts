import { SpanKind, type Attributes } from '@opentelemetry/api'
import type { FederationJob } from '@switchyard/core'
import { endWith } from './fail-span.js'
import { ATTR } from './mcp-semconv.js'
import type { Tracing } from './tracing.js'

/** Runs a federation job; see observeJobs. */
export type JobObserver = <T>(job: FederationJob, run: () => Promise<T>) => Promise<T>

/** Runs a background task of the gateway's own (a batch write, a prune) by its name. */
export type TaskRunner = <T>(name: string, run: () => Promise<T>) => Promise<T>

/**
 * Runs `run` in an INTERNAL span `name`, active in its async context, so that the store statements
 * and requests it makes are spans under it instead of traces of their own.
 */
export function inTaskSpan<T>(
  tracing: Tracing,
  name: string,
  attributes: Attributes,
  run: () => Promise<T>,
): Promise<T> {
  const span = tracing.start(name, SpanKind.INTERNAL, attributes)
  return endWith(span, tracing.with(span, run))
}

/** Runs each federation job (an upstream's sync, a health check) in a span `{job} {upstream}`. */
export function observeJobs(tracing: Tracing): JobObserver {
  return (job, run) =>
    inTaskSpan(
      tracing,
      `${job.kind} ${job.gateway.name}`,
      {
        [ATTR.switchyardUpstreamId]: job.gateway.id,
        [ATTR.switchyardUpstreamName]: job.gateway.name,
      },
      run,
    )
}
