import { WebSocket } from 'ws'

/** How much of a refusal's body is read, and how long that may take. */
const MAX_BYTES = 64 * 1024
const TIMEOUT_MS = 5000

/**
 * What a server answers when it refuses an SSE stream (a GET) or a WebSocket handshake at `url`:
 * the first 64 KiB of the body, or undefined when it did not refuse this time or could not be
 * asked. The SDK transports keep only the status of a refusal, so the question is asked again.
 */
export function refusalBody(
  kind: 'sse' | 'websocket',
  url: URL,
  headers: Record<string, string>,
): Promise<string | undefined> {
  return kind === 'websocket' ? handshakeRefusal(url, headers) : getRefusal(url, headers)
}

async function getRefusal(url: URL, headers: Record<string, string>) {
  try {
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (res.ok || res.body === null) {
      await res.body?.cancel()
      return undefined
    }
    return await textOf(res.body)
  } catch {
    return undefined
  }
}

function handshakeRefusal(url: URL, headers: Record<string, string>) {
  return new Promise<string | undefined>((resolve) => {
    const socket = new WebSocket(url, 'mcp', { headers, perMessageDeflate: false })
    const timer = setTimeout(() => socket.terminate(), TIMEOUT_MS)
    const done = (body: string | undefined) => {
      clearTimeout(timer)
      socket.terminate()
      resolve(body)
    }
    socket.on('unexpected-response', (_request, response) => {
      textOf(response).then(done, () => done(undefined))
    })
    socket.on('open', () => done(undefined))
    socket.on('error', () => done(undefined))
  })
}

async function textOf(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of chunks) {
    parts.push(Buffer.from(chunk))
    size += chunk.byteLength
    if (size >= MAX_BYTES) break
  }
  return Buffer.concat(parts).subarray(0, MAX_BYTES).toString('utf8')
}
