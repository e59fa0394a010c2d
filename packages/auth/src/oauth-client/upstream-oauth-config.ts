import type { UpstreamOAuthStore } from './oauth-store.js'

/** How the gateway authorizes at one upstream: the `oauth2-code` or `oauth2-client` settings of a gateway. */
export interface UpstreamOAuthConfig {
  /** A pre-registered client; without it the client registers itself (CIMD or DCR). */
  clientId?: string | undefined
  clientSecret?: string | undefined
  /**
   * The client credentials grant (the MCP oauth-client-credentials extension, machine to
   * machine), or with `assertion` the JWT bearer grant: `accessToken` fetches tokens from the
   * discovered token endpoint, with no user and no redirect; `begin` and `finish` are not used.
   */
  clientCredentials?: boolean | undefined
  /** private_key_jwt (RFC 7523): the client's private key (PKCS#8 PEM) signs its assertion. */
  privateKey?: string | undefined
  /** The private key's JWS algorithm; RS256 unless told. */
  signingAlgorithm?: string | undefined
  /**
   * With `clientCredentials`, the JWT bearer grant (RFC 7523) in place of client credentials: the
   * assertion to present, asked for at every grant (a workload identity token that rotates).
   */
  assertion?: (() => Promise<string>) | undefined
  /**
   * With `assertion`: it is an ID token of an enterprise identity provider, traded first at that
   * provider's token endpoint (RFC 8693) for an identity assertion authorization grant (ID-JAG)
   * made out to the authorization server and this upstream, which the JWT bearer grant presents
   * (SEP-990, enterprise-managed authorization). The provider knows the gateway as `clientId`.
   */
  identityExchange?: IdentityExchange | undefined
  /** Scopes to ask for; else those the upstream's 401 or metadata name. */
  scopes?: readonly string[] | undefined
  /** The authorization server; else discovered from the upstream (RFC 9728, RFC 8414). */
  authorizationServer?: string | undefined
}

/** Where an enterprise identity provider trades ID tokens for ID-JAGs, and who the gateway is there. */
export interface IdentityExchange {
  tokenEndpoint: string
  clientId: string
  clientSecret?: string | undefined
}

/** One upstream and one user's state: what every operation needs. */
export interface UpstreamOAuthTarget {
  /** The MCP server URL: the protected resource (a ws: or wss: one is discovered over HTTP(S)). */
  serverUrl: string
  config: UpstreamOAuthConfig
  store: UpstreamOAuthStore
}
