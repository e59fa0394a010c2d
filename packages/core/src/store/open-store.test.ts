import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GatewayError } from '../errors.js'
import { gatewayTransitionsMigration } from './migrations/0012-gateway-transitions.js'
import { openStore, sqliteFileFor } from './open-store.js'
import { testStoreDrivers, type TestStore } from './test-stores.js'

describe('sqliteFileFor', () => {
  it('defaults to ./data/switchyard.db and honours the data folder', () => {
    expect(sqliteFileFor(undefined)).toMatch(/\/data\/switchyard\.db$/)
    expect(sqliteFileFor(undefined, '/var/lib/sy')).toBe('/var/lib/sy/switchyard.db')
  })
  it("reads ContextForge's sqlite:/// forms", () => {
    expect(sqliteFileFor('sqlite:///./mcp.db')).toBe(`${process.cwd()}/mcp.db`)
    expect(sqliteFileFor('sqlite:////tmp/a.db')).toBe('/tmp/a.db')
    expect(sqliteFileFor('sqlite:///tmp/a.db')).toBe('/tmp/a.db')
  })
})

describe('openStore on a PostgreSQL it cannot use', () => {
  // Nothing listens on port 9; the real server on 5432 knows no such role.
  it.each([
    ['postgres://u:secret@127.0.0.1:9/db', 'u:*****@127.0.0.1:9/db): connect ECONNREFUSED'],
    [
      'postgres://nobody:secret@127.0.0.1:5432/db',
      'nobody:*****@127.0.0.1:5432/db): role "nobody"',
    ],
  ])('%s: cannot connect, naming DATABASE_URL without the password', async (url, shown) => {
    const error = String(await openStore({ url }).catch((e: unknown) => e))
    expect(error).toContain(`cannot connect to the database (DATABASE_URL, postgres://${shown}`)
    expect(error).not.toContain('secret')
  })
})

describe('openStore on an embedded file it cannot use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-store-'))
  const notDir = join(dir, 'plain.txt')
  writeFileSync(notDir, 'not a folder, not a database\n'.repeat(100))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names the file and SWITCHYARD_DATA_DIR when the folder cannot be made', async () => {
    const error = await openStore({ dataDir: join(notDir, 'data') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GatewayError)
    expect((error as GatewayError).message).toBe(
      `cannot open the database file ${notDir}/data/switchyard.db (SWITCHYARD_DATA_DIR): ENOTDIR: not a directory, mkdir '${notDir}/data'`,
    )
  })

  it('names the file and DATABASE_URL when it is not SQLite, or a folder', async () => {
    const notDb = await openStore({ url: `sqlite://${notDir}` }).catch((e: unknown) => e)
    expect((notDb as GatewayError).message).toBe(
      `cannot open the database file ${notDir} (DATABASE_URL): file is not a database`,
    )
    const folder = await openStore({ url: `sqlite://${dir}` }).catch((e: unknown) => e)
    expect((folder as GatewayError).message).toBe(
      `cannot open the database file ${dir} (DATABASE_URL): unable to open database file`,
    )
  })
})

describe.each(testStoreDrivers)('store on $driver', ({ open }) => {
  let t: TestStore
  beforeAll(async () => {
    t = await open()
  })
  afterAll(async () => {
    await t.dispose()
  })

  it('migrates to the latest schema and records the version', async () => {
    const report = await t.store.migrate()
    expect(report.applied).toEqual([])
    expect(report.current).toBe('0019-login-failures')
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(t.store.db)
    expect(rows.rows.map((r) => r.name)).toEqual([
      '0001-initial',
      '0002-grpc',
      '0003-a2a',
      '0004-tokens',
      '0005-audit',
      '0006-limits',
      '0007-token-limits',
      '0008-teams-rbac',
      '0009-server-oauth',
      '0010-oauth-tokens',
      '0011-versions',
      '0012-gateway-transitions',
      '0013-password-changed',
      '0014-metrics-history',
      '0015-member-titles',
      '0016-member-extras',
      '0017-team-roles-of-members',
      '0018-prompt-revision-titles',
      '0019-login-failures',
    ])
    expect(await t.store.ping()).toBe(true)
  })

  it('starts the state history of upstreams registered before it with their state then', async () => {
    const now = new Date().toISOString()
    const gateway = (id: string, enabled: number) => ({
      id,
      name: id,
      slug: id,
      transport: 'streamablehttp',
      url: 'http://127.0.0.1:9/mcp',
      args: '[]',
      passthrough_headers: '[]',
      status: 'unreachable',
      status_reason: 'connect ECONNREFUSED',
      capabilities: '{}',
      enabled,
      tags: '[]',
      visibility: 'public',
      created_at: now,
      updated_at: now,
    })
    await t.store.db
      .insertInto('gateways')
      .values([gateway('on', 1), gateway('off', 0)] as never)
      .execute()
    await t.store.db.schema.dropTable('gateway_transitions').execute()
    await gatewayTransitionsMigration().up(t.store.db as never)
    const rows = await t.store.db
      .selectFrom('gateway_transitions')
      .select(['gateway_id', 'seq', 'status', 'reason'])
      .orderBy('gateway_id')
      .execute()
    expect(rows).toEqual([
      { gateway_id: 'off', seq: 1, status: 'disabled', reason: null },
      { gateway_id: 'on', seq: 1, status: 'unreachable', reason: 'connect ECONNREFUSED' },
    ])
    await t.store.db.deleteFrom('gateways').execute()
    expect(await t.store.db.selectFrom('gateway_transitions').selectAll().execute()).toEqual([])
  })

  it('rolls a failed transaction back whole', async () => {
    const now = new Date().toISOString()
    const row = { uri: 'file:///a', name: null, created_at: now, updated_at: now }
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('roots')
          .values({ id: 'r1', ...row })
          .execute()
        await trx
          .insertInto('roots')
          .values({ id: 'r2', ...row })
          .execute()
      }),
    ).rejects.toSatisfy((error: unknown) => t.store.dialect.isUniqueViolation(error))
    const left = await t.store.db.selectFrom('roots').selectAll().execute()
    expect(left).toEqual([])
  })

  it('finds a value in a JSON array column', async () => {
    const now = new Date().toISOString()
    await t.store.db
      .insertInto('servers')
      .values({
        id: 's1',
        name: 'one',
        version: 1,
        icons: '[]',
        name_strategy: 'prefixed',
        enabled: 1,
        a2a_agents: '[]',
        tags: JSON.stringify(['alpha', 'beta']),
        visibility: 'public',
        owner: null,
        team: null,
        created_at: now,
        updated_at: now,
        description: null,
        instructions: null,
        icon: null,
        rate_limit: null,
      })
      .execute()
    const hit = await t.store.db
      .selectFrom('servers')
      .select('id')
      .where((eb) => t.store.dialect.jsonArrayContains(eb.ref('tags'), 'beta'))
      .execute()
    const miss = await t.store.db
      .selectFrom('servers')
      .select('id')
      .where((eb) => t.store.dialect.jsonArrayContains(eb.ref('tags'), 'gamma'))
      .execute()
    expect(hit.map((r) => r.id)).toEqual(['s1'])
    expect(miss).toEqual([])
  })
})
