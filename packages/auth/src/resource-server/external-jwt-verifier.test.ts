import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAuthError } from '../auth-error.js'
import { createExternalJwtVerifier, peekIssuer } from './external-jwt-verifier.js'

const AUDIENCE = 'https://gateway.example/servers/s1/mcp'
let server: Server
let issuer: string
let privateKey: CryptoKey
let otherKey: CryptoKey
let jwk: JWK
let metadataPath = '/.well-known/oauth-authorization-server'
let jwksFetches = 0

beforeAll(async () => {
  const pair = await generateKeyPair('ES256')
  privateKey = pair.privateKey
  otherKey = (await generateKeyPair('ES256')).privateKey
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }
  server = createServer((req, res) => {
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    if (req.url === metadataPath) return json({ issuer, jwks_uri: `${issuer}/jwks` })
    if (req.url === '/jwks') {
      jwksFetches++
      return json({ keys: [jwk] })
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const sign = (claims: Record<string, unknown> = {}, key = privateKey, kid = 'k1') => {
  const now = Math.floor(Date.now() / 1000)
  const base = { iss: issuer, aud: AUDIENCE, sub: 'alice', iat: now, exp: now + 300 }
  return new SignJWT({ ...base, scope: 'mcp:tools', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid })
    .sign(key)
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

async function rejection(token: string, options = {}): Promise<string> {
  const verifier = createExternalJwtVerifier({ issuer, audience: AUDIENCE, ...options })
  try {
    await verifier.verify(token)
  } catch (error) {
    expect(isAuthError(error)).toBe(true)
    return (error as Error).message
  }
  throw new Error('the token was accepted')
}

describe('createExternalJwtVerifier', () => {
  it('discovers the JWKS from the issuer and returns subject and scopes', async () => {
    const verifier = createExternalJwtVerifier({ issuer, audience: AUDIENCE })
    const verified = await verifier.verify(await sign({ scope: 'mcp:tools mcp:prompts' }))
    expect(verified).toMatchObject({
      subject: 'alice',
      issuer,
      scopes: ['mcp:tools', 'mcp:prompts'],
    })
    const before = jwksFetches
    await verifier.verify(await sign({ scope: undefined, scp: ['mcp:resources'] }))
    expect(jwksFetches).toBe(before)
  })

  it('falls back to OpenID Connect discovery', async () => {
    metadataPath = '/.well-known/openid-configuration'
    try {
      const verifier = createExternalJwtVerifier({ issuer, audience: [AUDIENCE, 'other'] })
      expect((await verifier.verify(await sign())).subject).toBe('alice')
    } finally {
      metadataPath = '/.well-known/oauth-authorization-server'
    }
  })

  it('rejects an unsigned token (alg none)', async () => {
    const now = Math.floor(Date.now() / 1000)
    const claims = { iss: issuer, aud: AUDIENCE, sub: 'alice', exp: now + 300, scope: 'mcp:tools' }
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`
    expect(await rejection(token)).toBe('token algorithm is not accepted')
  })

  it('rejects a token signed with the shared-secret algorithm HS256', async () => {
    const token = await new SignJWT({ sub: 'alice' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a shared secret of thirty-two chars!'))
    expect(await rejection(token)).toBe('token algorithm is not accepted')
  })

  it('rejects a token signed by another key', async () => {
    expect(await rejection(await sign({}, otherKey))).toBe('token signature is invalid')
  })

  it('rejects a token whose payload was altered after signing', async () => {
    const [header, payload, signature] = (await sign()).split('.')
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object
    const tampered = `${header}.${b64({ ...claims, scope: 'mcp:tools admin' })}.${signature}`
    expect(await rejection(tampered)).toBe('token signature is invalid')
  })

  it('rejects expired and not-yet-valid tokens beyond the clock tolerance', async () => {
    const now = Math.floor(Date.now() / 1000)
    expect(await rejection(await sign({ exp: now - 120 }))).toBe('token has expired')
    expect(await rejection(await sign({ nbf: now + 3600 }))).toBe('token is not valid yet')
    const verifier = createExternalJwtVerifier({ issuer, audience: AUDIENCE })
    expect((await verifier.verify(await sign({ exp: now - 10 }))).subject).toBe('alice')
  })

  it('rejects another audience, another issuer and a token without sub', async () => {
    expect(await rejection(await sign({ aud: 'https://elsewhere.example/mcp' }))).toBe(
      'token audience is not accepted',
    )
    expect(await rejection(await sign({ iss: 'https://evil.example' }))).toBe(
      'token issuer is not accepted',
    )
    expect(await rejection(await sign({ sub: undefined }))).toBe('token has no "sub" claim')
    const verifier = createExternalJwtVerifier({ issuer, audience: AUDIENCE })
    const elsewhere = await sign({ aud: 'https://elsewhere.example/mcp' })
    expect((await verifier.verify(elsewhere, 'https://elsewhere.example/mcp')).subject).toBe(
      'alice',
    )
    await expect(verifier.verify(await sign(), 'https://elsewhere.example/mcp')).rejects.toThrow(
      'token audience is not accepted',
    )
    await expect(createExternalJwtVerifier({ issuer }).verify(await sign())).rejects.toThrow(
      'no audience to check the token against',
    )
  })

  it('rejects a token whose kid the JWKS does not hold', async () => {
    expect(await rejection(await sign({}, privateKey, 'unknown'))).toMatch(
      /no signing key of issuer .* matches the token/,
    )
  })

  it('rejects tokens when the keys cannot be fetched or discovered', async () => {
    expect(await rejection(await sign(), { jwksUri: `${issuer}/missing` })).toMatch(
      /could not be fetched/,
    )
    const down = createExternalJwtVerifier({
      issuer: 'http://127.0.0.1:9/idp',
      audience: AUDIENCE,
      timeoutMs: 1000,
    })
    await expect(down.verify(await sign())).rejects.toThrow(
      /signing keys of issuer 'http:\/\/127.0.0.1:9\/idp' could not be found/,
    )
  })

  it('refuses an algorithm allow-list holding none or HS256', () => {
    expect(() =>
      createExternalJwtVerifier({ issuer, audience: AUDIENCE, algorithms: ['none', 'HS256'] }),
    ).toThrow(/algorithms must be some of .* \(not none, HS256\)/)
  })
})

describe('peekIssuer', () => {
  it('reads iss without verifying, and nothing from a non-JWT', async () => {
    expect(peekIssuer(await sign())).toBe(issuer)
    expect(peekIssuer('sy_not-a-jwt')).toBeUndefined()
    expect(peekIssuer(`${b64({ alg: 'none' })}.${b64({ iss: 7 })}.`)).toBeUndefined()
  })
})
