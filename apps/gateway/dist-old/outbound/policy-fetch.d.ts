import { type UrlPolicy } from '@switchyard/core';
/** A `fetch` whose every connection (redirect hops included) passes the outbound URL policy. */
export interface PolicyFetch {
    fetch: typeof fetch;
    /** Closes the pooled connections. */
    close(): Promise<void>;
}
/**
 * Builds a policy-checked `fetch` over an undici Agent: the host of each new connection is checked
 * by name (which covers literal addresses) and each address it resolves to is checked before the
 * socket connects, so redirects and DNS rebinding cannot reach a denied address. A refusal is the
 * fetch error's cause (core's `outboundRefusal` finds it).
 */
export declare function createPolicyFetch(policy: UrlPolicy): PolicyFetch;
//# sourceMappingURL=policy-fetch.d.ts.map