import { builtInRole, type Principal, type RoleGrant } from '@switchyard/auth'
import type { RoleService, UserService } from '@switchyard/core'

/** What a principal carries about its user's teams and roles. */
export type UserRights = Pick<Principal, 'teams' | 'roles'>

/**
 * A user's teams and roles from the store (one query): their role assignments, plus team_admin
 * in every team they own.
 */
export async function userRights(
  roles: Pick<RoleService, 'accessOf'>,
  email: string,
): Promise<UserRights> {
  const access = await roles.accessOf(email)
  const teamAdmin = builtInRole('team_admin')
  const grants: RoleGrant[] = access.roles.map((r) => ({
    role: r.role,
    permissions: r.permissions,
    ...(r.teamId !== null && { teamId: r.teamId }),
  }))
  for (const t of access.teams)
    if (t.role === 'owner')
      grants.push({ role: teamAdmin.name, permissions: teamAdmin.permissions, teamId: t.teamId })
  return { teams: access.teams.map((t) => t.teamId), roles: grants }
}

/**
 * A user's or API token's principal with its user's admin flag, teams and roles as the store has
 * them now; any other principal (external, the development admin) as it is; undefined when the
 * user is gone or inactive, or the store cannot say.
 */
export async function withCurrentRights(
  services: { users: Pick<UserService, 'get'>; roles: Pick<RoleService, 'accessOf'> },
  principal: Principal,
): Promise<Principal | undefined> {
  if (principal.kind !== 'user' && principal.kind !== 'token') return principal
  try {
    const user = await services.users.get(principal.email)
    if (!user.isActive) return undefined
    return {
      ...principal,
      isAdmin: user.isAdmin,
      ...(await userRights(services.roles, user.email)),
    }
  } catch {
    return undefined
  }
}
