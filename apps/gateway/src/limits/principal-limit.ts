import type { Principal } from '@switchyard/auth'
import { rateLimited, spendToken, type RateLimit, type RateLimiter } from '@switchyard/core'
import type { McpBackend } from '@switchyard/transports'

/** Spends one token of a principal's budget per request: REST requests and MCP JSON-RPC requests. */
export interface PrincipalLimit {
  /** For a REST request: throws RATE_LIMITED (429 with `Retry-After`) when the budget is spent. */
  rest(principal: Principal): Promise<void>
  /** Wraps a backend so that each MCP request spends a token, answering -32029 when none is left. */
  mcp(backend: McpBackend, principal: Principal): McpBackend
}

/** The bucket key of a principal: its API token, or its kind and e-mail. */
export function principalKey(principal: Principal): string {
  return `principal:${principal.kind}:${principal.tokenId ?? principal.email}`
}

/** The per-principal limit (RATE_LIMIT_PER_PRINCIPAL), or nothing when no limit is configured. */
export function createPrincipalLimit(
  limiter: RateLimiter,
  limit: RateLimit | undefined,
): PrincipalLimit | undefined {
  if (!limit) return undefined
  return {
    async rest(principal) {
      const decision = await limiter.take(principalKey(principal), limit)
      if (!decision.allowed) throw rateLimited('this principal', decision.retryAfterMs)
    },
    mcp(backend, principal) {
      return {
        ...backend,
        async handle(method, params, context) {
          await spendToken(limiter, principalKey(principal), limit, 'this principal')
          return backend.handle(method, params, context)
        },
      }
    },
  }
}
