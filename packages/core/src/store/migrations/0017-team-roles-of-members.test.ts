import { Migrator } from 'kysely/migration'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toJson } from '../json.js'
import { storeMigrations } from '../migrate.js'
import { testStoreDrivers, type TestStore } from '../test-stores.js'

describe.each(testStoreDrivers)('0017-team-roles-of-members on $driver', ({ open }) => {
  let t: TestStore
  beforeAll(async () => {
    t = await open({ migrate: false })
  })
  afterAll(async () => {
    await t.dispose()
  })

  it("removes a team role held outside the team, and keeps members' and global roles", async () => {
    const { db, dialect } = t.store
    const migrator = new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(storeMigrations(dialect)) },
    })
    const before = await migrator.migrateTo('0016-member-extras')
    expect(before.error).toBeUndefined()
    const now = new Date().toISOString()
    const at = { created_at: now, updated_at: now }
    await db
      .insertInto('users')
      .values(
        ['ann@x.com', 'bob@x.com'].map((email) => ({
          email,
          password_hash: 'x',
          full_name: null,
          is_admin: 0,
          is_active: 1,
          failed_logins: 0,
          last_failed_login_at: null,
          locked_until: null,
          password_changed_at: null,
          version: 1,
          ...at,
        })),
      )
      .execute()
    await db
      .insertInto('teams')
      .values(
        ['red', 'blue'].map((id) => ({
          id,
          slug: id,
          name: id,
          description: null,
          personal: 0,
          created_by: null,
          version: 1,
          ...at,
        })),
      )
      .execute()
    await db
      .insertInto('team_members')
      .values([
        { team_id: 'red', email: 'ann@x.com', role: 'owner', joined_at: now },
        { team_id: 'blue', email: 'bob@x.com', role: 'member', joined_at: now },
      ])
      .execute()
    const role = (name: string, scope: string) => ({
      name,
      description: null,
      permissions: toJson(['tools.read']),
      scope,
      built_in: 0,
      version: 1,
      ...at,
    })
    await db
      .insertInto('roles')
      .values([role('crew', 'team'), role('viewer', 'global')])
      .execute()
    const assignment = (email: string, role: string, team: string | null) => ({
      id: `${email}|${role}|${team ?? '*'}`,
      email,
      role,
      team_id: team,
      granted_by: null,
      created_at: now,
    })
    await db
      .insertInto('role_assignments')
      .values([
        assignment('ann@x.com', 'crew', 'red'),
        assignment('bob@x.com', 'crew', 'blue'),
        assignment('bob@x.com', 'crew', 'red'),
        assignment('bob@x.com', 'viewer', null),
      ])
      .execute()

    const report = await t.store.migrate()
    expect(report.applied).toContain('0017-team-roles-of-members')
    const left = await db.selectFrom('role_assignments').select('id').orderBy('id').execute()
    expect(left.map((a) => a.id)).toEqual([
      'ann@x.com|crew|red',
      'bob@x.com|crew|blue',
      'bob@x.com|viewer|*',
    ])
  })
})
