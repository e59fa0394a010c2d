import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StoreQuery } from './store-query.js'
import { testStoreDrivers, type TestStore } from './test-stores.js'

describe.each(testStoreDrivers)('onQuery on $driver', ({ driver, open }) => {
  const seen: StoreQuery[] = []
  let t: TestStore
  beforeAll(async () => {
    t = await open({ onQuery: (query) => void seen.push(query) })
  })
  afterAll(async () => {
    await t.dispose()
  })

  const root = { uri: 'file:///tmp', name: null, created_at: 'now', updated_at: 'now' }

  it('tells the system, operation, table, SQL and timing of each statement, transactions included', async () => {
    seen.length = 0
    await t.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('roots')
        .values({ id: 'r1', ...root })
        .execute()
      await trx.updateTable('roots as r').set({ name: 'tmp' }).where('r.id', '=', 'r1').execute()
    })
    await t.store.db.selectFrom('roots').select('uri').where('id', '=', 'r1').execute()
    await t.store.db.deleteFrom('roots').where('id', '=', 'r1').execute()
    await sql`select 1`.execute(t.store.db)

    expect(seen.map((q) => [q.operation, q.table])).toEqual([
      ['BEGIN', undefined],
      ['INSERT', 'roots'],
      ['UPDATE', 'roots'],
      ['COMMIT', undefined],
      ['SELECT', 'roots'],
      ['DELETE', 'roots'],
      ['SELECT', undefined],
    ])
    const system = driver === 'sqlite' ? 'sqlite' : 'postgresql'
    for (const query of seen) {
      expect(query.system).toBe(system)
      expect(query.durationMs).toBeGreaterThanOrEqual(0)
      expect(query.startedAt).toBeLessThanOrEqual(performance.now())
      expect(query.error).toBeUndefined()
    }
    // values travel as parameters, never in the text
    expect(seen[1]?.sql).toMatch(/^insert into "roots"/)
    expect(seen[1]?.sql).not.toContain('file:///tmp')
  })

  it('tells a failed statement with its error', async () => {
    seen.length = 0
    await t.store.db
      .insertInto('roots')
      .values({ id: 'r2', ...root })
      .execute()
    await expect(
      t.store.db
        .insertInto('roots')
        .values({ id: 'r2', ...root })
        .execute(),
    ).rejects.toThrow()
    expect(seen).toHaveLength(2)
    expect(seen[1]).toMatchObject({ operation: 'INSERT', table: 'roots' })
    expect(seen[1]?.error).toBeInstanceOf(Error)
  })

  it('names schema statements by their kind', async () => {
    seen.length = 0
    await t.store.db.schema.createTable('probe').addColumn('id', 'integer').execute()
    await t.store.db.schema.dropTable('probe').execute()
    expect(seen.map((q) => [q.operation, q.table])).toEqual([
      ['CREATE TABLE', 'probe'],
      ['DROP TABLE', 'probe'],
    ])
  })
})

describe('a hook that throws', () => {
  it('does not fail the statement', async () => {
    const t = await testStoreDrivers[0].open({
      onQuery: () => {
        throw new Error('broken hook')
      },
    })
    try {
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.store.db)
      expect(rows).toEqual([{ one: 1 }])
    } finally {
      await t.dispose()
    }
  })
})
