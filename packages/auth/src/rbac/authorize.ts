import { isAdminPrincipal, type Owned, type Principal, type RoleGrant } from '../principal.js'
import { builtInRole } from './built-in-roles.js'
import { isChange, permits } from './permissions.js'

/** The answer to "may P do A (on E)": yes or no, and every reason a human can read. */
export interface Authorization {
  allowed: boolean
  reasons: string[]
  /** Denied because the entity is hidden from the principal: answer "not found", never leak it. */
  hidden?: boolean
}

/** The roles a principal holds: its own, or the defaults (platform_admin / developer). */
export function grantsOf(principal: Principal): readonly RoleGrant[] {
  if (isAdminPrincipal(principal)) {
    const admin = builtInRole('platform_admin')
    return [{ role: admin.name, permissions: admin.permissions }, ...(principal.roles ?? [])]
  }
  if (principal.roles) return principal.roles
  const developer = builtInRole('developer')
  return [{ role: developer.name, permissions: developer.permissions }]
}

/** How `authorize` weighs team roles. */
export interface AuthorizeOptions {
  /**
   * Count the principal's roles in every team, not only the entity's: "may it take the action on
   * anything here", as an MCP endpoint asks before deciding each call for its own entity.
   */
  anyTeam?: boolean
}

/** Whether the principal holds `*` globally (platform admin): sees and may change everything. */
export function isPlatformAdmin(principal: Principal): boolean {
  return grantsOf(principal).some((g) => g.teamId === undefined && g.permissions.includes('*'))
}

/** Whether the principal may manage the team: `teams.manage` globally or in that team. */
export function managesTeam(principal: Principal, teamId: string): boolean {
  return grantsOf(principal).some(
    (g) =>
      (g.teamId === undefined || g.teamId === teamId) && permits(g.permissions, 'teams.manage'),
  )
}

/**
 * Decides whether the principal may take the action (a permission such as `tools.execute`) on the
 * entity when one is given, from its roles (global, and those of the entity's team), the entity's
 * owner, team and visibility, and an API token's scopes. Pure: no I/O.
 */
export function authorize(
  principal: Principal,
  action: string,
  entity?: Owned,
  options: AuthorizeOptions = {},
): Authorization {
  const who = describePrincipal(principal)
  const reasons: string[] = []
  const deny = (reason: string, hidden = false): Authorization => ({
    allowed: false,
    reasons: [...reasons, reason],
    ...(hidden && { hidden }),
  })

  const platform = isPlatformAdmin(principal)
  const owner =
    entity !== undefined &&
    entity.owner !== null &&
    entity.owner.toLowerCase() === principal.email.toLowerCase()
  const member =
    entity !== undefined && entity.team !== null && principal.teams.includes(entity.team)
  const what = entity && describeEntity(entity)
  // What the principal may not see is "not found" whatever else it may not do.
  const seen = entity && visibilityReason(entity, what ?? '', { platform, owner, member })
  if (seen && !seen.visible) return deny(seen.reason, true)

  const relevant = grantsOf(principal).filter(
    (g) =>
      g.teamId === undefined ||
      entity === undefined ||
      options.anyTeam === true ||
      g.teamId === entity.team,
  )
  const granting = relevant.find((g) => permits(g.permissions, action))
  if (!granting) return deny(`${who} has ${describeRoles(relevant)}, which lacks ${action}`)
  reasons.push(`${who} has ${describeRole(granting)}, which grants ${action}`)

  if (principal.scopes !== undefined) {
    const token = `token ${principal.tokenId ?? ''}`.trimEnd()
    if (!permits(principal.scopes, action))
      return deny(
        `${token} is limited to ${principal.scopes.join(', ') || 'no permissions'}, which lacks ${action}`,
      )
    reasons.push(`${token} allows ${action}`)
  }
  if (entity === undefined || seen === undefined) return { allowed: true, reasons }

  const { serverIds } = principal
  const reachable = entity.kind === 'server' || entity.kind === 'catalog'
  if (serverIds && reachable && !serverIds.includes(entity.id ?? '')) {
    return deny(
      `token ${principal.tokenId ?? ''} is limited to the servers ${serverIds.join(', ')}, not ${what}`,
    )
  }
  reasons.push(seen.reason)
  if (!isChange(action)) return { allowed: true, reasons }

  if (owner) {
    if (entity.team !== null && !member && !platform)
      return deny(`${who} is not a member of team ${entity.team}`)
    reasons.push(`${who} owns ${what}`)
  } else if (platform) reasons.push(`${who} is a platform admin`)
  else if (entity.team !== null && managesTeam(principal, entity.team))
    reasons.push(`${who} manages team ${entity.team}`)
  else return deny(`${who} does not own ${what} and does not manage its team`)
  return { allowed: true, reasons }
}

function visibilityReason(
  entity: Owned,
  what: string,
  facts: { platform: boolean; owner: boolean; member: boolean },
): { visible: boolean; reason: string } {
  if (entity.visibility === 'public') return { visible: true, reason: `${what} is public` }
  if (facts.owner) return { visible: true, reason: `${what} is ${entity.visibility} to its owner` }
  if (entity.visibility === 'team' && facts.member)
    return { visible: true, reason: `${what} is shared with team ${entity.team ?? ''}` }
  if (facts.platform) return { visible: true, reason: `platform admins see ${what}` }
  if (entity.visibility === 'team')
    return { visible: false, reason: `${what} is shared only with team ${entity.team ?? '(none)'}` }
  return { visible: false, reason: `${what} is private to ${entity.owner ?? 'nobody'}` }
}

function describePrincipal(principal: Principal): string {
  if (principal.kind !== 'token') return `user ${principal.email}`
  const id = principal.tokenId === undefined ? '' : ` ${principal.tokenId}`
  return `token${id} of ${principal.email}`
}

function describeRole(grant: RoleGrant): string {
  return `role ${grant.role}${grant.teamId === undefined ? '' : ` in team ${grant.teamId}`}`
}

function describeRoles(grants: readonly RoleGrant[]): string {
  if (grants.length === 0) return 'no role that applies here'
  if (grants.length === 1) return describeRole(grants[0] as RoleGrant)
  return `roles ${grants.map((g) => describeRole(g).slice(5)).join(', ')}`
}

function describeEntity(entity: Owned): string {
  if (entity.kind === 'catalog') return 'the whole catalog'
  const kind = entity.kind ?? 'entity'
  const name = entity.name ?? entity.id
  return name === undefined ? `this ${kind}` : `${kind} '${name}'`
}
