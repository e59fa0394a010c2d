import type { Kysely } from 'kysely'
import { Migrator, type Migration, type MigrationResult } from 'kysely/migration'
import { GatewayError } from '../errors.js'
import { isConnectionError } from './connection-error.js'
import type { DialectSql } from './dialect.js'
import { initialMigration } from './migrations/0001-initial.js'
import { grpcMigration } from './migrations/0002-grpc.js'
import { a2aMigration } from './migrations/0003-a2a.js'
import { tokensMigration } from './migrations/0004-tokens.js'
import { auditMigration } from './migrations/0005-audit.js'
import { limitsMigration } from './migrations/0006-limits.js'
import { tokenLimitsMigration } from './migrations/0007-token-limits.js'
import { teamsRbacMigration } from './migrations/0008-teams-rbac.js'
import { serverOAuthMigration } from './migrations/0009-server-oauth.js'
import { oauthTokensMigration } from './migrations/0010-oauth-tokens.js'
import { versionsMigration } from './migrations/0011-versions.js'
import { gatewayTransitionsMigration } from './migrations/0012-gateway-transitions.js'
import { passwordChangedMigration } from './migrations/0013-password-changed.js'
import { metricsHistoryMigration } from './migrations/0014-metrics-history.js'
import { memberTitlesMigration } from './migrations/0015-member-titles.js'
import { memberExtrasMigration } from './migrations/0016-member-extras.js'
import { teamRolesOfMembersMigration } from './migrations/0017-team-roles-of-members.js'
import { promptRevisionTitlesMigration } from './migrations/0018-prompt-revision-titles.js'
import { loginFailuresMigration } from './migrations/0019-login-failures.js'

/** Every migration in order; forward only. Names sort in the order they run. */
export function storeMigrations(dialect: DialectSql): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-grpc': grpcMigration(dialect),
    '0003-a2a': a2aMigration(dialect),
    '0004-tokens': tokensMigration(dialect),
    '0005-audit': auditMigration(),
    '0006-limits': limitsMigration(),
    '0007-token-limits': tokenLimitsMigration(dialect),
    '0008-teams-rbac': teamsRbacMigration(dialect),
    '0009-server-oauth': serverOAuthMigration(dialect),
    '0010-oauth-tokens': oauthTokensMigration(),
    '0011-versions': versionsMigration(),
    '0012-gateway-transitions': gatewayTransitionsMigration(),
    '0013-password-changed': passwordChangedMigration(),
    '0014-metrics-history': metricsHistoryMigration(dialect),
    '0015-member-titles': memberTitlesMigration(),
    '0016-member-extras': memberExtrasMigration(dialect),
    '0017-team-roles-of-members': teamRolesOfMembersMigration(),
    '0018-prompt-revision-titles': promptRevisionTitlesMigration(),
    '0019-login-failures': loginFailuresMigration(),
  }
}

/** What a migration run did. */
export interface MigrateReport {
  applied: string[]
  current: string | null
}

/**
 * Brings the schema up to date; records the version in Kysely's `kysely_migration` table. A failure
 * names the migration, or, before the first one, the database (`location`, password masked).
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: DialectSql,
  location: string,
): Promise<MigrateReport> {
  const all = storeMigrations(dialect)
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(all) } })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results.find((r: MigrationResult) => r.status === 'Error')
    const reason = error instanceof Error ? error.message : JSON.stringify(error)
    const message =
      failed !== undefined
        ? `migration ${failed.migrationName} failed: ${reason}`
        : isConnectFailure(error)
          ? `cannot connect to the database (DATABASE_URL, ${location}): ${reason}`
          : `cannot prepare the database for migrations (${location}): ${reason}`
    throw new GatewayError('UNAVAILABLE', message, { cause: error })
  }
  const applied = results.map((r) => r.migrationName)
  const names = (await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name)
  return { applied, current: names.at(-1) ?? null }
}

/** Whether a failure came from reaching or logging in to the database rather than a statement. */
function isConnectFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  // Beyond a refused or lost connection: an unknown host, a refused login, a missing database.
  return (
    isConnectionError(error) ||
    (typeof code === 'string' && /^(ENOTFOUND|EAI_AGAIN|28|3D000)/.test(code))
  )
}
