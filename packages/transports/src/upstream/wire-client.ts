import { SseError } from '@modelcontextprotocol/client'
import type {
  Client,
  HandlerResultTypeMap,
  JSONRPCMessage,
  Transport,
} from '@modelcontextprotocol/client'
import { isRecord } from './any-result-schema.js'
import { toProtocolError } from './to-protocol-error.js'
import type { UpstreamOptions } from './upstream-options.js'
import type { UpstreamProgress } from './upstream-session.js'

/** What the wiring reports back to its session. */
export interface WiredSession {
  /** Progress listeners by the token the session put in a request's `_meta`. */
  progress: ReadonlyMap<string, (progress: UpstreamProgress) => void>
  /** The upstream ended the session (an SSE stream error carries its cause). */
  ended: (cause: Error | undefined) => void
}

type ServerRequestMethod = 'sampling/createMessage' | 'elicitation/create' | 'roots/list'

const serverRequests: readonly [ServerRequestMethod, string][] = [
  ['sampling/createMessage', 'sampling'],
  ['elicitation/create', 'elicitation'],
  ['roots/list', 'roots'],
]

/**
 * Routes what an upstream sends unasked: progress to the request's listener, notifications to
 * onNotification, server-to-client requests to onRequest (announced capabilities only), and the
 * end of the connection to the session.
 */
export function wireClient(
  client: Client,
  transport: Transport,
  options: UpstreamOptions,
  session: WiredSession,
): void {
  const { onNotification, onRequest } = options
  client.onclose = () => session.ended(undefined)
  client.onerror = (error) => {
    if (options.transport === 'sse' && SseError.isInstance(error)) session.ended(error)
  }
  client.setNotificationHandler('notifications/progress', (notification) => {
    const { progressToken, progress, total, message } = notification.params
    const listener =
      typeof progressToken === 'string' ? session.progress.get(progressToken) : undefined
    if (listener === undefined) {
      onNotification?.(notification.method, notification.params)
      return
    }
    const report: UpstreamProgress = { progress }
    if (total !== undefined) report.total = total
    if (message !== undefined) report.message = message
    listener(report)
  })
  if (onNotification !== undefined) {
    client.fallbackNotificationHandler = (notification) => {
      onNotification(notification.method, notification.params)
      return Promise.resolve()
    }
    transport.onmessage = (message: JSONRPCMessage) => {
      if (
        'method' in message &&
        !('id' in message) &&
        message.method === 'notifications/cancelled'
      ) {
        onNotification(message.method, message.params)
      }
    }
  }
  if (onRequest === undefined) return
  const forward = async (
    method: string,
    params: unknown,
    signal: AbortSignal,
  ): Promise<Record<string, unknown>> => {
    try {
      return await onRequest(method, isRecord(params) ? params : undefined, signal)
    } catch (error) {
      throw toProtocolError(error)
    }
  }
  client.fallbackRequestHandler = (request, context) =>
    forward(request.method, request.params, context.mcpReq.signal)
  const declared = options.capabilities ?? {}
  for (const [method, capability] of serverRequests) {
    if (declared[capability] === undefined) continue
    client.setRequestHandler(
      method,
      (request, context) =>
        forward(method, request.params, context.mcpReq.signal) as Promise<
          HandlerResultTypeMap[typeof method]
        >,
    )
  }
}
