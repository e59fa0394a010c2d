import type { Context, MiddlewareHandler } from 'hono'

/** For answers that are not pages (JSON): load nothing, be framed nowhere. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'"

function setAll(headers: Headers): void {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'no-referrer')
  headers.set('X-Frame-Options', 'DENY')
  if (!headers.has('content-security-policy')) headers.set('Content-Security-Policy', API_POLICY)
}

function secure(c: Context): void {
  try {
    setAll(c.res.headers)
  } catch {
    // A response with immutable headers (one passed through from fetch): copy it once.
    c.res = new Response(c.res.body, c.res)
    setAll(c.res.headers)
  }
}

/**
 * Adds nosniff, no-referrer, DENY framing and (unless a page set its own) a load-nothing
 * Content-Security-Policy to every answer that is not an MCP event stream.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (!c.res.headers.get('content-type')?.startsWith('text/event-stream')) secure(c)
  }
}
