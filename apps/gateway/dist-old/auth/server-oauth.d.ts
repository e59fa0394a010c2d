import { type ProtectedResourceMetadata, type ScopeMap } from '@switchyard/auth';
import { type Registry } from '@switchyard/core';
import type { GatewayAuth } from './gateway-auth.js';
/** One request to a virtual server that takes OAuth 2.1 access tokens. */
export interface ProtectedServer {
    serverId: string;
    /** The server's canonical resource URL (`<base>/servers/{id}/mcp`). */
    resource: string;
    /** Where its RFC 9728 metadata lives. */
    resourceMetadata: string;
    scopeMap: ScopeMap;
    /** The scopes every token must carry. */
    requiredScopes: readonly string[];
    /** An external token's principal, or the gateway's own credentials'; 401 challenges name the metadata. */
    authenticate: GatewayAuth['authenticate'];
}
/** Finds OAuth-enabled servers and authenticates their callers. */
export interface ServerOAuthGuard {
    /** The protection of an enabled, OAuth-enabled server; undefined for any other id. */
    protectedServer(serverId: string, request: Request): ProtectedServer | undefined;
    /** The RFC 9728 document of an OAuth-enabled server; 404 otherwise. */
    metadata(serverId: string, request: Request): ProtectedResourceMetadata;
}
/** What createServerOAuthGuard needs. */
export interface ServerOAuthGuardOptions {
    registry: Pick<Registry, 'catalog'>;
    auth: Pick<GatewayAuth, 'authenticate'>;
    /** PUBLIC_BASE_URL; the request's origin when absent. */
    publicBaseUrl?: string | undefined;
}
/** Resource URLs, metadata and token checks for virtual servers marked for OAuth 2.1. */
export declare function createServerOAuthGuard(options: ServerOAuthGuardOptions): ServerOAuthGuard;
//# sourceMappingURL=server-oauth.d.ts.map