import { STATUS_CODES } from 'node:http'
import {
  SseError,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client'
import { WebSocketClientTransport } from '@switchyard/transports'
import { refusalBody } from './refusal-body.js'

/** How a remote MCP server is reached. */
export type RemoteKind = 'sse' | 'streamablehttp' | 'websocket'

/** A JSON-RPC error object as a server sent it. */
export interface RemoteRpcError {
  code: number
  message: string
  data?: unknown
}

/**
 * An HTTP status a server refused a message with, the JSON-RPC error of its body if any, and what
 * the body says in words (that error's message, or the `detail` of a REST error).
 */
export interface HttpRefusal {
  status: number
  error: RemoteRpcError | undefined
  detail: string | undefined
}

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
 * Whether a streamable HTTP MCP endpoint is there: a `ping` POSTed without a session is answered
 * by any such endpoint (often with 400: no session), and with 404 or 410 where there is none, or
 * 405 where the path is something else (a REST resource); 401/403 mean the credentials were refused. The transport itself sends nothing until the client
 * does, so this is how a bad URL is found at startup.
 */
export async function probeHttp(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<string | undefined> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...headers,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 'switchyard-probe', method: 'ping' }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (res.status === 404 || res.status === 405 || res.status === 410) {
      return describeRefusal(refusalOf(res.status, await res.text()))
    }
    await res.body?.cancel()
    return res.status === 401 || res.status === 403 ? refusedCredentials(res.status) : undefined
  } catch (error) {
    return describeFailure(error)
  }
}

/** The HTTP answer that made an SSE or streamable HTTP send fail; undefined for any other failure. */
export function httpRefusalOf(error: unknown): HttpRefusal | undefined {
  // The streamable HTTP transport says it in `data`; the SSE one only in its message.
  const data = (error as { data?: { status?: unknown; text?: unknown } } | null)?.data
  if (typeof data?.status === 'number') return refusalOf(data.status, data.text)
  const message = error instanceof Error ? error.message : ''
  const match = /^Error POSTing to endpoint \(HTTP (\d{3})\): ([\s\S]*)$/.exec(message)
  return match === null ? undefined : refusalOf(Number(match[1]), match[2])
}

/**
 * {@link describeFailure} for a first open that failed. An SSE stream or a WebSocket refused with
 * an HTTP status is asked for once more to tell what the server said (`virtual server 'x' not
 * found (HTTP 404)`, not just `Not Found`): the SDK transports keep only the status.
 */
export async function describeOpenFailure(
  error: unknown,
  kind: RemoteKind,
  url: URL,
  headers: Record<string, string>,
): Promise<string> {
  const status = openRefusedWith(error)
  if (kind === 'streamablehttp' || status === undefined || status === 401 || status === 403) {
    return describeFailure(error)
  }
  return describeRefusal(refusalOf(status, await refusalBody(kind, url, headers)))
}

/**
 * One line naming why a call to the server failed: connection refused, unknown host, timeout, or
 * the HTTP error it answered with (`virtual server 'x' not found (HTTP 404)`).
 */
export function describeFailure(error: unknown): string {
  const refusal = httpRefusalOf(error)
  if (refusal !== undefined) return describeRefusal(refusal)
  const status = openRefusedWith(error)
  if (status !== undefined) {
    return status === 401 || status === 403
      ? refusedCredentials(status)
      : describeRefusal(refusalOf(status, undefined))
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  // Found in the error's code, its cause's, or its text: the SSE transport keeps only text.
  const said = [(error as { code?: unknown }).code, String(error), cause?.code, cause?.message]
  const network = networkFailures.find(([pattern]) =>
    said.some((text) => pattern.test(String(text))),
  )
  if (network !== undefined) return network[1]
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time'
  return cause?.message ?? (error instanceof Error ? error.message : String(error))
}

/** Network failures in plain words. */
const networkFailures: readonly [RegExp, string][] = [
  [/\bECONNREFUSED\b/, 'connection refused'],
  [/\bENOTFOUND\b/, 'unknown host'],
  // fetch will not connect to ports kept for other protocols (6000 for X11, 6667 for IRC, ...).
  [/\bbad port\b/, 'fetch refuses this port (it is kept for another protocol)'],
]

/** The HTTP status an SSE stream or a WebSocket was refused with (their errors say it in words). */
function openRefusedWith(error: unknown): number | undefined {
  if (error instanceof SseError && typeof error.code === 'number') return error.code
  const message = error instanceof Error ? error.message : ''
  const match = /^Unexpected server response: (\d{3})$/.exec(message)
  return match === null ? undefined : Number(match[1])
}

function refusedCredentials(status: number): string {
  return `the server refused the credentials (HTTP ${status})`
}

function describeRefusal(refusal: HttpRefusal): string {
  // One line, however much the server said.
  const said = refusal.detail?.split('\n')[0]?.slice(0, 300) ?? STATUS_CODES[refusal.status]
  return `${said ?? 'refused'} (HTTP ${refusal.status})`
}

function refusalOf(status: number, body: unknown): HttpRefusal {
  const error = rpcErrorIn(body)
  return { status, error, detail: error?.message ?? detailIn(body) }
}

/** The `detail` of a REST error body (`{"detail": "...", "code": "..."}`, FastAPI's and Switchyard's). */
function detailIn(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined
  try {
    const { detail } = JSON.parse(body) as { detail?: unknown }
    return typeof detail === 'string' && detail.trim() !== '' ? detail.trim() : undefined
  } catch {
    return undefined
  }
}

/** The JSON-RPC error of an HTTP body, when the body is a JSON-RPC error response. */
function rpcErrorIn(body: unknown): RemoteRpcError | undefined {
  if (typeof body !== 'string') return undefined
  try {
    const { error } = JSON.parse(body) as { error?: Partial<RemoteRpcError> }
    if (typeof error?.code !== 'number' || typeof error.message !== 'string') return undefined
    return { code: error.code, message: error.message, data: error.data }
  } catch {
    return undefined
  }
}

/**
 * How a send failed: `undelivered` when it is safe to send again (the network failed, or a message
 * of a session got 404: the server no longer knows the session), `refused` when the server
 * answered with an HTTP error (a 404 without a session: no MCP server is there), else `failed`.
 */
export function sendFailure(
  error: unknown,
  hadSession: boolean,
): 'undelivered' | 'refused' | 'failed' {
  const refusal = httpRefusalOf(error)
  if (refusal !== undefined) return refusal.status === 404 && hadSession ? 'undelivered' : 'refused'
  const text = error instanceof Error ? `${error.message} ${String(error.cause)}` : String(error)
  const network = /ECONNREFUSED|ECONNRESET|fetch failed|Not connected|socket hang up/.test(text)
  return network ? 'undelivered' : 'failed'
}

/** `promise`, or a rejection when it has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer in time')), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
