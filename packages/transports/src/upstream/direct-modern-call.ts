import {
  CLIENT_CAPABILITIES_META_KEY,
  CLIENT_INFO_META_KEY,
  PROTOCOL_VERSION_META_KEY,
  ProtocolError,
  SdkError,
  SdkErrorCode,
  SdkHttpError,
} from '@modelcontextprotocol/client'
import { isRecord } from './any-result-schema.js'
import type { LeanFetch, LeanPost } from './lean-fetch.js'
import {
  headerParamsOf,
  headerValue,
  mcpParamHeaders,
  type HeaderParam,
} from './mcp-param-headers.js'
import type { TraceContext } from '../trace-context.js'
import type { NegotiatedEra } from './upstream-options.js'
import type { UpstreamProgress } from './upstream-session.js'

/** Where a streamable HTTP upstream is and how to reach it. */
export interface DirectTarget {
  url: URL
  headers: Record<string, string>
  post: LeanFetch['post']
  clientInfo: { name: string; version: string }
}

/** One direct request's envelope, limits and listeners. */
export interface DirectCallOptions {
  protocolVersion: string
  capabilities: Record<string, unknown>
  timeoutMs: number
  signal?: AbortSignal | undefined
  onProgress?: ((progress: UpstreamProgress) => void) | undefined
  /** Continued upstream in `_meta` and as headers. */
  traceContext?: TraceContext | undefined
  /** The caller's headers the POST carries (see callerHeaders); every other header wins. */
  headers?: Record<string, string> | undefined
  /** Notifications on the request's stream other than its own progress. */
  onNotification?:
    ((method: string, params: Record<string, unknown> | undefined) => void) | undefined
}

let sequence = 0

const declarations = new WeakMap<object, HeaderParam[]>()

/** The header parameters of an input schema, scanned once per schema object. */
function declaredIn(inputSchema: Record<string, unknown>): HeaderParam[] {
  let found = declarations.get(inputSchema)
  if (found === undefined) {
    found = headerParamsOf(inputSchema)
    declarations.set(inputSchema, found)
  }
  return found
}

/** A session's direct path: which tool calls may take it, and the calls themselves. */
export class DirectCaller {
  readonly #target: DirectTarget
  /** The `x-mcp-header` parameters of each tool that declares any. */
  readonly #headerParams = new Map<string, HeaderParam[]>()

  constructor(target: DirectTarget) {
    this.#target = target
  }

  /** Notes, from the session's latest tools/list, which tools take `Mcp-Param-*` headers. */
  learn(tools: readonly Record<string, unknown>[]): void {
    this.#headerParams.clear()
    for (const tool of tools) {
      const params = headerParamsOf(tool.inputSchema)
      if (params.length > 0) this.#headerParams.set(String(tool.name), params)
    }
  }

  /** Whether a tools/call may go direct: to a 2026-era upstream. */
  accepts(era: NegotiatedEra, params: Record<string, unknown> | undefined): boolean {
    return era.era === 'modern' && typeof params?.name === 'string'
  }

  /** Sends the call (`params.name` is a string, see accepts); a given schema names the headers. */
  call(
    params: Record<string, unknown>,
    inputSchema: Record<string, unknown> | undefined,
    options: DirectCallOptions,
  ): Promise<Record<string, unknown>> {
    const declared =
      inputSchema === undefined
        ? this.#headerParams.get(params.name as string)
        : declaredIn(inputSchema)
    const headers = declared === undefined ? {} : mcpParamHeaders(declared, params.arguments)
    return directModernCall(this.#target, params, headers, options)
  }
}

/**
 * A 2026-era `tools/call` as one POST, without the SDK client's per-message machinery (Headers,
 * schema parsing, signal chains). Failures are thrown as the SDK's error types, so the session
 * maps them exactly as it maps the SDK's own. Cancelling aborts the POST, which is how the 2026
 * era cancels.
 */
async function directModernCall(
  target: DirectTarget,
  params: Record<string, unknown>,
  paramHeaders: Record<string, string>,
  options: DirectCallOptions,
): Promise<Record<string, unknown>> {
  const id = `switchyard-${++sequence}`
  const meta: Record<string, unknown> = isRecord(params._meta) ? { ...params._meta } : {}
  meta[PROTOCOL_VERSION_META_KEY] = options.protocolVersion
  meta[CLIENT_INFO_META_KEY] = target.clientInfo
  meta[CLIENT_CAPABILITIES_META_KEY] ??= options.capabilities
  if (options.onProgress !== undefined) meta.progressToken = id
  const trace = options.traceContext
  if (trace !== undefined) Object.assign(meta, trace)
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'tools/call',
    params: { ...params, _meta: meta },
  })
  // Object.assign, not spreads: on Node 20 keys after a leading spread cost a microsecond each.
  // (Spreads stay where a client's or upstream's object is copied: Object.assign would take its
  // "__proto__" key as the copy's prototype.)
  const headers: Record<string, string> = Object.assign(
    {},
    options.headers,
    target.headers,
    paramHeaders,
  )
  headers['content-type'] = 'application/json'
  headers.accept = 'application/json, text/event-stream'
  headers['mcp-protocol-version'] = options.protocolVersion
  headers['mcp-method'] = 'tools/call'
  if (typeof params.name === 'string') headers['mcp-name'] = headerValue(params.name)
  if (trace !== undefined) Object.assign(headers, trace)

  const { signal } = options
  const timeout: LeanPost['timeout'] = { ms: options.timeoutMs, error: timedOut }
  try {
    return await exchange(target, id, body, headers, signal, timeout, options)
  } catch (error) {
    // a failure caused by the deadline or a cancel is reported as that
    if (timeout.fired !== undefined) throw timeout.fired
    throw signal?.aborted ? (signal.reason ?? error) : error
  }
}

async function exchange(
  target: DirectTarget,
  id: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  timeout: LeanPost['timeout'],
  options: DirectCallOptions,
): Promise<Record<string, unknown>> {
  const response = await target.post(target.url, { headers, body, signal, timeout })
  if (!response.ok) throw await httpFailure(response, id)
  const type = response.headers.get('content-type') ?? ''
  if (type.startsWith('application/json')) return settle(await response.json(), id)
  if (!type.startsWith('text/event-stream')) {
    await response.text().catch(() => undefined)
    throw new SdkError(SdkErrorCode.ConnectionClosed, `Unexpected content type: ${type}`)
  }
  for await (const message of sseMessages(response.body ?? new ReadableStream())) {
    if (!isRecord(message)) continue
    if (message.id === id) return settle(message, id)
    if (typeof message.method !== 'string' || 'id' in message) continue
    const notified = isRecord(message.params) ? message.params : undefined
    if (message.method === 'notifications/progress' && notified?.progressToken === id) {
      options.onProgress?.(progressOf(notified))
    } else options.onNotification?.(message.method, notified)
  }
  throw new SdkError(SdkErrorCode.ConnectionClosed, 'The upstream closed the stream unanswered')
}

const timedOut = () => new SdkError(SdkErrorCode.RequestTimeout, 'Request timed out')

function settle(message: unknown, id: string): Record<string, unknown> {
  if (!isRecord(message) || message.id !== id) {
    throw new SdkError(SdkErrorCode.ConnectionClosed, 'The upstream answered another request')
  }
  if (isRecord(message.error)) {
    const { code, message: text, data } = message.error
    throw new ProtocolError(
      typeof code === 'number' ? code : -32603,
      typeof text === 'string' ? text : '',
      data,
    )
  }
  if (!isRecord(message.result)) {
    throw new SdkError(SdkErrorCode.ConnectionClosed, 'the result is not a JSON object')
  }
  return message.result
}

/** A non-2xx answer: its JSON-RPC error when it carries one for this request, else an HTTP error. */
async function httpFailure(response: Response, id: string): Promise<Error> {
  const text = await response.text().catch(() => '')
  if (response.status === 400) {
    try {
      settle(JSON.parse(text), id)
    } catch (error) {
      if (error instanceof ProtocolError) return error
    }
  }
  return new SdkHttpError(
    SdkErrorCode.ClientHttpNotImplemented,
    `Error POSTing to endpoint: ${text}`,
    {
      status: response.status,
      statusText: response.statusText,
      text,
    },
  )
}

function progressOf(params: Record<string, unknown>): UpstreamProgress {
  const report: UpstreamProgress = { progress: Number(params.progress) }
  if (typeof params.total === 'number') report.total = params.total
  if (typeof params.message === 'string') report.message = params.message
  return report
}

/** The JSON messages of an SSE body (`data:` lines of each event; comments and ids ignored). */
async function* sseMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n?/g, '\n')
    let end: number
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const event = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const data = event
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
        .join('\n')
      if (data === '') continue
      try {
        yield JSON.parse(data)
      } catch {
        // not a JSON-RPC message: skipped, as the SDK's client does
      }
    }
  }
}
