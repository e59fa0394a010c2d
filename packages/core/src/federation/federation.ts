import type { CatalogGateway } from '../catalog/catalog.js'
import { GatewayError, isGatewayError } from '../errors.js'
import type { Registry } from '../registry.js'
import { syncGatewayMembers, type DiscoveredMembers, type SyncReport } from './sync-members.js'
import { gatewayFingerprint, type UpstreamPool } from './upstream-pool.js'

/** Timings of discovery, retries and refreshes. */
export interface FederationOptions {
  registry: Registry
  pool: UpstreamPool
  /**
   * Longest a first discovery may take before the upstream counts as unreachable; default 15 s.
   * Each retry allows twice as long as the one before, up to four times as long: a server that is
   * slow to start (a first `npx -y` downloading it) was stopped at every try of a fixed length.
   */
  discoveryTimeoutMs?: number
  /** First retry after a failed discovery; doubles up to `maxRetryMs`. Default 2 s and 5 min. */
  retryMs?: number
  maxRetryMs?: number
  /** Re-sync of every active upstream, the fallback for missed notifications; default 5 min, 0 for none. */
  refreshIntervalMs?: number
  /** A cheap ping of every active upstream's pooled session; default 60 s, 0 for none. */
  healthIntervalMs?: number
  /** Wait after a list_changed notification, so that a burst causes one re-sync; default 500 ms. */
  listChangedDebounceMs?: number
  onError?: (gatewayId: string, error: unknown) => void
  /**
   * Whether this replica runs discovery, refreshes and health checks, which write upstream status and
   * members to the shared store; the others only drop pooled sessions that changed. Default: always.
   */
  leading?: () => boolean
  /**
   * Runs each background job on one upstream, so that the caller can observe it (a span around its
   * upstream requests and store statements); default: runs it as it is.
   */
  observeJob?: <T>(job: FederationJob, run: () => Promise<T>) => Promise<T>
}

/** A job federation runs on one upstream: discovery and sync of its members, or a health check. */
export interface FederationJob {
  kind: 'sync' | 'health check'
  gateway: CatalogGateway
}

/** Keeps each upstream's members in step with what it lists. */
export interface Federation {
  /** Discovers an upstream now and reports what changed; 503 when it cannot be reached. */
  refresh(gatewayId: string): Promise<SyncReport>
  /**
   * Reconciles with the catalog (for changes that may have been missed) and, when leading, re-syncs
   * every upstream: for a replica that starts leading or whose cluster connection came back.
   */
  catchUp(): void
  /** Tells federation an upstream announced a list change (debounced re-sync). */
  listChanged(gatewayId: string): void
  close(): Promise<void>
}

const LIST_METHODS = [
  ['tools', 'tools'],
  ['resources', 'resources'],
  ['resourceTemplates', 'resources'],
  ['prompts', 'prompts'],
] as const

/** Starts federation: discovery of every enabled upstream, then on each change, retry, notification and tick. */
export function createFederation(options: FederationOptions): Federation {
  const { registry, pool } = options
  const timeoutMs = options.discoveryTimeoutMs ?? 15_000
  const retryMs = options.retryMs ?? 2_000
  const maxRetryMs = options.maxRetryMs ?? 300_000
  const leading = options.leading ?? (() => true)
  const observe = options.observeJob ?? ((_job, run) => run())
  const fingerprints = new Map<string, string>()
  const retries = new Map<string, { attempt: number; timer: NodeJS.Timeout }>()
  const debounces = new Map<string, NodeJS.Timeout>()
  const running = new Map<string, Promise<SyncReport>>()
  let closed = false

  async function discover(gateway: CatalogGateway, patienceMs: number): Promise<DiscoveredMembers> {
    const session = await pool.session(gateway, undefined, patienceMs)
    const caps = session.capabilities
    const lists = await Promise.all(
      LIST_METHODS.map(([kind, capability]) =>
        caps[capability] ? session.listAll(kind) : Promise.resolve([]),
      ),
    )
    const [tools = [], resources = [], resourceTemplates = [], prompts = []] = lists
    // Every listed resource's updates are watched, in both eras; the gateway fans them out itself.
    const uris = resources.map((resource) => resource.uri).filter((uri) => typeof uri === 'string')
    pool.watch(gateway.id, uris)
    await registry.gateways.setStatus(gateway.id, 'active', {
      capabilities: {
        serverInfo: session.serverInfo,
        capabilities: caps,
        protocolVersion: session.era.protocolVersion,
        era: session.era.era,
        ...(session.instructions !== undefined && { instructions: session.instructions }),
      },
    })
    return { tools, resources, resourceTemplates, prompts }
  }

  function withTimeout<T>(work: Promise<T>, what: string, patienceMs = timeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new GatewayError('UPSTREAM_TIMEOUT', `${what} took longer than ${patienceMs} ms`)),
        patienceMs,
      )
    })
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
  }

  function scheduleRetry(gatewayId: string): void {
    if (closed) return
    const attempt = (retries.get(gatewayId)?.attempt ?? 0) + 1
    clearTimeout(retries.get(gatewayId)?.timer)
    const timer = setTimeout(
      () => void sync(gatewayId).catch(() => undefined),
      Math.min(maxRetryMs, retryMs * 2 ** (attempt - 1)),
    )
    timer.unref()
    retries.set(gatewayId, { attempt, timer })
  }

  /** One discovery and sync at a time per upstream; a failure marks it unreachable and schedules a retry. */
  function sync(gatewayId: string): Promise<SyncReport> {
    const current = running.get(gatewayId)
    if (current) return current
    const work = (async () => {
      const catalog = await registry.catalog.settled()
      const gateway = catalog.gateways.get(gatewayId)
      if (!gateway)
        throw new GatewayError('NOT_FOUND', `gateway '${gatewayId}' not found or disabled`)
      return observe({ kind: 'sync', gateway }, async () => {
        try {
          const failed = retries.get(gatewayId)?.attempt ?? 0
          const patienceMs = timeoutMs * 2 ** Math.min(failed, 2)
          const discovered = await withTimeout(
            discover(gateway, patienceMs),
            `discovery of '${gateway.name}'`,
            patienceMs,
          )
          const report = await syncGatewayMembers(registry, gatewayId, discovered)
          clearTimeout(retries.get(gatewayId)?.timer)
          retries.delete(gatewayId)
          return report
        } catch (error) {
          // deleted or disabled meanwhile: its connect was cancelled, and there is nothing to retry
          if (!registry.catalog.current().gateways.has(gatewayId)) throw error
          const reason = error instanceof Error ? error.message : String(error)
          await registry.gateways
            .setStatus(gatewayId, 'unreachable', { reason })
            .catch(() => undefined)
          options.onError?.(gatewayId, error)
          scheduleRetry(gatewayId)
          throw isGatewayError(error)
            ? error
            : new GatewayError('UPSTREAM_ERROR', reason, { cause: error })
        }
      })
    })().finally(() => running.delete(gatewayId))
    running.set(gatewayId, work)
    return work
  }

  /** Discovers upstreams that are new or whose target or credentials changed; forgets deleted ones. */
  async function reconcile(): Promise<void> {
    const catalog = await registry.catalog.settled()
    for (const [id, gateway] of catalog.gateways) {
      const fingerprint = gatewayFingerprint(gateway)
      if (fingerprints.get(id) === fingerprint) continue
      const known = fingerprints.has(id)
      fingerprints.set(id, fingerprint)
      if (known) await pool.drop(id)
      if (leading()) void sync(id).catch(() => undefined)
    }
    for (const id of [...fingerprints.keys()]) {
      if (catalog.gateways.has(id)) continue
      fingerprints.delete(id)
      clearTimeout(retries.get(id)?.timer)
      retries.delete(id)
      await pool.drop(id)
    }
  }

  const unsubscribe = registry.context.events.subscribe((changes) => {
    if (changes.some((c) => c.entity === 'gateway'))
      void reconcile().catch((error: unknown) => options.onError?.('', error))
  })
  void reconcile().catch((error: unknown) => options.onError?.('', error))

  const refreshAll = () => {
    for (const id of fingerprints.keys()) if (!retries.has(id)) void sync(id).catch(() => undefined)
  }
  const tick =
    (options.refreshIntervalMs ?? 300_000) > 0
      ? setInterval(() => {
          if (leading()) refreshAll()
        }, options.refreshIntervalMs ?? 300_000)
      : undefined
  tick?.unref()

  /** An active upstream that stops answering pings becomes unreachable, and discovery retries it. */
  async function checkHealth(): Promise<void> {
    if (!leading()) return
    const catalog = registry.catalog.current()
    for (const id of fingerprints.keys()) {
      const gateway = catalog.gateways.get(id)
      if (!gateway || gateway.status !== 'active' || retries.has(id) || running.has(id)) continue
      // failures are handled inside the job (its span sees them), then dropped here
      await observe({ kind: 'health check', gateway }, async () => {
        try {
          const session = await pool.session(gateway)
          await withTimeout(session.ping(), `a ping of '${gateway.name}'`)
        } catch (error) {
          const reason = `health check failed: ${error instanceof Error ? error.message : String(error)}`
          await registry.gateways.setStatus(id, 'unreachable', { reason }).catch(() => undefined)
          await pool.drop(id)
          options.onError?.(id, error)
          scheduleRetry(id)
          throw error
        }
      }).catch(() => undefined)
    }
  }
  const health =
    (options.healthIntervalMs ?? 60_000) > 0
      ? setInterval(() => void checkHealth(), options.healthIntervalMs ?? 60_000)
      : undefined
  health?.unref()

  return {
    refresh: (gatewayId) => sync(gatewayId),
    catchUp() {
      reconcile().then(
        () => leading() && refreshAll(),
        (error: unknown) => options.onError?.('', error),
      )
    },
    listChanged(gatewayId) {
      clearTimeout(debounces.get(gatewayId))
      const timer = setTimeout(() => {
        debounces.delete(gatewayId)
        if (leading()) void sync(gatewayId).catch(() => undefined)
      }, options.listChangedDebounceMs ?? 500)
      timer.unref()
      debounces.set(gatewayId, timer)
    },
    async close() {
      closed = true
      unsubscribe()
      clearInterval(tick)
      clearInterval(health)
      for (const { timer } of retries.values()) clearTimeout(timer)
      for (const timer of debounces.values()) clearTimeout(timer)
      await Promise.allSettled(running.values())
      await pool.close()
    },
  }
}
