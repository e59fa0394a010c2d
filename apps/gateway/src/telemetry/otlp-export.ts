import http from 'node:http'
import https from 'node:https'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { OtlpEncoding } from './otlp-encoding.js'
import type { FinishedSpan } from './span-recorder.js'

/** Where ended spans are posted and who they come from. */
export interface OtlpExportOptions {
  /** The full URL, such as `{endpoint}/v1/traces`. */
  url: string
  /** Sent with every export (collector credentials). */
  headers?: Record<string, string>
  /** How spans are written: protobuf or JSON. */
  encoding: OtlpEncoding
  /** Whether a body is sent gzip-compressed. */
  gzip?: boolean
  /** How long one post may take, from sending to the end of the answer; 10 s unless told. */
  timeoutMs?: number
  /** Sent as the user agent. */
  serviceVersion: string
  /** Told (at most once a minute) when spans are dropped: export failed, or the queue was full. */
  warn: (message: string, fields: Record<string, unknown>) => void
}

/** Takes ended spans and posts them in batches. */
export interface SpanExporter {
  add(span: FinishedSpan): void
  /** Posts every span waiting and waits for every post under way. */
  flush(): Promise<void>
  /** Flushes, then takes no more spans. */
  close(): Promise<void>
}

/** The OpenTelemetry SDK's batch defaults, with a shorter delay. */
const BATCH = 512
const QUEUE = 2048
const DELAY_MS = 1000
const IN_FLIGHT = 2
const TIMEOUT_MS = 10_000
const ATTEMPTS = 3
const RETRYABLE = new Set([429, 502, 503, 504])
const WARN_EVERY_MS = 60_000
const gzipped = promisify(gzip)

/**
 * OTLP/HTTP export (gzip-compressed when told), batched as the SDK's exporter batches: a batch
 * goes out when 512 spans wait or a second after the first of them; at most 2 posts at once
 * (keep-alive); a post that fails with 429, 502, 503, 504 or a network error, or outlasts its
 * timeout, is tried up to 3 times (once after close). Spans that cannot be sent, or that arrive
 * while 2048 wait, are dropped and counted (never thrown).
 */
export function createOtlpExporter(options: OtlpExportOptions): SpanExporter {
  const url = new URL(options.url)
  const transport = url.protocol === 'https:' ? https : http
  const agent = new transport.Agent({ keepAlive: true, maxSockets: IN_FLIGHT })
  const { encoding, timeoutMs = TIMEOUT_MS } = options
  const queue: FinishedSpan[] = []
  const posts = new Set<Promise<void>>()
  let timer: NodeJS.Timeout | undefined
  let closed = false
  let dropped = 0
  let warnedAt = -Infinity

  const drop = (count: number, reason: string) => {
    dropped += count
    const now = Date.now()
    if (now - warnedAt < WARN_EVERY_MS) return
    warnedAt = now
    options.warn('spans dropped', { reason, droppedSoFar: dropped })
  }

  /** One post; settles once the request is done with `body` (its 'close'), so it can be reused. */
  const attempt = (body: Buffer, contentEncoding: string | undefined) =>
    new Promise<{ ok: boolean; retry: boolean; reason: string }>((resolve) => {
      // what 'close' reports unless the answer ended or an error came first
      let outcome = { ok: false, retry: true, reason: 'answer cut off' }
      let req: ReturnType<typeof transport.request>
      try {
        req = transport.request(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              'user-agent': `switchyard/${options.serviceVersion}`,
              ...options.headers,
              'content-type': encoding.contentType,
              'content-length': body.length,
              ...(contentEncoding && { 'content-encoding': contentEncoding }),
            },
          },
          (res) => {
            res.resume()
            const status = res.statusCode ?? 0
            const ok = status >= 200 && status < 300
            res.on('end', () => {
              outcome = { ok, retry: RETRYABLE.has(status), reason: `HTTP ${status}` }
            })
          },
        )
      } catch (error) {
        // a post node refuses to start (a header it cannot send) is not tried again
        return resolve({ ok: false, retry: false, reason: (error as Error).message })
      }
      const deadline = setTimeout(() => req.destroy(new Error('timed out')), timeoutMs)
      req.on('error', (error) => {
        outcome = { ok: false, retry: true, reason: error.message }
      })
      req.on('close', () => {
        clearTimeout(deadline)
        resolve(outcome)
      })
      req.end(body)
    })

  /** Buffers bodies are encoded into, one per post under way, kept for the next. */
  const buffers: Buffer[] = []
  const post = async (batch: FinishedSpan[]) => {
    const { buffer, body: encoded } = encoding.encode(batch, buffers.pop())
    try {
      // in libuv's thread pool, not on the event loop
      const body = options.gzip ? await gzipped(encoded) : encoded
      const contentEncoding = options.gzip ? 'gzip' : undefined
      for (let tries = 1; ; tries++) {
        const outcome = await attempt(body, contentEncoding)
        if (outcome.ok) return
        // once closing, no second try: a shutdown waits for one post at most
        if (!outcome.retry || tries === ATTEMPTS || closed)
          return drop(batch.length, outcome.reason)
        // kept referenced, like the post itself: flush() and close() settle
        await new Promise((resolve) => setTimeout(resolve, tries * 500))
      }
    } finally {
      buffers.push(buffer)
    }
  }

  /** Starts posts while spans wait (whole batches only unless `all`) and fewer than 2 are under way. */
  const send = (all: boolean) => {
    clearTimeout(timer)
    timer = undefined
    while (queue.length >= (all ? 1 : BATCH) && posts.size < IN_FLIGHT) {
      const sent = post(queue.splice(0, BATCH)).finally(() => {
        posts.delete(sent)
        if (queue.length >= BATCH) send(false)
      })
      posts.add(sent)
    }
    if (queue.length > 0) schedule()
  }

  /** Sends what waits a second from now, unless a send is already due. */
  const schedule = () => {
    timer ??= setTimeout(() => send(true), DELAY_MS).unref()
  }

  const flush = async () => {
    while (queue.length > 0 || posts.size > 0) {
      send(true)
      await Promise.all(posts)
    }
  }

  return {
    add(span) {
      if (closed) return
      if (queue.length >= QUEUE) return drop(1, 'queue full')
      queue.push(span)
      if (queue.length >= BATCH) send(false)
      else schedule()
    },
    flush,
    async close() {
      closed = true
      await flush()
      agent.destroy()
    },
  }
}
