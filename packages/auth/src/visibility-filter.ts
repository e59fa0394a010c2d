import type { Principal } from './principal.js'
import { isPlatformAdmin } from './rbac/authorize.js'

/** What a list may show: everything, or public entities, those `email` owns and `teams` share. */
export type VisibilityFilter =
  { all: true } | { all: false; email: string; teams: readonly string[] }

/** The list filter matching authorize's visibility rule; compare `email` to owners without case. */
export function visibilityFilterFor(principal: Principal): VisibilityFilter {
  if (isPlatformAdmin(principal)) return { all: true }
  return { all: false, email: principal.email.toLowerCase(), teams: [...principal.teams] }
}
