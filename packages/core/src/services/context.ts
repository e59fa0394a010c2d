import type { ChangeBus } from '../events/change-bus.js'
import type { RegistrationPayload } from '../plugins/plugin.js'
import type { UrlPolicy } from '../rest/url-policy.js'
import type { Store } from '../store/open-store.js'

/** Seals secrets at rest and opens them again (the gateway wires `@switchyard/auth`'s sealer). */
export interface SecretSealer {
  seal(plain: string): string
  open(sealed: string): string
}

/** Which entities a caller may see: everything, or public plus own plus their teams'. */
export type Viewer = { all: true } | { all: false; email: string; teams: readonly string[] }

/** Everything a service needs. */
export interface ServiceContext {
  store: Store
  sealer: SecretSealer
  events: ChangeBus
  /** Joins an upstream's slug and a member's name; default '-'. */
  separator: string
  /** Where outbound URLs (tools, upstreams) may point; checked when they are registered. */
  urlPolicy?: UrlPolicy
  /** Plugins' registration hooks: run before a tool, server or gateway is created or updated. */
  onRegistration?: (payload: RegistrationPayload, principalEmail: string | null) => Promise<void>
  /** Told the bucket key (`limitKeys`) of a tool, server or token whose rate limit was changed or removed. */
  onRateLimitChange?: (key: string) => Promise<void>
}

/** Who is making a change (recorded as owner and revision author). */
export interface Actor {
  email: string | null
  /** What the actor may see; where given, a write may not refer to entities hidden from it. */
  viewer?: Viewer
}

/** The current time as an ISO string (timestamps are ISO text in both dialects). */
export function nowIso(): string {
  return new Date().toISOString()
}
