import { isAdminPrincipal, type Principal } from './principal.js'

/** What a list may show: everything, or public entities, those `email` owns and `teams` share. */
export type VisibilityFilter =
  { all: true } | { all: false; email: string; teams: readonly string[] }

/** The list filter matching the policy's read rule; compare `email` to owners without case. */
export function visibilityFilterFor(principal: Principal): VisibilityFilter {
  if (isAdminPrincipal(principal)) return { all: true }
  return { all: false, email: principal.email.toLowerCase(), teams: [...principal.teams] }
}
