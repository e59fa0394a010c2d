import { isJSONRPCNotification, type JSONRPCMessage } from '@modelcontextprotocol/server'
import type { McpBackend, SessionContext } from './types.js'

/**
 * Hands a client's notifications to `backend.notify`, without `_meta`; notifications/cancelled
 * stays with the SDK server (it aborts the request's signal). A throwing backend goes to onError.
 */
export function deliverNotifications(
  backend: McpBackend,
  messages: readonly JSONRPCMessage[],
  context: () => SessionContext,
  onError: (error: unknown) => void,
): void {
  if (backend.notify === undefined) return
  for (const message of messages) {
    if (!isJSONRPCNotification(message) || message.method === 'notifications/cancelled') continue
    const { _meta, ...params } = message.params ?? {}
    try {
      backend.notify(message.method, message.params === undefined ? undefined : params, context())
    } catch (error) {
      onError(error)
    }
  }
}
