import { setMaxListeners } from 'node:events'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { Readable } from 'node:stream'
import { abortError } from './abort-error.js'
import { isRecord } from './any-result-schema.js'
import { createDirectPost } from './direct-post.js'

/** Options of createLeanFetch. */
export interface LeanFetchOptions {
  /** Resolves every connection's host (the outbound URL policy checks addresses here). */
  lookup?: LookupFunction
}

/** A `fetch` for the SDK's HTTP client transports, with the keep-alive agents it sends through. */
export interface LeanFetch {
  fetch: (url: string | URL, init?: RequestInit) => Promise<Response>
  /**
   * The direct path's request (over undici, see createDirectPost): a string body, plain headers,
   * and a deadline that aborts the request itself (no AbortController or signal chain per call);
   * `signal` still cancels it.
   */
  post: (url: URL, init: LeanPost) => Promise<Response>
  /** Closes the pooled sockets. */
  close: () => void
}

/** A POST of the direct path. */
export interface LeanPost {
  headers: Record<string, string>
  body: string
  signal?: AbortSignal | undefined
  /** Aborts the request with `timeout.error()` once `timeout.ms` have passed (then `fired`). */
  timeout: { ms: number; error: () => Error; fired?: Error }
}

/**
 * A `fetch` over node:http with keep-alive agents, for one upstream. undici's fetch builds web
 * streams, abort-signal chains and Headers per call; an MCP exchange needs none of that for a JSON
 * answer, so its response reads the body as a string and builds a web stream only when asked
 * (SSE answers). `lookup` resolves every connection's host.
 */
export function createLeanFetch({ lookup }: LeanFetchOptions = {}): LeanFetch {
  const options = { keepAlive: true, ...(lookup && { lookup }) }
  const agents = {
    'http:': new http.Agent(options),
    'https:': new https.Agent(options),
  }
  const direct = createDirectPost(lookup)
  return {
    fetch(url, init = {}) {
      const target = typeof url === 'string' ? new URL(url) : url
      const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:']
      return send(target, init, agent)
    },
    post: (url, init) => direct.post(url, init),
    close: () => {
      agents['http:'].destroy()
      agents['https:'].destroy()
      direct.close()
    },
  }
}

/**
 * One request. A kept-alive socket the upstream closed while idle fails the next request on it with
 * ECONNRESET before any answer (the request never reached the server): that one is sent again, once,
 * on a fresh socket.
 */
function send(url: URL, init: RequestInit, agent: http.Agent, retried = false): Promise<Response> {
  const { signal } = init
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const request = url.protocol === 'https:' ? https.request : http.request
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: init.method ?? 'GET',
      headers: withTraceHeaders(headersOf(init.headers), init.body),
      agent,
    })
    const onAbort = () => req.destroy(abortError(signal))
    if (signal) {
      // The SDK's transport gives all its requests one signal: a listener per request in flight
      // (each removed at its end), so more than node's default 10 is no leak.
      setMaxListeners(0, signal)
      signal.addEventListener('abort', onAbort, { once: true })
    }
    req.once('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort)
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried && !signal?.aborted)
        resolve(send(url, init, agent, true))
      else reject(error)
    })
    req.once('response', (res) => {
      res.once('close', () => signal?.removeEventListener('abort', onAbort))
      resolve(new LeanResponse(res) as unknown as Response)
    })
    req.end(typeof init.body === 'string' ? init.body : undefined)
  })
}

function headersOf(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  if (headers === undefined) return out
  if (headers instanceof Headers) headers.forEach((value, name) => (out[name] = value))
  else if (Array.isArray(headers)) {
    for (const pair of headers) if (pair[0] !== undefined) out[pair[0]] = pair[1] ?? ''
  } else Object.assign(out, headers)
  return out
}

/**
 * The SDK's client transports send no per-request headers: a request's trace context travels in
 * its `_meta` (ClientSession puts it there), and is copied here to the `traceparent` and
 * `tracestate` headers, as the direct path sends them.
 */
function withTraceHeaders(
  headers: Record<string, string>,
  body: RequestInit['body'],
): Record<string, string> {
  if (typeof body !== 'string' || !body.includes('"traceparent"')) return headers
  let meta: unknown
  try {
    meta = (JSON.parse(body) as { params?: { _meta?: unknown } } | null)?.params?._meta
  } catch {
    return headers
  }
  if (!isRecord(meta)) return headers
  for (const key of ['traceparent', 'tracestate'] as const) {
    const value = meta[key]
    if (typeof value === 'string') headers[key] = value
  }
  return headers
}

/** The part of a fetch `Response` the SDK's client transports read, over an IncomingMessage. */
class LeanResponse {
  readonly status: number
  readonly statusText: string
  readonly headers: Headers
  readonly #res: http.IncomingMessage
  #used = false

  constructor(res: http.IncomingMessage) {
    this.#res = res
    this.status = res.statusCode ?? 0
    this.statusText = res.statusMessage ?? ''
    this.headers = new LeanHeaders(res.headers) as unknown as Headers
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  get body(): ReadableStream<Uint8Array> {
    this.#take()
    return Readable.toWeb(this.#res) as ReadableStream<Uint8Array>
  }

  text(): Promise<string> {
    this.#take()
    const res = this.#res
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.once('end', () =>
        resolve(chunks.length === 1 ? chunks[0]!.toString() : Buffer.concat(chunks).toString()),
      )
      res.once('error', reject)
      // destroyed before the end (the deadline, a cancel, a reset): no 'end' will come
      res.once('close', () => {
        if (!res.complete)
          reject(res.errored ?? new Error('The upstream closed the response early'))
      })
    })
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }

  #take(): void {
    if (this.#used) throw new TypeError('The response body was already read')
    this.#used = true
  }
}

/** Read-only `Headers` over node's lower-cased header object. */
class LeanHeaders {
  readonly #headers: http.IncomingHttpHeaders

  constructor(headers: http.IncomingHttpHeaders) {
    this.#headers = headers
  }

  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }

  has(name: string): boolean {
    return this.#headers[name.toLowerCase()] !== undefined
  }

  forEach(fn: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.#headers)) {
      const value = this.get(name)
      if (value !== null) fn(value, name)
    }
  }
}
