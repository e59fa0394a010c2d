import type { Kysely } from 'kysely'
import { GatewayError, type FieldIssue } from '../errors.js'
import type { MemberRef, ServerMember, ServerUpdate } from '../schemas/server.js'
import type { Database, ServerMemberRow } from '../store/database.js'
import type { Viewer } from './context.js'
import { canView } from './list-query.js'

/** A member as one virtual server exposes it: its name and description there. */
export interface ResolvedMember<T> {
  name: string
  description: string | null
  entity: T
}

/** The exposed name of a tool or prompt under a server's naming strategy. */
export function defaultMemberName(
  strategy: string,
  entity: { name: string; originalName?: string },
): string {
  return strategy === 'original' && entity.originalName ? entity.originalName : entity.name
}

/** A server's members of one kind, in order, with renames and description overrides applied. */
export function resolveMembers<
  T extends { name: string; originalName?: string; description: string | null },
>(
  members: readonly ServerMemberRow[],
  kind: string,
  pool: ReadonlyMap<string, T>,
  strategy: string,
): ResolvedMember<T>[] {
  return [...members]
    .filter((m) => m.kind === kind)
    .sort((a, b) => a.position - b.position)
    .flatMap((m) => {
      const entity = pool.get(m.member_id)
      if (!entity) return []
      const name = m.custom_name ?? defaultMemberName(strategy, entity)
      return [{ name, description: m.custom_description ?? entity.description, entity }]
    })
}

/** Member rows per INSERT (see writeMembers). */
const MEMBER_ROWS_PER_INSERT = 1000

/** The kinds of member a virtual server bundles. */
export type MemberKind = 'tool' | 'resource' | 'prompt'

const MEMBER_FIELDS = [
  ['tool', 'associatedTools', 'tools'],
  ['resource', 'associatedResources', 'resources'],
  ['prompt', 'associatedPrompts', 'prompts'],
] as const

function toMember(ref: MemberRef): ServerMember {
  return typeof ref === 'string'
    ? { id: ref, name: null, description: null }
    : { id: ref.id, name: ref.name ?? null, description: ref.description ?? null }
}

/** What to do about a name clash: renaming, or prefixing names where the server does not yet. */
const clashAdvice = (strategy: string): string =>
  strategy === 'original' ? "rename members or use nameStrategy 'prefixed'" : 'rename members'

/** The exposed names that more than one member takes, and an issue at each such member's name. */
function nameClashes(
  exposed: readonly (string | undefined)[],
  field: string,
  kind: string,
  advice: string,
): { names: string[]; issues: FieldIssue[] } {
  const taken = new Map<string, number>()
  for (const name of exposed) if (name !== undefined) taken.set(name, (taken.get(name) ?? 0) + 1)
  const clashing = (name: string | undefined): name is string =>
    name !== undefined && (taken.get(name) ?? 0) > 1
  return {
    names: [...taken.keys()].filter(clashing),
    issues: exposed.flatMap((name, index) =>
      clashing(name)
        ? [
            {
              path: `${field}.${index}.name`,
              message: `'${name}' is another ${kind}'s name in this server too: ${advice}`,
            },
          ]
        : [],
    ),
  }
}

/**
 * Checks that every member exists (a new one also that the actor may see it: one hidden from
 * them is unknown to them) and that exposed names do not collide; returns the rows to write.
 */
export async function planMembers(
  db: Kysely<Database>,
  serverId: string,
  strategy: string,
  given: Partial<Record<MemberKind, MemberRef[]>>,
  existing: readonly ServerMemberRow[],
  viewer: Viewer = { all: true },
): Promise<ServerMemberRow[]> {
  const rows: ServerMemberRow[] = []
  const missing: { path: string; message: string }[] = []
  for (const [kind, field, table] of MEMBER_FIELDS) {
    const refs = given[kind]
    const members = refs
      ? refs.map(toMember)
      : existing
          .filter((m) => m.kind === kind)
          .sort((a, b) => a.position - b.position)
          .map((m) => ({
            id: m.member_id,
            name: m.custom_name,
            description: m.custom_description,
          }))
    const seen = new Set<string>()
    const unique = members.filter((m) => !seen.has(m.id) && seen.add(m.id))
    if (unique.length === 0) continue
    const ids = unique.map((m) => m.id)
    // Resources have no original name: their name serves for both.
    const kept = new Set(existing.filter((m) => m.kind === kind).map((m) => m.member_id))
    const found = await db
      .selectFrom(table as 'tools')
      .select(['id', 'name', kind === 'resource' ? 'name as original_name' : 'original_name'])
      .select(['owner', 'team', 'visibility'])
      .where('id', 'in', ids)
      .execute()
      .then(
        (list) =>
          new Map(list.filter((r) => kept.has(r.id) || canView(viewer, r)).map((r) => [r.id, r])),
      )
    unique.forEach((member, index) => {
      if (!found.has(member.id))
        missing.push({ path: `${field}.${index}`, message: `no ${kind} with id '${member.id}'` })
    })
    if (kind !== 'resource') {
      const exposed = unique.map((member) => {
        const target = found.get(member.id)
        return (
          target && (member.name ?? (strategy === 'original' ? target.original_name : target.name))
        )
      })
      const advice = clashAdvice(strategy)
      const clash = nameClashes(exposed, field, kind, advice)
      if (clash.issues.length > 0)
        throw new GatewayError(
          'CONFLICT',
          `${kind} names collide in this server: ${clash.names.join(', ')}; ${advice}`,
          { issues: clash.issues },
        )
    }
    unique.forEach((member, position) =>
      rows.push({
        server_id: serverId,
        kind,
        member_id: member.id,
        custom_name: member.name,
        custom_description: member.description,
        position,
      }),
    )
  }
  if (missing.length > 0) {
    const summary = missing.map((m) => `${m.path}: ${m.message}`).join('; ')
    throw new GatewayError('VALIDATION_FAILED', `unknown members: ${summary}`, {
      issues: missing,
    })
  }
  return rows
}

export async function writeMembers(
  trx: Kysely<Database>,
  serverId: string,
  rows: ServerMemberRow[],
): Promise<void> {
  await trx.deleteFrom('server_members').where('server_id', '=', serverId).execute()
  // In batches: one statement binds 6 values a row, and SQLite takes at most 32,766 per
  // statement (PostgreSQL 65,535), fewer than a server of 10,000 members needs.
  for (let start = 0; start < rows.length; start += MEMBER_ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + MEMBER_ROWS_PER_INSERT)
    await trx.insertInto('server_members').values(batch).execute()
  }
}

/** The member lists a create or update gives, by kind (a kind not given keeps its members). */
export function givenMembers(input: ServerUpdate): Partial<Record<MemberKind, MemberRef[]>> {
  return {
    ...(input.associatedTools && { tool: input.associatedTools }),
    ...(input.associatedResources && { resource: input.associatedResources }),
    ...(input.associatedPrompts && { prompt: input.associatedPrompts }),
  }
}
