import {
  checkBasicCredentials,
  createJwtSigner,
  createJwtVerifier,
  createPolicy,
  isAuthError,
  parseBasicAuthorization,
  type JwtSigner,
  type Policy,
  type Principal,
} from '@switchyard/auth'
import { GatewayError, type ChangeBus, type UserService } from '@switchyard/core'
import type { GatewayConfig } from '../config/env-schema.js'

/** How the gateway turns request credentials into a principal. */
export interface GatewayAuth {
  /** The principal behind an Authorization header; throws 401 for bad or missing credentials. */
  authenticate(authorization: string | undefined): Promise<Principal>
  /** Issues JWTs (login). */
  signer: JwtSigner
  /** Answers "may P do A on E". */
  policy: Policy
}

/** What createGatewayAuth needs. */
export interface GatewayAuthOptions {
  config: GatewayConfig
  users: Pick<UserService, 'get'>
  /** Committed registry changes: a change to any user empties the principal cache. */
  events?: ChangeBus
}

/** How long a verified bearer token's principal is reused without another store read. */
const PRINCIPAL_TTL_MS = 30_000
const MAX_CACHED_PRINCIPALS = 10_000

/** Wires JWT, Basic and the development fallback (AUTH_REQUIRED=false) into one authenticate(). */
export function createGatewayAuth({ config, users, events }: GatewayAuthOptions): GatewayAuth {
  // Token -> principal, so that the request path does not read the store on every call.
  const principals = new Map<string, { principal: Principal; until: number }>()
  events?.subscribe((changes) => {
    if (changes.some((change) => change.entity === 'user')) principals.clear()
  })
  const jwt = {
    secret: config.jwtSecretKey,
    algorithm: config.jwtAlgorithm,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
  }
  const verifier = createJwtVerifier({ ...jwt, clockToleranceSeconds: 5 })
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

  async function fromBearer(token: string): Promise<Principal> {
    const cached = principals.get(token)
    if (cached && cached.until > Date.now()) return cached.principal
    let subject: string
    let expiresAt: number
    try {
      const verified = await verifier.verify(token)
      subject = verified.sub
      expiresAt = verified.exp * 1000
    } catch (error) {
      if (isAuthError(error))
        throw unauthenticated(`invalid token: ${error.message}`, 'invalid_token')
      throw error
    }
    const user = await users.get(subject).catch(() => undefined)
    if (!user || !user.isActive) {
      throw unauthenticated(
        `invalid token: user '${subject}' is unknown or inactive`,
        'invalid_token',
      )
    }
    const principal: Principal = {
      kind: 'user',
      email: user.email,
      isAdmin: user.isAdmin,
      teams: [],
    }
    if (principals.size >= MAX_CACHED_PRINCIPALS) principals.clear()
    principals.set(token, { principal, until: Math.min(Date.now() + PRINCIPAL_TTL_MS, expiresAt) })
    return principal
  }

  return {
    signer: createJwtSigner(jwt),
    policy: createPolicy(),
    async authenticate(authorization) {
      if (!authorization) {
        if (!config.authRequired) return admin
        throw unauthenticated('authentication required: send Authorization: Bearer <token>')
      }
      const [scheme = '', value = ''] = authorization.trim().split(/\s+/, 2)
      if (scheme.toLowerCase() === 'bearer' && value) return fromBearer(value)
      if (scheme.toLowerCase() === 'basic' && basic) {
        const given = parseBasicAuthorization(authorization)
        if (given && checkBasicCredentials(given, basic)) {
          return { kind: 'user', email: config.platformAdminEmail, isAdmin: true, teams: [] }
        }
        throw unauthenticated('invalid Basic credentials')
      }
      throw unauthenticated(`unsupported Authorization scheme '${scheme}'`, 'invalid_request')
    },
  }
}
