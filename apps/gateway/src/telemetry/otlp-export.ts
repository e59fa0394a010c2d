import http from 'node:http'
import https from 'node:https'
import type { Attributes, AttributeValue, Link } from '@opentelemetry/api'
import type { FinishedSpan, SpanEvent } from './span-recorder.js'

/** Where ended spans are posted and who they come from. */
export interface OtlpExportOptions {
  /** The full URL, `{endpoint}/v1/traces`. */
  url: string
  /** Sent with every export (collector credentials). */
  headers?: Record<string, string>
  serviceName: string
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

/**
 * OTLP/HTTP JSON export, in the shape the SDK's exporter posts: a batch goes out when 512 spans
 * wait or a second after the first of them; at most 2 posts at once (keep-alive); a post that fails
 * with 429, 502, 503, 504 or a network error is tried up to 3 times (once after close). Spans that cannot be sent, or
 * that arrive while 2048 wait, are dropped and counted (never thrown).
 */
export function createOtlpExporter(options: OtlpExportOptions): SpanExporter {
  const url = new URL(options.url)
  const transport = url.protocol === 'https:' ? https : http
  const agent = new transport.Agent({ keepAlive: true, maxSockets: IN_FLIGHT })
  const envelope = exportEnvelope(options.serviceName, options.serviceVersion)
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
  const attempt = (body: Buffer) =>
    new Promise<{ ok: boolean; retry: boolean; reason: string }>((resolve) => {
      // what 'close' reports unless the answer ended or an error came first
      let outcome = { ok: false, retry: true, reason: 'answer cut off' }
      const req = transport.request(
        url,
        {
          method: 'POST',
          agent,
          timeout: TIMEOUT_MS,
          headers: {
            'user-agent': `switchyard/${options.serviceVersion}`,
            ...options.headers,
            'content-type': 'application/json',
            'content-length': body.length,
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
      req.on('timeout', () => req.destroy(new Error('timed out')))
      req.on('error', (error) => {
        outcome = { ok: false, retry: true, reason: error.message }
      })
      req.on('close', () => resolve(outcome))
      req.end(body)
    })

  /**
   * Buffers bodies are encoded into, one per post under way, kept for the next: a fresh buffer of
   * a few hundred KB per post (and the page faults of its memory) cost more than the encoding.
   */
  const buffers: Buffer[] = []
  const post = async (batch: FinishedSpan[]) => {
    const json = JSON.stringify(envelope(batch.map(toOtlpSpan)))
    let buffer = buffers.pop()
    if (buffer === undefined || buffer.length < json.length * 3)
      buffer = Buffer.allocUnsafeSlow(json.length * 3)
    const body = buffer.subarray(0, buffer.write(json))
    try {
      for (let tries = 1; ; tries++) {
        const outcome = await attempt(body)
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

/** The parts of an export around its spans: resource (service name and version) and scope. */
function exportEnvelope(serviceName: string, serviceVersion: string) {
  const resource = {
    attributes: keyValues({ 'service.name': serviceName, 'service.version': serviceVersion }),
  }
  const scope = { name: 'switchyard', version: serviceVersion }
  return (spans: OtlpSpan[]) => ({ resourceSpans: [{ resource, scopeSpans: [{ scope, spans }] }] })
}

interface OtlpSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  traceState?: string
  name: string
  kind: number
  startTimeUnixNano: string
  endTimeUnixNano: string
  attributes: OtlpKeyValue[]
  events?: unknown[]
  status: { code: number; message?: string }
  links?: unknown[]
  flags: number
}
interface OtlpKeyValue {
  key: string
  value: OtlpValue
}
type OtlpValue =
  | { stringValue: string }
  | { intValue: number }
  | { doubleValue: number }
  | { boolValue: boolean }
  | { arrayValue: { values: OtlpValue[] } }
  | Record<string, never>

/** OTLP span flags: the W3C trace flags, and whether the parent is known to be remote. */
const flags = (traceFlags: number, remote: boolean) =>
  (traceFlags & 0xff) | 0x100 | (remote ? 0x200 : 0)

/**
 * One span as OTLP JSON has it (ids lowercase hex, times decimal nanoseconds, kind the API's + 1);
 * fields at their default (zero counts, no events, no links) are left out, as the protobuf JSON
 * mapping allows.
 */
function toOtlpSpan(span: FinishedSpan): OtlpSpan {
  const { context } = span
  const out: OtlpSpan = {
    traceId: context.traceId,
    spanId: context.spanId,
    name: span.name,
    kind: span.kind + 1,
    startTimeUnixNano: `${span.startTime}000`,
    endTimeUnixNano: `${span.endTime}000`,
    attributes: keyValues(span.attributes),
    status: span.status,
    flags: flags(context.traceFlags, span.parentIsRemote),
  }
  if (span.parentSpanId !== undefined) out.parentSpanId = span.parentSpanId
  const traceState = context.traceState?.serialize()
  if (traceState) out.traceState = traceState
  if (span.events) out.events = span.events.map(toOtlpEvent)
  if (span.links) out.links = span.links.map(toOtlpLink)
  return out
}

function toOtlpEvent(event: SpanEvent) {
  return {
    name: event.name,
    timeUnixNano: `${event.time}000`,
    attributes: keyValues(event.attributes ?? {}),
  }
}

function toOtlpLink({ context, attributes }: Link) {
  const traceState = context.traceState?.serialize()
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    ...(traceState && { traceState }),
    attributes: keyValues(attributes ?? {}),
    flags: flags(context.traceFlags, context.isRemote === true),
  }
}

function keyValues(attributes: Attributes): OtlpKeyValue[] {
  const out: OtlpKeyValue[] = []
  for (const key in attributes) {
    const value = attributes[key]
    if (value !== undefined && value !== null) out.push({ key, value: anyValue(value) })
  }
  return out
}

function anyValue(value: AttributeValue | null | undefined): OtlpValue {
  switch (typeof value) {
    case 'string':
      return { stringValue: value }
    case 'number':
      return Number.isInteger(value) ? { intValue: value } : { doubleValue: value }
    case 'boolean':
      return { boolValue: value }
  }
  return Array.isArray(value) ? { arrayValue: { values: value.map((item) => anyValue(item)) } } : {}
}
