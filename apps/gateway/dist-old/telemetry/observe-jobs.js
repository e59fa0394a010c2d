import { SpanKind } from '@opentelemetry/api';
import { endWith } from './fail-span.js';
import { ATTR } from './mcp-semconv.js';
/**
 * Runs `run` in an INTERNAL span `name`, active in its async context, so that the store statements
 * and requests it makes are spans under it instead of traces of their own.
 */
export function inTaskSpan(tracing, name, attributes, run) {
    const span = tracing.start(name, SpanKind.INTERNAL, attributes);
    return endWith(span, tracing.with(span, run));
}
/** Runs each federation job (an upstream's sync, a health check) in a span `{job} {upstream}`. */
export function observeJobs(tracing) {
    return (job, run) => inTaskSpan(tracing, `${job.kind} ${job.gateway.name}`, {
        [ATTR.switchyardUpstreamId]: job.gateway.id,
        [ATTR.switchyardUpstreamName]: job.gateway.name,
    }, run);
}
//# sourceMappingURL=observe-jobs.js.map