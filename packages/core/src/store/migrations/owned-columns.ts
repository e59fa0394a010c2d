import type { Kysely } from 'kysely'
import type { DialectSql } from '../dialect.js'

type Table = ReturnType<Kysely<unknown>['schema']['createTable']>

/** The columns every owned entity has: tags, switch, owner, team, visibility, timestamps. */
export function owned(table: Table, jsonType: DialectSql['jsonType']): Table {
  return table
    .addColumn('tags', jsonType, (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('owner', 'text')
    .addColumn('team', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
}
