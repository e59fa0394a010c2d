import { useEffect, useRef, useState } from 'react'
import { api } from '../api/endpoints'

/** One log record as the gateway streams it (pino's JSON fields). */
export type LogRecord = Record<string, unknown> & { time: number; level: string; msg?: string }

/** The levels a filter may start from, lowest first. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const

/** Records kept in the page at most; older ones are dropped first. */
export const KEPT_RECORDS = 2000

const keys = new WeakMap<LogRecord, number>()
let received = 0

/** A record's key in lists: the order it arrived in. */
export function recordKey(record: LogRecord): string {
  return String(keys.get(record) ?? 0)
}

/** Where the stream stands. */
export type StreamState = 'connecting' | 'live' | 'retrying' | 'closed'

/** What useLogStream gives the page. */
export interface LogStream {
  /** Newest first, at most KEPT_RECORDS. */
  records: LogRecord[]
  /** Records that arrived while paused (counted, not shown). */
  held: number
  state: StreamState
  /** The filters of the connected stream (null until it is open). */
  applied: { level: string; q: string } | null
  clear: () => void
}

/** Keeps at most KEPT_RECORDS, newest first. */
function kept(newestFirst: LogRecord[], older: LogRecord[]): LogRecord[] {
  return [...newestFirst, ...older].slice(0, KEPT_RECORDS)
}

/**
 * Follows `/admin/logs/stream` (server-sent events) with the given filters; reconnects when they
 * change. Records arriving together are shown in one render; while paused they are held (bounded)
 * and shown on resume.
 */
export function useLogStream(filter: { level: string; q: string }, paused: boolean): LogStream {
  const [records, setRecords] = useState<LogRecord[]>([])
  const [state, setState] = useState<StreamState>('connecting')
  const [held, setHeld] = useState(0)
  const [applied, setApplied] = useState<LogStream['applied']>(null)
  const incoming = useRef<LogRecord[]>([])
  const pausedRef = useRef(paused)

  useEffect(() => {
    setRecords([])
    incoming.current = []
    setHeld(0)
    setState('connecting')
    setApplied(null)
    const params = new URLSearchParams({ backlog: '200' })
    if (filter.level) params.set('level', filter.level)
    if (filter.q) params.set('q', filter.q)
    const source = new EventSource(`/admin/logs/stream?${params}`)
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      timer = undefined
      if (pausedRef.current) {
        setHeld(incoming.current.length)
        return
      }
      const batch = incoming.current.reverse()
      incoming.current = []
      setHeld(0)
      setRecords((shown) => kept(batch, shown))
    }
    source.addEventListener('open', () => {
      setState('live')
      setApplied({ level: filter.level, q: filter.q })
    })
    source.addEventListener('log', (event) => {
      const record = JSON.parse((event as MessageEvent<string>).data) as LogRecord
      keys.set(record, ++received)
      incoming.current.push(record)
      if (incoming.current.length > KEPT_RECORDS) incoming.current.shift()
      timer ??= setTimeout(flush, 100)
    })
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        setState('closed')
        // A refused stream is most often an ended session: asking who we are sends us to sign in.
        void api.me().catch(() => undefined)
      } else setState('retrying')
    })
    return () => {
      source.close()
      if (timer) clearTimeout(timer)
    }
  }, [filter.level, filter.q])

  useEffect(() => {
    pausedRef.current = paused
    if (paused || incoming.current.length === 0) return
    const batch = incoming.current.reverse()
    incoming.current = []
    setHeld(0)
    setRecords((shown) => kept(batch, shown))
  }, [paused])

  return { records, held, state, applied, clear: () => setRecords([]) }
}
