import { visibilityFilterFor, type Principal } from '@switchyard/auth'
import type { Viewer } from '@switchyard/core'

/** An owner who now sees the catalog otherwise (joined or left a team, became or stopped being admin). */
export interface ViewChange {
  owner: string
  was: Viewer
  now: Viewer
}

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
  /** What the known owners among `only` (every known owner without it) could see when last heard from. */
  views(only?: Iterable<string>): Map<string, Viewer>
  /**
   * Works out again, from their rights as the store has them now, what the owners in `was` may
   * see (after a user, team or role changed); returns those who see otherwise than `was` says.
   */
  reassess(was: ReadonlyMap<string, Viewer>): Promise<ViewChange[]>
}

export interface SessionOwnersOptions {
  /** A principal with its rights read afresh; undefined when they cannot be (its user is gone). */
  refresh(principal: Principal): Promise<Principal | undefined>
}

// As many owners as a face keeps sessions; beyond, forgotten owners are told every change.
const MAX_OWNERS = 10_000

export function createSessionOwners(options: SessionOwnersOptions): SessionOwners {
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
    views(only) {
      const views = new Map<string, Viewer>()
      for (const owner of only ?? owners.keys()) {
        const known = owners.get(owner.toLowerCase())
        if (known) views.set(owner.toLowerCase(), known.viewer)
      }
      return views
    },
    async reassess(was) {
      const changes: ViewChange[] = []
      // One owner at a time: a team change may concern thousands, and the store serves requests too.
      for (const [owner, before] of was) {
        const known = owners.get(owner)
        const fresh = known && (await options.refresh(known.principal))
        if (!fresh) continue
        const now = visibilityFilterFor(fresh)
        // A request heard meanwhile brought its own principal, read after the change.
        if (owners.get(owner) === known)
          owners.set(owner, { principal: known.principal, viewer: now })
        if (!sameView(before, now)) changes.push({ owner, was: before, now })
      }
      return changes
    },
  }
}

function sameView(a: Viewer, b: Viewer): boolean {
  if (a.all || b.all) return a.all === b.all
  return (
    a.email === b.email &&
    a.teams.length === b.teams.length &&
    a.teams.every((team) => b.teams.includes(team))
  )
}
