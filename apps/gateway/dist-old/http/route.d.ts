import { type Owned, type Principal } from '@switchyard/auth';
import { type Viewer } from '@switchyard/core';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import type { PrincipalLimit } from '../limits/principal-limit.js';
import type { OperationSpec } from './openapi.js';
import type { RequestTrace } from '../telemetry/observe-requests.js';
/** Hono's typed context variables for the gateway. */
export interface GatewayHonoEnv {
    Variables: {
        principal: Principal;
        /** The REST route serving the request and its path parameters (set before authentication). */
        matched: {
            route: Route;
            params: Record<string, string>;
        };
        /** The request's ids for log lines: its request id and, with tracing, its trace id. */
        logIds: {
            reqId: string;
            traceId?: string;
        };
        /** With tracing, on the MCP endpoints: how the request's span reaches the MCP layer. */
        requestTrace: RequestTrace;
    };
}
type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
/** What a route handler gets: validated input, the caller, and how to check permissions. */
export interface RouteInput<B, Q> {
    c: Context<GatewayHonoEnv>;
    body: Output<B>;
    query: Output<Q>;
    /** A path parameter, decoded. */
    param: (name: string) => string;
    principal: Principal;
    /** Which entities the caller may see. */
    viewer: Viewer;
    /**
     * Throws unless the caller may take the action (a permission such as `tools.write`) on the
     * entity: 404 when the entity is hidden from them, else 403 with the reason.
     */
    authorize: (action: string, entity?: Owned) => void;
}
/** A REST operation: its OpenAPI description plus the handler. */
export interface Route<B extends z.ZodType | undefined = z.ZodType | undefined, Q extends z.ZodType | undefined = z.ZodType | undefined> extends OperationSpec {
    body?: B & z.ZodType;
    query?: Q & z.ZodType;
    /** ContextForge's wrapped body form this route also accepts, such as 'tool' for `{"tool": {...}}`. */
    wrapKey?: string;
    /** The body's keys are user data (such as argument names): keep them as sent. */
    keepKeys?: boolean;
    /**
     * The permission checked before the handler runs, or permissions of which any one will do (the
     * handler then decides the rest); default `permissionFor(method, path)`.
     */
    permission?: string | readonly string[];
    /** A POST that changes nothing (login, render, invoke): kept out of the audit log's changes. */
    audit?: false;
    /** Returns a value to send as JSON with `status`, or a Response. */
    handle(input: RouteInput<B, Q>): unknown;
}
/** Declares a route with its input types inferred from the schemas. */
export declare function defineRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(route: Route<B, Q>): Route;
/**
 * Mounts routes at their paths and again under /v1, authenticating and authorising the route's
 * permission (`permissionFor`) unless a route says `auth: false`; each authenticated request spends
 * the principal's budget when one is configured.
 */
export declare function mountRoutes(app: Hono<GatewayHonoEnv>, routes: readonly Route[], auth: GatewayAuth, principalLimit?: PrincipalLimit): void;
export {};
//# sourceMappingURL=route.d.ts.map