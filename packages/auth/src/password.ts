import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { AuthError } from './auth-error.js'

const defaults = { N: 16384, r: 8, p: 1, saltBytes: 16, keyBytes: 64 }
const limits = { memoryBytes: 64 * 1024 * 1024, p: 16, keyBytes: 256 }
const base64url = /^[A-Za-z0-9_-]+$/

/** Hashes a password with scrypt into `scrypt$N$r$p$<salt>$<hash>` (base64url salt and hash). */
export async function hashPassword(password: string): Promise<string> {
  if (typeof password !== 'string' || password === '') {
    throw new AuthError('INVALID_INPUT', 'password must be a non-empty string')
  }
  const { N, r, p } = defaults
  const salt = randomBytes(defaults.saltBytes)
  const key = await derive(password, salt, defaults.keyBytes, { N, r, p })
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Whether the password matches an encoded hash; false, never a throw, for a malformed hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parse(encoded)
  if (parsed === undefined || typeof password !== 'string') return false
  try {
    const key = await derive(password, parsed.salt, parsed.key.length, parsed.params)
    return timingSafeEqual(key, parsed.key)
  } catch {
    return false
  }
}

interface ScryptParams {
  N: number
  r: number
  p: number
}

interface ParsedHash {
  params: ScryptParams
  salt: Buffer
  key: Buffer
}

function parse(encoded: unknown): ParsedHash | undefined {
  if (typeof encoded !== 'string') return undefined
  const [scheme, n, r, p, salt, key, ...rest] = encoded.split('$')
  if (scheme !== 'scrypt' || rest.length > 0) return undefined
  const params = { N: integer(n), r: integer(r), p: integer(p) }
  const powerOfTwo = params.N > 1 && Number.isInteger(Math.log2(params.N))
  if (!powerOfTwo || !(params.r >= 1 && params.p >= 1 && params.p <= limits.p)) return undefined
  if (128 * params.N * params.r > limits.memoryBytes) return undefined
  const saltBytes = bytes(salt)
  const keyBytes = bytes(key)
  if (saltBytes === undefined || keyBytes === undefined) return undefined
  if (keyBytes.length < 16 || keyBytes.length > limits.keyBytes) return undefined
  return { params, salt: saltBytes, key: keyBytes }
}

function integer(text: string | undefined): number {
  return text !== undefined && /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : Number.NaN
}

function bytes(text: string | undefined): Buffer | undefined {
  if (text === undefined || !base64url.test(text)) return undefined
  const decoded = Buffer.from(text, 'base64url')
  return decoded.toString('base64url') === text ? decoded : undefined
}

function derive(password: string, salt: Buffer, keyBytes: number, params: ScryptParams) {
  const { N, r, p } = params
  const maxmem = 2 * limits.memoryBytes
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(error)
      else resolve(key)
    })
  })
}
