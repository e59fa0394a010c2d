import { hashApiToken, type Principal } from '@switchyard/auth'
import type { GatewayError, RoleService, TokenService, UserService } from '@switchyard/core'
import { userRights } from './user-access.js'

/** The prefix of Switchyard API tokens; a bearer with it is looked up by hash, never parsed. */
export const API_TOKEN_PREFIX = 'sy_'

/** An API token resolved to its owner: the principal, how long it may be cached, its IP ranges. */
export interface TokenGrant {
  principal: Principal
  until: number
  ipRanges?: readonly string[]
}

/** What resolveApiToken reads. */
export interface ApiTokenSources {
  tokens: Pick<TokenService, 'findByHash'>
  users: Pick<UserService, 'get'>
  roles: Pick<RoleService, 'accessOf'>
}

/**
 * Looks an API token up by the SHA-256 of its text and checks revocation, expiry and its owner.
 * The principal carries the owner's current teams and roles; authorize narrows them by the token's
 * scope, so a token never exceeds its owner.
 */
export async function resolveApiToken(
  text: string,
  { tokens, users, roles }: ApiTokenSources,
  refuse: (message: string) => GatewayError,
  ttlMs: number,
): Promise<TokenGrant> {
  const token = await tokens.findByHash(hashApiToken(text))
  if (!token) throw refuse('invalid token: unknown API token')
  if (token.revokedAt !== null) throw refuse(`invalid token: API token ${token.id} was revoked`)
  const expiresAt = token.expiresAt === null ? Infinity : Date.parse(token.expiresAt)
  if (expiresAt <= Date.now()) throw refuse(`invalid token: API token ${token.id} has expired`)
  const owner = await users.get(token.ownerEmail).catch(() => undefined)
  if (!owner || !owner.isActive)
    throw refuse(`invalid token: the owner of API token ${token.id} is unknown or inactive`)
  const { serverIds, permissions, ipRanges } = token.scope
  return {
    principal: {
      kind: 'token',
      email: owner.email,
      isAdmin: owner.isAdmin,
      ...(await userRights(roles, owner.email)),
      tokenId: token.id,
      ...(permissions && { scopes: permissions }),
      ...(serverIds && { serverIds }),
      ...(token.rateLimit && { rateLimit: token.rateLimit }),
      ...(expiresAt !== Infinity && { expiresAt }),
    },
    until: Math.min(Date.now() + ttlMs, expiresAt),
    ...(ipRanges && { ipRanges }),
  }
}
