import {
  CLIENT_CAPABILITIES_META_KEY,
  CLIENT_INFO_META_KEY,
  PROTOCOL_VERSION_META_KEY,
  SERVER_INFO_META_KEY,
} from '@modelcontextprotocol/server'
import { McpFaceError, toWireError } from './errors.js'
import { MODERN_VERSION } from './protocol-version.js'
import type { McpBackend, RequestContext } from './types.js'

const ENVELOPE_KEYS = new Set([
  PROTOCOL_VERSION_META_KEY,
  CLIENT_INFO_META_KEY,
  CLIENT_CAPABILITIES_META_KEY,
])
const KEEP_ALIVE_MS = 15_000
/** Errors the SDK answers with an HTTP status of their own (the rest ride a 200). */
const ERROR_STATUS: Record<number, number> = { [-32601]: 404, [-32021]: 400 }
const encoder = new TextEncoder()
const SSE_DATA = Buffer.from('event: message\ndata: ')
const SSE_END = Buffer.from('\n\n')

type Id = string | number
type Json = Record<string, unknown>

/** List methods the fast path serves; their 2026-era results carry cache fields. */
const LISTS = new Set(['tools/list', 'prompts/list', 'resources/list', 'resources/templates/list'])

/** A 2026-era request the fast path may serve: everything the SDK's ladder would accept. */
export interface PlainCall {
  id: Id
  method: string
  /** The params without `_meta`, as the backend gets them. */
  params: Json
  clientInfo: { name: string; version: string }
  clientCapabilities: Json
}

/**
 * The hot path of a 2026-era face: a well-formed `tools/call` or list request (valid envelope,
 * matching standard headers, no progress token, no multi round-trip state) goes to the backend
 * directly instead of through a per-request SDK server; anything else takes the SDK's path, which
 * owns every validation rung and its error answers. The answer is the SDK's: JSON, or an SSE stream
 * once a related notification comes before the result.
 *
 * The request, when the fast path may serve it: a single JSON-RPC 2.0 request as the SDK's schema
 * takes it (only `jsonrpc`, `id`, `method` and `params`; a string or integer id), so that the body
 * needs no other check.
 */
export function plainModernCall(request: Request, body: unknown): PlainCall | undefined {
  if (!isObject(body) || body.jsonrpc !== '2.0' || typeof body.method !== 'string') return undefined
  const { id, method, params } = body
  if (!isRequestId(id) || !isObject(params) || !onlyRequestKeys(body)) return undefined
  const meta = params._meta
  const sent = withoutMeta(params)
  if (!plainParams(method, sent)) return undefined
  if (!isObject(meta) || Object.keys(meta).some((key) => !ENVELOPE_KEYS.has(key))) return undefined
  const clientInfo = meta[CLIENT_INFO_META_KEY]
  const clientCapabilities = meta[CLIENT_CAPABILITIES_META_KEY]
  if (meta[PROTOCOL_VERSION_META_KEY] !== MODERN_VERSION || !isObject(clientCapabilities)) {
    return undefined
  }
  if (
    !isObject(clientInfo) ||
    typeof clientInfo.name !== 'string' ||
    typeof clientInfo.version !== 'string'
  ) {
    return undefined
  }
  const { headers } = request
  const accept = headers.get('accept') ?? ''
  if (
    headers.get('mcp-protocol-version') !== MODERN_VERSION ||
    headers.get('mcp-method') !== method ||
    (method === 'tools/call' && headers.get('mcp-name') !== sent.name) ||
    !accept.includes('application/json') ||
    !accept.includes('text/event-stream')
  ) {
    return undefined
  }
  return {
    id,
    method,
    params: sent,
    clientInfo: { name: clientInfo.name, version: clientInfo.version },
    clientCapabilities,
  }
}

function isRequestId(id: unknown): id is Id {
  return typeof id === 'string' || Number.isInteger(id)
}

/** Whether a request object has no members besides JSON-RPC's own (the SDK's schema is strict). */
function onlyRequestKeys(body: Json): boolean {
  for (const key in body) {
    if (key !== 'jsonrpc' && key !== 'id' && key !== 'method' && key !== 'params') return false
  }
  return true
}

/**
 * The params without `_meta` (a copy; the body's object is left as it is), and without a
 * `"__proto__"` key, which the assignment would take as the copy's prototype (the SDK's schema
 * drops it too).
 */
function withoutMeta(params: Json): Json {
  const sent: Json = {}
  for (const key in params) if (key !== '_meta' && key !== '__proto__') sent[key] = params[key]
  return sent
}

/** Params the fast path understands: a tool call's name and arguments, or a list cursor. */
function plainParams(method: string, params: Json): boolean {
  for (const key in params) {
    if (key !== 'name' && key !== 'arguments' && key !== 'cursor') return false
  }
  const { name, arguments: args, cursor } = params
  if (method === 'tools/call') {
    return (
      typeof name === 'string' &&
      name !== '' &&
      cursor === undefined &&
      (args === undefined || isObject(args))
    )
  }
  return (
    LISTS.has(method) &&
    name === undefined &&
    args === undefined &&
    (cursor === undefined || typeof cursor === 'string')
  )
}

/** Serves a request plainModernCall accepted. */
export function serveModernCall(
  call: PlainCall,
  request: Request,
  backend: McpBackend,
  onError: (error: unknown) => void,
): Promise<Response> {
  const answer = new Answer()
  const context: RequestContext = {
    sessionId: undefined,
    era: 'modern',
    protocolVersion: MODERN_VERSION,
    clientInfo: call.clientInfo,
    clientCapabilities: call.clientCapabilities,
    signal: request.signal,
    requestId: call.id,
    meta: undefined,
    httpHeaders: request.headers,
    sendProgress: noProgress,
    sendNotification: (method, params) => {
      answer.notify({ jsonrpc: '2.0', method, ...(params !== undefined && { params }) })
      return Promise.resolve()
    },
    sendRequest: refuseServerRequest,
  }
  backend.handle(call.method, call.params, context).then(
    (result) => answer.finish(responseOf(call, result, backend, onError)),
    (error: unknown) => {
      const wire = toWireError(error, onError)
      answer.finish(errorOf(call.id, wire), ERROR_STATUS[wire.code] ?? 200)
    },
  )
  return answer.response
}

/**
 * The result as the SDK's 2026-era encoder writes it: `resultType` stamped (only tools/call may
 * answer anything but 'complete'), cache fields on list results, the server's identity in `_meta`.
 */
function responseOf(
  { id, method }: PlainCall,
  result: unknown,
  backend: McpBackend,
  onError: (e: unknown) => void,
): Json | Uint8Array {
  const list = LISTS.has(method)
  if (!isObject(result) || (list && (result.resultType ?? 'complete') !== 'complete')) {
    return errorOf(id, toWireError(new TypeError(`${method} answered an invalid result`), onError))
  }
  if (!list) return { result: stamp(result, list, backend), jsonrpc: '2.0', id }
  // A list page the backend answers again (the same object, see core's pager) is encoded once, to
  // bytes: only the id differs between its answers.
  let encoded = encodedLists.get(result)
  if (encoded?.serverInfo !== backend.serverInfo) {
    const json = JSON.stringify(stamp(result, list, backend))
    encoded = {
      serverInfo: backend.serverInfo,
      head: Buffer.from(`{"result":${json},"jsonrpc":"2.0","id":`),
    }
    encodedLists.set(result, encoded)
  }
  return Buffer.concat([encoded.head, Buffer.from(`${JSON.stringify(id)}}`)])
}

/** List answers up to their id, as UTF-8, by the result object (which the backend must not change). */
const encodedLists = new WeakMap<object, { serverInfo: unknown; head: Buffer }>()

function stamp(result: Json, list: boolean, backend: McpBackend): Json {
  const meta = result._meta
  const stamped: Json = { ...result, resultType: result.resultType ?? 'complete' }
  if (list) {
    const { ttlMs, cacheScope } = result
    stamped.ttlMs = Number.isSafeInteger(ttlMs) && (ttlMs as number) >= 0 ? ttlMs : 0
    stamped.cacheScope =
      cacheScope === 'public' || cacheScope === 'private' ? cacheScope : 'private'
  }
  if (meta === undefined) stamped._meta = { [SERVER_INFO_META_KEY]: backend.serverInfo }
  else if (isObject(meta) && meta[SERVER_INFO_META_KEY] === undefined) {
    stamped._meta = { ...meta, [SERVER_INFO_META_KEY]: backend.serverInfo }
  }
  return stamped
}

function errorOf(id: Id, error: McpFaceError): Json {
  const wire = {
    code: error.code,
    message: error.message,
    ...(error.data !== undefined && { data: error.data }),
  }
  return { jsonrpc: '2.0', id, error: wire }
}

/** A fast-path request has no progressToken: progress goes nowhere. */
const noProgress = (): Promise<void> => Promise.resolve()

const refuseServerRequest = (method: string): Promise<never> =>
  Promise.reject(serverRequestRefusal(method))

function serverRequestRefusal(method: string): McpFaceError {
  return new McpFaceError(
    -32603,
    `Server-to-client requests (${method}) are not available on protocol revision ${MODERN_VERSION}; the input must be asked for with an input_required result`,
    { method, era: 'modern' },
  )
}

/** One exchange's HTTP answer: JSON, or an SSE stream once a notification precedes the result. */
class Answer {
  readonly response: Promise<Response>
  #resolve: (response: Response) => void = () => {}
  #stream: ReadableStreamDefaultController<Uint8Array> | undefined
  #keepAlive: NodeJS.Timeout | undefined
  #done = false

  constructor() {
    this.response = new Promise((resolve) => (this.#resolve = resolve))
  }

  notify(message: Json): void {
    if (this.#done) return
    if (this.#stream === undefined) this.#openStream()
    this.#write(`event: message\ndata: ${JSON.stringify(message)}\n\n`)
  }

  /** Sends the answer (a message, or one already encoded as UTF-8 JSON) and ends the exchange. */
  finish(message: Json | Uint8Array, status = 200): void {
    if (this.#done) return
    const json = message instanceof Uint8Array ? message : JSON.stringify(message)
    if (this.#stream === undefined) {
      this.#done = true
      this.#resolve(
        new Response(json, {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      )
      return
    }
    this.#write(
      typeof json === 'string'
        ? `event: message\ndata: ${json}\n\n`
        : Buffer.concat([SSE_DATA, json, SSE_END]),
    )
    this.#end()
  }

  #openStream(): void {
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => (this.#stream = controller),
      cancel: () => this.#end(),
    })
    this.#keepAlive = setInterval(() => this.#write(': keepalive\n\n'), KEEP_ALIVE_MS)
    this.#keepAlive.unref()
    this.#resolve(
      new Response(body, {
        status: 200,
        headers: {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        },
      }),
    )
  }

  #write(frame: string | Uint8Array): void {
    if (this.#done) return
    try {
      this.#stream?.enqueue(typeof frame === 'string' ? encoder.encode(frame) : frame)
    } catch {
      this.#end()
    }
  }

  #end(): void {
    if (this.#done) return
    this.#done = true
    clearInterval(this.#keepAlive)
    try {
      this.#stream?.close()
    } catch {
      // the client went away first
    }
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
