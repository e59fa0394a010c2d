import { SECRET_MASK } from '@switchyard/core'
import { pino } from 'pino'
import type { LogLevel } from './config/env-vars.js'
import type { LogRing } from './logs/log-ring.js'
import { scrubSecrets } from './logs/scrub.js'

/** A log method: a message, or an object of fields with an optional message. */
export interface LogFn {
  (msg: string): void
  (obj: object, msg?: string): void
}

/** The logging surface the gateway depends on; pino implements it. */
export interface Logger {
  debug: LogFn
  info: LogFn
  warn: LogFn
  error: LogFn
  /** Whether records of `level` are written (to skip building fields nobody reads). */
  isLevelEnabled(level: LogLevel): boolean
  /** A logger that adds `bindings` to every record. */
  child(bindings: Record<string, unknown>): Logger
}

/** Where log lines go: anything with `write(line)`. */
export interface LogDestination {
  write(line: string): void
}

/** Options for createLogger. */
export interface LoggerOptions {
  level: LogLevel
  /** One readable line per record instead of JSON (for a terminal). */
  pretty?: boolean
  /** Defaults to stderr. */
  destination?: LogDestination
  /** Also keeps each record here (for `/admin/logs/stream`). */
  ring?: LogRing
}

const redactPaths = ['password', 'secret', 'authorization', 'cookie', 'token'].flatMap((key) => [
  key,
  `*.${key}`,
  `headers.${key}`,
  `*.headers.${key}`,
])

/**
 * Creates a pino logger writing JSON lines (or readable lines when `pretty`) to stderr. Secret
 * fields are redacted and credentials in free text (Bearer values, URL passwords) masked.
 */
export function createLogger(options: LoggerOptions): Logger {
  const out = options.destination ?? pino.destination({ dest: 2, sync: false })
  const { ring } = options
  return pino(
    {
      level: options.level,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths, censor: SECRET_MASK },
      hooks: {
        streamWrite(line) {
          const scrubbed = scrubSecrets(line)
          ring?.push(scrubbed)
          return scrubbed
        },
      },
    },
    options.pretty ? prettyDestination(out) : out,
  )
}

function prettyDestination(out: LogDestination): LogDestination {
  return { write: (line) => out.write(prettyLine(line)) }
}

function prettyLine(line: string): string {
  let record: Record<string, unknown>
  try {
    record = JSON.parse(line) as Record<string, unknown>
  } catch {
    return line
  }
  const { time, level, msg, err, ...fields } = record
  delete fields['pid']
  delete fields['hostname']
  const stamp = typeof time === 'number' ? new Date(time).toISOString().slice(11, 23) : '--:--:--'
  const parts = [
    stamp,
    (typeof level === 'string' ? level : 'log').toUpperCase().padEnd(5),
    typeof msg === 'string' ? msg : '',
  ]
  for (const [key, value] of Object.entries(fields)) {
    parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
  }
  const stack = errorStack(err)
  return `${parts.filter((part) => part !== '').join(' ')}${stack ? `\n${stack}` : ''}\n`
}

function errorStack(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined
  const { stack, message } = err as { stack?: unknown; message?: unknown }
  if (typeof stack === 'string') return stack
  return typeof message === 'string' ? message : undefined
}
