import { AliasNode, TableNode, type LogEvent, type OperationNode } from 'kysely'

/** A statement the store ran, as a tracer wants it (OpenTelemetry's database span fields). */
export interface StoreQuery {
  /** `sqlite` or `postgresql`: OpenTelemetry's `db.system.name`. */
  system: 'sqlite' | 'postgresql'
  /** `SELECT`, `INSERT`, `UPDATE`, `DELETE`, `CREATE TABLE`, `BEGIN`, `COMMIT`, ... */
  operation: string
  /** The table the statement is about, when it names one. */
  table: string | undefined
  /** The SQL text; every value in it is a placeholder. */
  sql: string
  /** When it started, on the `performance.now()` clock. */
  startedAt: number
  durationMs: number
  /** Why it failed; absent when it succeeded. */
  error?: unknown
}

/** Called after each statement the store runs; when none is given, statements are not observed at all. */
export type StoreQueryHook = (query: StoreQuery) => void

/**
 * Kysely's `log` option feeding `hook`: Kysely times each statement, on success and on failure. A
 * hook that throws is ignored (Kysely would fail the statement with it).
 */
export function queryLogger(
  system: StoreQuery['system'],
  hook: StoreQueryHook,
): (event: LogEvent) => void {
  return (event) => {
    const { query, queryDurationMillis: durationMs } = event
    try {
      hook({
        system,
        operation: operationOf(query.query, query.sql),
        table: tableOf(query.query),
        sql: query.sql,
        startedAt: performance.now() - durationMs,
        durationMs,
        ...(event.level === 'error' && { error: event.error }),
      })
    } catch {
      // observing must never fail a statement
    }
  }
}

/** `SelectQueryNode` -> `SELECT`, `CreateTableNode` -> `CREATE TABLE`; raw SQL by its first keyword. */
function operationOf(node: OperationNode, sql: string): string {
  if (node.kind === 'RawNode') return (/^\s*(\w+)/.exec(sql)?.[1] ?? 'SQL').toUpperCase()
  return node.kind
    .replace(/(Query)?Node$/, '')
    .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
    .toUpperCase()
}

/** The first table a statement reads or writes: `into`, `table` or the first of `from`. */
function tableOf(node: OperationNode): string | undefined {
  const { into, table, from } = node as {
    into?: OperationNode
    table?: OperationNode
    from?: { froms?: readonly OperationNode[] }
  }
  let target = into ?? table ?? from?.froms?.[0]
  if (target && AliasNode.is(target)) target = target.node
  return target && TableNode.is(target) ? target.table.identifier.name : undefined
}
