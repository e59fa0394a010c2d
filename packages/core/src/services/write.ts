import type { Kysely } from 'kysely'
import { conflict, GatewayError, notFound } from '../errors.js'
import type { Visibility } from '../schemas/common.js'
import { toJson } from '../store/json.js'
import type { Database } from '../store/database.js'
import type { DialectSql } from '../store/dialect.js'
import { nowIso, type Actor } from './context.js'

/** Runs a write; a unique-constraint violation becomes a 409 naming the clashing value. */
export async function guardUnique<T>(
  dialect: DialectSql,
  what: { kind: string; field: string; value: string },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw conflict(what.kind, what.field, what.value)
    throw error
  }
}

/** Columns every owned row starts with; 422 when the team named does not exist. */
export async function ownedColumnsForCreate(
  db: Kysely<Database>,
  input: {
    tags?: string[] | undefined
    team?: string | null | undefined
    visibility?: Visibility | undefined
  },
  actor: Actor,
): Promise<{
  tags: string
  owner: string | null
  team: string | null
  visibility: Visibility
  created_at: string
  updated_at: string
  version: number
}> {
  const now = nowIso()
  const team = input.team ?? null
  const visibility = input.visibility ?? (team ? 'team' : 'public')
  assertTeamGiven(team, visibility)
  if (team !== null) await assertTeamExists(db, team)
  return {
    tags: toJson(input.tags ?? []),
    owner: actor.email,
    team,
    visibility,
    created_at: now,
    updated_at: now,
    version: 1,
  }
}

/** A 422 for `visibility: 'team'` without a team: no one but admins could see the entity. */
function assertTeamGiven(team: string | null, visibility: Visibility): void {
  if (visibility === 'team' && team === null)
    throw invalidField('team', "is required when visibility is 'team'")
}

/**
 * Ownership columns an update changes, only those given; `before` is the stored row. 422 when it
 * moves the entity into a team that does not exist.
 */
export async function ownedColumnsForUpdate(
  db: Kysely<Database>,
  input: {
    tags?: string[] | undefined
    team?: string | null | undefined
    visibility?: Visibility | undefined
  },
  before: { team: string | null; visibility: string },
): Promise<{ tags?: string; team?: string | null; visibility?: Visibility; updated_at: string }> {
  if (input.team !== undefined || input.visibility !== undefined)
    assertTeamGiven(
      input.team === undefined ? before.team : input.team,
      input.visibility ?? (before.visibility as Visibility),
    )
  if (typeof input.team === 'string' && input.team !== before.team)
    await assertTeamExists(db, input.team)
  return {
    ...(input.tags !== undefined && { tags: toJson(input.tags) }),
    ...(input.team !== undefined && { team: input.team }),
    ...(input.visibility !== undefined && { visibility: input.visibility }),
    updated_at: nowIso(),
  }
}

/** A 422 naming `team` when no team has that id: an entity of a missing team only admins see. */
async function assertTeamExists(db: Kysely<Database>, team: string): Promise<void> {
  const row = await db.selectFrom('teams').select('id').where('id', '=', team).executeTakeFirst()
  if (row === undefined)
    throw invalidField('team', `must name a team: no team has the id '${team}'`)
}

/** Throws a 404 when a row is missing, otherwise returns it. */
export function found<T>(row: T | undefined, kind: string, id: string): T {
  if (row === undefined) throw notFound(kind, id)
  return row
}

/** A 422 about one field. */
export function invalidField(path: string, message: string): GatewayError {
  return new GatewayError('VALIDATION_FAILED', `${path} ${message}`, {
    issues: [{ path, message }],
  })
}

/** Drops keys whose value is undefined (for exactOptionalPropertyTypes-friendly updates). */
export function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
