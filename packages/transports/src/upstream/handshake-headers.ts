import type { FetchLike } from '@modelcontextprotocol/client'

/**
 * The headers of a WebSocket handshake as `wrapFetch` would send them on the HTTP GET it is: the
 * wrapper runs against a fetch that only notes them (a DPoP-bound token's `Authorization` and a
 * proof for GET of the socket's http(s) URL, say).
 */
export async function handshakeHeaders(
  url: URL,
  headers: Record<string, string>,
  wrapFetch: (fetch: FetchLike) => FetchLike,
): Promise<Record<string, string>> {
  let sent: Record<string, string> = headers
  const note: FetchLike = (_input, init) => {
    sent = Object.fromEntries(new Headers(init?.headers))
    return Promise.resolve(new Response(null, { status: 204 }))
  }
  const http = new URL(url)
  http.protocol = url.protocol === 'wss:' ? 'https:' : 'http:'
  await wrapFetch(note)(http, { method: 'GET', headers })
  return sent
}
