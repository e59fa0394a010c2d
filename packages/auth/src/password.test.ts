import { scryptSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { AuthError } from './auth-error.js'
import { hashPassword, verifyPassword } from './password.js'

const format = /^scrypt\$16384\$8\$1\$([A-Za-z0-9_-]{22})\$([A-Za-z0-9_-]{86})$/

describe('hashPassword', () => {
  it('encodes scrypt parameters, a 16-byte salt and a 64-byte key', async () => {
    const encoded = await hashPassword('correct horse battery staple')
    const [, salt, key] = format.exec(encoded) ?? []
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16)
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(64)
  })

  it('derives the key with scrypt N=16384 r=8 p=1', async () => {
    const encoded = await hashPassword('pw')
    const [, , , , salt, key] = encoded.split('$')
    const expected = scryptSync('pw', Buffer.from(salt ?? '', 'base64url'), 64, {
      N: 16384,
      r: 8,
      p: 1,
    })
    expect(key).toBe(expected.toString('base64url'))
  })

  it('salts every hash afresh', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'))
  })

  it('refuses an empty password', async () => {
    const error = await hashPassword('').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('verifyPassword', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const encoded = await hashPassword('s3cret!')
    expect(await verifyPassword('s3cret!', encoded)).toBe(true)
    expect(await verifyPassword('s3cret', encoded)).toBe(false)
    expect(await verifyPassword('S3cret!', encoded)).toBe(false)
    expect(await verifyPassword('', encoded)).toBe(false)
  })

  it('treats composed and decomposed Unicode the same', async () => {
    const encoded = await hashPassword('caf\u00e9')
    expect(await verifyPassword('cafe\u0301', encoded)).toBe(true)
  })

  it('reads the parameters from the hash, so older settings still verify', async () => {
    const salt = Buffer.alloc(16, 7)
    const key = scryptSync('old', salt, 32, { N: 1024, r: 8, p: 2 })
    const encoded = `scrypt$1024$8$2$${salt.toString('base64url')}$${key.toString('base64url')}`
    expect(await verifyPassword('old', encoded)).toBe(true)
    expect(await verifyPassword('new', encoded)).toBe(false)
  })

  it('returns false for a tampered hash', async () => {
    const encoded = await hashPassword('pw')
    const last = encoded.at(-1) === 'A' ? 'B' : 'A'
    expect(await verifyPassword('pw', encoded.slice(0, -1) + last)).toBe(false)
  })

  it.each([
    ['an empty string', ''],
    ['garbage', 'not a hash'],
    ['another scheme', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA'],
    ['too few parts', 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0'],
    ['too many parts', 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5$x'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['N of one', 'scrypt$1$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a huge memory cost', 'scrypt$1048576$16$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['p too large', 'scrypt$16384$8$99$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a zero r', 'scrypt$16384$0$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a non-numeric N', 'scrypt$1e4$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['bad base64url', 'scrypt$16384$8$1$c2Fs+dHNh/bHRz$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['padded base64', 'scrypt$16384$8$1$c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['an empty salt', 'scrypt$16384$8$1$$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a short key', 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0$a2V5'],
  ])('returns false, not a throw, for %s', async (_name, encoded) => {
    expect(await verifyPassword('pw', encoded)).toBe(false)
  })
})
