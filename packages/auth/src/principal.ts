/** A role a principal holds: its permissions, globally or within one team. */
export interface RoleGrant {
  role: string
  permissions: readonly string[]
  /** The team the role holds in; absent for a global role. */
  teamId?: string
}

/**
 * Who is acting: a signed-in user, an API token, an external IdP's access token (OAuth 2.1
 * resource server), or the stand-in admin when auth is off.
 */
export interface Principal {
  kind: 'user' | 'token' | 'external' | 'anonymous-admin'
  email: string
  isAdmin: boolean
  /** The ids of the teams the principal is a member of. */
  teams: readonly string[]
  /**
   * The roles held, globally and per team; absent means the defaults: platform_admin for admins,
   * developer for everyone else.
   */
  roles?: readonly RoleGrant[]
  /** An API token's permissions (`tools.read`, `admin.*`, ...); absent means the owner's rights. */
  scopes?: readonly string[]
  /** The virtual servers an API token may reach over MCP; absent means any the owner may see. */
  serverIds?: readonly string[]
  tokenId?: string
  /** A session JWT's id (`jti`), by which logout revokes it. */
  jti?: string
  /** When the credential stops being valid (ms since the epoch); absent when it does not expire. */
  expiresAt?: number
  /** An external access token's OAuth scopes, as its issuer granted them (`scopes` holds their permissions). */
  oauthScopes?: readonly string[]
  /** An API token's own budget (`requests` per `windowSeconds`). */
  rateLimit?: { requests: number; windowSeconds: number }
}

/** Who may see an entity: its owner only, its team, or everyone. */
export type Visibility = 'private' | 'team' | 'public'

/** The ownership facts of an entity; `kind`, `id` and `name` make reasons readable. */
export interface Owned {
  owner: string | null
  team: string | null
  visibility: Visibility
  kind?: string
  id?: string
  name?: string
}

/** Whether a principal has admin rights (admins, and the anonymous admin of auth-off mode). */
export function isAdminPrincipal(principal: Principal): boolean {
  return principal.isAdmin || principal.kind === 'anonymous-admin'
}
