import { rateLimited, spendToken } from '@switchyard/core';
/** The bucket key of a principal: its API token, or its kind and e-mail. */
export function principalKey(principal) {
    return `principal:${principal.kind}:${principal.tokenId ?? principal.email}`;
}
/**
 * The budgets requests spend: an API token's own `rateLimit`, and the per-principal limit
 * (RATE_LIMIT_PER_PRINCIPAL) when one is configured. `onRefused` hears of each MCP request refused.
 */
export function createPrincipalLimit(limiter, limit, onRefused) {
    const budgets = (principal) => [
        ...(principal.rateLimit && principal.tokenId
            ? [{ key: `token:${principal.tokenId}`, limit: principal.rateLimit, what: 'this API token' }]
            : []),
        ...(limit ? [{ key: principalKey(principal), limit, what: 'this principal' }] : []),
    ];
    return {
        async rest(principal) {
            for (const { key, limit: budget, what } of budgets(principal)) {
                const decision = await limiter.take(key, budget);
                if (!decision.allowed)
                    throw rateLimited(what, decision.retryAfterMs);
            }
        },
        mcp(backend, principal) {
            const spent = budgets(principal);
            if (spent.length === 0)
                return backend;
            return {
                ...backend,
                async handle(method, params, context) {
                    try {
                        for (const { key, limit: budget, what } of spent)
                            await spendToken(limiter, key, budget, what);
                    }
                    catch (error) {
                        onRefused?.(method, error);
                        throw error;
                    }
                    return backend.handle(method, params, context);
                },
            };
        },
    };
}
//# sourceMappingURL=principal-limit.js.map