/** Where a notification about a request in flight goes: the downstream request's own context. */
export type NotificationSink = (method: string, params: Record<string, unknown> | undefined) => void

/**
 * Requests in flight per upstream, so that notifications an upstream sends during a call without
 * naming it (`notifications/message` logs) reach the client that made the call. A notification is
 * delivered only while exactly one request is in flight to that upstream: with several, it could
 * belong to any of them, and is dropped rather than shown to the wrong client.
 */
export interface InflightRequests {
  /** Registers a request in flight to an upstream; call the returned function when it ends. */
  begin(gatewayId: string, sink: NotificationSink): () => void
  /** Delivers an unattributed notification from an upstream; false when it could not be attributed. */
  deliver(gatewayId: string, method: string, params: Record<string, unknown> | undefined): boolean
}

/** Creates the registry of requests in flight. */
export function createInflightRequests(): InflightRequests {
  const inflight = new Map<string, Set<NotificationSink>>()
  return {
    begin(gatewayId, sink) {
      const sinks = inflight.get(gatewayId) ?? new Set<NotificationSink>()
      sinks.add(sink)
      inflight.set(gatewayId, sinks)
      return () => {
        sinks.delete(sink)
        if (sinks.size === 0) inflight.delete(gatewayId)
      }
    },
    deliver(gatewayId, method, params) {
      const sinks = inflight.get(gatewayId)
      if (sinks?.size !== 1) return false
      for (const sink of sinks) sink(method, params)
      return true
    },
  }
}
