import { invokedUpstream, type MetricsSubjects } from '@switchyard/core'
import type { EntityList, MetricsReport } from './metrics.js'

/**
 * The names under which entities that exist record figures, per list: a tool's own name and the
 * names servers expose it under, a server's id (and `*` for the whole catalog's endpoints), an
 * upstream's name and the hosts REST, gRPC and A2A tools call. Disabled entities count: their
 * figures stay. A deleted or renamed entity's figures are forgotten with it (see the core's
 * forgettingDeparted); this filter leaves out only those a reset missed (a `REST host` upstream
 * no tool calls anymore, or figures kept before that).
 */
export function liveEntities(subjects: MetricsSubjects): Record<EntityList, ReadonlySet<string>> {
  const upstreams = new Set(subjects.gatewayNames)
  for (const tool of subjects.invokedTools)
    upstreams.add(invokedUpstream(tool.integrationType, tool))
  return {
    tools: new Set(subjects.toolNames),
    servers: new Set(['*', ...subjects.serverIds]),
    upstreams,
  }
}

/** A report without the figures of entities that no longer exist. */
export function ofLiveEntities(
  report: MetricsReport,
  live: Record<EntityList, ReadonlySet<string>>,
): MetricsReport {
  return {
    ...report,
    tools: report.tools.filter((entity) => live.tools.has(entity.name)),
    servers: report.servers.filter((entity) => live.servers.has(entity.name)),
    upstreams: report.upstreams.filter((entity) => live.upstreams.has(entity.name)),
  }
}
