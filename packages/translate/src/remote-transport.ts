import {
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client'
import { WebSocketClientTransport } from '@switchyard/transports'

/** How a remote MCP server is reached. */
export type RemoteKind = 'sse' | 'streamablehttp' | 'websocket'

/** Builds an SDK client transport to a remote server (nothing is opened yet). */
export function createRemoteTransport(
  kind: RemoteKind,
  url: URL,
  headers: Record<string, string>,
): Transport {
  switch (kind) {
    case 'streamablehttp':
      return new StreamableHTTPClientTransport(url, { requestInit: { headers } })
    case 'sse':
      return new SSEClientTransport(url, { requestInit: { headers } })
    case 'websocket':
      return new WebSocketClientTransport(url, { headers })
  }
}

/**
 * Whether an HTTP MCP endpoint answers at all (any status but 401/403 counts); a streamable HTTP
 * transport opens nothing until its first message, so this is how a bad URL is found at startup.
 */
export async function probeHttp(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<string | undefined> {
  try {
    const res = await fetch(url, {
      method: 'GET',
      headers: { accept: 'text/event-stream', ...headers },
      signal: AbortSignal.timeout(timeoutMs),
    })
    await res.body?.cancel()
    if (res.status === 401 || res.status === 403) {
      return `the server refused the credentials (HTTP ${res.status})`
    }
    return undefined
  } catch (error) {
    return describeNetworkError(error)
  }
}

/** One line naming why a network call failed (connection refused, unknown host, timeout...). */
export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code === 'ECONNREFUSED') return 'connection refused'
  if (cause?.code === 'ENOTFOUND') return 'unknown host'
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time'
  return cause?.message ?? (error instanceof Error ? error.message : String(error))
}
