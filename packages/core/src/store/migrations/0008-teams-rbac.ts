import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'
import type { DialectSql } from '../dialect.js'

/**
 * Teams and their members, roles (permission sets) and role assignments, global or per team.
 * Built-in roles are written at startup; existing non-admin users get the default role developer.
 */
export function teamsRbacMigration({ jsonType }: DialectSql): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('personal', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('team_members')
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) =>
          c.notNull().references('users.email').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'email'])
        .execute()
      await db.schema
        .createIndex('team_members_email_idx')
        .on('team_members')
        .column('email')
        .execute()
      await db.schema
        .createTable('roles')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('description', 'text')
        .addColumn('permissions', jsonType, (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('built_in', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      // The id is `email|role|team` (or `*` for global), so a duplicate assignment is a key clash.
      await db.schema
        .createTable('role_assignments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) =>
          c.notNull().references('users.email').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull().references('roles.name').onDelete('cascade'))
        .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
        .addColumn('granted_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('role_assignments_email_idx')
        .on('role_assignments')
        .column('email')
        .execute()
      const now = new Date().toISOString()
      await sql`insert into roles (name, description, permissions, scope, built_in, created_at, updated_at)
        values ('developer', 'Reads, runs and writes registry entities', ${'[]'}, 'global', 1, ${now}, ${now})`.execute(
        db,
      )
      await sql`insert into role_assignments (id, email, role, team_id, granted_by, created_at)
        select email || '|developer|*', email, 'developer', null, null, ${now}
        from users where is_admin = 0`.execute(db)
    },
  }
}
