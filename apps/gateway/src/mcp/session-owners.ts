import { visibilityFilterFor, type Principal } from '@switchyard/auth'
import type { Viewer } from '@switchyard/core'

/**
 * The owners of MCP sessions. A session belongs to the user who opened it (their e-mail, whatever
 * credential they use): the faces answer another user's request naming it as an unknown session,
 * and list_changed goes only to the owners whose lists changed, judged by what each owner could
 * see when last heard from.
 */
export interface SessionOwners {
  /** The owner of the sessions a principal opens or uses; remembers what it may see. */
  ownerOf(principal: Principal | undefined): string
  /** What an owner could see when last heard from; undefined when unknown (every change is theirs). */
  viewerOf(owner: string): Viewer | undefined
}

// As many owners as a face keeps sessions; beyond, forgotten owners are told every change.
const MAX_OWNERS = 10_000

export function createSessionOwners(): SessionOwners {
  // Per owner, the principal last heard from and what it may see (worked out when it changes:
  // principals are cached per credential, so most requests find the one they bring).
  const owners = new Map<string, { principal: Principal; viewer: Viewer }>()
  return {
    ownerOf(principal) {
      if (principal === undefined) return ''
      const owner = principal.email.toLowerCase()
      const known = owners.get(owner)
      if (known?.principal !== principal) {
        if (known === undefined && owners.size >= MAX_OWNERS) owners.clear()
        owners.set(owner, { principal, viewer: visibilityFilterFor(principal) })
      }
      return owner
    },
    viewerOf: (owner) => owners.get(owner)?.viewer,
  }
}
