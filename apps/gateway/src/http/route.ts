import { visibilityFilterFor, type Owned, type Principal } from '@switchyard/auth'
import { validated, type Viewer } from '@switchyard/core'
import type { Context, Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import type { GatewayAuth } from '../auth/gateway-auth.js'
import { permissionFor } from '../auth/token-scope.js'
import { credentialsOf } from '../auth/session-cookie.js'
import type { PrincipalLimit } from '../limits/principal-limit.js'
import { normalizeBody, normalizeQuery } from './normalize.js'
import type { OperationSpec } from './openapi.js'
import { readJsonBody } from './read-body.js'
import { remoteAddressOf } from './remote-address.js'
import type { RequestTrace } from '../telemetry/observe-requests.js'

/** Hono's typed context variables for the gateway. */
export interface GatewayHonoEnv {
  Variables: {
    principal: Principal
    /** The Authorization the principal was authenticated from (a session cookie as a bearer). */
    credentials: string | undefined
    /** The REST route serving the request and its path parameters (set before authentication). */
    matched: { route: Route; params: Record<string, string> }
    /** The request's ids for log lines: its request id and, with tracing, its trace id. */
    logIds: { reqId: string; traceId?: string }
    /** With tracing, on the MCP endpoints: how the request's span reaches the MCP layer. */
    requestTrace: RequestTrace
  }
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined

/** What a route handler gets: validated input, the caller, and how to check permissions. */
export interface RouteInput<B, Q> {
  c: Context<GatewayHonoEnv>
  body: Output<B>
  query: Output<Q>
  /** A path parameter, decoded. */
  param: (name: string) => string
  principal: Principal
  /** Which entities the caller may see. */
  viewer: Viewer
  /**
   * Throws unless the caller may take the action (a permission such as `tools.write`) on the
   * entity: 404 when the entity is hidden from them, else 403 with the reason.
   */
  authorize: (action: string, entity?: Owned) => void
}

/** A REST operation: its OpenAPI description plus the handler. */
export interface Route<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
> extends OperationSpec {
  body?: B & z.ZodType
  query?: Q & z.ZodType
  /** ContextForge's wrapped body form this route also accepts, such as 'tool' for `{"tool": {...}}`. */
  wrapKey?: string
  /** The body's keys are user data (such as argument names): keep them as sent. */
  keepKeys?: boolean
  /**
   * The permission checked before the handler runs, or permissions of which any one will do (the
   * handler then decides the rest); default `permissionFor(method, path)`.
   */
  permission?: string | readonly string[]
  /** A POST that changes nothing (login, render, invoke): kept out of the audit log's changes. */
  audit?: false
  /** Returns a value to send as JSON with `status`, or a Response. */
  handle(input: RouteInput<B, Q>): unknown
}

/** Declares a route with its input types inferred from the schemas. */
export function defineRoute<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
>(route: Route<B, Q>): Route {
  return route
}

/**
 * Mounts routes at their paths and again under /v1, authenticating and authorising the route's
 * permission (`permissionFor`) unless a route says `auth: false`; each authenticated request spends
 * the principal's budget when one is configured.
 */
export function mountRoutes(
  app: Hono<GatewayHonoEnv>,
  routes: readonly Route[],
  auth: GatewayAuth,
  principalLimit?: PrincipalLimit,
): void {
  for (const route of routes) {
    const handler = async (c: Context<GatewayHonoEnv>): Promise<Response> => {
      c.set('matched', { route, params: c.req.param() })
      const credentials = route.auth === false ? undefined : credentialsOf(c)
      const principal =
        route.auth === false
          ? { kind: 'anonymous-admin' as const, email: '', isAdmin: false, teams: [] }
          : await auth.authenticate(credentials, remoteAddressOf(c))
      c.set('principal', principal)
      c.set('credentials', credentials)
      if (route.auth !== false) {
        const required = route.permission ?? permissionFor(route.method, route.path)
        if (required !== undefined) auth.authorize(principal, required)
        if (required !== undefined && route.path.startsWith('/servers/:id/a2a'))
          auth.assertServerAccess(principal, c.req.param('id'), required)
        await principalLimit?.rest(principal)
      }
      const raw = route.body ? ((await readJsonBody(c)) ?? {}) : undefined
      const body = route.body
        ? validated(route.body, route.keepKeys ? raw : normalizeBody(raw, route.wrapKey))
        : undefined
      const query = route.query ? validated(route.query, normalizeQuery(c.req.query())) : undefined
      const result = await route.handle({
        c,
        body,
        query,
        param: (name) => c.req.param(name) ?? '',
        principal,
        viewer: visibilityFilterFor(principal),
        authorize: (action, entity) => auth.authorize(principal, action, entity),
      })
      if (result instanceof Response) return result
      const status = route.status ?? 200
      if (status === 204) return c.body(null, 204)
      return c.json(result as object, status as ContentfulStatusCode)
    }
    app.on(route.method.toUpperCase(), [route.path, `/v1${route.path}`], handler)
  }
}
