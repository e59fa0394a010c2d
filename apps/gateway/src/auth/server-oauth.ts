import {
  bearerChallenge,
  buildProtectedResourceMetadata,
  createExternalJwtVerifier,
  DEFAULT_SCOPE_MAP,
  isAuthError,
  peekIssuer,
  permissionsForScopes,
  protectedResourceMetadataUrl,
  type ExternalJwtVerifier,
  type Principal,
  type ProtectedResourceMetadata,
  type ScopeMap,
} from '@switchyard/auth'
import { GatewayError, isGatewayError, type Registry, type ServerOAuth } from '@switchyard/core'
import { API_TOKEN_PREFIX } from './api-token-auth.js'
import type { GatewayAuth } from './gateway-auth.js'

/** One request to a virtual server that takes OAuth 2.1 access tokens. */
export interface ProtectedServer {
  serverId: string
  /** The server's canonical resource URL (`<base>/servers/{id}/mcp`). */
  resource: string
  /** Where its RFC 9728 metadata lives. */
  resourceMetadata: string
  scopeMap: ScopeMap
  /** The scopes every token must carry. */
  requiredScopes: readonly string[]
  /** An external token's principal, or the gateway's own credentials'; 401 challenges name the metadata. */
  authenticate: GatewayAuth['authenticate']
}

/** Finds OAuth-enabled servers and authenticates their callers. */
export interface ServerOAuthGuard {
  /** The protection of an enabled, OAuth-enabled server; undefined for any other id. */
  protectedServer(serverId: string, request: Request): ProtectedServer | undefined
  /** The RFC 9728 document of an OAuth-enabled server; 404 otherwise. */
  metadata(serverId: string, request: Request): ProtectedResourceMetadata
}

/** What createServerOAuthGuard needs. */
export interface ServerOAuthGuardOptions {
  registry: Pick<Registry, 'catalog'>
  auth: Pick<GatewayAuth, 'authenticate'>
  /** PUBLIC_BASE_URL; the request's origin when absent. */
  publicBaseUrl?: string | undefined
  /** The `iss` of the gateway's own JWTs (JWT_ISSUER): those go to `auth`, other issuers are refused. */
  gatewayIssuer: string
}

const MAX_VERIFIERS = 256

/** Leeway for an access token's `exp` against the issuer's clock: it is accepted, and kept open, this long after. */
const CLOCK_TOLERANCE_SECONDS = 30

/** Resource URLs, metadata and token checks for virtual servers marked for OAuth 2.1. */
export function createServerOAuthGuard(options: ServerOAuthGuardOptions): ServerOAuthGuard {
  const verifiers = new Map<string, ExternalJwtVerifier>()
  const base = options.publicBaseUrl?.replace(/\/+$/, '')

  const resourceOf = (serverId: string, request: Request) =>
    `${base ?? new URL(request.url).origin}/servers/${encodeURIComponent(serverId)}/mcp`

  const settingsOf = (serverId: string): { name: string; oauth: ServerOAuth } | undefined => {
    const server = options.registry.catalog.current().servers.get(serverId)
    // Only a public server takes OAuth (the service refuses it on others; older rows may have it).
    return server?.oauth?.enabled && server.visibility === 'public'
      ? { name: server.name, oauth: server.oauth }
      : undefined
  }

  // One verifier (and JWKS cache) per issuer and key set; the audience is given per token, so
  // requests naming other hosts cannot multiply key fetches.
  const verifierFor = (oauth: ServerOAuth): ExternalJwtVerifier => {
    const key = JSON.stringify([oauth.issuer, oauth.jwksUri ?? null])
    let verifier = verifiers.get(key)
    if (!verifier) {
      verifier = createExternalJwtVerifier({
        issuer: oauth.issuer,
        clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
        ...(oauth.jwksUri && { jwksUri: oauth.jwksUri }),
      })
      if (verifiers.size >= MAX_VERIFIERS) verifiers.clear()
      verifiers.set(key, verifier)
    }
    return verifier
  }

  return {
    protectedServer(serverId, request) {
      const settings = settingsOf(serverId)
      if (!settings) return undefined
      const { oauth } = settings
      const resource = resourceOf(serverId, request)
      const resourceMetadata = protectedResourceMetadataUrl(resource)
      const scopeMap = oauth.scopeMap ?? DEFAULT_SCOPE_MAP
      const requiredScopes = oauth.requiredScopes ?? []
      const challenge = (message: string, error?: 'invalid_token' | 'invalid_request') =>
        new GatewayError('UNAUTHENTICATED', message, {
          headers: {
            'WWW-Authenticate': bearerChallenge({
              resourceMetadata,
              ...(error && { error }),
              scopes: oauth.requiredScopes ?? oauth.scopesSupported ?? Object.keys(scopeMap),
            }),
          },
        })

      async function external(token: string): Promise<Principal> {
        try {
          const verified = await verifierFor(oauth).verify(token, oauth.audience ?? resource)
          return {
            kind: 'external',
            email: `${verified.subject}@${new URL(verified.issuer).host}`,
            isAdmin: false,
            teams: [],
            scopes: permissionsForScopes(verified.scopes, scopeMap),
            oauthScopes: verified.scopes,
            serverIds: [serverId],
            expiresAt: (verified.expiresAt + CLOCK_TOLERANCE_SECONDS) * 1000,
          }
        } catch (error) {
          if (isAuthError(error))
            throw challenge(`invalid token: ${error.message}`, 'invalid_token')
          throw error
        }
      }

      return {
        serverId,
        resource,
        resourceMetadata,
        scopeMap,
        requiredScopes,
        async authenticate(authorization, remoteAddress, lookup) {
          if (!authorization?.trim())
            throw challenge(
              `server '${serverId}' needs an OAuth access token: send Authorization: Bearer <token>`,
            )
          const [scheme = '', token = ''] = authorization.trim().split(/\s+/, 2)
          if (scheme.toLowerCase() === 'bearer' && token && !token.startsWith(API_TOKEN_PREFIX)) {
            const issuer = peekIssuer(token)
            if (issuer === oauth.issuer) return external(token)
            if (issuer !== undefined && issuer !== options.gatewayIssuer)
              throw challenge(
                `invalid token: issuer '${issuer}' is not accepted here (expected '${oauth.issuer}')`,
                'invalid_token',
              )
          }
          try {
            return await options.auth.authenticate(authorization, remoteAddress, lookup)
          } catch (error) {
            if (isGatewayError(error) && error.code === 'UNAUTHENTICATED')
              throw challenge(error.message, 'invalid_token')
            throw error
          }
        },
      }
    },

    metadata(serverId, request) {
      const settings = settingsOf(serverId)
      if (!settings)
        throw new GatewayError(
          'NOT_FOUND',
          `server '${serverId}' is unknown, disabled or not protected by OAuth`,
        )
      const { oauth, name } = settings
      return buildProtectedResourceMetadata({
        resource: resourceOf(serverId, request),
        authorizationServers: [oauth.issuer],
        scopesSupported: oauth.scopesSupported ?? Object.keys(oauth.scopeMap ?? DEFAULT_SCOPE_MAP),
        resourceName: name,
      })
    },
  }
}
