import {
  authorize,
  authorizeMcpEndpoint,
  checkBasicCredentials,
  createJwtSigner,
  createJwtVerifier,
  isAuthError,
  parseBasicAuthorization,
  peekIssuer,
  type Authorization,
  type JwtSigner,
  type Owned,
  type Principal,
  type VerifiedToken,
} from '@switchyard/auth'
import {
  addressInRanges,
  GatewayError,
  isGatewayError,
  notFound,
  type ChangeBus,
  type RoleService,
  type SessionService,
  type TokenService,
  type UserService,
} from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'
import { API_TOKEN_PREFIX, resolveApiToken, type TokenGrant } from './api-token-auth.js'
import { createTokenUsage } from './token-usage.js'
import { userRights } from './user-access.js'

/**
 * Runs the store reads of a credential not yet cached, in the request's trace context (an MCP
 * request's span is not active in its async context, see observeRequests).
 */
export type CredentialLookup = <T>(read: () => Promise<T>) => Promise<T>

/** How the gateway turns request credentials into a principal. */
export interface GatewayAuth {
  /**
   * The principal behind an Authorization header; throws 401 for bad or missing credentials and
   * 403 when an API token is used from an address outside its IP ranges.
   */
  authenticate(
    authorization: string | undefined,
    remoteAddress?: string,
    lookup?: CredentialLookup,
  ): Promise<Principal>
  /**
   * Reads a bearer credential again from the store, past the cache: the 401 it gets now (its API
   * token revoked, its session logged out, its user deactivated or deleted), or undefined while it
   * holds and for any other credential. Throws when the store cannot say.
   */
  refusalOf(authorization: string): Promise<GatewayError | undefined>
  /** Revokes the presented session JWT by its `jti` until it expires. */
  logout(authorization: string | undefined): Promise<void>
  /** Writes the API token uses counted so far (they are also written every second). */
  flushUsage(): Promise<void>
  /** Forgets every cached principal (changes to users, tokens or roles may have been missed). */
  forget(): void
  /** Stops the usage timer and writes what is left. */
  close(): Promise<void>
  /** Issues JWTs (login). */
  signer: JwtSigner
  /**
   * Throws unless `authorize` allows the principal the action (a permission such as
   * `tools.write`, or a list of which any one will do) on the entity: 404 "not found" when the
   * entity is hidden from it, else 403 with the reasons (of the first action).
   */
  authorize(principal: Principal, action: Actions, entity?: Owned & { id?: string }): void
  /**
   * Throws unless the principal may take the action on a virtual server, or without one on the
   * whole catalog, within a token's servers. Without an action: may it open the MCP endpoint
   * (`authorizeMcpEndpoint`; each call is then decided for its own tool, resource or prompt).
   */
  assertServerAccess(principal: Principal, serverId: string | undefined, action?: Actions): void
}

/** A permission, or permissions of which any one will do. */
export type Actions = string | readonly string[]

/** What createGatewayAuth needs. */
export interface GatewayAuthOptions {
  config: GatewayConfig
  users: Pick<UserService, 'get'>
  /** Teams and roles of a user, read when a bearer is first seen (then cached). */
  roles: Pick<RoleService, 'accessOf'>
  /**
   * The ownership of a virtual server, for MCP access; undefined when there is none. The same
   * object while the server is unchanged (MCP endpoint decisions are kept per object).
   */
  serverOf?: (id: string) => (Owned & { id: string }) | undefined
  tokens: Pick<TokenService, 'findByHash' | 'recordUsage'>
  sessions: Pick<SessionService, 'isRevoked' | 'revoke'>
  /** Committed registry changes: a change to any user, token, session, team or role empties the principal cache. */
  events?: ChangeBus
  /** Told when writing token usage fails. */
  onError?: (error: unknown) => void
}

/** How long a verified bearer token's principal is reused without another store read. */
const PRINCIPAL_TTL_MS = 30_000

/** Leeway for a session JWT's `exp` against clock skew: it is accepted, and kept open, this long after. */
const CLOCK_TOLERANCE_SECONDS = 5

const MAX_CACHED_PRINCIPALS = 10_000
const CLEARING_CHANGES = new Set(['user', 'token', 'session', 'team', 'role'])
/** What the catalog-wide MCP endpoints (`/mcp`, `/sse`, ...) are decided on. */
const CATALOG: Owned = { kind: 'catalog', owner: null, team: null, visibility: 'public' }

/** Wires JWT, API tokens, Basic and the development fallback (AUTH_REQUIRED=false) into one authenticate(). */
export function createGatewayAuth(options: GatewayAuthOptions): GatewayAuth {
  const { config, users, roles, tokens, sessions, events } = options
  // Bearer -> principal, so that the request path does not read the store on every call.
  const principals = new Map<string, TokenGrant>()
  events?.subscribe((changes) => {
    if (changes.some((change) => CLEARING_CHANGES.has(change.entity))) principals.clear()
  })
  const usage = createTokenUsage({ tokens, ...(options.onError && { onError: options.onError }) })
  const jwt = {
    secret: config.jwtSecretKey,
    algorithm: config.jwtAlgorithm,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
  }
  const verifier = createJwtVerifier({ ...jwt, clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS })
  const basic =
    config.basicAuthUser && config.basicAuthPassword
      ? { username: config.basicAuthUser, password: config.basicAuthPassword }
      : undefined
  const challenges = ['Bearer realm="switchyard"', ...(basic ? ['Basic realm="switchyard"'] : [])]
  const admin: Principal = {
    kind: 'anonymous-admin',
    email: config.platformAdminEmail,
    isAdmin: true,
    teams: [],
  }

  const unauthenticated = (message: string, error?: string) =>
    new GatewayError('UNAUTHENTICATED', message, {
      headers: {
        'WWW-Authenticate': challenges
          .map((c, i) => (i === 0 && error ? `${c}, error="${error}"` : c))
          .join(', '),
      },
    })
  const invalidToken = (message: string) => unauthenticated(message, 'invalid_token')

  async function verifyJwt(token: string): Promise<VerifiedToken> {
    // Another issuer's token is most likely an OAuth access token brought to the wrong endpoint.
    const issuer = peekIssuer(token)
    if (issuer !== undefined && issuer !== jwt.issuer)
      throw invalidToken(
        `invalid token: issuer '${issuer}' is not this gateway's (OAuth access tokens are not accepted here, only on a virtual server's /mcp, /sse and /message)`,
      )
    try {
      return await verifier.verify(token)
    } catch (error) {
      if (isAuthError(error)) throw invalidToken(`invalid token: ${error.message}`)
      throw error
    }
  }

  async function fromJwt(token: string): Promise<TokenGrant> {
    const verified = await verifyJwt(token)
    if (await sessions.isRevoked(verified.jti))
      throw invalidToken('invalid token: this session was logged out')
    const user = await users.get(verified.sub).catch(() => undefined)
    if (!user || !user.isActive)
      throw invalidToken(`invalid token: user '${verified.sub}' is unknown or inactive`)
    if (predatesAccount(verified, user.createdAt))
      throw invalidToken(
        `invalid token: it was issued to an earlier account of '${user.email}'; sign in again`,
      )
    if (predatesPassword(verified, user.passwordChangedAt))
      throw invalidToken(
        'invalid token: the password was changed after it was issued; sign in again',
      )
    return {
      principal: {
        kind: 'user',
        email: user.email,
        isAdmin: user.isAdmin,
        ...(await userRights(roles, user.email)),
        jti: verified.jti,
        expiresAt: (verified.exp + CLOCK_TOLERANCE_SECONDS) * 1000,
      },
      until: Math.min(Date.now() + PRINCIPAL_TTL_MS, verified.exp * 1000),
    }
  }

  const grantOf = (token: string): Promise<TokenGrant> =>
    token.startsWith(API_TOKEN_PREFIX)
      ? resolveApiToken(token, { tokens, users, roles }, invalidToken, PRINCIPAL_TTL_MS)
      : fromJwt(token)

  async function fromBearer(
    token: string,
    remoteAddress: string | undefined,
    lookup: CredentialLookup | undefined,
  ): Promise<Principal> {
    let grant = principals.get(token)
    if (!grant || grant.until <= Date.now()) {
      grant = await (lookup === undefined ? grantOf(token) : lookup(() => grantOf(token)))
      if (principals.size >= MAX_CACHED_PRINCIPALS) principals.clear()
      principals.set(token, grant)
    }
    const { principal, ipRanges } = grant
    if (ipRanges && !(remoteAddress && addressInRanges(remoteAddress, ipRanges))) {
      throw new GatewayError(
        'FORBIDDEN',
        `token ${principal.tokenId ?? ''} may not be used from ${remoteAddress ?? 'an unknown address'}; it is limited to ${ipRanges.join(', ')}`,
      )
    }
    if (principal.tokenId !== undefined) usage.record(principal.tokenId)
    return principal
  }

  const bearerOf = (authorization: string | undefined): string | undefined => {
    const [scheme = '', value = ''] = (authorization ?? '').trim().split(/\s+/, 2)
    return scheme.toLowerCase() === 'bearer' && value ? value : undefined
  }

  const refuse = (decision: Authorization, entity: Owned | undefined): void => {
    if (decision.allowed) return
    if (decision.hidden) throw notFound(entity?.kind ?? 'entity', entity?.id ?? entity?.name ?? '')
    throw new GatewayError('FORBIDDEN', decision.reasons.at(-1) ?? 'not allowed')
  }
  // authorizeMcpEndpoint is pure: its answer is kept per principal and server object (a changed
  // principal or catalog brings new objects), which spares building its reasons on every MCP request.
  const endpointDecisions = new WeakMap<Principal, WeakMap<Owned, Authorization>>()
  const endpointDecision = (principal: Principal, server: Owned): Authorization => {
    let decided = endpointDecisions.get(principal)
    if (decided === undefined) endpointDecisions.set(principal, (decided = new WeakMap()))
    let decision = decided.get(server)
    if (decision === undefined)
      decided.set(server, (decision = authorizeMcpEndpoint(principal, server)))
    return decision
  }
  const enforce: GatewayAuth['authorize'] = (principal, action, entity) => {
    if (typeof action === 'string') return refuse(authorize(principal, action, entity), entity)
    const decisions = action.map((a) => authorize(principal, a, entity))
    refuse(decisions.find((d) => d.allowed) ?? (decisions[0] as Authorization), entity)
  }

  return {
    signer: createJwtSigner(jwt),
    authorize: enforce,
    assertServerAccess(principal, serverId, action) {
      const server =
        serverId === undefined
          ? CATALOG
          : (options.serverOf?.(serverId) ?? {
              kind: 'server',
              id: serverId,
              owner: null,
              team: null,
              visibility: 'public' as const,
            })
      if (action === undefined) refuse(endpointDecision(principal, server), server)
      else enforce(principal, action, server)
    },
    async authenticate(authorization, remoteAddress, lookup) {
      if (!authorization) {
        if (!config.authRequired) return admin
        throw unauthenticated('authentication required: send Authorization: Bearer <token>')
      }
      const bearer = bearerOf(authorization)
      if (bearer) return fromBearer(bearer, remoteAddress, lookup)
      const scheme = authorization.trim().split(/\s+/, 1)[0] ?? ''
      if (scheme.toLowerCase() === 'bearer')
        throw unauthenticated(
          'the bearer token is missing: send Authorization: Bearer <token>',
          'invalid_request',
        )
      if (scheme.toLowerCase() === 'basic' && basic) {
        const given = parseBasicAuthorization(authorization)
        if (given && checkBasicCredentials(given, basic)) {
          return { kind: 'user', email: config.platformAdminEmail, isAdmin: true, teams: [] }
        }
        throw unauthenticated('invalid Basic credentials')
      }
      throw unauthenticated(`unsupported Authorization scheme '${scheme}'`, 'invalid_request')
    },
    async refusalOf(authorization) {
      const bearer = bearerOf(authorization)
      if (!bearer) return undefined
      try {
        await grantOf(bearer)
        return undefined
      } catch (error) {
        if (!isGatewayError(error) || error.code !== 'UNAUTHENTICATED') throw error
        principals.delete(bearer)
        return error
      }
    },
    async logout(authorization) {
      const bearer = bearerOf(authorization)
      if (!bearer) throw unauthenticated('logout needs the session JWT as Authorization: Bearer')
      if (bearer.startsWith(API_TOKEN_PREFIX))
        throw new GatewayError(
          'BAD_REQUEST',
          'logout ends a session JWT; revoke an API token with DELETE /tokens/{id}',
        )
      const verified = await verifyJwt(bearer)
      await sessions.revoke(verified.jti, new Date(verified.exp * 1000).toISOString())
      principals.delete(bearer)
    },
    flushUsage: () => usage.flush(),
    forget: () => principals.clear(),
    close: () => usage.close(),
  }
}

/**
 * Whether a session JWT was issued to an earlier account of the same e-mail (deleted since):
 * exactly, by the account it was signed in to (`acct_at`, set by login); for a token without that
 * claim, by `iat`, to the second.
 */
function predatesAccount(token: VerifiedToken, createdAt: string): boolean {
  if ('acct_at' in token.claims) return token.claims.acct_at !== createdAt
  return (token.iat ?? 0) < Math.floor(Date.parse(createdAt) / 1000)
}

/**
 * Whether a session JWT predates its user's last password change: exactly, by the change it was
 * signed in under (`pwd_at`, set by login); for a token without that claim (the `token` command's),
 * by `iat`, to the second.
 */
function predatesPassword(token: VerifiedToken, passwordChangedAt: string | null): boolean {
  if (passwordChangedAt === null) return false
  if ('pwd_at' in token.claims) return token.claims.pwd_at !== passwordChangedAt
  return (token.iat ?? 0) < Math.floor(Date.parse(passwordChangedAt) / 1000)
}
