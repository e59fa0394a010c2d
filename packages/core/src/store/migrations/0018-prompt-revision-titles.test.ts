import { Migrator } from 'kysely/migration'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storeMigrations } from '../migrate.js'
import { testStoreDrivers, type TestStore } from '../test-stores.js'

describe.each(testStoreDrivers)('0018-prompt-revision-titles on $driver', ({ open }) => {
  let t: TestStore
  beforeAll(async () => {
    t = await open({ migrate: false })
  })
  afterAll(async () => {
    await t.dispose()
  })

  it("records no title in earlier revisions, and the prompt's in its current version's", async () => {
    const { db, dialect } = t.store
    const migrator = new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(storeMigrations(dialect)) },
    })
    const before = await migrator.migrateTo('0017-team-roles-of-members')
    expect(before.error).toBeUndefined()
    const now = new Date().toISOString()
    await db
      .insertInto('prompts')
      .values({
        id: 'p1',
        name: 'greet',
        original_name: 'greet',
        title: 'Greeting',
        description: null,
        template: 'Hello',
        arguments: '[]',
        gateway_id: null,
        mcp_extras: null,
        tags: '[]',
        enabled: 1,
        owner: null,
        team: null,
        visibility: 'public',
        created_at: now,
        updated_at: now,
        version: 2,
      })
      .execute()
    // the columns of before: no title
    const revision = (version: number, template: string) => ({
      prompt_id: 'p1',
      version,
      name: 'greet',
      description: null,
      template,
      arguments: '[]',
      created_at: now,
      created_by: null,
    })
    await db
      .insertInto('prompt_revisions')
      .values([revision(1, 'Hi'), revision(2, 'Hello')] as never)
      .execute()

    const report = await t.store.migrate()
    expect(report.applied).toContain('0018-prompt-revision-titles')
    const rows = await db
      .selectFrom('prompt_revisions')
      .select(['version', 'title', 'title_recorded'])
      .orderBy('version')
      .execute()
    expect(rows.map((r) => [r.version, r.title, Number(r.title_recorded)])).toEqual([
      [1, null, 0],
      [2, 'Greeting', 1],
    ])
  })
})
