import type { Kysely } from 'kysely'
import type { GatewayStatus } from '../schemas/gateway.js'
import type { Database } from '../store/database.js'
import { fromFlag } from '../store/json.js'
import { nowIso } from './context.js'

/** A state an upstream entered: its discovery status, or `disabled`. */
export interface GatewayTransition {
  at: string
  status: GatewayStatus | 'disabled'
  reason: string | null
}

/** Transitions kept per upstream; older ones are dropped. */
export const TRANSITIONS_KEPT = 100

/**
 * Appends an upstream's state as its row has it now (its status, or `disabled` with no reason) when
 * it differs from the last one recorded. Runs in the transaction that changed the row, whose row
 * lock orders writers on several replicas.
 */
export async function noteTransition(db: Kysely<Database>, id: string): Promise<void> {
  const row = await db
    .selectFrom('gateways')
    .select(['status', 'status_reason', 'enabled'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) return
  const enabled = fromFlag(row.enabled)
  const status = enabled ? row.status : 'disabled'
  const reason = enabled ? row.status_reason : null
  const last = await db
    .selectFrom('gateway_transitions')
    .select(['seq', 'status', 'reason'])
    .where('gateway_id', '=', id)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (last && last.status === status && last.reason === reason) return
  const seq = (last?.seq ?? 0) + 1
  await db
    .insertInto('gateway_transitions')
    .values({ gateway_id: id, seq, at: nowIso(), status, reason })
    .execute()
  await db
    .deleteFrom('gateway_transitions')
    .where('gateway_id', '=', id)
    .where('seq', '<=', seq - TRANSITIONS_KEPT)
    .execute()
}

/** An upstream's recorded transitions, oldest first. */
export async function listTransitions(
  db: Kysely<Database>,
  id: string,
): Promise<GatewayTransition[]> {
  const rows = await db
    .selectFrom('gateway_transitions')
    .select(['at', 'status', 'reason'])
    .where('gateway_id', '=', id)
    .orderBy('seq', 'asc')
    .execute()
  return rows.map((row) => ({
    at: row.at,
    status: row.status as GatewayTransition['status'],
    reason: row.reason,
  }))
}
