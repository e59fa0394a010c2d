/** Where a notification about a request in flight goes: the downstream request's own context. */
export type NotificationSink = (method: string, params: Record<string, unknown> | undefined) => void

/** Asks the downstream client behind a request in flight (sampling, elicitation, roots). */
export type ClientRequester = (
  method: string,
  params: Record<string, unknown> | undefined,
  signal: AbortSignal,
) => Promise<Record<string, unknown>>

interface Inflight {
  notify: NotificationSink
  ask: ClientRequester
  /** The downstream session the request came in on; undefined for a 2026-era (stateless) one. */
  client: string | undefined
}

/**
 * Requests in flight per upstream, so that what an upstream sends during a call without naming it
 * (`notifications/message` logs; sampling, elicitation and roots requests from a legacy upstream)
 * reaches the client that made the call. That happens only while the requests in flight to that
 * upstream all come from one client (one request, or several of one legacy session): otherwise it
 * could belong to any of them, and is refused rather than shown to the wrong client.
 */
export interface InflightRequests {
  /** Registers a request in flight to an upstream; call the returned function when it ends. */
  begin(
    gatewayId: string,
    notify: NotificationSink,
    ask: ClientRequester,
    client: string | undefined,
  ): () => void
  /** Delivers an unattributed notification from an upstream; false when it could not be attributed. */
  deliver(gatewayId: string, method: string, params: Record<string, unknown> | undefined): boolean
  /** The downstream client that can answer an upstream's request now, when only one can. */
  requester(gatewayId: string): ClientRequester | undefined
}

/** Creates the registry of requests in flight. */
export function createInflightRequests(): InflightRequests {
  const inflight = new Map<string, Set<Inflight>>()
  /** The latest request in flight to an upstream, when every one in flight is from its client. */
  const only = (gatewayId: string) => {
    const entries = [...(inflight.get(gatewayId) ?? [])]
    const latest = entries.at(-1)
    if (latest === undefined) return undefined
    if (entries.length === 1) return latest
    const client = latest.client
    return client !== undefined && entries.every((entry) => entry.client === client)
      ? latest
      : undefined
  }
  return {
    begin(gatewayId, notify, ask, client) {
      const entries = inflight.get(gatewayId) ?? new Set<Inflight>()
      const entry = { notify, ask, client }
      entries.add(entry)
      inflight.set(gatewayId, entries)
      return () => {
        entries.delete(entry)
        if (entries.size === 0) inflight.delete(gatewayId)
      }
    },
    deliver(gatewayId, method, params) {
      const entry = only(gatewayId)
      entry?.notify(method, params)
      return entry !== undefined
    },
    requester: (gatewayId) => only(gatewayId)?.ask,
  }
}
