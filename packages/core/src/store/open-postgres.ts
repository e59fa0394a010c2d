import { Kysely } from 'kysely'
import { PostgresJSDialect } from 'kysely-postgres-js'
import postgres from 'postgres'
import type { Database } from './database.js'
import type { Log } from './open-store.js'
import { reconnectBackoff } from './reconnect-backoff.js'

/** JSON parameters arrive as JSON text (see `json.ts`): pass them through rather than encode twice. */
const jsonAsText = {
  to: 114,
  from: [114, 3802],
  serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
  parse: (text: string): unknown => JSON.parse(text),
}

/** A Kysely over a postgres.js pool of `poolSize` connections. */
export function openPostgres(url: string, poolSize: number, log: Log): Kysely<Database> {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => undefined,
    connect_timeout: 10,
    backoff: reconnectBackoff,
    types: { json: jsonAsText },
  })
  return new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: client }), ...log })
}
