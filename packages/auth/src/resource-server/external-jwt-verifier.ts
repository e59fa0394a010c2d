import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose'
import { AuthError } from '../auth-error.js'
import { toAuthError } from '../jwt-verifier.js'
import { discoverJwksUri } from './issuer-discovery.js'
import { scopesOfClaims } from './scope-map.js'

/** The asymmetric algorithms accepted by default; `none` and shared-secret (HS*) never are. */
export const EXTERNAL_JWT_ALGORITHMS: readonly string[] = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
]

/** Options for createExternalJwtVerifier. */
export interface ExternalJwtVerifierOptions {
  /** Required value of `iss`. */
  issuer: string
  /** The issuer's JWK Set; discovered from the issuer's metadata when absent. */
  jwksUri?: string
  /** The token's `aud` must hold this value (or one of these), unless `verify` names another. */
  audience?: string | readonly string[]
  /** Accepted `alg` values, a subset of EXTERNAL_JWT_ALGORITHMS; defaults to all of them. */
  algorithms?: readonly string[]
  /** Leeway for `exp` and `nbf`; defaults to 30 seconds. */
  clockToleranceSeconds?: number
  /** Timeout of each metadata and JWKS request; defaults to 5000 ms. */
  timeoutMs?: number
  /** Least time between JWKS re-fetches prompted by an unknown `kid`; defaults to 30000 ms. */
  cooldownMs?: number
  /** How long fetched keys are trusted before a re-fetch; defaults to 600000 ms. */
  cacheMaxAgeMs?: number
}

/** An external access token that passed verification. */
export interface ExternalToken {
  subject: string
  issuer: string
  /** From the `scope` claim (or `scp`). */
  scopes: string[]
  /** `exp` in seconds since the epoch. */
  expiresAt: number
  claims: Readonly<Record<string, unknown>>
}

/** Checks access tokens issued by one external authorization server. */
export interface ExternalJwtVerifier {
  /**
   * Verifies signature (against the JWKS), algorithm, issuer, audience (`audience`, else the
   * configured one), `exp`, `nbf` and `sub`.
   */
  verify(token: string, audience?: string): Promise<ExternalToken>
}

function keyFailure(error: unknown, issuer: string): AuthError | undefined {
  const cause = { cause: error }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return new AuthError(
      'INVALID_TOKEN',
      `no signing key of issuer '${issuer}' matches the token`,
      cause,
    )
  if (error instanceof errors.JWKSTimeout)
    return new AuthError('INVALID_TOKEN', `the signing keys of issuer '${issuer}' timed out`, cause)
  if (
    error instanceof errors.JWKSInvalid ||
    (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') ||
    error instanceof TypeError
  )
    return new AuthError(
      'INVALID_TOKEN',
      `the signing keys of issuer '${issuer}' could not be fetched`,
      cause,
    )
  return undefined
}

/** Creates a verifier of JWT access tokens from an external issuer, with its keys cached. */
export function createExternalJwtVerifier(
  options: ExternalJwtVerifierOptions,
): ExternalJwtVerifier {
  const algorithms = [...(options.algorithms ?? EXTERNAL_JWT_ALGORITHMS)]
  const refused = algorithms.filter((alg) => !EXTERNAL_JWT_ALGORITHMS.includes(alg))
  if (algorithms.length === 0 || refused.length > 0)
    throw new AuthError(
      'INVALID_INPUT',
      `algorithms must be some of ${EXTERNAL_JWT_ALGORITHMS.join(', ')}${refused.length > 0 ? ` (not ${refused.join(', ')})` : ''}`,
    )
  const clockTolerance = options.clockToleranceSeconds ?? 30
  const timeoutMs = options.timeoutMs ?? 5000
  const verifyOptions = {
    algorithms,
    issuer: options.issuer,
    requiredClaims: ['exp', 'sub'],
    clockTolerance,
  }
  let keys: Promise<JWTVerifyGetKey> | undefined

  const remoteKeys = (jwksUri: string) =>
    createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: timeoutMs,
      cooldownDuration: options.cooldownMs ?? 30_000,
      cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
    })

  // Discovery runs once; a failure is not remembered, so the next token tries again.
  const keySet = () => {
    keys ??= (
      options.jwksUri
        ? Promise.resolve(options.jwksUri)
        : discoverJwksUri(options.issuer, { timeoutMs })
    ).then(remoteKeys, (error: unknown) => {
      keys = undefined
      throw error
    })
    return keys
  }

  return {
    async verify(token, audience) {
      const expected = audience ?? options.audience
      if (expected === undefined)
        throw new AuthError('INVALID_INPUT', 'no audience to check the token against')
      const getKey = await keySet()
      let payload
      try {
        payload = (
          await jwtVerify(token, getKey, {
            ...verifyOptions,
            audience: typeof expected === 'string' ? expected : [...expected],
          })
        ).payload
      } catch (error) {
        throw keyFailure(error, options.issuer) ?? toAuthError(error)
      }
      const { sub, exp } = payload
      if (typeof sub !== 'string' || sub === '')
        throw new AuthError('INVALID_TOKEN', 'token "sub" claim must be a non-empty string')
      return {
        subject: sub,
        issuer: options.issuer,
        scopes: scopesOfClaims(payload),
        expiresAt: exp as number,
        claims: payload,
      }
    },
  }
}

/** The `iss` of a JWT read without verification, to choose a verifier; undefined for a non-JWT. */
export function peekIssuer(token: string): string | undefined {
  try {
    const iss = decodeJwt(token).iss
    return typeof iss === 'string' ? iss : undefined
  } catch {
    return undefined
  }
}
