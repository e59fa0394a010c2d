import type { AgentCard } from '@a2a-js/sdk'
import { A2aError } from './a2a-error.js'
import { cappedFetch } from './capped-fetch.js'

/** One JSON-RPC request to forward to an agent as it is. */
export interface ForwardJsonRpcOptions {
  card: AgentCard
  /** The request body, sent unchanged. */
  body: string
  /** Headers sent with it (credentials, `A2A-Version`). */
  headers?: Record<string, string>
  signal?: AbortSignal
  fetch?: typeof fetch
}

/** The agent's JSON-RPC interface (1.0 before 0.3); throws `UNSUPPORTED_INTERFACE` when it has none. */
export function jsonRpcInterface(card: AgentCard): { url: string; protocolVersion: string } {
  const entry =
    card.supportedInterfaces.find(
      (i) => i.protocolBinding === 'JSONRPC' && !i.protocolVersion.startsWith('0.'),
    ) ?? card.supportedInterfaces.find((i) => i.protocolBinding === 'JSONRPC')
  if (!entry) {
    throw new A2aError('UNSUPPORTED_INTERFACE', 'the agent offers no JSONRPC interface', {
      field: 'supportedInterfaces',
    })
  }
  return { url: entry.url, protocolVersion: entry.protocolVersion }
}

/** A content type a JSON-RPC answer may have: JSON, or an SSE stream of JSON-RPC responses. */
const JSON_RPC_TYPE = /^(application\/([\w.+-]+\+)?json|text\/event-stream)\s*(;|$)/i

/**
 * Posts a JSON-RPC request to the agent's JSON-RPC interface and answers its response unchanged
 * (an SSE stream stays a stream). Without an `A2A-Version` header, the interface's version is sent.
 * Throws `UNREACHABLE` when the agent cannot be reached, and `PROTOCOL` when it answers something
 * other than JSON or an event stream (an HTML page, say).
 */
export async function forwardJsonRpc(options: ForwardJsonRpcOptions): Promise<Response> {
  const { url, protocolVersion } = jsonRpcInterface(options.card)
  const version = protocolVersion.startsWith('0.') ? '0.3' : '1.0'
  let answer: Response
  try {
    answer = await cappedFetch(options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'A2A-Version': version,
        ...options.headers,
      },
      body: options.body,
      ...(options.signal && { signal: options.signal }),
    })
  } catch (error) {
    options.signal?.throwIfAborted()
    const reason =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error)
    throw new A2aError('UNREACHABLE', `the agent at ${url} could not be reached: ${reason}`, {
      cause: error,
    })
  }
  const type = answer.headers.get('content-type')
  if (type !== null && !JSON_RPC_TYPE.test(type)) {
    await answer.body?.cancel()
    throw new A2aError(
      'PROTOCOL',
      `the agent at ${url} answered HTTP ${answer.status} ${type.split(';')[0]}, not JSON-RPC`,
    )
  }
  const headers = new Headers()
  for (const name of ['content-type', 'cache-control', 'a2a-version', 'a2a-extensions']) {
    const value = answer.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  return new Response(answer.body, { status: answer.status, headers })
}
