import type { LookupFunction } from 'node:net'
import type { Client, Dispatcher, Pool } from 'undici'
import { abortError } from './abort-error.js'
import type { LeanPost } from './lean-fetch.js'

type Undici = typeof import('undici')

let undici: Undici | undefined
let loading: Promise<Undici> | undefined
/** undici, imported on the first direct POST (a gateway without streamable HTTP upstreams never needs it). */
const loadUndici = (): Promise<Undici> =>
  (loading ??= import('undici').then((module) => (undici = module)))

/** The direct path's POSTs to one upstream: undici pools, one per origin. */
export interface DirectPost {
  post: (url: URL, init: LeanPost) => Promise<Response>
  close: () => void
}

/** A pooled connection that counts the answers it has read since it last connected. */
type CountingClient = Client & { answered: number }

/**
 * The direct path's POST over undici's dispatcher: no ClientRequest, agent bookkeeping or
 * IncomingMessage per call, a JSON answer gathered as a string, a web stream only for an SSE one.
 * A kept-alive connection the upstream reset before answering (the request never reached it) is
 * sent again, once, on a fresh connection; the deadline spans both sends.
 */
export function createDirectPost(lookup: LookupFunction | undefined): DirectPost {
  const pools = new Map<string, Pool>()
  let closed = false
  const poolFor = (origin: string, module: Undici): Pool => {
    let pool = pools.get(origin)
    if (pool === undefined) {
      pool = new module.Pool(origin, {
        // the deadline is the caller's; an SSE answer may stay quiet for long
        headersTimeout: 0,
        bodyTimeout: 0,
        ...(lookup && { connect: { lookup } }),
        factory: (at, options) => countingClient(module, at, options),
      })
      pools.set(origin, pool)
    }
    return pool
  }
  const send = (module: Undici, url: URL, init: LeanPost): Promise<Response> =>
    new Promise((resolve, reject) => {
      new Exchange(poolFor(url.origin, module), url, init, resolve, reject).start()
    })
  return {
    post(url, init) {
      if (init.signal?.aborted) return Promise.reject(abortError(init.signal))
      if (undici !== undefined) return send(undici, url, init)
      return loadUndici().then((module) => {
        if (closed) throw new Error('The upstream connection is closed')
        return send(module, url, init)
      })
    },
    close() {
      closed = true
      for (const pool of pools.values()) void pool.destroy().catch(() => undefined)
      pools.clear()
    },
  }
}

/** A pool's client that tells each exchange it serves which client it is (for the resend rule). */
function countingClient(module: Undici, origin: URL, options: object): CountingClient {
  const client = new module.Client(origin, options) as CountingClient
  client.answered = 0
  client.on('connect', () => (client.answered = 0))
  const dispatch = client.dispatch.bind(client)
  client.dispatch = (dispatched, handler) => {
    if (handler instanceof Exchange) handler.via(client)
    return dispatch(dispatched, handler)
  }
  return client
}

/** One POST: its deadline, its cancel listener, and undici's handler callbacks. */
class Exchange implements Dispatcher.DispatchHandler {
  readonly #pool: Pool
  readonly #options: Dispatcher.DispatchOptions
  readonly #init: LeanPost
  readonly #resolve: (response: Response) => void
  readonly #reject: (error: unknown) => void
  readonly #timer: NodeJS.Timeout
  #client: CountingClient | undefined
  #abort: ((error: Error) => void) | undefined
  /** Set once the caller has its answer or its failure. */
  #settled = false
  #cancelled: Error | undefined
  #retried = false
  #status = 0
  #statusText = ''
  #headers: RawHeaders | undefined
  #chunks: Buffer[] = []
  #stream: ReadableStreamDefaultController<Uint8Array> | undefined

  constructor(
    pool: Pool,
    url: URL,
    init: LeanPost,
    resolve: (response: Response) => void,
    reject: (error: unknown) => void,
  ) {
    this.#pool = pool
    this.#options = {
      path: url.pathname + url.search,
      method: 'POST',
      headers: init.headers,
      body: init.body,
    }
    this.#init = init
    this.#resolve = resolve
    this.#reject = reject
    const { timeout } = init
    this.#timer = setTimeout(() => this.#cancel((timeout.fired = timeout.error())), timeout.ms)
    init.signal?.addEventListener('abort', this.#onAbort, { once: true })
  }

  start(): void {
    this.#pool.dispatch(this.#options, this)
  }

  /** The pooled client the exchange was handed to. */
  via(client: CountingClient): void {
    this.#client = client
  }

  readonly #onAbort = (): void => this.#cancel(abortError(this.#init.signal))

  #cancel(error: Error): void {
    this.#cancelled = error
    if (this.#abort) this.#abort(error)
    else this.#fail(error)
  }

  #done(): void {
    clearTimeout(this.#timer)
    this.#init.signal?.removeEventListener('abort', this.#onAbort)
  }

  #fail(error: unknown): void {
    this.#done()
    if (this.#stream) {
      this.#stream.error(error)
      this.#stream = undefined
    }
    if (this.#settled) return
    this.#settled = true
    this.#reject(error)
  }

  onConnect(abort: (error?: Error) => void): void {
    this.#abort = abort
    if (this.#cancelled) abort(this.#cancelled)
  }

  onHeaders(status: number, headers: Buffer[], _resume: () => void, statusText: string): boolean {
    if (status < 200) return true // informational
    this.#status = status
    this.#statusText = statusText
    const read = (this.#headers = new RawHeaders(headers))
    if (!(read.get('content-type') ?? '').startsWith('text/event-stream')) return true
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => (this.#stream = controller),
      cancel: () => this.#abort?.(new Error('The answer was cancelled')),
    })
    this.#settled = true
    this.#resolve(new DirectResponse(status, statusText, read, '', body) as unknown as Response)
    return true
  }

  onData(chunk: Buffer): boolean {
    if (this.#stream) this.#stream.enqueue(chunk)
    else this.#chunks.push(chunk)
    return true
  }

  onComplete(): void {
    this.#done()
    if (this.#client) this.#client.answered++
    if (this.#stream) {
      this.#stream.close()
      this.#stream = undefined
      return
    }
    if (this.#settled) return
    this.#settled = true
    const chunks = this.#chunks
    const text = chunks.length === 1 ? chunks[0]!.toString() : Buffer.concat(chunks).toString()
    this.#resolve(
      new DirectResponse(
        this.#status,
        this.#statusText,
        this.#headers ?? new RawHeaders([]),
        text,
      ) as unknown as Response,
    )
  }

  onError(error: Error): void {
    const code = (error as NodeJS.ErrnoException).code
    const reset = code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
    // no answer yet on a connection that had answered before: the upstream closed it while idle
    if (
      reset &&
      this.#status === 0 &&
      !this.#retried &&
      this.#cancelled === undefined &&
      (this.#client?.answered ?? 0) > 0
    ) {
      this.#retried = true
      this.#client = undefined
      this.#abort = undefined
      this.start()
      return
    }
    this.#fail(this.#cancelled ?? error)
  }
}

/** The part of a fetch `Response` the direct path reads: status, headers, the text or the SSE stream. */
class DirectResponse {
  readonly status: number
  readonly statusText: string
  readonly headers: Headers
  readonly #text: string
  #body: ReadableStream<Uint8Array> | undefined

  constructor(
    status: number,
    statusText: string,
    headers: RawHeaders,
    text: string,
    body?: ReadableStream<Uint8Array>,
  ) {
    this.status = status
    this.statusText = statusText
    this.headers = headers as unknown as Headers
    this.#text = text
    this.#body = body
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#body ?? null
  }

  async text(): Promise<string> {
    if (this.#body === undefined) return this.#text
    let text = ''
    const decoder = new TextDecoder()
    for await (const chunk of this.#body) text += decoder.decode(chunk, { stream: true })
    return text + decoder.decode()
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }
}

/** Read-only `Headers` over undici's raw header list (names and values alternating), read in place. */
class RawHeaders {
  readonly #raw: Buffer[]

  constructor(raw: Buffer[]) {
    this.#raw = raw
  }

  get(name: string): string | null {
    const wanted = name.toLowerCase()
    let value: string | null = null
    for (let i = 0; i < this.#raw.length; i += 2) {
      const at = this.#raw[i]!
      if (at.length !== wanted.length || at.toString('latin1').toLowerCase() !== wanted) continue
      const next = this.#raw[i + 1]!.toString('latin1')
      value = value === null ? next : `${value}, ${next}`
    }
    return value
  }

  has(name: string): boolean {
    return this.get(name) !== null
  }

  forEach(fn: (value: string, name: string) => void): void {
    const seen = new Set<string>()
    for (let i = 0; i < this.#raw.length; i += 2) {
      const name = this.#raw[i]!.toString('latin1').toLowerCase()
      if (seen.has(name)) continue
      seen.add(name)
      fn(this.get(name)!, name)
    }
  }
}
