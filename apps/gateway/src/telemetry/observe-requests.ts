import { SpanKind, trace, TraceFlags } from '@opentelemetry/api'
import type { MiddlewareHandler } from 'hono'
import type { CredentialLookup } from '../auth/gateway-auth.js'
import type { GatewayHonoEnv } from '../http/route.js'
import { presetHeaders } from '../http/preset-headers.js'
import type { Logger } from '../logger.js'
import { isMcpPath } from '../mcp/routes.js'
import { ATTR } from './mcp-semconv.js'
import type { Telemetry } from './telemetry.js'
import { failSpan } from './fail-span.js'

const REQUEST_ID = /^[\w.:-]{1,128}$/

/** How an MCP request's span reaches the code that serves it (it is not active in its async context). */
export interface RequestTrace {
  /**
   * Notes the span on the request the MCP face is given (see Tracing.attach): the one the route
   * ends with, as a middleware may have replaced it (a chunked body's counting stream).
   */
  attach(request: Request): void
  /** Runs the store reads of a credential not yet cached under the span. */
  lookup: CredentialLookup
}

/**
 * Per HTTP request: a request id (the caller's `X-Request-Id` when sane), a debug log line with it
 * and the trace id (both also in `c.var.logIds`, for the error log), a recorded sample per route
 * and, with tracing, a SERVER span that continues the caller's `traceparent`. An MCP request's span
 * is handed on by the route (`requestTrace`: to the MCP span by the request's headers, and active
 * only around the store reads of an uncached credential); any other's is active in its async
 * context, for the store statements it runs.
 */
export function observeRequests(
  logger: Logger,
  telemetry: Telemetry,
): MiddlewareHandler<GatewayHonoEnv> {
  const { tracing, enabled } = telemetry
  return async (c, next) => {
    const started = performance.now()
    const given = c.req.header('x-request-id')
    const reqId = given !== undefined && REQUEST_ID.test(given) ? given : crypto.randomUUID()
    const parent = tracing?.extract(c.req.raw.headers)
    // Under a caller's unsampled trace that is not recorded here either, the caller's own context
    // stands in for the request's span: what runs under it hands that on and records nothing. (A
    // sampled one the sampler leaves out still gets a span, which says "not sampled" onwards.)
    const span =
      tracing &&
      (parent && (parent.traceFlags & TraceFlags.SAMPLED) === 0 && !tracing.records(parent)
        ? trace.wrapSpanContext(parent)
        : tracing.start(
            c.req.method,
            SpanKind.SERVER,
            {
              [ATTR.httpRequestMethod]: c.req.method,
              [ATTR.urlPath]: c.req.path,
              [ATTR.networkProtocolName]: 'http',
            },
            parent,
          ))
    const ids = span ? { reqId, traceId: span.spanContext().traceId } : { reqId }
    c.set('logIds', ids)
    const preset = presetHeaders(c, { 'x-request-id': reqId })
    try {
      if (!span || !tracing) await next()
      else if (isMcpPath(c.req.path)) {
        c.set('requestTrace', {
          attach: (request) => tracing.attach(request.headers, span),
          lookup: (read) => tracing.with(span, read),
        })
        await next()
      } else await tracing.with(span, next)
    } catch (error) {
      if (span) failSpan(span, error)
      throw error
    } finally {
      const status = c.res.status
      const seconds = (performance.now() - started) / 1000
      // Un-wired (and so without spans), the route is not even looked up.
      if (enabled) {
        const route = c.get('matched')?.route.path ?? c.req.routePath
        if (span) {
          span.updateName(`${c.req.method} ${route}`)
          span.setAttribute(ATTR.httpRoute, route)
          span.setAttribute(ATTR.httpResponseStatusCode, status)
          if (status >= 500) failSpan(span, String(status), String(status))
          span.end()
        }
        telemetry.metrics.record({
          kind: 'http',
          method: c.req.method,
          name: route,
          status,
          seconds,
          at: Date.now(),
          error: status >= 400 ? String(status) : undefined,
        })
      }
      if (!preset) setHeader(c.res, 'x-request-id', reqId, (name, value) => c.header(name, value))
      if (logger.isLevelEnabled('debug')) {
        logger.debug(
          {
            ...ids,
            method: c.req.method,
            path: c.req.path,
            status,
            ms: +(seconds * 1000).toFixed(2),
          },
          'request',
        )
      }
    }
  }
}

/**
 * Sets a header on the answer in place. Hono's `c.header` on a finished answer copies it into a
 * new Response, which turns @hono/node-server's lightweight response (a string body written with
 * its length in one go) into a web-stream one; only headers that cannot change (an answer passed
 * through from fetch) take that copy.
 */
function setHeader(
  response: Response,
  name: string,
  value: string,
  copy: (name: string, value: string) => void,
): void {
  try {
    response.headers.set(name, value)
  } catch {
    copy(name, value)
  }
}
