import type { EventId, EventStore, JSONRPCMessage, StreamId } from '@modelcontextprotocol/server'
import { jsonRpcErrorResponse } from './errors.js'

interface StoredEvent {
  streamId: StreamId
  message: JSONRPCMessage
}

/** One legacy session's SSE events for `Last-Event-ID` replay, the newest `limit` kept. */
export class ReplayBuffer implements EventStore {
  readonly #limit: number
  readonly #events = new Map<EventId, StoredEvent>()
  #sequence = 0

  constructor(limit: number) {
    this.#limit = limit
  }

  /** How many events are kept. */
  get limit(): number {
    return this.#limit
  }

  storeEvent(streamId: StreamId, message: JSONRPCMessage): Promise<EventId> {
    const eventId = String(++this.#sequence)
    this.#events.set(eventId, { streamId, message })
    if (this.#events.size > this.#limit) {
      const oldest = this.#events.keys().next()
      if (oldest.done !== true) this.#events.delete(oldest.value)
    }
    return Promise.resolve(eventId)
  }

  /** Whether the event is still kept (it may be replayed after). */
  has(eventId: EventId): boolean {
    return this.#events.has(eventId)
  }

  getStreamIdForEventId(eventId: EventId): Promise<StreamId | undefined> {
    return Promise.resolve(this.#events.get(eventId)?.streamId)
  }

  async replayEventsAfter(
    lastEventId: EventId,
    { send }: { send: (eventId: EventId, message: JSONRPCMessage) => Promise<void> },
  ): Promise<StreamId> {
    const last = this.#events.get(lastEventId)
    if (last === undefined) throw new Error(`Unknown event id ${lastEventId}`)
    const after = [...this.#events].filter(
      ([eventId, event]) =>
        Number(eventId) > Number(lastEventId) &&
        event.streamId === last.streamId &&
        'jsonrpc' in event.message,
    )
    for (const [eventId, event] of after) await send(eventId, event.message)
    return last.streamId
  }
}

/**
 * The 400 for a GET whose `Last-Event-ID` names an event the session never sent or no longer
 * keeps; undefined when there is nothing to refuse (without replay, the SDK opens a new stream as
 * the spec allows). The SDK would answer "Invalid event ID format", misleading for a well-formed id.
 */
export function unresumable(request: Request, replay: ReplayBuffer): Response | undefined {
  const eventId = request.headers.get('last-event-id')
  if (request.method.toUpperCase() !== 'GET' || !eventId || replay.has(eventId)) return undefined
  const shown = eventId.length > 64 ? `${eventId.slice(0, 64)}…` : eventId
  return jsonRpcErrorResponse(
    400,
    -32000,
    `Bad Request: cannot resume after Last-Event-ID '${shown}': it is unknown or expired (this session keeps its last ${replay.limit} events for replay); reconnect without Last-Event-ID`,
  )
}
