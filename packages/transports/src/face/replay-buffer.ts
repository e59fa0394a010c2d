import type { EventId, EventStore, JSONRPCMessage, StreamId } from '@modelcontextprotocol/server'

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

  storeEvent(streamId: StreamId, message: JSONRPCMessage): Promise<EventId> {
    const eventId = String(++this.#sequence)
    this.#events.set(eventId, { streamId, message })
    if (this.#events.size > this.#limit) {
      const oldest = this.#events.keys().next()
      if (oldest.done !== true) this.#events.delete(oldest.value)
    }
    return Promise.resolve(eventId)
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
