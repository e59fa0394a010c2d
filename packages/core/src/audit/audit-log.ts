import { newId } from '../ids.js'
import type { AuditRow } from '../store/database.js'
import type { Store } from '../store/open-store.js'
import type { AuditEntry, AuditQuery, AuditRecord } from './audit-schema.js'
import { decodeCursor, encodeCursor, PAGE_SIZE, type Page } from '../services/list-query.js'

/** The audit table: append in batches, list with filters, prune by age. */
export interface AuditLog {
  /** Writes entries in one statement. */
  append(entries: readonly AuditEntry[]): Promise<void>
  /** One page of records, newest first. */
  list(query: AuditQuery): Promise<Page<AuditRecord>>
  /** Deletes records older than `before`; returns how many. */
  prune(before: Date): Promise<number>
}

// PostgreSQL takes at most 65535 parameters per statement; 14 columns a row.
const ROWS_PER_INSERT = 500

function toRow(entry: AuditEntry): AuditRow {
  return {
    id: newId(),
    at: entry.at,
    principal: entry.principal,
    token_id: entry.tokenId,
    action: entry.action,
    entity_kind: entry.entityKind,
    entity_id: entry.entityId,
    method: entry.method,
    path: entry.path,
    outcome: entry.outcome,
    status: entry.status,
    reason: entry.reason,
    client_address: entry.clientAddress,
    request_id: entry.requestId,
  }
}

function fromRow(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    principal: row.principal,
    tokenId: row.token_id,
    action: row.action,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    method: row.method,
    path: row.path,
    outcome: row.outcome === 'denied' ? 'denied' : 'success',
    status: Number(row.status),
    reason: row.reason,
    clientAddress: row.client_address,
    requestId: row.request_id,
  }
}

/** The audit log over a store's `audit_log` table. */
export function createAuditLog(store: Store): AuditLog {
  const { db } = store
  return {
    async append(entries) {
      const rows = entries.map(toRow)
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await db
          .insertInto('audit_log')
          .values(rows.slice(i, i + ROWS_PER_INSERT))
          .execute()
      }
    },
    async list(query) {
      let qb = db.selectFrom('audit_log').selectAll()
      if (query.since) qb = qb.where('at', '>=', query.since)
      if (query.until) qb = qb.where('at', '<', query.until)
      if (query.principal) qb = qb.where('principal', '=', query.principal)
      if (query.action) qb = qb.where('action', '=', query.action)
      if (query.outcome) qb = qb.where('outcome', '=', query.outcome)
      if (query.entity) {
        const [kind = '', ...rest] = query.entity.split(':')
        qb = qb.where('entity_kind', '=', kind)
        if (rest.length > 0) qb = qb.where('entity_id', '=', rest.join(':'))
      }
      if (query.cursor) {
        const [at, id] = decodeCursor(query.cursor)
        qb = qb.where((eb) =>
          eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]),
        )
      }
      const limit = Math.min(query.limit ?? PAGE_SIZE.default, PAGE_SIZE.max)
      const rows = await qb
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute()
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      return {
        items: page.map(fromRow),
        nextCursor: rows.length > limit && last ? encodeCursor([last.at, last.id]) : null,
      }
    },
    async prune(before) {
      const result = await db
        .deleteFrom('audit_log')
        .where('at', '<', before.toISOString())
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
