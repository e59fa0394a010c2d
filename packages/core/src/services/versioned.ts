import { sql, type Kysely, type UpdateObject, type UpdateResult } from 'kysely'
import type { Database } from '../store/database.js'
import { versionConflict } from '../errors.js'

/** The SET value that bumps a row's version in the update statement itself. */
export const nextVersion = sql<number>`version + 1`

/**
 * Throws VERSION_CONFLICT when an update that named the version it expected changed no row: another
 * writer (perhaps on another replica) updated the entity first. Without an expected version the last
 * writer wins, as ContextForge clients expect.
 */
export function assertVersion(
  result: UpdateResult | undefined,
  kind: string,
  id: string,
  expected: number | undefined,
): void {
  if (expected === undefined || (result?.numUpdatedRows ?? 0n) > 0n) return
  throw versionConflict(kind, id, expected)
}

/** The `version` comparison of an update: the expected version, or any when none was given. */
export function versionIs(expected: number | undefined): ['=' | '>=', number] {
  return expected === undefined ? ['>=', 0] : ['=', expected]
}

/** Tables whose rows carry an `id` and a `version`. */
type VersionedTable =
  'gateways' | 'tools' | 'resources' | 'servers' | 'a2a_agents' | 'grpc_services'

/**
 * Updates one row by id, bumping its version in the same statement; with an expected version, throws
 * VERSION_CONFLICT when the row has moved on (see assertVersion).
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
  changes: UpdateObject<Database, T>,
  expected: { kind: string; version: number | undefined },
): Promise<void> {
  const versioned: VersionedTable = table
  const result = await db
    .updateTable(versioned)
    .set({ ...(changes as UpdateObject<Database, VersionedTable>), version: nextVersion })
    .where('id', '=', id)
    .where('version', ...versionIs(expected.version))
    .executeTakeFirst()
  assertVersion(result, expected.kind, id, expected.version)
}
