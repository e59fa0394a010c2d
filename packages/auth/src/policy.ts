import { AuthError } from './auth-error.js'
import { isAdminPrincipal, type Action, type Owned, type Principal } from './principal.js'

/** The answer to "may this principal do this": yes, or no with a one-sentence reason. */
export type Decision = { allowed: true } | { allowed: false; reason: string }

/** Decides what principals may do to entities. */
export interface Policy {
  /** Decides whether the principal may take the action, on the entity when one is given. */
  decide(principal: Principal, action: Action, entity?: Owned): Decision
  /** Like decide, but throws AuthError 'FORBIDDEN' with the reason when denied. */
  assert(principal: Principal, action: Action, entity?: Owned): void
}

const allowed: Decision = Object.freeze({ allowed: true })

/** Creates the authorisation policy: ownership, team membership, visibility and admin rights. */
export function createPolicy(): Policy {
  const decide = (principal: Principal, action: Action, entity?: Owned): Decision => {
    if (isAdminPrincipal(principal)) return allowed
    const who = describePrincipal(principal)
    switch (action) {
      case 'create':
        return allowed
      case 'read':
        return entity === undefined ? allowed : decideRead(principal, who, entity)
      case 'update':
      case 'delete':
        if (entity === undefined) {
          return deny(`${who} is not an admin, so cannot ${action} without an entity they own`)
        }
        return owns(principal, entity)
          ? allowed
          : deny(`${who} does not own ${describeEntity(entity)} and is not an admin`)
      case 'admin':
        return deny(`${who} is not an admin, and only admins may take admin actions`)
      default:
        return deny(`${who} asked for the unknown action '${String(action)}'`)
    }
  }
  return {
    decide,
    assert(principal, action, entity) {
      const decision = decide(principal, action, entity)
      if (!decision.allowed) throw new AuthError('FORBIDDEN', decision.reason)
    },
  }
}

function decideRead(principal: Principal, who: string, entity: Owned): Decision {
  if (entity.visibility === 'public' || owns(principal, entity)) return allowed
  const what = describeEntity(entity)
  if (entity.visibility === 'team') {
    if (entity.team !== null && principal.teams.includes(entity.team)) return allowed
    return deny(`${who} cannot read ${what}: it is shared with a team they are not in`)
  }
  return deny(`${who} cannot read ${what}: it is private and they do not own it`)
}

function owns(principal: Principal, entity: Owned): boolean {
  return entity.owner !== null && entity.owner.toLowerCase() === principal.email.toLowerCase()
}

function deny(reason: string): Decision {
  return { allowed: false, reason }
}

function describePrincipal(principal: Principal): string {
  if (principal.kind !== 'token') return `user ${principal.email}`
  const id = principal.tokenId === undefined ? '' : ` ${principal.tokenId}`
  return `token${id} of ${principal.email}`
}

function describeEntity(entity: Owned): string {
  const kind = entity.kind ?? 'entity'
  return entity.name === undefined ? `this ${kind}` : `${kind} '${entity.name}'`
}
