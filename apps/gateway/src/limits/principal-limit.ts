import type { Principal } from '@switchyard/auth'
import {
  limitKeys,
  rateLimited,
  spendToken,
  type RateLimit,
  type RateLimiter,
} from '@switchyard/core'
import type { McpBackend } from '@switchyard/transports'

/** Spends one token of a principal's budgets per request: REST requests and MCP JSON-RPC requests. */
export interface PrincipalLimit {
  /** For a REST request: throws RATE_LIMITED (429 with `Retry-After`) when a budget is spent. */
  rest(principal: Principal): Promise<void>
  /** Wraps a backend so that each MCP request spends a token, answering -32029 when none is left. */
  mcp(backend: McpBackend, principal: Principal): McpBackend
}

/** The bucket key of a principal: its API token, or its kind and e-mail. */
export function principalKey(principal: Principal): string {
  return `principal:${principal.kind}:${principal.tokenId ?? principal.email}`
}

interface Budget {
  key: string
  limit: RateLimit
  what: string
}

/**
 * The budgets requests spend: an API token's own `rateLimit`, and the per-principal limit
 * (RATE_LIMIT_PER_PRINCIPAL) when one is configured. `onRefused` hears of each MCP request refused.
 */
export function createPrincipalLimit(
  limiter: RateLimiter,
  limit: RateLimit | undefined,
  onRefused?: (method: string, error: unknown) => void,
): PrincipalLimit {
  const budgets = (principal: Principal): Budget[] => [
    ...(principal.rateLimit && principal.tokenId
      ? [
          {
            key: limitKeys.token(principal.tokenId),
            limit: principal.rateLimit,
            what: 'this API token',
          },
        ]
      : []),
    ...(limit ? [{ key: principalKey(principal), limit, what: 'this principal' }] : []),
  ]
  return {
    async rest(principal) {
      for (const { key, limit: budget, what } of budgets(principal)) {
        const decision = await limiter.take(key, budget)
        if (!decision.allowed) throw rateLimited(what, decision.retryAfterMs)
      }
    },
    mcp(backend, principal) {
      const spent = budgets(principal)
      if (spent.length === 0) return backend
      return {
        ...backend,
        async handle(method, params, context) {
          try {
            for (const { key, limit: budget, what } of spent)
              await spendToken(limiter, key, budget, what)
          } catch (error) {
            onRefused?.(method, error)
            throw error
          }
          return backend.handle(method, params, context)
        },
      }
    },
  }
}
