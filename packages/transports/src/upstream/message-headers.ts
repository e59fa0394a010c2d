import type { FetchLike, Transport } from '@modelcontextprotocol/client'

/**
 * Per-message headers for a transport that POSTs every message on its own but takes none (the
 * SDK's SSE client): `carry` makes the transport keep `send`'s `headers` under the message's body,
 * which is what it POSTs, and `fetch` (the transport's) adds them to that POST, its own winning.
 */
export function messageHeaders(base: FetchLike): {
  fetch: FetchLike
  carry<T extends Transport>(transport: T): T
} {
  const pending = new Map<string, Record<string, string>>()
  return {
    fetch(url, init) {
      const extra = typeof init?.body === 'string' ? pending.get(init.body) : undefined
      if (extra === undefined) return base(url, init)
      const headers = new Headers(init?.headers)
      for (const [name, value] of Object.entries(extra))
        if (!headers.has(name)) headers.set(name, value)
      return base(url, { ...init, headers })
    },
    carry(transport) {
      const send = transport.send.bind(transport)
      transport.send = (message, options) => {
        if (options?.headers === undefined) return send(message, options)
        const body = JSON.stringify(message)
        pending.set(body, options.headers)
        return send(message, options).finally(() => pending.delete(body))
      }
      return transport
    },
  }
}
