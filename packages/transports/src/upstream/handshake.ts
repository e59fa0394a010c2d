import type { FetchLike } from '@modelcontextprotocol/client'

/**
 * Opens a WebSocket with `headers`: undefined once it is open, or the answer of a handshake the
 * server refused (its status and headers).
 */
export type OpenSocket = (headers: Record<string, string>) => Promise<Response | undefined>

/**
 * Runs a WebSocket handshake through `wrapFetch` as the HTTP GET of the socket's http(s) URL that
 * it is: each fetch the wrapper makes is an attempt to open the socket, so the wrapper may add
 * headers (a DPoP-bound token and its proof), read a refusal and try again (a DPoP nonce
 * challenge). The last refusal, or undefined once the socket is open.
 */
export async function handshakeThrough(
  url: URL,
  headers: Record<string, string>,
  wrapFetch: (fetch: FetchLike) => FetchLike,
  open: OpenSocket,
): Promise<Response | undefined> {
  let refusal: Response | undefined
  const attempt: FetchLike = async (_input, init) => {
    refusal = await open(Object.fromEntries(new Headers(init?.headers)))
    return refusal ?? new Response(null, { status: 200 })
  }
  const http = new URL(url)
  http.protocol = url.protocol === 'wss:' ? 'https:' : 'http:'
  await wrapFetch(attempt)(http, { method: 'GET', headers })
  return refusal
}
