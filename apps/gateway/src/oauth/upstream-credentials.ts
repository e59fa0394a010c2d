import {
  createMemoryOAuthStore,
  isAuthError,
  type UpstreamOAuth,
  type UpstreamOAuthStore,
  type UpstreamOAuthTarget,
} from '@switchyard/auth'
import {
  authHeaders,
  GatewayError,
  type CatalogGateway,
  type OAuth2Code,
  type Registry,
  type TokenCache,
  type UpstreamCredentials,
} from '@switchyard/core'
import { dbOAuthStore } from './db-oauth-store.js'

/** Where a user authorizes an upstream (relative to the gateway). */
export function authorizePath(gatewayId: string): string {
  return `/oauth/authorize/${encodeURIComponent(gatewayId)}`
}

/** Whose tokens a session of this upstream uses: '' (shared) unless it is per user. */
export function tokenOwner(auth: OAuth2Code, user: string | undefined): string {
  return auth.perUser === true ? (user ?? '').toLowerCase() : ''
}

/** The error a call gets while the upstream waits for authorization. */
export function authorizationRequired(gateway: { id: string; name: string }, why: string) {
  return new GatewayError(
    'UPSTREAM_AUTH_REQUIRED',
    `upstream '${gateway.name}' needs OAuth authorization (${why}): open ${authorizePath(gateway.id)}`,
  )
}

/**
 * The pool's credentials: static kinds as they are, OAuth client credentials from the token cache
 * (`oauth2`, a configured token URL) or from the upstream's discovered authorization server
 * (`oauth2-client`, by client credentials or the workload identity token; tokens kept in memory),
 * authorization code tokens from the database (refreshed before expiry, and after a failure). A
 * DPoP-bound token (the authorization server's choice) is presented with a proof per request.
 */
export function createUpstreamCredentials(options: {
  registry: Registry
  oauth: UpstreamOAuth
  tokens: TokenCache
  /** The deployment's workload identity token (OAUTH_WORKLOAD_TOKEN_FILE), read at every grant. */
  workloadToken?: (() => Promise<string>) | undefined
}) {
  const { registry, oauth } = options
  // Per gateway, the client credentials tokens of its current URL and settings.
  const clients = new Map<string, { settings: string; store: UpstreamOAuthStore }>()
  /** Forgets the tokens of upstreams no longer in the catalog (run as each session opens). */
  const forgetDeleted = () => {
    const { gateways } = registry.catalog.current()
    for (const id of clients.keys()) if (!gateways.has(id)) clients.delete(id)
  }
  const clientStore = (gateway: CatalogGateway): UpstreamOAuthStore => {
    const settings = JSON.stringify([gateway.url, gateway.auth])
    let client = clients.get(gateway.id)
    if (client?.settings !== settings) {
      client = { settings, store: createMemoryOAuthStore() }
      clients.set(gateway.id, client)
    }
    return client.store
  }

  return async (
    gateway: CatalogGateway,
    user: string | undefined,
    stale: boolean,
  ): Promise<UpstreamCredentials> => {
    if (clients.size > 0) forgetDeleted()
    const { auth } = gateway
    if (auth.type === 'oauth2') {
      const token = await options.tokens.token(auth, AbortSignal.timeout(15_000), stale)
      return { headers: { authorization: `Bearer ${token}` } }
    }
    if (auth.type !== 'oauth2-code' && auth.type !== 'oauth2-client')
      return { headers: authHeaders(auth) }
    if (gateway.url === null)
      throw new GatewayError(
        'UNAVAILABLE',
        `upstream '${gateway.name}' has no URL to find its authorization server from`,
      )
    let target: UpstreamOAuthTarget
    let owner = ''
    if (auth.type === 'oauth2-client') {
      const assertion = auth.workloadIdentity ? options.workloadToken : undefined
      if (auth.workloadIdentity && assertion === undefined)
        throw new GatewayError(
          'UNAVAILABLE',
          `upstream '${gateway.name}' uses workload identity, but OAUTH_WORKLOAD_TOKEN_FILE is not set`,
        )
      const config = { ...auth, clientCredentials: true, assertion }
      target = { serverUrl: gateway.url, config, store: clientStore(gateway) }
    } else {
      // Discovery of a per-user upstream (no user) borrows the most recently authorized user's tokens.
      const found =
        user === undefined && auth.perUser === true
          ? (await registry.oauth.latest(gateway.id))?.user
          : tokenOwner(auth, user)
      if (found === undefined) throw authorizationRequired(gateway, 'no user has authorized it yet')
      owner = found
      target = {
        serverUrl: gateway.url,
        config: auth,
        store: dbOAuthStore(registry, gateway.id, owner),
      }
    }
    try {
      const token = await oauth.accessToken(target, stale)
      return {
        // a DPoP-bound token goes with a proof on each request, a Bearer token in a header
        headers: token.present ? {} : { authorization: `Bearer ${token.token}` },
        ...(token.present && { wrapFetch: token.present }),
        ...(token.expiresAt !== undefined && { expiresAt: token.expiresAt }),
      }
    } catch (error) {
      if (!isAuthError(error)) throw error
      if (error.code === 'OAUTH_REQUIRED')
        throw authorizationRequired(
          gateway,
          owner === '' ? error.message : `${error.message} for ${owner}`,
        )
      throw new GatewayError('UNAVAILABLE', `upstream '${gateway.name}': ${error.message}`, {
        cause: error,
      })
    }
  }
}
