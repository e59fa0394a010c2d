import { randomUUID } from 'node:crypto'
import type { Change, ChangeBus } from '@switchyard/core'
import type { Sql } from 'postgres'

/** The PostgreSQL channel replicas of one database share their committed changes on. */
export const CHANGES_CHANNEL = 'switchyard_changes'

/** NOTIFY payloads must stay under 8000 bytes; changes are sent in batches below that. */
const MAX_PAYLOAD_BYTES = 7000

/** What createChangeRelay needs. */
export interface ChangeRelayOptions {
  sql: Sql
  /** The registry's bus: local commits are published from it, other replicas' changes emitted into it. */
  events: ChangeBus
  /** Called after the LISTEN connection came back: changes may have been missed, so read everything again. */
  onResync: () => Promise<void>
  onError: (error: unknown) => void
}

/** Shares committed changes with the other replicas. */
export interface ChangeRelay {
  close(): Promise<void>
}

function batches(changes: readonly Change[]): Change[][] {
  const out: Change[][] = [[]]
  let size = 0
  for (const change of changes) {
    const bytes = Buffer.byteLength(JSON.stringify(change)) + 1
    if (size + bytes > MAX_PAYLOAD_BYTES && out.at(-1)!.length > 0) {
      out.push([])
      size = 0
    }
    out.at(-1)!.push(change)
    size += bytes
  }
  return out
}

/**
 * Publishes this replica's committed changes with NOTIFY and emits every other replica's into the
 * local bus, so that the catalog, the principal cache and MCP list_changed notifications follow
 * changes made anywhere. postgres.js re-LISTENs after a lost connection; that calls `onResync`.
 */
export async function createChangeRelay(options: ChangeRelayOptions): Promise<ChangeRelay> {
  const { sql, events, onError } = options
  const origin = randomUUID()
  let inbound = false
  let listened = false
  const listening = await sql.listen(
    CHANGES_CHANNEL,
    (payload) => {
      try {
        const sent = JSON.parse(payload) as { origin: string; changes: Change[] }
        if (sent.origin === origin) return
        inbound = true
        try {
          events.emit(sent.changes)
        } finally {
          inbound = false
        }
      } catch (error) {
        onError(error)
      }
    },
    () => {
      if (listened) options.onResync().catch(onError)
      listened = true
    },
  )
  const sending = new Set<Promise<unknown>>()
  const unsubscribe = events.subscribe((changes) => {
    if (inbound) return
    for (const batch of batches(changes)) {
      const sent = sql
        .notify(CHANGES_CHANNEL, JSON.stringify({ origin, changes: batch }))
        .catch(onError)
        .finally(() => sending.delete(sent))
      sending.add(sent)
    }
  })
  return {
    async close() {
      unsubscribe()
      // Changes committed just before close (a CLI import) still reach the other replicas.
      await Promise.allSettled(sending)
      await listening.unlisten().catch(() => undefined)
    },
  }
}
