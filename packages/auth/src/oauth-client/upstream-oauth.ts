import { randomBytes } from 'node:crypto'
import type { FetchLike } from '@modelcontextprotocol/client'
import { AuthError } from '../auth-error.js'
import { dpopKeyOf } from './dpop-key.js'
import type { UpstreamOAuthStore, UpstreamTokens } from './oauth-store.js'
import { loadSdk, type Sdk } from './sdk.js'
import { isDpop, sdkProvider, type Mode, type ProviderContext } from './sdk-provider.js'
import type { UpstreamOAuthTarget } from './upstream-oauth-config.js'
import { httpUrlOf } from './websocket-resource.js'

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

/** Creates the client. */
export function createUpstreamOAuth(options: UpstreamOAuthOptions = {}): UpstreamOAuth {
  const fetchFn = options.fetch ?? fetch
  const clientName = options.clientName ?? 'Switchyard'

  /**
   * The JWT bearer grant's assertion: the one given, or the ID-JAG the enterprise identity provider
   * trades it for, made out to the authorization server in use and this upstream.
   */
  async function assertionOf(
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
    const sdk = await loadSdk()
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

  const client: ProviderContext = {
    name: clientName,
    metadataUrl: options.clientMetadataUrl,
    assertion: assertionOf,
  }

  /** What the upstream's 401 says: where its metadata is and which scope it wants. */
  async function challenge(sdk: Sdk, serverUrl: string) {
    try {
      const response = await fetchFn(httpUrlOf(serverUrl), {
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
        sdk.auth(sdkProvider(sdk, target, { kind: 'client' }, client), {
          serverUrl: httpUrlOf(serverUrl),
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
          sdk.auth(
            sdkProvider(sdk, target, { kind: 'begin', state, redirectUri }, client, captured),
            {
              serverUrl: httpUrlOf(target.serverUrl),
              fetchFn,
              ...(wanted && { scope: wanted }),
              ...(hint.resourceMetadataUrl && { resourceMetadataUrl: hint.resourceMetadataUrl }),
            },
          ),
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
          sdk.auth(sdkProvider(sdk, target, mode, client), {
            serverUrl: httpUrlOf(target.serverUrl),
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
          sdk.auth(sdkProvider(sdk, target, { kind: 'token' }, client), {
            serverUrl: httpUrlOf(target.serverUrl),
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
