/** One log record as the ring keeps it: pino's JSON fields. */
export type LogRecord = Record<string, unknown> & { time: number; level: string; msg?: string }

/**
 * Which records a reader wants: at least `level`, with `q` (case-insensitive) in the message or a
 * field's value (not in field names or JSON escaping).
 */
export interface LogFilter {
  level?: string
  q?: string
}

/** pino's levels, lowest first. */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal']

/**
 * The most recent log records in memory, this process's and (in a cluster) the other replicas',
 * kept in time order, and live delivery of new ones to subscribers.
 */
export class LogRing {
  readonly #capacity: number
  readonly #records: { record: LogRecord; text: string }[] = []
  readonly #subscribers = new Set<(record: LogRecord, text: string) => void>()
  readonly #forwards = new Set<(line: string) => void>()

  /** Keeps the last `capacity` records (default 1,000). */
  constructor(capacity = 1000) {
    this.#capacity = capacity
  }

  get capacity(): number {
    return this.#capacity
  }

  /** Takes one JSON log line of this process (as pino writes it); other lines are ignored. */
  push(line: string): void {
    if (this.#keep(line)) for (const forward of this.#forwards) forward(line)
  }

  /** Takes a JSON log line another replica wrote (see forward). */
  receive(line: string): void {
    this.#keep(line)
  }

  /** Calls `listener` with each line this process pushes, until the returned function is called. */
  forward(listener: (line: string) => void): () => void {
    this.#forwards.add(listener)
    return () => void this.#forwards.delete(listener)
  }

  #keep(line: string): boolean {
    let record: LogRecord
    try {
      record = JSON.parse(line) as LogRecord
    } catch {
      return false
    }
    if (typeof record !== 'object' || record === null || typeof record.time !== 'number')
      return false
    const text = searchText(record)
    // after the last one not later: a line from another replica may come a little late
    let at = this.#records.length
    while (at > 0 && this.#records[at - 1]!.record.time > record.time) at--
    this.#records.splice(at, 0, { record, text })
    if (this.#records.length > this.#capacity) this.#records.shift()
    for (const subscriber of this.#subscribers) subscriber(record, text)
    return true
  }

  /** The kept records that match, oldest first. */
  recent(filter: LogFilter = {}): LogRecord[] {
    const matches = matcher(filter)
    return this.#records.filter((r) => matches(r.record, r.text)).map((r) => r.record)
  }

  /** Calls `listener` with each new matching record until the returned function is called. */
  subscribe(filter: LogFilter, listener: (record: LogRecord) => void): () => void {
    const matches = matcher(filter)
    const subscriber = (record: LogRecord, text: string) => {
      if (matches(record, text)) listener(record)
    }
    this.#subscribers.add(subscriber)
    return () => void this.#subscribers.delete(subscriber)
  }
}

/** A record's values, nested ones too, lowercased one per line: what `q` searches. */
function searchText(record: LogRecord): string {
  const values: string[] = []
  const collect = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values.push(String(value))
    else if (typeof value === 'object' && value !== null)
      for (const v of Object.values(value)) collect(v)
  }
  collect(record)
  return values.join('\n').toLowerCase()
}

function matcher(filter: LogFilter): (record: LogRecord, text: string) => boolean {
  const floor = filter.level === undefined ? 0 : LEVELS.indexOf(filter.level)
  const q = filter.q?.toLowerCase()
  return (record, text) =>
    LEVELS.indexOf(record.level) >= floor && (q === undefined || text.includes(q))
}

/** The level names a filter may use. */
export const LOG_FILTER_LEVELS = LEVELS as readonly string[]
