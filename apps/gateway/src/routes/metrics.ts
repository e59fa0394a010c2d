import type { MetricsHistoryService } from '@switchyard/core'
import { z } from 'zod'
import { defineRoute, type Route } from '../http/route.js'
import { liveEntities, ofLiveEntities } from '../metrics/live-entities.js'
import type { EntityList, Metrics } from '../metrics/metrics.js'

const LIST_OF_KIND: Record<'tool' | 'server' | 'upstream', EntityList> = {
  tool: 'tools',
  server: 'servers',
  upstream: 'upstreams',
}

const ResetQuerySchema = z
  .object({
    kind: z
      .enum(['tool', 'server', 'upstream'], { error: 'must be one of tool, server, upstream' })
      .optional(),
    name: z.string().min(1).max(255).optional(),
  })
  .refine((query) => query.name === undefined || query.kind !== undefined, {
    message: 'needs a kind (tool, server or upstream) to say whose figures to reset',
    path: ['name'],
  })

/**
 * `GET /metrics` (JSON per entity), `POST /metrics/reset` and `GET /metrics/prometheus`; admins
 * only.
 */
export function metricsRoutes(metrics: Metrics, history: MetricsHistoryService): Route[] {
  const tag = 'Metrics'
  return [
    defineRoute({
      method: 'get',
      path: '/metrics',
      summary:
        'Per-entity metrics: calls, failures, p50/p95/p99 latency (ms) and last call of every tool, virtual server and upstream that exists (enabled or not), across restarts (kept in the store)',
      tag,
      async handle({ authorize }) {
        authorize('admin.metrics')
        const [report, subjects] = await Promise.all([metrics.report(), history.subjects()])
        return ofLiveEntities(report, liveEntities(subjects))
      },
    }),
    defineRoute({
      method: 'post',
      path: '/metrics/reset',
      summary:
        'Resets the `/metrics` figures on every replica and in the store: all, of one `kind` (tool, server, upstream), or of one entity of it (`name`, as `/metrics` lists it); Prometheus counters and the time series go on',
      tag,
      query: ResetQuerySchema,
      async handle({ query, authorize }) {
        authorize('admin.metrics')
        const list = query.kind && LIST_OF_KIND[query.kind]
        await history.forget({ list, name: query.name })
        return { kind: query.kind ?? null, name: query.name ?? null }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/metrics/prometheus',
      summary:
        'Prometheus text exposition: request counts, duration histograms, errors, upstream health, pool sizes, rate-limit rejections, process metrics',
      tag,
      async handle({ authorize }) {
        authorize('admin.metrics')
        const { body, contentType } = await metrics.prometheus()
        return new Response(body, { headers: { 'content-type': contentType } })
      },
    }),
  ]
}
