import type { RequestContext } from '@switchyard/transports'

/**
 * The context of an MCP request a REST route makes on a backend: no session, the 2025 era, and a
 * caller (`who`) that cannot answer an upstream's questions; with `httpHeaders`, the route's own
 * request headers (an upstream's passthrough headers, the trace to continue).
 */
export function routeContext(
  who: string,
  signal: AbortSignal,
  httpHeaders?: Headers,
): RequestContext {
  return {
    sessionId: undefined,
    era: 'legacy',
    protocolVersion: '2025-11-25',
    signal,
    meta: undefined,
    ...(httpHeaders && { httpHeaders }),
    sendProgress: () => Promise.resolve(),
    sendNotification: () => Promise.resolve(),
    sendRequest: () => Promise.reject(new Error(`${who} cannot answer requests from an upstream`)),
  }
}
