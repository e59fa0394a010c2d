import type { Principal } from '@switchyard/auth';
import { type RateLimit, type RateLimiter } from '@switchyard/core';
import type { McpBackend } from '@switchyard/transports';
/** Spends one token of a principal's budgets per request: REST requests and MCP JSON-RPC requests. */
export interface PrincipalLimit {
    /** For a REST request: throws RATE_LIMITED (429 with `Retry-After`) when a budget is spent. */
    rest(principal: Principal): Promise<void>;
    /** Wraps a backend so that each MCP request spends a token, answering -32029 when none is left. */
    mcp(backend: McpBackend, principal: Principal): McpBackend;
}
/** The bucket key of a principal: its API token, or its kind and e-mail. */
export declare function principalKey(principal: Principal): string;
/**
 * The budgets requests spend: an API token's own `rateLimit`, and the per-principal limit
 * (RATE_LIMIT_PER_PRINCIPAL) when one is configured. `onRefused` hears of each MCP request refused.
 */
export declare function createPrincipalLimit(limiter: RateLimiter, limit: RateLimit | undefined, onRefused?: (method: string, error: unknown) => void): PrincipalLimit;
//# sourceMappingURL=principal-limit.d.ts.map