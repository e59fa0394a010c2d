/**
 * Who is acting: a signed-in user, an API token, an external IdP's access token (OAuth 2.1
 * resource server), or the stand-in admin when auth is off.
 */
export interface Principal {
  kind: 'user' | 'token' | 'external' | 'anonymous-admin'
  email: string
  isAdmin: boolean
  teams: readonly string[]
  /** An API token's permissions (`tools.read`, `admin.*`, ...); absent means the owner's rights. */
  scopes?: readonly string[]
  /** The virtual servers an API token may reach over MCP; absent means any the owner may see. */
  serverIds?: readonly string[]
  tokenId?: string
  /** An external access token's OAuth scopes, as its issuer granted them (`scopes` holds their permissions). */
  oauthScopes?: readonly string[]
  /** An API token's own budget (`requests` per `windowSeconds`). */
  rateLimit?: { requests: number; windowSeconds: number }
}

/** What a principal wants to do to an entity. */
export type Action = 'read' | 'create' | 'update' | 'delete' | 'admin'

/** Who may see an entity: its owner only, its team, or everyone. */
export type Visibility = 'private' | 'team' | 'public'

/** The ownership facts of an entity; `kind` and `name` only make denial reasons readable. */
export interface Owned {
  owner: string | null
  team: string | null
  visibility: Visibility
  kind?: string
  name?: string
}

/** Whether a principal has admin rights (admins, and the anonymous admin of auth-off mode). */
export function isAdminPrincipal(principal: Principal): boolean {
  return principal.isAdmin || principal.kind === 'anonymous-admin'
}
