import type { ServerResponse } from 'node:http'
import type { Principal } from '@switchyard/auth'
import type { MiddlewareHandler } from 'hono'
import type { OpenSessions } from '../auth/open-sessions.js'
import type { GatewayHonoEnv } from './route.js'

/** Whether node's response has begun a server-sent event stream. */
const isEventStream = (outgoing: ServerResponse): boolean =>
  outgoing.headersSent &&
  String(outgoing.getHeader('content-type') ?? '').startsWith('text/event-stream')

/**
 * Holds node's response to every request of a revocable credential in `sessions` until it closes.
 * When the credential is revoked, an event stream the response carries (MCP GET and
 * `subscriptions/listen` streams, legacy SSE, the log stream) is ended, and @hono/node-server
 * cancels the stream behind it; any other answer finishes as it would. The answer itself is not
 * touched, so a JSON answer keeps node-server's fast path. In process (`app.request`) there is no
 * node response and nothing is held.
 */
export function revocableStreams(sessions: OpenSessions): MiddlewareHandler<GatewayHonoEnv> {
  return async (c, next) => {
    await next()
    const principal = c.get('principal') as Principal | undefined
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing
    if (principal === undefined || outgoing === undefined) return
    const release = sessions.hold(c.get('credentials'), principal, () => {
      if (isEventStream(outgoing)) outgoing.end()
    })
    if (release) outgoing.once('close', release)
  }
}
