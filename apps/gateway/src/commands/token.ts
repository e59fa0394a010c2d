import { createJwtSigner, type JwtAlgorithm } from '@switchyard/auth'
import type { GatewayConfig } from '../config/env-schema.js'

/** Options of `switchyard token create`. */
export interface TokenCommandOptions {
  /** The user's e-mail, written to `sub`. */
  username: string
  /** Lifetime in minutes. */
  exp: number
  /** Signing secret; defaults to JWT_SECRET_KEY. */
  secret?: string
  /** Adds `is_admin: true`. */
  admin: boolean
  /** Written to `full_name`. */
  fullName?: string
  /** HS256, HS384 or HS512; defaults to JWT_ALGORITHM. */
  algorithm?: string
}

const algorithms: readonly string[] = ['HS256', 'HS384', 'HS512']

/** Signs a JWT for a user with the gateway's issuer and audience (ContextForge's create_jwt_token). */
export async function tokenCommand(
  options: TokenCommandOptions,
  config: GatewayConfig,
): Promise<string> {
  const algorithm = options.algorithm?.toUpperCase() ?? config.jwtAlgorithm
  if (!isJwtAlgorithm(algorithm)) {
    throw new Error(
      `algorithm must be one of ${algorithms.join(', ')} (got "${options.algorithm}")`,
    )
  }
  const signer = createJwtSigner({
    secret: options.secret ?? config.jwtSecretKey,
    algorithm,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
  })
  const claims: Record<string, unknown> = {}
  if (options.admin) claims['is_admin'] = true
  if (options.fullName !== undefined) claims['full_name'] = options.fullName
  return signer.sign({ ...claims, sub: options.username, expiresInMinutes: options.exp })
}

function isJwtAlgorithm(value: string): value is JwtAlgorithm {
  return algorithms.includes(value)
}
