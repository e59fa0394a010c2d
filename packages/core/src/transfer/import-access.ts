import { conflict, type FieldIssue } from '../errors.js'
import { assignmentId } from '../services/role-service.js'
import { invalidInput, validated } from '../services/validated.js'
import { RoleAssignSchema } from '../schemas/role.js'
import { TeamMemberAddSchema } from '../schemas/team.js'
import { EmailSchema } from '../schemas/user.js'
import type { ExportDocument } from './document.js'
import { located, type ImportRun } from './import-run.js'
import type { ImportedTeams } from './import-teams.js'

type Entities = ExportDocument['entities']

/** The target's team id for an exported one; a 422 at `path` when no such team is there. */
async function teamOf(
  run: ImportRun,
  teams: ImportedTeams,
  team: string,
  path: string,
): Promise<string> {
  const id = teams.ids.get(team) ?? team
  const found = await run.db
    .selectFrom('teams')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!found)
    throw invalidInput([
      { path, message: `names team '${team}', which is neither imported nor present` },
    ])
  return id
}

/**
 * Whether the user is on this gateway; if not, the entry is counted skipped with a warning (users
 * are not exported, so a missing one is a difference between gateways, not a broken document).
 */
async function userPresent(
  run: ImportRun,
  kind: 'teamMembers' | 'roleAssignments',
  email: string,
  at: string,
): Promise<boolean> {
  const user = await run.db
    .selectFrom('users')
    .select('email')
    .where('email', '=', email)
    .executeTakeFirst()
  if (user) return true
  run.report.skipped[kind] += 1
  run.report.warnings.push({
    at: `${at}.email`,
    message: `no user '${email}' on this gateway; create the user, then import again`,
  })
  return false
}

/**
 * The indexes of entries that repeat an earlier one (same `key`), each counted skipped with a
 * warning naming the entry it repeats: imported once. A repeat that `differs` from the entry
 * (an issue at one of its fields) is a 422 there.
 */
function repeatsIn<E>(
  run: ImportRun,
  kind: 'teamMembers' | 'roleAssignments',
  entries: readonly E[],
  key: (entry: E) => string,
  differs: (entry: E, first: E, firstAt: string) => FieldIssue | undefined = () => undefined,
): Set<number> {
  const firsts = new Map<string, { entry: E; at: string }>()
  const repeats = new Set<number>()
  for (const [index, entry] of entries.entries()) {
    const at = `entities.${kind}.${index}`
    const first = firsts.get(key(entry))
    if (first === undefined) {
      firsts.set(key(entry), { entry, at })
      continue
    }
    const issue = differs(entry, first.entry, first.at)
    if (issue) throw invalidInput([{ ...issue, path: `${at}.${issue.path}` }])
    repeats.add(index)
    run.report.skipped[kind] += 1
    run.report.warnings.push({ at, message: `repeats ${first.at}; imported once` })
  }
  return repeats
}

/**
 * Writes the document's team memberships, owners first (so a team keeps an owner throughout). A
 * membership the target holds with another role is a clash, but one the import's own new team gave
 * the importer is set as the document says.
 */
export async function importTeamMembers(
  run: ImportRun,
  entities: Entities,
  teams: ImportedTeams,
): Promise<void> {
  const { services, options, report } = run
  const held = new Map(
    (await run.db.selectFrom('team_members').select(['team_id', 'email', 'role']).execute()).map(
      (m) => [`${m.team_id}|${m.email}`, m.role],
    ),
  )
  const repeats = repeatsIn(
    run,
    'teamMembers',
    entities.teamMembers,
    (m) => JSON.stringify([m.team, m.email.toLowerCase()]),
    (m, first, firstAt) =>
      m.role === first.role
        ? undefined
        : {
            path: 'role',
            message: `gives ${m.email} in team '${m.team}' the role '${m.role}', but ${firstAt} gives '${first.role}': keep one of them`,
          },
  )
  const ordered = [...entities.teamMembers.entries()].sort(
    ([, a], [, b]) => Number(b.role === 'owner') - Number(a.role === 'owner'),
  )
  for (const [index, m] of ordered) {
    if (repeats.has(index)) continue
    const at = `entities.teamMembers.${index}`
    const fields = validated(TeamMemberAddSchema, { email: m.email, role: m.role }, at)
    const teamId = await teamOf(run, teams, m.team, `${at}.team`)
    const email = fields.email.toLowerCase()
    if (!(await userPresent(run, 'teamMembers', email, at))) continue
    const role = held.get(`${teamId}|${email}`)
    if (role === fields.role) {
      report.skipped.teamMembers += 1
      continue
    }
    const ours = teams.created.has(teamId)
    if (role !== undefined && !ours && options.conflict === 'fail')
      throw conflict('team member', 'email', `${email} in team ${teamId}`)
    if (role !== undefined && !ours && options.conflict !== 'update') {
      report.skipped.teamMembers += 1
      continue
    }
    options.guardAccess?.()
    try {
      if (role === undefined) await services.teams.addMember(teamId, { email, role: fields.role })
      else await services.teams.setMemberRole(teamId, email, fields.role)
    } catch (error) {
      throw located(error, at)
    }
    report[role === undefined ? 'created' : 'updated'].teamMembers += 1
  }
}

/**
 * Writes the document's role assignments (after the roles). An assignment the target already
 * holds is skipped: it has nothing else to update.
 */
export async function importRoleAssignments(
  run: ImportRun,
  entities: Entities,
  teams: ImportedTeams,
): Promise<void> {
  const { services, options, report } = run
  const roles = new Set(
    (await run.db.selectFrom('roles').select('name').execute()).map((r) => r.name),
  )
  const held = new Set(
    (await run.db.selectFrom('role_assignments').select('id').execute()).map((a) => a.id),
  )
  const repeats = repeatsIn(run, 'roleAssignments', entities.roleAssignments, (a) =>
    JSON.stringify([a.email.toLowerCase(), a.role, a.team]),
  )
  for (const [index, a] of entities.roleAssignments.entries()) {
    if (repeats.has(index)) continue
    const at = `entities.roleAssignments.${index}`
    const email = validated(EmailSchema, a.email, `${at}.email`).toLowerCase()
    const teamId = a.team === null ? null : await teamOf(run, teams, a.team, `${at}.team`)
    const fields = validated(RoleAssignSchema, { role: a.role, teamId }, at)
    if (!roles.has(fields.role))
      throw invalidInput([
        {
          path: `${at}.role`,
          message: `names role '${fields.role}', which is neither imported nor present`,
        },
      ])
    if (!(await userPresent(run, 'roleAssignments', email, at))) continue
    if (held.has(assignmentId(email, fields.role, teamId))) {
      report.skipped.roleAssignments += 1
      continue
    }
    options.guardAccess?.()
    try {
      await services.roles.assign(email, fields, options.actor)
    } catch (error) {
      throw located(error, at)
    }
    report.created.roleAssignments += 1
  }
}
