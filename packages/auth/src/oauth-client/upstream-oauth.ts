import { randomBytes } from 'node:crypto'
import type {
  FetchLike,
  OAuthClientMetadata,
  OAuthClientProvider,
  OAuthDiscoveryState,
  StoredOAuthTokens,
} from '@modelcontextprotocol/client'
import type { JWK } from 'jose'
import { AuthError } from '../auth-error.js'
import { dpopKeyOf, newDpopKey, offersDpop, type DpopKey } from './dpop-key.js'
import type { UpstreamOAuthStore, UpstreamTokens } from './oauth-store.js'

type Sdk = typeof import('@modelcontextprotocol/client')

let loading: Promise<Sdk> | undefined
/** The MCP SDK's client, imported on the first OAuth exchange (a gateway without any never loads it). */
const loadSdk = (): Promise<Sdk> => (loading ??= import('@modelcontextprotocol/client'))

/** Refresh this long before an access token expires (at most). */
const EARLY_MS = 30_000
/** The JWT bearer grant type (RFC 7523 section 2.1). */
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

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
  /** The MCP server URL: the protected resource. */
  serverUrl: string
  config: UpstreamOAuthConfig
  store: UpstreamOAuthStore
}

/** Options for createUpstreamOAuth. */
export interface UpstreamOAuthOptions {
  /** Shown to the authorization server when the client registers; default 'Switchyard'. */
  clientName?: string
  /** A client ID metadata document URL (https) to offer where the AS supports CIMD. */
  clientMetadataUrl?: string
  fetch?: FetchLike
}

/** An authorization under way: send the user to `authorizationUrl`; keep the rest for the callback. */
export interface AuthorizationStart {
  authorizationUrl: URL
  state: string
  codeVerifier: string
}

/** A valid access token and when it expires (epoch ms, if known). */
export interface UpstreamAccessToken {
  token: string
  expiresAt?: number
  /**
   * For a DPoP-bound token (RFC 9449): wraps the upstream's fetch to present it, as
   * `Authorization: DPoP` with a fresh proof on every request (a nonce challenge answered), in
   * place of a Bearer header.
   */
  present?: (fetch: FetchLike) => FetchLike
}

/**
 * The gateway's OAuth client for MCP upstreams: authorization code + PKCE with discovery,
 * registration and refresh, or the client credentials grant (client secret or private key JWT)
 * and the JWT bearer grant of a workload identity, built on the MCP SDK's `auth()`; state lives in
 * the caller's store.
 */
export interface UpstreamOAuth {
  /** Starts an authorization: discovery, registration if needed, PKCE, state, resource indicator. */
  begin(
    target: UpstreamOAuthTarget,
    redirectUri: string,
    options?: { scope?: string },
  ): Promise<AuthorizationStart>
  /** Exchanges the code from the callback for tokens and saves them. */
  finish(
    target: UpstreamOAuthTarget,
    callback: { code: string; codeVerifier: string; redirectUri: string; iss?: string },
  ): Promise<UpstreamTokens>
  /**
   * A valid access token: the stored one, or a refreshed one (with client credentials, a new
   * one); OAUTH_REQUIRED when there is none.
   */
  accessToken(target: UpstreamOAuthTarget, forceRefresh?: boolean): Promise<UpstreamAccessToken>
}

type Mode =
  | { kind: 'begin'; state: string; redirectUri: string }
  | { kind: 'finish'; codeVerifier: string; redirectUri: string }
  | { kind: 'token' }
  | { kind: 'client' }

/**
 * The DPoP key of an operation's token request (RFC 9449): the one kept with the tokens for a
 * refresh, a new one for a code exchange or grant where the authorization server binds tokens
 * to DPoP proofs; none otherwise (Bearer tokens).
 */
async function dpopKeyFor(sdk: Sdk, store: UpstreamOAuthStore, mode: Mode) {
  if (mode.kind === 'begin') return undefined
  if (mode.kind === 'token') {
    const jwk = (await store.tokens())?.dpop_jwk
    return jwk && dpopKeyOf(sdk, jwk)
  }
  const discovery = await store.discoveryState()
  return offersDpop(discovery?.authorizationServerMetadata) ? newDpopKey(sdk) : undefined
}

/** Creates the client. */
export function createUpstreamOAuth(options: UpstreamOAuthOptions = {}): UpstreamOAuth {
  const fetchFn = options.fetch ?? fetch
  const clientName = options.clientName ?? 'Switchyard'

  function provider(
    sdk: Sdk,
    target: UpstreamOAuthTarget,
    mode: Mode,
    captured: { url?: URL; verifier?: string },
  ): OAuthClientProvider {
    const { config, store } = target
    let dpop: Promise<DpopKey | undefined> | undefined
    const dpopKey = () => (dpop ??= dpopKeyFor(sdk, store, mode))
    const redirectUri =
      mode.kind === 'begin' || mode.kind === 'finish' ? mode.redirectUri : undefined
    const client = mode.kind === 'client'
    const metadata: OAuthClientMetadata = {
      client_name: clientName,
      redirect_uris: redirectUri ? [redirectUri] : [],
      grant_types: client
        ? [config.assertion ? JWT_BEARER : 'client_credentials']
        : ['authorization_code', 'refresh_token'],
      response_types: client ? [] : ['code'],
      token_endpoint_auth_method: config.privateKey
        ? 'private_key_jwt'
        : config.clientSecret
          ? 'client_secret_basic'
          : 'none',
      ...(config.scopes?.length && { scope: config.scopes.join(' ') }),
    }
    return {
      // Refreshing needs no redirect, but a provider without one does client credentials.
      redirectUrl: client ? undefined : (redirectUri ?? 'http://localhost/oauth/callback'),
      ...(client && {
        async prepareTokenRequest(scope?: string) {
          const grant = config.assertion
            ? {
                grant_type: JWT_BEARER,
                assertion: await assertionOf(sdk, target, config.assertion, scope),
              }
            : { grant_type: 'client_credentials' }
          return new URLSearchParams({ ...grant, ...(scope && { scope }) })
        },
      }),
      ...(config.privateKey && {
        addClientAuthentication: sdk.createPrivateKeyJwtAuth({
          issuer: config.clientId ?? '',
          subject: config.clientId ?? '',
          privateKey: config.privateKey,
          alg: config.signingAlgorithm ?? 'RS256',
        }),
      }),
      ...(options.clientMetadataUrl && { clientMetadataUrl: options.clientMetadataUrl }),
      clientMetadata: metadata,
      state: () => (mode.kind === 'begin' ? mode.state : ''),
      async clientInformation(context) {
        // A configured client belongs to the authorization server in use (the SDK's SEP-2352 stamp).
        if (config.clientId)
          return {
            client_id: config.clientId,
            ...(config.clientSecret && { client_secret: config.clientSecret }),
            ...(context && { issuer: context.issuer }),
          }
        return store.clientInformation()
      },
      saveClientInformation: (client) =>
        config.clientId ? undefined : store.saveClientInformation(client),
      tokens: () => (mode.kind === 'begin' || client ? undefined : store.tokens()),
      dpop: async () => (await dpopKey())?.session,
      async saveTokens(tokens: StoredOAuthTokens) {
        // A refresh answer without a refresh token keeps the one it was made with.
        const kept = mode.kind === 'token' ? (await store.tokens())?.refresh_token : undefined
        // A DPoP-bound token keeps the key that signs its proofs.
        const key = isDpop(tokens) ? (await dpopKey())?.jwk : undefined
        await store.saveTokens(
          stamped(kept && !tokens.refresh_token ? { ...tokens, refresh_token: kept } : tokens, key),
        )
      },
      redirectToAuthorization(url) {
        if (mode.kind !== 'begin')
          throw new AuthError(
            'OAUTH_REQUIRED',
            'the upstream needs a new authorization (the refresh was refused)',
          )
        captured.url = url
      },
      saveCodeVerifier: (verifier) => void (captured.verifier = verifier),
      codeVerifier: () => (mode.kind === 'finish' ? mode.codeVerifier : (captured.verifier ?? '')),
      async discoveryState(): Promise<OAuthDiscoveryState | undefined> {
        const saved = await store.discoveryState()
        if (saved || !config.authorizationServer) return saved
        return { authorizationServerUrl: config.authorizationServer }
      },
      saveDiscoveryState: (state) => store.saveDiscoveryState(state),
      async invalidateCredentials(scope) {
        if (scope === 'all' || scope === 'tokens') await store.forgetTokens()
        if ((scope === 'all' || scope === 'client') && !config.clientId)
          await store.saveClientInformation(undefined)
        if (scope === 'all' || scope === 'discovery') await store.saveDiscoveryState(undefined)
      },
    }
  }

  /**
   * The JWT bearer grant's assertion: the one given, or the ID-JAG the enterprise identity provider
   * trades it for, made out to the authorization server in use and this upstream.
   */
  async function assertionOf(
    sdk: Sdk,
    target: UpstreamOAuthTarget,
    assertion: () => Promise<string>,
    scope: string | undefined,
  ) {
    const { config, store, serverUrl } = target
    const token = await assertion()
    const exchange = config.identityExchange
    if (exchange === undefined) return token
    const audience =
      (await store.discoveryState())?.authorizationServerUrl ?? config.authorizationServer
    if (audience === undefined)
      throw new AuthError('OAUTH_FAILED', 'no authorization server to make the ID-JAG out to')
    const { jwtAuthGrant } = await sdk.requestJwtAuthorizationGrant({
      tokenEndpoint: exchange.tokenEndpoint,
      audience,
      resource: serverUrl,
      idToken: token,
      clientId: exchange.clientId,
      ...(exchange.clientSecret && { clientSecret: exchange.clientSecret }),
      ...(scope && { scope }),
      fetchFn,
    })
    return jwtAuthGrant
  }

  /** What the upstream's 401 says: where its metadata is and which scope it wants. */
  async function challenge(sdk: Sdk, serverUrl: string) {
    try {
      const response = await fetchFn(serverUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-11-25',
            capabilities: {},
            clientInfo: { name: clientName, version: '1' },
          },
        }),
      })
      await response.body?.cancel()
      return response.status === 401 ? sdk.extractWWWAuthenticateParams(response) : {}
    } catch {
      return {}
    }
  }

  // One client credentials grant at a time per store: callers that find the token stale share it.
  const granting = new WeakMap<UpstreamOAuthStore, Promise<UpstreamTokens>>()

  /** A new token by the client credentials (or JWT bearer) grant, discovering the token endpoint if need be. */
  async function grantOwnToken(target: UpstreamOAuthTarget): Promise<UpstreamTokens> {
    const { config, store, serverUrl } = target
    const sdk = await loadSdk()
    const discovered = config.authorizationServer !== undefined || (await store.discoveryState())
    const hint = discovered ? {} : await challenge(sdk, serverUrl)
    const scope = config.scopes?.join(' ') || hint.scope
    await run(
      () =>
        sdk.auth(provider(sdk, target, { kind: 'client' }, {}), {
          serverUrl,
          fetchFn,
          ...(scope && { scope }),
          ...(hint.resourceMetadataUrl && { resourceMetadataUrl: hint.resourceMetadataUrl }),
        }),
      config.assertion ? 'the JWT bearer grant' : 'the client credentials grant',
    )
    return savedTokens(store)
  }

  async function run(work: () => Promise<unknown>, what: string): Promise<void> {
    try {
      await work()
    } catch (error) {
      if (error instanceof AuthError) throw error
      const reason = error instanceof Error ? error.message : String(error)
      throw new AuthError('OAUTH_FAILED', `${what} failed: ${reason}`, { cause: error })
    }
  }

  return {
    async begin(target, redirectUri, { scope } = {}) {
      const state = randomBytes(32).toString('base64url')
      const captured: { url?: URL; verifier?: string } = {}
      const sdk = await loadSdk()
      // A new authorization discovers afresh: the upstream may have moved to another AS.
      if (!target.config.authorizationServer) await target.store.saveDiscoveryState(undefined)
      const hint = await challenge(sdk, target.serverUrl)
      const wanted = scope ?? (target.config.scopes?.join(' ') || hint.scope)
      await run(
        () =>
          sdk.auth(provider(sdk, target, { kind: 'begin', state, redirectUri }, captured), {
            serverUrl: target.serverUrl,
            fetchFn,
            ...(wanted && { scope: wanted }),
            ...(hint.resourceMetadataUrl && { resourceMetadataUrl: hint.resourceMetadataUrl }),
          }),
        'starting the authorization',
      )
      if (!captured.url || !captured.verifier)
        throw new AuthError('OAUTH_FAILED', 'the authorization server did not start a redirect')
      return { authorizationUrl: captured.url, state, codeVerifier: captured.verifier }
    },

    async finish(target, callback) {
      const mode: Mode = {
        kind: 'finish',
        codeVerifier: callback.codeVerifier,
        redirectUri: callback.redirectUri,
      }
      const sdk = await loadSdk()
      await run(
        () =>
          sdk.auth(provider(sdk, target, mode, {}), {
            serverUrl: target.serverUrl,
            authorizationCode: callback.code,
            fetchFn,
            ...(callback.iss !== undefined && { iss: callback.iss }),
          }),
        'exchanging the authorization code',
      )
      return savedTokens(target.store)
    },

    async accessToken(target, forceRefresh = false) {
      const tokens = await target.store.tokens()
      const fresh =
        tokens !== undefined && (tokens.refresh_at === undefined || tokens.refresh_at > Date.now())
      if (target.config.clientCredentials) {
        if (fresh && !forceRefresh) return accessOf(tokens)
        let grant = granting.get(target.store)
        if (grant === undefined) {
          grant = grantOwnToken(target).finally(() => granting.delete(target.store))
          granting.set(target.store, grant)
        }
        return accessOf(await grant)
      }
      if (!tokens) throw new AuthError('OAUTH_REQUIRED', 'the upstream has not been authorized')
      if (fresh && !forceRefresh) return accessOf(tokens)
      if (!tokens.refresh_token) {
        if (tokens.expires_at === undefined || tokens.expires_at > Date.now())
          return accessOf(tokens, tokens.expires_at)
        throw new AuthError('OAUTH_REQUIRED', 'the upstream token expired and cannot be refreshed')
      }
      const sdk = await loadSdk()
      await run(
        () =>
          sdk.auth(provider(sdk, target, { kind: 'token' }, {}), {
            serverUrl: target.serverUrl,
            fetchFn,
          }),
        'refreshing the token',
      )
      const refreshed = await target.store.tokens()
      if (!refreshed) throw new AuthError('OAUTH_REQUIRED', 'the upstream has not been authorized')
      return accessOf(refreshed)
    },
  }
}

/** The tokens a grant or exchange just saved. */
async function savedTokens(store: UpstreamOAuthStore): Promise<UpstreamTokens> {
  const tokens = await store.tokens()
  if (!tokens) throw new AuthError('OAUTH_FAILED', 'the token endpoint returned no tokens')
  return tokens
}

/**
 * Stamps the absolute expiry, and when to refresh (30 s, or a quarter of a short lifetime, before),
 * and keeps a DPoP-bound token's key with it.
 */
function stamped(tokens: StoredOAuthTokens, dpopJwk: JWK | undefined): UpstreamTokens {
  const kept: UpstreamTokens = dpopJwk ? { ...tokens, dpop_jwk: dpopJwk } : tokens
  if (typeof tokens.expires_in !== 'number') return kept
  const lifetime = tokens.expires_in * 1000
  const now = Date.now()
  return {
    ...kept,
    expires_at: now + lifetime,
    refresh_at: now + lifetime - Math.min(EARLY_MS, lifetime / 4),
  }
}

/** Whether the authorization server issued a DPoP-bound token (RFC 9449 section 5). */
const isDpop = (tokens: StoredOAuthTokens): boolean => tokens.token_type?.toLowerCase() === 'dpop'

/**
 * The token to present until `expiresAt` (by default from when it should be refreshed) and, for
 * a DPoP-bound one, how: with proofs signed by its kept key.
 */
async function accessOf(
  tokens: UpstreamTokens,
  expiresAt = tokens.refresh_at,
): Promise<UpstreamAccessToken> {
  const access = { token: tokens.access_token, ...(expiresAt !== undefined && { expiresAt }) }
  if (!isDpop(tokens)) return access
  if (tokens.dpop_jwk === undefined)
    throw new AuthError('OAUTH_REQUIRED', 'the upstream token is DPoP-bound and its key is lost')
  const sdk = await loadSdk()
  const { session } = await dpopKeyOf(sdk, tokens.dpop_jwk)
  return { ...access, present: sdk.withDpop(session, () => Promise.resolve(tokens.access_token)) }
}
