import { sql, type Kysely } from 'kysely'
import type { Migration } from 'kysely/migration'

/**
 * A team role needs membership of its team: assignments made before that rule to users outside
 * the team are removed (global assignments and members' stay).
 */
export function teamRolesOfMembersMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`delete from role_assignments
        where team_id is not null
          and not exists (
            select 1 from team_members
            where team_members.team_id = role_assignments.team_id
              and team_members.email = role_assignments.email
          )`.execute(db)
    },
  }
}
