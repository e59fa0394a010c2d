import { request } from './client'
import type { Gateway, Page, Tool } from './types'

/** One bucket of `GET /metrics/timeseries`. */
export interface SeriesPoint {
  at: string
  calls: number
  failures: number
  errorRate: number
  p50Ms: number | null
  p95Ms: number | null
  p99Ms: number | null
}

/** What a time series is kept for. */
export type SeriesKind = 'tool' | 'upstream' | 'server'

/** Calls per minute over the last hour, of one entity or a whole kind. */
export interface Series {
  kind: SeriesKind
  name: string | null
  bucketSeconds: number
  points: SeriesPoint[]
}

/** One row of `GET /metrics`. */
export interface EntityMetrics {
  name: string
  id?: string
  calls: number
  failures: number
  failureRate: number
  p50Ms: number | null
  p95Ms: number | null
  p99Ms: number | null
  avgMs: number | null
  lastCallAt: string | null
}

/** `GET /metrics`: totals kept in the store plus the live replicas', added up. */
export interface MetricsReport {
  tools: EntityMetrics[]
  servers: EntityMetrics[]
  upstreams: EntityMetrics[]
  droppedSamples: number
  /** How many replicas' figures are added up (1 on a single node). */
  replicas: number
}

/** A state an upstream entered. */
export interface HealthTransition {
  at: string
  status: string
  reason: string | null
}

/** `GET /gateways/{id}/health`. */
export interface GatewayHealth {
  id: string
  status: string
  reason: string | null
  lastSeenAt: string | null
  transitions: HealthTransition[]
}

/** One audit record (`GET /audit`). */
export interface AuditRecord {
  id: string
  at: string
  principal: string | null
  action: string
  entityKind: string | null
  entityId: string | null
  method: string
  path: string
  outcome: 'success' | 'denied'
  status: number
  reason: string | null
}

/**
 * A gateway as `GET /gateways/{id}` answers it: with its masked credentials, and a stdio one's
 * arguments, environment variable names (never their values) and working directory.
 */
export interface GatewayDetail extends Gateway {
  auth: { type: string; username?: string }
  passthroughHeaders: string[]
  args: string[]
  envKeys: string[]
  cwd: string | null
}

/** The REST calls of the operations pages: search, metrics, health, audit, gateway edits. */
export const opsApi = {
  /** One page of tools matching `q` (server-side search). */
  searchTools: (query: { q: string; gatewayId: string; cursor?: string | undefined }) =>
    request<Page<Tool>>('GET', '/tools', {
      query: {
        includePagination: true,
        includeInactive: true,
        limit: 200,
        q: query.q,
        gatewayId: query.gatewayId,
        cursor: query.cursor,
      },
    }),
  /** How many items a list has, counted up to one page of 1,000 (`more` past that). */
  async count(path: string): Promise<{ count: number; more: boolean }> {
    const page = await request<Page<unknown>>('GET', path, {
      query: { includePagination: true, includeInactive: true, limit: 1000 },
    })
    return { count: page.items.length, more: Boolean(page.nextCursor) }
  },
  gateway: (id: string) => request<GatewayDetail>('GET', `/gateways/${encodeURIComponent(id)}`),
  updateGateway: (id: string, body: Record<string, unknown>) =>
    request<Gateway>('PUT', `/gateways/${encodeURIComponent(id)}`, { body }),
  gatewayHealth: (id: string) =>
    request<GatewayHealth>('GET', `/gateways/${encodeURIComponent(id)}/health`),
  metrics: () => request<MetricsReport>('GET', '/metrics'),
  /** Resets the `/metrics` figures of one entity of a kind, or of the whole kind. */
  resetMetrics: (kind: SeriesKind, name?: string) =>
    request<unknown>('POST', '/metrics/reset', { query: { kind, name } }),
  timeseries: (kind: SeriesKind, name?: string) =>
    request<Series>('GET', '/metrics/timeseries', { query: { kind, name } }),
  audit: (limit: number) =>
    request<Page<AuditRecord>>('GET', '/audit', { query: { includePagination: true, limit } }),
}
