import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { AuthError, type AuthErrorCode } from './auth-error.js'
import type { JwtAlgorithm } from './jwt-key.js'
import { createJwtSigner } from './jwt-signer.js'
import { createJwtVerifier, type JwtVerifierOptions } from './jwt-verifier.js'
import { nowSeconds, signLikePyJwt } from './test-jwt.js'

const secret = 'a-long-random-secret-for-tests-0123456789'
const base = { secret, issuer: 'mcpgateway', audience: 'mcpgateway-api' }
const verifier = createJwtVerifier(base)

function contextForgeClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = nowSeconds()
  return {
    sub: 'admin@example.com',
    iat,
    iss: 'mcpgateway',
    aud: 'mcpgateway-api',
    jti: randomUUID(),
    exp: iat + 600,
    ...extra,
  }
}

async function failure(token: string, options: JwtVerifierOptions = base): Promise<AuthError> {
  const error = await createJwtVerifier(options)
    .verify(token)
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AuthError)
  const authError = error as AuthError
  expect(authError.message).not.toContain(secret)
  if (token.length > 8) expect(authError.message).not.toContain(token)
  return authError
}

async function expectCode(
  token: string,
  code: AuthErrorCode,
  options: JwtVerifierOptions = base,
): Promise<string> {
  const error = await failure(token, options)
  expect(error.code).toBe(code)
  return error.message
}

describe('createJwtVerifier', () => {
  it.each<JwtAlgorithm>(['HS256', 'HS384', 'HS512'])('verifies its signer with %s', async (alg) => {
    const options = { ...base, algorithm: alg }
    const token = await createJwtSigner(options).sign({
      sub: 'bob@example.com',
      expiresInMinutes: 10,
      jti: 'j-1',
      teams: ['red'],
    })
    const verified = await createJwtVerifier(options).verify(token)
    expect(verified.sub).toBe('bob@example.com')
    expect(verified.jti).toBe('j-1')
    expect(verified.exp).toBe((verified.iat ?? 0) + 600)
    expect(verified.claims.teams).toEqual(['red'])
    expect(verified.claims.iss).toBe('mcpgateway')
  })

  it('verifies a ContextForge create_jwt_token token with is_admin and full_name', async () => {
    const claims = contextForgeClaims({ is_admin: true, full_name: 'Platform Admin' })
    const verified = await verifier.verify(signLikePyJwt(claims, secret))
    expect(verified).toEqual({
      sub: 'admin@example.com',
      jti: claims.jti,
      exp: claims.exp,
      iat: claims.iat,
      claims,
    })
  })

  it("verifies ContextForge's default development setup (my-test-key)", async () => {
    const options = { ...base, secret: 'my-test-key' }
    const token = signLikePyJwt(contextForgeClaims({ user: { is_admin: false } }), 'my-test-key')
    const verified = await createJwtVerifier(options).verify(token)
    expect(verified.claims.user).toEqual({ is_admin: false })
  })

  it('leaves iat out when the token has none', async () => {
    const claims = contextForgeClaims()
    delete claims.iat
    const verified = await verifier.verify(signLikePyJwt(claims, secret))
    expect(verified).not.toHaveProperty('iat')
  })

  it('accepts an audience list that contains the audience', async () => {
    const token = signLikePyJwt(contextForgeClaims({ aud: ['other', 'mcpgateway-api'] }), secret)
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'admin@example.com' })
  })

  it('rejects a token signed with another secret', async () => {
    const token = signLikePyJwt(contextForgeClaims(), 'another-secret')
    expect(await expectCode(token, 'INVALID_TOKEN')).toBe('token signature is invalid')
  })

  it('rejects a tampered payload', async () => {
    const [header, , signature] = signLikePyJwt(contextForgeClaims(), secret).split('.')
    const forged = Buffer.from(JSON.stringify(contextForgeClaims({ is_admin: true })))
    const token = `${header}.${forged.toString('base64url')}.${signature}`
    await expectCode(token, 'INVALID_TOKEN')
  })

  it('rejects another HMAC algorithm than the configured one', async () => {
    const token = signLikePyJwt(contextForgeClaims(), secret, 'HS512')
    expect(await expectCode(token, 'INVALID_TOKEN')).toBe('token algorithm is not accepted')
  })

  it('rejects an unsigned (alg none) token', async () => {
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(contextForgeClaims())}.`
    await expectCode(token, 'INVALID_TOKEN')
  })

  it('rejects a wrong issuer', async () => {
    const token = signLikePyJwt(contextForgeClaims({ iss: 'someone-else' }), secret)
    expect(await expectCode(token, 'INVALID_TOKEN')).toBe('token issuer is not accepted')
  })

  it('rejects a wrong audience', async () => {
    const token = signLikePyJwt(contextForgeClaims({ aud: 'another-api' }), secret)
    expect(await expectCode(token, 'INVALID_TOKEN')).toBe('token audience is not accepted')
  })

  it('rejects a token that is not valid yet', async () => {
    const token = signLikePyJwt(contextForgeClaims({ nbf: nowSeconds() + 300 }), secret)
    expect(await expectCode(token, 'INVALID_TOKEN')).toBe('token is not valid yet')
  })

  it('rejects an expired token as EXPIRED_TOKEN', async () => {
    const token = signLikePyJwt(contextForgeClaims({ exp: nowSeconds() - 30 }), secret)
    expect(await expectCode(token, 'EXPIRED_TOKEN')).toBe('token has expired')
  })

  it('allows the configured clock tolerance, and no more', async () => {
    const token = signLikePyJwt(contextForgeClaims({ exp: nowSeconds() - 30 }), secret)
    const lenient = createJwtVerifier({ ...base, clockToleranceSeconds: 120 })
    await expect(lenient.verify(token)).resolves.toMatchObject({ sub: 'admin@example.com' })
    await expectCode(token, 'EXPIRED_TOKEN', { ...base, clockToleranceSeconds: 10 })
  })

  it.each(['exp', 'jti', 'sub', 'iss', 'aud'])(
    'rejects a token without %s as MISSING_CLAIM',
    async (claim) => {
      const claims = contextForgeClaims()
      delete claims[claim]
      const message = await expectCode(signLikePyJwt(claims, secret), 'MISSING_CLAIM')
      expect(message).toBe(`token has no "${claim}" claim`)
    },
  )

  it.each([
    ['sub', 42],
    ['sub', ''],
    ['jti', 7],
    ['jti', ''],
    ['exp', 'tomorrow'],
    ['iat', 'today'],
  ])('rejects a token whose %s is %j as INVALID_TOKEN', async (claim, value) => {
    const message = await expectCode(
      signLikePyJwt(contextForgeClaims({ [claim]: value }), secret),
      'INVALID_TOKEN',
    )
    expect(message).toContain(claim)
  })

  it('checks the signature before reporting missing claims', async () => {
    const token = await new SignJWT({ sub: 'a' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('wrong-secret'))
    await expectCode(token, 'INVALID_TOKEN')
  })

  it.each(['', 'not-a-jwt', 'a.b.c', 'a.b', '....'])(
    'rejects the malformed token %j',
    async (token) => {
      expect(await expectCode(token, 'INVALID_TOKEN')).toBe('token is malformed')
    },
  )

  it('refuses an empty secret as WEAK_SECRET', () => {
    expect(() => createJwtVerifier({ ...base, secret: '' })).toThrow(
      expect.objectContaining({ code: 'WEAK_SECRET' }),
    )
  })

  it.each([-1, Number.NaN, Infinity])('refuses clockToleranceSeconds %s', (seconds) => {
    expect(() => createJwtVerifier({ ...base, clockToleranceSeconds: seconds })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
