import { AuthError } from './auth-error.js'

/** The HMAC algorithms a Switchyard JWT may be signed with. */
export type JwtAlgorithm = 'HS256' | 'HS384' | 'HS512'

const algorithms: readonly string[] = ['HS256', 'HS384', 'HS512']

/** Checks the algorithm and secret of a signer or verifier and returns the HMAC key bytes. */
export function jwtKey(secret: string, algorithm: JwtAlgorithm): Uint8Array {
  if (!algorithms.includes(algorithm)) {
    throw new AuthError('INVALID_INPUT', `JWT algorithm must be one of ${algorithms.join(', ')}`)
  }
  if (typeof secret !== 'string' || secret === '') {
    throw new AuthError('WEAK_SECRET', 'JWT secret must be a non-empty string')
  }
  return new TextEncoder().encode(secret)
}
