import type { Principal } from '@switchyard/auth'
import { GatewayError, type Change, type ChangeBus } from '@switchyard/core'

/** What createOpenSessions needs. */
export interface OpenSessionsOptions {
  /** The registry's bus, which carries the other replicas' changes too. */
  events: ChangeBus
  /** Reads a credential again past every cache: the 401 it gets now, or undefined while it holds. */
  refusalOf: (authorization: string) => Promise<GatewayError | undefined>
  /**
   * Told when a credential could not be checked (the store is away: its connections stay open) or
   * a connection failed to end.
   */
  onError: (error: unknown) => void
}

/** The streams and sockets open under credentials that a change can revoke. */
export interface OpenSessions {
  /**
   * Keeps a connection opened with `authorization` by `principal` until the returned release is
   * called. When a change revokes the credential (its API token revoked, its session logged out,
   * its user deactivated or deleted), `end` is called once with the 401 it gets now; when the
   * credential expires, within a second of its `expiresAt`. Credentials that neither a change
   * revokes nor expire (Basic, auth turned off) are not kept: then there is no release.
   */
  hold(
    authorization: string | undefined,
    principal: Principal,
    end: (refusal: GatewayError) => void,
  ): (() => void) | undefined
  /** Checks every kept credential again (after changes may have been missed). */
  recheckAll(): Promise<void>
  /** Connections kept. */
  readonly size: number
  /** Stops following changes. */
  close(): void
}

interface Held {
  authorization: string
  principal: Principal
  /** Whether a change may revoke it (an API token or a session JWT; external tokens only expire). */
  revocable: boolean
  end: (refusal: GatewayError) => void
}

/** How often held connections are looked over for credentials that expired. */
const EXPIRY_SWEEP_MS = 1_000

/**
 * How long a change is kept for connections held after it: one authenticated just before the
 * change may be held just after it, and is checked again then.
 */
const RECENT_MS = 5_000

/** The entities whose changes may revoke a credential. */
const REVOKING = new Set(['token', 'session', 'user'])

/** Whether a change (of a revoking entity, not a creation) may revoke the credential behind a principal. */
function mayRevoke(change: Change, { principal, revocable }: Held): boolean {
  if (!revocable) return false
  switch (change.entity) {
    case 'token':
      return change.id === principal.tokenId
    case 'session':
      return change.id === principal.jti
    case 'user':
      return change.id.toLowerCase() === principal.email.toLowerCase()
    default:
      return false
  }
}

/** Follows the change bus and ends the connections whose credential a change revoked. */
export function createOpenSessions(options: OpenSessionsOptions): OpenSessions {
  const held = new Set<Held>()
  let recent: { change: Change; at: number }[] = []

  // One credential at a time: a user's deletion may concern many, and the store serves requests too.
  const check = async (entries: Iterable<Held>): Promise<void> => {
    const byCredential = new Map<string, Held[]>()
    for (const entry of entries) {
      const group = byCredential.get(entry.authorization)
      if (group) group.push(entry)
      else byCredential.set(entry.authorization, [entry])
    }
    for (const [authorization, group] of byCredential) {
      try {
        const refusal = await options.refusalOf(authorization)
        if (refusal === undefined) continue
        for (const entry of group) if (held.delete(entry)) entry.end(refusal)
      } catch (error) {
        options.onError(error)
      }
    }
  }

  const unsubscribe = options.events.subscribe((changes) => {
    const revoking = changes.filter(
      (change) => REVOKING.has(change.entity) && change.op !== 'created',
    )
    if (revoking.length === 0) return
    const now = Date.now()
    recent = recent.filter(({ at }) => now - at < RECENT_MS)
    for (const change of revoking) recent.push({ change, at: now })
    const concerned = [...held].filter((entry) =>
      revoking.some((change) => mayRevoke(change, entry)),
    )
    if (concerned.length > 0) void check(concerned)
  })

  const sweep = setInterval(() => {
    const now = Date.now()
    for (const entry of held) {
      const { expiresAt } = entry.principal
      if (expiresAt === undefined || expiresAt > now || !held.delete(entry)) continue
      entry.end(new GatewayError('UNAUTHENTICATED', 'invalid token: it has expired'))
    }
  }, EXPIRY_SWEEP_MS)
  sweep.unref()

  return {
    hold(authorization, principal, end) {
      const revocable = principal.kind === 'token' || principal.jti !== undefined
      if (authorization === undefined || (!revocable && principal.expiresAt === undefined))
        return undefined
      const entry: Held = { authorization, principal, revocable, end }
      held.add(entry)
      const now = Date.now()
      if (recent.some(({ change, at }) => now - at < RECENT_MS && mayRevoke(change, entry)))
        void check([entry])
      return () => void held.delete(entry)
    },
    recheckAll: () => check([...held]),
    get size() {
      return held.size
    },
    close() {
      unsubscribe()
      clearInterval(sweep)
    },
  }
}
