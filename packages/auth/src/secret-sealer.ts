import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { AuthError } from './auth-error.js'

/** Options for createSecretSealer. */
export interface SecretSealerOptions {
  /** The sealing secret; a 32-byte AES key is derived from it with scrypt. Must not be empty. */
  secret: string
}

/** Encrypts and decrypts stored secrets (upstream passwords, OAuth client secrets, ...). */
export interface SecretSealer {
  /** Encrypts a string into `sealed:v1:<base64url(iv | tag | ciphertext)>`. */
  seal(plain: string): string
  /** Decrypts a sealed string; throws AuthError 'SEAL_FAILED' on a wrong key or tampered value. */
  open(sealed: string): string
  /** Whether a value has the shape of a sealed string. */
  isSealed(value: string): boolean
  /** Seals any JSON-serialisable value, such as an object of credentials. */
  sealJson(value: unknown): string
  /** Opens a value sealed by sealJson and parses it; validate the shape before trusting it. */
  openJson(sealed: string): unknown
}

const prefix = 'sealed:v1:'
const keySalt = 'switchyard:secret-sealer:v1'
const additionalData = Buffer.from('sealed:v1', 'utf8')
const ivBytes = 12
const tagBytes = 16
const base64url = /^[A-Za-z0-9_-]+$/

/** Creates an AES-256-GCM sealer keyed by a secret; every seal uses a fresh 12-byte IV. */
export function createSecretSealer(options: SecretSealerOptions): SecretSealer {
  if (typeof options.secret !== 'string' || options.secret === '') {
    throw new AuthError('WEAK_SECRET', 'sealing secret must be a non-empty string')
  }
  // Derived on first use: scrypt takes 16 MB for a moment, and a gateway with no sealed secret
  // never needs the key.
  let derived: Buffer | undefined
  const key = () => (derived ??= scryptSync(options.secret, keySalt, 32, { N: 16384, r: 8, p: 1 }))

  const seal = (plain: string): string => {
    if (typeof plain !== 'string')
      throw new AuthError('INVALID_INPUT', 'only strings can be sealed')
    const iv = randomBytes(ivBytes)
    const cipher = createCipheriv('aes-256-gcm', key(), iv, { authTagLength: tagBytes })
    cipher.setAAD(additionalData)
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return prefix + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')
  }

  const open = (sealed: string): string => {
    const packed = unpack(sealed)
    if (packed === undefined) throw new AuthError('SEAL_FAILED', 'value is not a sealed:v1 string')
    try {
      const decipher = createDecipheriv('aes-256-gcm', key(), packed.subarray(0, ivBytes), {
        authTagLength: tagBytes,
      })
      decipher.setAAD(additionalData)
      decipher.setAuthTag(packed.subarray(ivBytes, ivBytes + tagBytes))
      const body = packed.subarray(ivBytes + tagBytes)
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
    } catch (error) {
      throw new AuthError('SEAL_FAILED', 'sealed value cannot be opened: wrong key or tampered', {
        cause: error,
      })
    }
  }

  return {
    seal,
    open,
    isSealed: (value) => unpack(value) !== undefined,
    sealJson(value) {
      let text: string | undefined
      try {
        text = JSON.stringify(value)
      } catch (error) {
        throw new AuthError('INVALID_INPUT', 'value cannot be written as JSON', { cause: error })
      }
      if (text === undefined)
        throw new AuthError('INVALID_INPUT', 'value cannot be written as JSON')
      return seal(text)
    },
    openJson(sealed) {
      const text = open(sealed)
      try {
        return JSON.parse(text) as unknown
      } catch (error) {
        throw new AuthError('SEAL_FAILED', 'sealed value does not hold JSON', { cause: error })
      }
    },
  }
}

function unpack(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || !value.startsWith(prefix)) return undefined
  const body = value.slice(prefix.length)
  if (!base64url.test(body)) return undefined
  const packed = Buffer.from(body, 'base64url')
  if (packed.length < ivBytes + tagBytes || packed.toString('base64url') !== body) return undefined
  return packed
}
