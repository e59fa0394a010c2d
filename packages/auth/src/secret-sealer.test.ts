import { createDecipheriv, scryptSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { AuthError } from './auth-error.js'
import { createSecretSealer } from './secret-sealer.js'

const secret = 'sealing-secret-for-tests-0123456789'
const sealer = createSecretSealer({ secret })

function body(sealed: string): Buffer {
  return Buffer.from(sealed.slice('sealed:v1:'.length), 'base64url')
}

function openFailure(run: () => unknown): AuthError {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(AuthError)
  expect(caught).toMatchObject({ code: 'SEAL_FAILED' })
  expect((caught as AuthError).message).not.toContain(secret)
  return caught as AuthError
}

describe('createSecretSealer', () => {
  it.each(['upstream-password', '', 'ünïcödé ✓ 🔐', 'x'.repeat(100_000)])(
    'seals and opens %#',
    (plain) => {
      const sealed = sealer.seal(plain)
      expect(sealed.startsWith('sealed:v1:')).toBe(true)
      expect(sealed).not.toContain(plain || '\u0000')
      expect(sealer.open(sealed)).toBe(plain)
    },
  )

  it('packs a 12-byte IV, a 16-byte tag and the ciphertext', () => {
    expect(body(sealer.seal('abcd'))).toHaveLength(12 + 16 + 4)
  })

  it('uses a fresh IV for every seal', () => {
    const first = sealer.seal('same')
    const second = sealer.seal('same')
    expect(first).not.toBe(second)
    expect(body(first).subarray(0, 12)).not.toEqual(body(second).subarray(0, 12))
  })

  it('keys AES-256-GCM with scrypt over the secret and a fixed salt (a stable format)', () => {
    const packed = body(sealer.seal('stable'))
    const key = scryptSync(secret, 'switchyard:secret-sealer:v1', 32, { N: 16384, r: 8, p: 1 })
    const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, 12))
    decipher.setAAD(Buffer.from('sealed:v1'))
    decipher.setAuthTag(packed.subarray(12, 28))
    const plain = Buffer.concat([decipher.update(packed.subarray(28)), decipher.final()])
    expect(plain.toString('utf8')).toBe('stable')
  })

  it('opens what another sealer with the same secret sealed', () => {
    expect(createSecretSealer({ secret }).open(sealer.seal('shared'))).toBe('shared')
  })

  it('fails with SEAL_FAILED under a wrong key', () => {
    const sealed = sealer.seal('top secret')
    const error = openFailure(() => createSecretSealer({ secret: 'other-secret' }).open(sealed))
    expect(error.message).toBe('sealed value cannot be opened: wrong key or tampered')
    expect(error.message).not.toContain('top secret')
  })

  it.each([
    ['the IV', 0],
    ['the tag', 12],
    ['the ciphertext', 30],
  ])('fails with SEAL_FAILED when %s is tampered with', (_name, index) => {
    const packed = body(sealer.seal('tamper me'))
    packed[index] = (packed[index] ?? 0) ^ 1
    openFailure(() => sealer.open(`sealed:v1:${packed.toString('base64url')}`))
  })

  it('fails with SEAL_FAILED when the ciphertext is cut short', () => {
    const packed = body(sealer.seal('truncate me'))
    openFailure(() => sealer.open(`sealed:v1:${packed.subarray(0, -1).toString('base64url')}`))
  })

  it.each([
    ['plain text', 'hunter2'],
    ['an empty string', ''],
    ['another version', 'sealed:v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a body too short for IV and tag', 'sealed:v1:AAAA'],
    ['characters outside base64url', 'sealed:v1:AAAAAAAAAAAAAAAA+AAAAAAAAAAAAAAAAAAAAA'],
    ['padding', `sealed:v1:${Buffer.alloc(29).toString('base64')}`],
  ])('refuses %s as SEAL_FAILED and isSealed says no', (_name, value) => {
    expect(sealer.isSealed(value)).toBe(false)
    expect(openFailure(() => sealer.open(value)).message).toBe('value is not a sealed:v1 string')
  })

  it('recognises sealed values, including those of another key', () => {
    expect(sealer.isSealed(sealer.seal('x'))).toBe(true)
    expect(sealer.isSealed(createSecretSealer({ secret: 'other' }).seal('x'))).toBe(true)
  })

  it('refuses an empty secret as WEAK_SECRET', () => {
    expect(() => createSecretSealer({ secret: '' })).toThrow(
      expect.objectContaining({ code: 'WEAK_SECRET' }),
    )
  })

  it('refuses to seal a non-string as INVALID_INPUT', () => {
    expect(() => sealer.seal(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('sealJson and openJson', () => {
  it('round-trip objects, arrays and primitives', () => {
    const credentials = { username: 'svc', password: 'p@ss', scopes: ['a', 'b'], nested: { n: 1 } }
    for (const value of [credentials, [1, 'two', null], 'text', 3.5, true, null]) {
      const sealed = sealer.sealJson(value)
      expect(sealer.isSealed(sealed)).toBe(true)
      expect(sealer.openJson(sealed)).toEqual(value)
    }
  })

  it.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a bigint', 1n],
    [
      'a cycle',
      (() => {
        const cycle: Record<string, unknown> = {}
        cycle.self = cycle
        return cycle
      })(),
    ],
  ])('refuses %s as INVALID_INPUT', (_name, value) => {
    expect(() => sealer.sealJson(value)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })

  it('fails with SEAL_FAILED when the sealed text is not JSON', () => {
    const error = openFailure(() => sealer.openJson(sealer.seal('{not json')))
    expect(error.message).toBe('sealed value does not hold JSON')
  })

  it('fails with SEAL_FAILED under a wrong key', () => {
    openFailure(() => createSecretSealer({ secret: 'other' }).openJson(sealer.sealJson({ a: 1 })))
  })
})
