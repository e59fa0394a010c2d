import { REGISTRY_AREAS } from './permissions.js'

/** A role: a named set of permissions, held globally or within one team. */
export interface RoleDefinition {
  name: string
  description: string
  permissions: readonly string[]
  scope: 'global' | 'team'
}

const each = (actions: readonly string[]) =>
  REGISTRY_AREAS.flatMap((area) => actions.map((action) => `${area}.${action}`))

/** The roles every gateway has; they cannot be changed or deleted. */
export const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  {
    name: 'platform_admin',
    description: 'Every permission on everything',
    permissions: ['*'],
    scope: 'global',
  },
  {
    name: 'team_admin',
    description: "Everything within its team, including managing the team's members",
    permissions: ['teams.read', 'teams.manage', ...REGISTRY_AREAS.map((area) => `${area}.*`)],
    scope: 'team',
  },
  {
    name: 'developer',
    description: 'Reads, runs and writes registry entities; creates teams and own API tokens',
    permissions: [...each(['read', 'execute', 'write']), 'teams.read', 'teams.write', 'tokens.*'],
    scope: 'global',
  },
  {
    name: 'viewer',
    description: 'Reads registry entities',
    permissions: [...each(['read']), 'teams.read', 'tokens.*'],
    scope: 'global',
  },
]

/** The built-in role with this name. */
export function builtInRole(name: 'platform_admin' | 'team_admin' | 'developer' | 'viewer') {
  return BUILT_IN_ROLES.find((role) => role.name === name) as RoleDefinition
}
