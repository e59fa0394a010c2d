import { z } from 'zod'
import { defineRoute, type Route } from '../http/route.js'
import type { Metrics } from '../metrics/metrics.js'

const TimeSeriesQuerySchema = z.object({
  kind: z
    .enum(['tool', 'upstream', 'server'], { error: 'must be one of tool, upstream, server' })
    .default('tool'),
  name: z.string().min(1).max(255).optional(),
  minutes: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be between 1 and 60' })
    .max(60, { error: 'must be between 1 and 60' })
    .default(60),
})

/** `GET /metrics/timeseries`: calls, failures and latency per minute over the last hour; admins only. */
export function metricsTimeSeriesRoutes(metrics: Metrics): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/metrics/timeseries',
      summary:
        'Calls, failures, error rate and p50/p95/p99 latency (ms) per minute over the last `minutes` (at most 60), of one tool, upstream or virtual server (`name`), or of the whole `kind`',
      tag: 'Metrics',
      query: TimeSeriesQuerySchema,
      handle({ query, authorize }) {
        authorize('admin.metrics')
        return metrics.timeseries(query.kind, query.name ?? null, query.minutes)
      },
    }),
  ]
}
