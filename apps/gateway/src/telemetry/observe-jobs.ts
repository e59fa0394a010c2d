import { SpanKind } from '@opentelemetry/api'
import type { FederationJob } from '@switchyard/core'
import { endWith } from './fail-span.js'
import { ATTR } from './mcp-semconv.js'
import type { Tracing } from './tracing.js'

/** Runs a federation job; see observeJobs. */
export type JobObserver = <T>(job: FederationJob, run: () => Promise<T>) => Promise<T>

/**
 * Runs each federation job (an upstream's sync, a health check) in an INTERNAL span named
 * `{job} {upstream}`, active in the job's async context, so that its upstream requests and store
 * statements are spans under it instead of traces of their own.
 */
export function observeJobs(tracing: Tracing): JobObserver {
  return (job, run) => {
    const span = tracing.start(`${job.kind} ${job.gateway.name}`, SpanKind.INTERNAL, {
      [ATTR.switchyardUpstreamId]: job.gateway.id,
      [ATTR.switchyardUpstreamName]: job.gateway.name,
    })
    return endWith(span, tracing.with(span, run))
  }
}
