import { createHash, randomBytes } from 'node:crypto'
import { AuthError } from './auth-error.js'

/** A new API token: show `token` once, store only `hash` and `lookupPrefix`. */
export interface GeneratedApiToken {
  token: string
  hash: string
  lookupPrefix: string
}

const prefixPattern = /^[A-Za-z0-9-]{1,8}$/

/** Generates `${prefix}_` + 32 random base64url bytes, with its SHA-256 hash and lookup prefix. */
export function generateApiToken(prefix = 'sy'): GeneratedApiToken {
  if (typeof prefix !== 'string' || !prefixPattern.test(prefix)) {
    throw new AuthError('INVALID_INPUT', 'token prefix must be 1-8 letters, digits or dashes')
  }
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`
  return { token, hash: hashApiToken(token), lookupPrefix: token.slice(0, 12) }
}

/** The SHA-256 hex digest under which an API token is stored and looked up. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}
