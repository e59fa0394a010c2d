import type { Registry, Store } from '@switchyard/core'
import { defineRoute, type Route } from '../http/route.js'

/** What the ops endpoints report. */
export interface OpsInfo {
  version: string
  startedAt: Date
  store: Store
  registry: Registry
}

/** Liveness, readiness and version. */
export function opsRoutes(info: OpsInfo): Route[] {
  const tag = 'Ops'
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      summary: 'Liveness: the process serves requests',
      tag,
      auth: false,
      handle: () => ({ status: 'healthy' }),
    }),
    defineRoute({
      method: 'get',
      path: '/ready',
      summary: 'Readiness: the store answers',
      tag,
      auth: false,
      async handle({ c }) {
        const store = await info.store.ping()
        return c.json(
          { status: store ? 'ready' : 'not ready', store: store ? 'ok' : 'unreachable' },
          store ? 200 : 503,
        )
      },
    }),
    defineRoute({
      method: 'get',
      path: '/version',
      summary: 'Version, runtime and store',
      tag,
      auth: false,
      handle: () => ({
        name: 'switchyard',
        version: info.version,
        node: process.version,
        store: info.store.dialect.name,
        startedAt: info.startedAt.toISOString(),
        uptimeSeconds: Math.round((Date.now() - info.startedAt.getTime()) / 1000),
        catalogVersion: info.registry.catalog.current().version,
      }),
    }),
  ]
}
