import { errors, jwtVerify, type JWTPayload } from 'jose'
import { AuthError } from './auth-error.js'
import { jwtKey, type JwtAlgorithm } from './jwt-key.js'

/** Options for createJwtVerifier. */
export interface JwtVerifierOptions {
  /** HMAC secret shared with the signer; must not be empty. */
  secret: string
  /** The only algorithm accepted; defaults to 'HS256'. */
  algorithm?: JwtAlgorithm
  /** Required value of `iss`. */
  issuer: string
  /** Required member of `aud`. */
  audience: string
  /** Leeway for `exp` and `nbf` against clock skew; defaults to 0. */
  clockToleranceSeconds?: number
}

/** A token that passed verification: its identity claims and the whole claims set. */
export interface VerifiedToken {
  sub: string
  jti: string
  exp: number
  iat?: number
  claims: Readonly<Record<string, unknown>>
}

/** Checks JWTs. */
export interface JwtVerifier {
  /** Verifies signature, algorithm, issuer, audience, expiry and the `exp`, `jti`, `sub` claims. */
  verify(token: string): Promise<VerifiedToken>
}

/** Creates a verifier of HMAC JWTs, such as those of createJwtSigner or ContextForge. */
export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier {
  const algorithm = options.algorithm ?? 'HS256'
  const key = jwtKey(options.secret, algorithm)
  const clockTolerance = options.clockToleranceSeconds ?? 0
  if (!Number.isFinite(clockTolerance) || clockTolerance < 0) {
    throw new AuthError('INVALID_INPUT', 'clockToleranceSeconds must be a non-negative number')
  }
  const verifyOptions = {
    algorithms: [algorithm],
    issuer: options.issuer,
    audience: options.audience,
    requiredClaims: ['exp', 'jti', 'sub'],
    clockTolerance,
  }
  return {
    async verify(token) {
      let payload: JWTPayload
      try {
        payload = (await jwtVerify(token, key, verifyOptions)).payload
      } catch (error) {
        throw toAuthError(error)
      }
      return toVerifiedToken(payload)
    },
  }
}

function toVerifiedToken(payload: JWTPayload): VerifiedToken {
  const { sub, jti, exp, iat } = payload
  if (typeof sub !== 'string' || sub === '') {
    throw new AuthError('INVALID_TOKEN', 'token "sub" claim must be a non-empty string')
  }
  if (typeof jti !== 'string' || jti === '') {
    throw new AuthError('INVALID_TOKEN', 'token "jti" claim must be a non-empty string')
  }
  if (typeof exp !== 'number') {
    throw new AuthError('INVALID_TOKEN', 'token "exp" claim must be a number')
  }
  const verified: VerifiedToken = { sub, jti, exp, claims: payload }
  if (iat !== undefined) verified.iat = iat
  return verified
}

/** A jose failure as an AuthError with a message fit for a 401. */
export function toAuthError(error: unknown): AuthError {
  const cause = { cause: error }
  if (error instanceof errors.JWTExpired) {
    return new AuthError('EXPIRED_TOKEN', 'token has expired', cause)
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') {
      return new AuthError('MISSING_CLAIM', `token has no "${error.claim}" claim`, cause)
    }
    return new AuthError('INVALID_TOKEN', claimFailure(error.claim), cause)
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new AuthError('INVALID_TOKEN', 'token algorithm is not accepted', cause)
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new AuthError('INVALID_TOKEN', 'token signature is invalid', cause)
  }
  return new AuthError('INVALID_TOKEN', 'token is malformed', cause)
}

function claimFailure(claim: string): string {
  switch (claim) {
    case 'iss':
      return 'token issuer is not accepted'
    case 'aud':
      return 'token audience is not accepted'
    case 'nbf':
      return 'token is not valid yet'
    default:
      return `token "${claim}" claim is invalid`
  }
}
