import { generateApiToken, isAdminPrincipal, type Principal } from '@switchyard/auth'
import {
  BooleanParamSchema,
  GatewayError,
  isGatewayError,
  notFound,
  TokenCreateSchema,
  TokenUpdateSchema,
  type ApiToken,
  type Registry,
  type TokenCreate,
} from '@switchyard/core'
import { z } from 'zod'
import { knownPermissions } from './known-permissions.js'
import { defineRoute, type Route } from '../http/route.js'

const TokenListQuerySchema = z.object({ all: BooleanParamSchema.optional() })
const DAY_MS = 86_400_000

function expiryOf(body: TokenCreate): string | null {
  if (body.expiresInDays !== undefined)
    return new Date(Date.now() + body.expiresInDays * DAY_MS).toISOString()
  return body.expiresAt === undefined ? null : new Date(body.expiresAt).toISOString()
}

/** API tokens: created by a signed-in user, shown once, listed, read and revoked by their owner. */
export function tokenRoutes(registry: Registry): Route[] {
  const tag = 'Tokens'

  /** The token if the caller owns it or is an admin; otherwise "not found", never leaked. */
  async function visibleToken(principal: Principal, id: string): Promise<ApiToken> {
    const token = await registry.tokens.get(id)
    if (isAdminPrincipal(principal) || token.ownerEmail === principal.email.toLowerCase())
      return token
    throw notFound('token', id)
  }

  /** Each scoped server must exist and be visible to the token's owner. */
  async function checkServers(principal: Principal, serverIds: readonly string[]): Promise<void> {
    const viewer = isAdminPrincipal(principal)
      ? ({ all: true } as const)
      : { all: false as const, email: principal.email, teams: principal.teams }
    for (const [index, id] of serverIds.entries()) {
      await registry.servers.get(id, viewer).catch((error: unknown) => {
        if (!isGatewayError(error) || error.code !== 'NOT_FOUND') throw error
        const path = `scope.serverIds.${index}`
        throw new GatewayError('VALIDATION_FAILED', `${path}: no server '${id}' you can see`, {
          issues: [{ path, message: `no server '${id}' you can see` }],
        })
      })
    }
  }

  return [
    defineRoute({
      method: 'post',
      path: '/tokens',
      summary: 'Create an API token (its text is shown only in this answer)',
      tag,
      status: 201,
      body: TokenCreateSchema.superRefine((body, ctx) =>
        knownPermissions(body.scope, ctx, ['scope']),
      ),
      async handle({ body, principal }) {
        if (principal.kind === 'token')
          throw new GatewayError('FORBIDDEN', 'an API token cannot create tokens; sign in instead')
        const scope = body.scope ?? {}
        if (scope.serverIds) await checkServers(principal, scope.serverIds)
        const generated = generateApiToken('sy')
        const token = await registry.tokens.create({
          ownerEmail: principal.email,
          name: body.name,
          tokenHash: generated.hash,
          expiresAt: expiryOf(body),
          scope,
          rateLimit: body.rateLimit ?? null,
        })
        return { ...token, accessToken: generated.token }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tokens',
      summary: "List the caller's API tokens (admins: every token with ?all=true)",
      tag,
      query: TokenListQuerySchema,
      handle({ query, principal, authorize }) {
        if (query.all === true) {
          authorize('admin.tokens')
          return registry.tokens.list()
        }
        return registry.tokens.list(principal.email)
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tokens/:id',
      summary: 'Get an API token (never its text)',
      tag,
      handle: ({ param, principal }) => visibleToken(principal, param('id')),
    }),
    ...(['put', 'patch'] as const).map((method) =>
      defineRoute({
        method,
        path: '/tokens/:id',
        summary: 'Rename an API token or change its rate limit (from its next request on)',
        tag,
        body: TokenUpdateSchema,
        async handle({ body, param, principal }) {
          if (principal.kind === 'token')
            throw new GatewayError(
              'FORBIDDEN',
              'an API token cannot change tokens; sign in instead',
            )
          const token = await visibleToken(principal, param('id'))
          return registry.tokens.update(token.id, body)
        },
      }),
    ),
    defineRoute({
      method: 'delete',
      path: '/tokens/:id',
      summary: 'Revoke an API token; it is refused from the next request on',
      tag,
      async handle({ param, principal }) {
        const token = await visibleToken(principal, param('id'))
        return registry.tokens.revoke(token.id)
      },
    }),
  ]
}
