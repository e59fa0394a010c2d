import { createHmac } from 'node:crypto'

/** Signs claims the way PyJWT's `jwt.encode` does (as ContextForge's create_jwt_token calls it). */
export function signLikePyJwt(
  claims: Record<string, unknown>,
  secret: string,
  algorithm = 'HS256',
): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${encode({ alg: algorithm, typ: 'JWT' })}.${encode(claims)}`
  const digest = `sha${algorithm.slice(2)}`
  return `${input}.${createHmac(digest, secret).update(input).digest('base64url')}`
}

/** Now in seconds since the epoch, as JWT numeric dates count. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
