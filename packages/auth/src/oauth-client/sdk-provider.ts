import type {
  OAuthClientMetadata,
  OAuthClientProvider,
  OAuthDiscoveryState,
  StoredOAuthTokens,
} from '@modelcontextprotocol/client'
import type { JWK } from 'jose'
import { AuthError } from '../auth-error.js'
import { dpopKeyOf, newDpopKey, offersDpop, type DpopKey } from './dpop-key.js'
import type { UpstreamOAuthStore, UpstreamTokens } from './oauth-store.js'
import type { Sdk } from './sdk.js'
import type { UpstreamOAuthConfig, UpstreamOAuthTarget } from './upstream-oauth-config.js'
import { webSocketResourceCheck } from './websocket-resource.js'

/** Refresh this long before an access token expires (at most). */
const EARLY_MS = 30_000
/** The JWT bearer grant type (RFC 7523 section 2.1). */
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

/** Which exchange a provider serves: it decides what the SDK's `auth()` may do with the store. */
export type Mode =
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

/** Who the gateway is to authorization servers, and how it comes by a JWT bearer assertion. */
export interface ProviderContext {
  /** Shown when the client registers. */
  name: string
  /** A client ID metadata document URL to offer where the AS supports CIMD. */
  metadataUrl?: string | undefined
  /** The assertion a JWT bearer grant presents (see UpstreamOAuthConfig.identityExchange). */
  assertion: (
    target: UpstreamOAuthTarget,
    given: NonNullable<UpstreamOAuthConfig['assertion']>,
    scope: string | undefined,
  ) => Promise<string>
}

/**
 * The SDK's view of one upstream and user for one exchange (`mode`): client metadata, the store's
 * tokens, client and discovery state, the grant of a client on its own behalf and, where the
 * authorization server binds tokens, the DPoP key. `captured` takes a begun authorization's
 * redirect and code verifier.
 */
export function sdkProvider(
  sdk: Sdk,
  target: UpstreamOAuthTarget,
  mode: Mode,
  client: ProviderContext,
  captured: { url?: URL; verifier?: string } = {},
): OAuthClientProvider {
  const { config, store } = target
  let dpop: Promise<DpopKey | undefined> | undefined
  const dpopKey = () => (dpop ??= dpopKeyFor(sdk, store, mode))
  const redirectUri = mode.kind === 'begin' || mode.kind === 'finish' ? mode.redirectUri : undefined
  const own = mode.kind === 'client'
  const validateResourceURL = webSocketResourceCheck(sdk, target.serverUrl)
  const metadata: OAuthClientMetadata = {
    client_name: client.name,
    redirect_uris: redirectUri ? [redirectUri] : [],
    grant_types: own
      ? [config.assertion ? JWT_BEARER : 'client_credentials']
      : ['authorization_code', 'refresh_token'],
    response_types: own ? [] : ['code'],
    token_endpoint_auth_method: config.privateKey
      ? 'private_key_jwt'
      : config.clientSecret
        ? 'client_secret_basic'
        : 'none',
    ...(config.scopes?.length && { scope: config.scopes.join(' ') }),
  }
  return {
    // Refreshing needs no redirect, but a provider without one does client credentials.
    redirectUrl: own ? undefined : (redirectUri ?? 'http://localhost/oauth/callback'),
    ...(own && {
      async prepareTokenRequest(scope?: string) {
        const grant = config.assertion
          ? {
              grant_type: JWT_BEARER,
              assertion: await client.assertion(target, config.assertion, scope),
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
    ...(client.metadataUrl && { clientMetadataUrl: client.metadataUrl }),
    ...(validateResourceURL && { validateResourceURL }),
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
    saveClientInformation: (info) =>
      config.clientId ? undefined : store.saveClientInformation(info),
    tokens: () => (mode.kind === 'begin' || own ? undefined : store.tokens()),
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
export const isDpop = (tokens: StoredOAuthTokens): boolean =>
  tokens.token_type?.toLowerCase() === 'dpop'
