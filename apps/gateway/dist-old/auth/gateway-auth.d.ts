import { type JwtSigner, type Owned, type Principal } from '@switchyard/auth';
import { type ChangeBus, type RoleService, type SessionService, type TokenService, type UserService } from '@switchyard/core';
import type { GatewayConfig } from '../config/env-schema.js';
/**
 * Runs the store reads of a credential not yet cached, in the request's trace context (an MCP
 * request's span is not active in its async context, see observeRequests).
 */
export type CredentialLookup = <T>(read: () => Promise<T>) => Promise<T>;
/** How the gateway turns request credentials into a principal. */
export interface GatewayAuth {
    /**
     * The principal behind an Authorization header; throws 401 for bad or missing credentials and
     * 403 when an API token is used from an address outside its IP ranges.
     */
    authenticate(authorization: string | undefined, remoteAddress?: string, lookup?: CredentialLookup): Promise<Principal>;
    /** Revokes the presented session JWT by its `jti` until it expires. */
    logout(authorization: string | undefined): Promise<void>;
    /** Writes the API token uses counted so far (they are also written every second). */
    flushUsage(): Promise<void>;
    /** Forgets every cached principal (changes to users, tokens or roles may have been missed). */
    forget(): void;
    /** Stops the usage timer and writes what is left. */
    close(): Promise<void>;
    /** Issues JWTs (login). */
    signer: JwtSigner;
    /**
     * Throws unless `authorize` allows the principal the action (a permission such as
     * `tools.write`, or a list of which any one will do) on the entity: 404 "not found" when the
     * entity is hidden from it, else 403 with the reasons (of the first action).
     */
    authorize(principal: Principal, action: Actions, entity?: Owned & {
        id?: string;
    }): void;
    /**
     * Throws unless the principal may take the action on a virtual server, or without one on the
     * whole catalog, within a token's servers. Without an action: may it open the MCP endpoint
     * (`authorizeMcpEndpoint`; each call is then decided for its own tool, resource or prompt).
     */
    assertServerAccess(principal: Principal, serverId: string | undefined, action?: Actions): void;
}
/** A permission, or permissions of which any one will do. */
export type Actions = string | readonly string[];
/** What createGatewayAuth needs. */
export interface GatewayAuthOptions {
    config: GatewayConfig;
    users: Pick<UserService, 'get'>;
    /** Teams and roles of a user, read when a bearer is first seen (then cached). */
    roles: Pick<RoleService, 'accessOf'>;
    /**
     * The ownership of a virtual server, for MCP access; undefined when there is none. The same
     * object while the server is unchanged (MCP endpoint decisions are kept per object).
     */
    serverOf?: (id: string) => (Owned & {
        id: string;
    }) | undefined;
    tokens: Pick<TokenService, 'findByHash' | 'recordUsage'>;
    sessions: Pick<SessionService, 'isRevoked' | 'revoke'>;
    /** Committed registry changes: a change to any user, token, session, team or role empties the principal cache. */
    events?: ChangeBus;
    /** Told when writing token usage fails. */
    onError?: (error: unknown) => void;
}
/** Wires JWT, API tokens, Basic and the development fallback (AUTH_REQUIRED=false) into one authenticate(). */
export declare function createGatewayAuth(options: GatewayAuthOptions): GatewayAuth;
//# sourceMappingURL=gateway-auth.d.ts.map