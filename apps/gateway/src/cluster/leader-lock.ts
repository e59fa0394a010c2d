import type { Sql } from 'postgres'

/** The advisory lock key the replicas of one database compete for ('switchyard jobs'). */
const JOBS_LOCK_KEY = 0x5357_4a42

/** What createLeaderLock needs. */
export interface LeaderLockOptions {
  /** A client of one connection: a session-level advisory lock belongs to the connection holding it. */
  sql: Sql
  /** How often a follower tries the lock and the leader checks it still holds it; default 2 s. */
  intervalMs?: number
  /** Told when this replica starts or stops leading. */
  onChange?: (leading: boolean) => void
  onError?: (error: unknown) => void
}

/** Which replica runs the periodic jobs that write to the store. */
export interface LeaderLock {
  /** True while this replica holds the lock. */
  leading(): boolean
  /** Gives the lock up (another replica takes it on its next try) and stops trying. */
  close(): Promise<void>
}

/**
 * A PostgreSQL session-level advisory lock: exactly one replica holds it, and it is released when that
 * replica's connection ends, so a killed leader is replaced within one interval. Every interval a
 * follower tries to take it and the holder checks that its connection still holds it; a replica that
 * cannot reach PostgreSQL stops leading. Resolves after the first try.
 */
export async function createLeaderLock(options: LeaderLockOptions): Promise<LeaderLock> {
  const { sql } = options
  let leading = false
  let closed = false
  const set = (value: boolean) => {
    if (value === leading) return
    leading = value
    options.onChange?.(value)
  }
  type Held = { held: boolean }[]
  const take = () => sql<Held>`select pg_try_advisory_lock(${JOBS_LOCK_KEY}) as held`
  const holds = () =>
    sql<Held>`select exists (select 1 from pg_locks where locktype = 'advisory'
      and objid = ${JOBS_LOCK_KEY} and pid = pg_backend_pid() and granted) as held`
  const attempt = async () => {
    try {
      const [row] = await (leading ? holds() : take())
      if (!closed) set(row?.held === true)
    } catch (error) {
      set(false)
      options.onError?.(error)
    }
  }
  let running = attempt()
  await running
  const timer = setInterval(() => {
    running = running.then(attempt)
  }, options.intervalMs ?? 2_000).unref()
  return {
    leading: () => leading,
    async close() {
      closed = true
      clearInterval(timer)
      await running
      set(false)
      await sql`select pg_advisory_unlock_all()`.catch(() => undefined)
    },
  }
}
