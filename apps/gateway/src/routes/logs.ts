import { z } from 'zod'
import { defineRoute, type Route } from '../http/route.js'
import {
  LOG_FILTER_LEVELS,
  type LogFilter,
  type LogRecord,
  type LogRing,
} from '../logs/log-ring.js'

const BACKLOG_RULE = { error: 'must be a whole number from 0 to 10000' }

const LogStreamQuerySchema = z.object({
  // any case, as LOG_LEVEL takes it
  level: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.toLowerCase() : value),
      z.enum(LOG_FILTER_LEVELS as [string, ...string[]], {
        error: `must be one of ${LOG_FILTER_LEVELS.join(', ')}`,
      }),
    )
    .optional(),
  q: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  // an empty value is no number (coercion would read it as 0)
  backlog: z
    .preprocess(
      (value) => (value === '' ? Number.NaN : value),
      z.coerce
        .number(BACKLOG_RULE)
        .int(BACKLOG_RULE)
        .min(0, BACKLOG_RULE)
        .max(10_000, BACKLOG_RULE),
    )
    .default(100),
})

/** Seconds between SSE comments that keep idle proxies from closing the stream. */
const KEEPALIVE_MS = 15_000

/** `GET /admin/logs/stream`: recent and live log records as server-sent events; admins only. */
export function logRoutes(logs: LogRing): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/logs/stream',
      summary:
        'Stream log records (server-sent events `log`): the last `backlog` kept ones, then live; filter by least `level` and text `q`',
      tag: 'Logs',
      query: LogStreamQuerySchema,
      handle({ c, query, authorize }) {
        authorize('admin.logs')
        const filter: LogFilter = {
          ...(query.level !== undefined && { level: query.level }),
          ...(query.q !== undefined && query.q !== '' && { q: query.q }),
        }
        const body = sseOf(logs, filter, query.backlog, c.req.raw.signal)
        return new Response(body, {
          headers: {
            'content-type': 'text/event-stream',
            'cache-control': 'no-cache',
            connection: 'keep-alive',
          },
        })
      },
    }),
  ]
}

function sseOf(
  logs: LogRing,
  filter: LogFilter,
  backlog: number,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let stop = () => {}
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text))
      }
      const send = (record: LogRecord) => write(`event: log\ndata: ${JSON.stringify(record)}\n\n`)
      write(': switchyard logs\n\n')
      const kept = logs.recent(filter)
      for (const record of backlog === 0 ? [] : kept.slice(-backlog)) send(record)
      const unsubscribe = logs.subscribe(filter, send)
      const keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS)
      stop = () => {
        if (!open) return
        open = false
        unsubscribe()
        clearInterval(keepalive)
        signal.removeEventListener('abort', onAbort)
      }
      const onAbort = () => {
        const wasOpen = open
        stop()
        if (wasOpen) controller.close()
      }
      signal.addEventListener('abort', onAbort, { once: true })
    },
    cancel: () => stop(),
  })
}
