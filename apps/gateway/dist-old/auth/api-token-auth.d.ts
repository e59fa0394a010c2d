import { type Principal } from '@switchyard/auth';
import type { GatewayError, RoleService, TokenService, UserService } from '@switchyard/core';
/** The prefix of Switchyard API tokens; a bearer with it is looked up by hash, never parsed. */
export declare const API_TOKEN_PREFIX = "sy_";
/** An API token resolved to its owner: the principal, how long it may be cached, its IP ranges. */
export interface TokenGrant {
    principal: Principal;
    until: number;
    ipRanges?: readonly string[];
}
/** What resolveApiToken reads. */
export interface ApiTokenSources {
    tokens: Pick<TokenService, 'findByHash'>;
    users: Pick<UserService, 'get'>;
    roles: Pick<RoleService, 'accessOf'>;
}
/**
 * Looks an API token up by the SHA-256 of its text and checks revocation, expiry and its owner.
 * The principal carries the owner's current teams and roles; authorize narrows them by the token's
 * scope, so a token never exceeds its owner.
 */
export declare function resolveApiToken(text: string, { tokens, users, roles }: ApiTokenSources, refuse: (message: string) => GatewayError, ttlMs: number): Promise<TokenGrant>;
//# sourceMappingURL=api-token-auth.d.ts.map