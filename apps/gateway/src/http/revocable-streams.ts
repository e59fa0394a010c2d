import type { Principal } from '@switchyard/auth'
import type { MiddlewareHandler } from 'hono'
import type { OpenSessions } from '../auth/open-sessions.js'
import type { GatewayHonoEnv } from './route.js'

/**
 * Holds every server-sent event stream an authenticated request opens (MCP GET and
 * `subscriptions/listen` streams, legacy SSE, the log stream) in `sessions`, and closes it when
 * its credential is revoked; the stream it wraps is cancelled, which ends what it carried.
 */
export function revocableStreams(sessions: OpenSessions): MiddlewareHandler<GatewayHonoEnv> {
  return async (c, next) => {
    await next()
    const principal = c.get('principal') as Principal | undefined
    const { res } = c
    if (principal === undefined || res.body === null) return
    if (!res.headers.get('content-type')?.startsWith('text/event-stream')) return
    const credentials = c.get('credentials')
    c.res = withBody(
      res,
      endable(res.body, (end) => sessions.hold(credentials, principal, end)),
    )
  }
}

/** `body`, ended early when `hold`'s end is called; `hold` returns its release. */
function endable(
  body: ReadableStream<Uint8Array>,
  hold: (end: () => void) => () => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  let release = (): void => undefined
  let open = true
  const finish = () => {
    if (!open) return false
    open = false
    release()
    return true
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      release = hold(() => {
        if (!finish()) return
        controller.close()
        reader.cancel().catch(() => undefined)
      })
    },
    async pull(controller) {
      try {
        const chunk = await reader.read()
        if (!open) return
        if (chunk.done) {
          finish()
          controller.close()
        } else controller.enqueue(chunk.value)
      } catch (error) {
        if (finish()) controller.error(error)
      }
    },
    cancel(reason) {
      finish()
      return reader.cancel(reason)
    },
  })
}

function withBody(response: Response, body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
}
