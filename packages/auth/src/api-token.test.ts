import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateApiToken, hashApiToken } from './api-token.js'

describe('generateApiToken', () => {
  it('makes an sy_ token of 32 random bytes with its hash and lookup prefix', () => {
    const { token, hash, lookupPrefix } = generateApiToken()
    expect(token).toMatch(/^sy_[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token.slice(3), 'base64url')).toHaveLength(32)
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(lookupPrefix).toBe(token.slice(0, 12))
    expect(lookupPrefix).toHaveLength(12)
  })

  it('uses the given prefix', () => {
    const { token, lookupPrefix } = generateApiToken('swy-live')
    expect(token.startsWith('swy-live_')).toBe(true)
    expect(lookupPrefix.startsWith('swy-live_')).toBe(true)
  })

  it('never repeats a token', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateApiToken().token))
    expect(tokens.size).toBe(200)
  })

  it.each(['', 'has_underscore', 'much-too-long', 'sp ace', 'ünï'])(
    'refuses the prefix %j',
    (prefix) => {
      expect(() => generateApiToken(prefix)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    },
  )
})

describe('hashApiToken', () => {
  it('is the SHA-256 hex digest of the token', () => {
    expect(hashApiToken('sy_abc')).toBe(createHash('sha256').update('sy_abc').digest('hex'))
    expect(hashApiToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('gives the same hash as generation, and a different one for any other token', () => {
    const generated = generateApiToken()
    expect(hashApiToken(generated.token)).toBe(generated.hash)
    expect(hashApiToken(`${generated.token}x`)).not.toBe(generated.hash)
  })
})
