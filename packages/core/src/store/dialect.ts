import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely'

/** The two stores Switchyard runs on. */
export type DialectName = 'sqlite' | 'postgres'

/** Every statement that differs between the dialects lives here. */
export interface DialectSql {
  name: DialectName
  /** Column type for JSON values. */
  jsonType: 'text' | 'jsonb'
  /** True when the JSON array in `column` contains `value`. */
  jsonArrayContains(column: Expression<unknown>, value: string): RawBuilder<SqlBool>
  /** True when a database error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean
  /**
   * Statements that make the transaction they run in wait for any other holding the same `name`
   * (the rest of it then runs alone); none in SQLite, where a write transaction already does.
   */
  serializeOn(name: string): RawBuilder<unknown> | undefined
  /**
   * The select with its rows kept from deletion until its transaction ends (`for key share`);
   * as it is in SQLite, where a write transaction already runs alone.
   */
  keepRows<Q extends { forKeyShare(): Q }>(query: Q): Q
}

const sqliteSql: DialectSql = {
  name: 'sqlite',
  jsonType: 'text',
  jsonArrayContains: (column, value) =>
    sql<SqlBool>`exists (select 1 from json_each(${column}) where json_each.value = ${value})`,
  isUniqueViolation: (error) =>
    (error as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (error as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY',
  serializeOn: () => undefined,
  keepRows: (query) => query,
}

const postgresSql: DialectSql = {
  name: 'postgres',
  jsonType: 'jsonb',
  jsonArrayContains: (column, value) =>
    sql<SqlBool>`${column} @> ${JSON.stringify([value])}::jsonb`,
  isUniqueViolation: (error) => (error as { code?: string } | null)?.code === '23505',
  serializeOn: (name) => sql`select pg_advisory_xact_lock(hashtext(${name}))`,
  keepRows: (query) => query.forKeyShare(),
}

/** The dialect-specific statements for a store. */
export function dialectSql(name: DialectName): DialectSql {
  return name === 'sqlite' ? sqliteSql : postgresSql
}
