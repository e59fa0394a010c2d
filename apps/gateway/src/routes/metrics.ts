import { defineRoute, type Route } from '../http/route.js'
import type { Metrics } from '../metrics/metrics.js'

/** `GET /metrics` (JSON per entity) and `GET /metrics/prometheus`; admins only. */
export function metricsRoutes(metrics: Metrics): Route[] {
  const tag = 'Metrics'
  return [
    defineRoute({
      method: 'get',
      path: '/metrics',
      summary:
        'Per-entity metrics: calls, failures, p50/p95/p99 latency (ms) and last call of every tool, virtual server and upstream, across restarts (kept in the store)',
      tag,
      handle({ authorize }) {
        authorize('admin')
        return metrics.report()
      },
    }),
    defineRoute({
      method: 'get',
      path: '/metrics/prometheus',
      summary:
        'Prometheus text exposition: request counts, duration histograms, errors, upstream health, pool sizes, rate-limit rejections, process metrics',
      tag,
      async handle({ authorize }) {
        authorize('admin')
        const { body, contentType } = await metrics.prometheus()
        return new Response(body, { headers: { 'content-type': contentType } })
      },
    }),
  ]
}
