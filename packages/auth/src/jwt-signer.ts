import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import { AuthError } from './auth-error.js'
import { jwtKey, type JwtAlgorithm } from './jwt-key.js'

/** Options for createJwtSigner. */
export interface JwtSignerOptions {
  /** HMAC secret shared with the verifier; must not be empty. */
  secret: string
  /** Defaults to 'HS256'. */
  algorithm?: JwtAlgorithm
  /** Written to `iss`. */
  issuer: string
  /** Written to `aud`. */
  audience: string
}

/** What to put in one token: a subject, a lifetime, an optional id and any extra claims. */
export interface JwtClaimsInput {
  sub: string
  expiresInMinutes: number
  jti?: string
  [claim: string]: unknown
}

/** Issues signed JWTs. */
export interface JwtSigner {
  /** Signs the claims, always setting `iat`, `exp`, `iss`, `aud` and `jti` (random by default). */
  sign(claims: JwtClaimsInput): Promise<string>
}

/** Creates a signer of HMAC JWTs that a verifier with the same options accepts. */
export function createJwtSigner(options: JwtSignerOptions): JwtSigner {
  const algorithm = options.algorithm ?? 'HS256'
  const key = jwtKey(options.secret, algorithm)
  const { issuer, audience } = options
  return {
    async sign(claims) {
      const { sub, expiresInMinutes, jti, ...extra } = claims
      if (typeof sub !== 'string' || sub === '') {
        throw new AuthError('INVALID_INPUT', 'sub must be a non-empty string')
      }
      if (typeof expiresInMinutes !== 'number' || !(expiresInMinutes > 0)) {
        throw new AuthError('INVALID_INPUT', 'expiresInMinutes must be a positive number')
      }
      if (!Number.isFinite(expiresInMinutes)) {
        throw new AuthError('INVALID_INPUT', 'expiresInMinutes must be finite: tokens must expire')
      }
      if (jti !== undefined && (typeof jti !== 'string' || jti === '')) {
        throw new AuthError('INVALID_INPUT', 'jti must be a non-empty string when given')
      }
      const iat = Math.floor(Date.now() / 1000)
      return new SignJWT(extra)
        .setProtectedHeader({ alg: algorithm, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + Math.max(1, Math.round(expiresInMinutes * 60)))
        .setJti(jti ?? randomUUID())
        .sign(key)
    },
  }
}
