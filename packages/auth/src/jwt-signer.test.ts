import { decodeJwt, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { AuthError } from './auth-error.js'
import type { JwtAlgorithm } from './jwt-key.js'
import { createJwtSigner } from './jwt-signer.js'
import { nowSeconds } from './test-jwt.js'

const base = { secret: 'k'.repeat(32), issuer: 'switchyard', audience: 'switchyard-api' }
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('createJwtSigner', () => {
  it('sets iat, exp, jti, iss, aud and sub, with HS256 by default', async () => {
    const before = nowSeconds()
    const token = await createJwtSigner(base).sign({ sub: 'a@example.com', expiresInMinutes: 60 })
    const claims = decodeJwt(token)
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(claims.sub).toBe('a@example.com')
    expect(claims.iss).toBe('switchyard')
    expect(claims.aud).toBe('switchyard-api')
    expect(claims.iat).toBeGreaterThanOrEqual(before)
    expect(claims.exp).toBe((claims.iat ?? 0) + 3600)
    expect(claims.jti).toMatch(uuid)
    expect(claims).not.toHaveProperty('expiresInMinutes')
  })

  it('gives each token a fresh jti unless one is given', async () => {
    const signer = createJwtSigner(base)
    const first = decodeJwt(await signer.sign({ sub: 'a', expiresInMinutes: 1 }))
    const second = decodeJwt(await signer.sign({ sub: 'a', expiresInMinutes: 1 }))
    const chosen = decodeJwt(await signer.sign({ sub: 'a', expiresInMinutes: 1, jti: 'tok-1' }))
    expect(first.jti).not.toBe(second.jti)
    expect(chosen.jti).toBe('tok-1')
  })

  it('keeps extra claims but not over the registered ones', async () => {
    const token = await createJwtSigner(base).sign({
      sub: 'a@example.com',
      expiresInMinutes: 5,
      is_admin: true,
      teams: ['t1'],
      iss: 'evil',
      aud: 'evil',
      exp: 1,
      iat: 1,
    })
    const claims = decodeJwt(token)
    expect(claims.is_admin).toBe(true)
    expect(claims.teams).toEqual(['t1'])
    expect(claims.iss).toBe('switchyard')
    expect(claims.aud).toBe('switchyard-api')
    expect(claims.exp).toBe((claims.iat ?? 0) + 300)
    expect(claims.iat).toBeGreaterThan(1)
  })

  it.each<JwtAlgorithm>(['HS256', 'HS384', 'HS512'])('signs with %s', async (algorithm) => {
    const token = await createJwtSigner({ ...base, algorithm }).sign({
      sub: 'a',
      expiresInMinutes: 1,
    })
    expect(decodeProtectedHeader(token).alg).toBe(algorithm)
  })

  it('rounds short lifetimes up to at least one second', async () => {
    const claims = decodeJwt(
      await createJwtSigner(base).sign({ sub: 'a', expiresInMinutes: 0.001 }),
    )
    expect(claims.exp).toBe((claims.iat ?? 0) + 1)
  })

  it('refuses an empty secret as WEAK_SECRET', () => {
    expect(() => createJwtSigner({ ...base, secret: '' })).toThrow(
      expect.objectContaining({ code: 'WEAK_SECRET' }),
    )
  })

  it('refuses an algorithm outside HS256/HS384/HS512', () => {
    const algorithm = 'none' as JwtAlgorithm
    expect(() => createJwtSigner({ ...base, algorithm })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })

  it.each([
    ['an empty sub', { sub: '', expiresInMinutes: 1 }, 'sub'],
    ['a zero lifetime', { sub: 'a', expiresInMinutes: 0 }, 'expiresInMinutes'],
    ['a negative lifetime', { sub: 'a', expiresInMinutes: -5 }, 'expiresInMinutes'],
    ['a NaN lifetime', { sub: 'a', expiresInMinutes: Number.NaN }, 'expiresInMinutes'],
    ['an endless lifetime', { sub: 'a', expiresInMinutes: Infinity }, 'expiresInMinutes'],
    ['an empty jti', { sub: 'a', expiresInMinutes: 1, jti: '' }, 'jti'],
  ])('refuses %s as INVALID_INPUT', async (_name, claims, field) => {
    const error = await createJwtSigner(base)
      .sign(claims)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect((error as AuthError).message).toContain(field)
  })
})
