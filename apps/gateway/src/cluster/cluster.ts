import { reconnectBackoff, type ChangeBus } from '@switchyard/core'
import type { Logger } from '../logger.js'
import { createChangeRelay } from './change-relay.js'
import { createLeaderLock } from './leader-lock.js'

/** This replica's part in a cluster: who runs the periodic jobs, and changes shared both ways. */
export interface ClusterMember {
  /** True when this replica runs the periodic jobs that write to the store (always, on a single node). */
  leading(): boolean
  /**
   * Calls `listener` whenever this replica starts running the periodic jobs (`lead`), or has read its
   * catalog again after its connection came back (`resync`).
   */
  on(event: ClusterEvent, listener: () => void): void
  close(): Promise<void>
}

/** What a cluster member tells its listeners about. */
export type ClusterEvent = 'lead' | 'resync'

/** What joinCluster needs. */
export interface ClusterOptions {
  /** A `postgres://` URL; without one the gateway is a single node. */
  databaseUrl: string | undefined
  /** The registry's change bus. */
  events: ChangeBus
  /** Reads the catalog and forgets cached principals after changes may have been missed. */
  resync: () => Promise<void>
  /** Whether this process may run the periodic jobs; false for a CLI command. Default true. */
  jobs?: boolean
  logger: Logger
}

/** A single node: nothing to share, and every job is this process's. */
const SINGLE_NODE: ClusterMember = {
  leading: () => true,
  on: () => undefined,
  close: () => Promise.resolve(),
}

/** The lock of a process that never runs the periodic jobs. */
const NO_JOBS = Promise.resolve({ leading: () => false, close: () => Promise.resolve() })

/**
 * Joins the replicas sharing one PostgreSQL database: changes travel by LISTEN/NOTIFY and the periodic
 * jobs run under an advisory lock. A resync that fails (PostgreSQL still away) is tried every second.
 */
export async function joinCluster(options: ClusterOptions): Promise<ClusterMember> {
  const { databaseUrl, logger } = options
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) return SINGLE_NODE
  const { default: postgres } = await import('postgres')
  const sql = postgres(databaseUrl, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: 5,
    // the LISTEN connection too: after an outage the missed changes are read as soon as it is back
    backoff: reconnectBackoff,
    onnotice: () => undefined,
  })
  let closed = false
  const listeners: Record<ClusterEvent, (() => void)[]> = { lead: [], resync: [] }
  const tell = (event: ClusterEvent) => {
    for (const listener of listeners[event]) listener()
  }
  let retry: NodeJS.Timeout | undefined
  const resync = async (): Promise<void> => {
    clearTimeout(retry)
    try {
      await options.resync()
      tell('resync')
      logger.info('reloaded the catalog after the cluster connection came back')
    } catch (error) {
      logger.warn({ err: error }, 'reloading the catalog failed; trying again in 1 s')
      if (!closed) retry = setTimeout(() => void resync(), 1_000).unref()
    }
  }
  const lock = await (options.jobs === false
    ? NO_JOBS
    : createLeaderLock({
        sql,
        onChange: (leading) => {
          logger.info(
            leading
              ? 'this replica now runs the periodic jobs'
              : 'this replica stopped running the periodic jobs',
          )
          if (leading) tell('lead')
        },
        onError: (error) => logger.debug({ err: error }, 'checking the periodic-jobs lock failed'),
      }))
  try {
    const relay = await createChangeRelay({
      sql,
      events: options.events,
      onResync: resync,
      onError: (error) =>
        logger.warn({ err: error }, 'sharing a change with other replicas failed'),
    })
    return {
      leading: () => lock.leading(),
      on: (event, listener) => listeners[event].push(listener),
      async close() {
        closed = true
        clearTimeout(retry)
        await relay.close()
        await lock.close()
        await sql.end({ timeout: 2 })
      },
    }
  } catch (error) {
    await lock.close()
    await sql.end({ timeout: 2 })
    throw error
  }
}
