/** The MCP log levels (RFC 5424's syslog severities), most verbose first. */
export const LOG_LEVELS = [
  'debug',
  'info',
  'notice',
  'warning',
  'error',
  'critical',
  'alert',
  'emergency',
] as const

/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Whether a value is one of LOG_LEVELS. */
export const isLogLevel = (value: unknown): value is LogLevel =>
  LOG_LEVELS.includes(value as LogLevel)

/**
 * The log level each downstream session asked for (`logging/setLevel`), shared by every backend.
 * Upstream sessions are pooled, so an upstream is told the most verbose level any session asked
 * for, and each session hears only the logs at or above its own.
 */
export interface LogLevels {
  /** Records a session's level; answers the level to tell upstreams. */
  set(sessionId: string | undefined, level: LogLevel): LogLevel
  /** Whether a log of `level` reaches the session (one that set no level hears every log). */
  allows(sessionId: string | undefined, level: unknown): boolean
}

/**
 * Levels of the latest `max` sessions to set one (an ended session's is never read again; it may
 * keep the upstreams more verbose than the live ones ask, until it ages out).
 */
export function createLogLevels(max = 10_000): LogLevels {
  const levels = new Map<string, number>()
  return {
    set(sessionId, level) {
      const rank = LOG_LEVELS.indexOf(level)
      if (sessionId !== undefined) {
        levels.delete(sessionId)
        levels.set(sessionId, rank)
        if (levels.size > max) levels.delete(levels.keys().next().value as string)
      }
      return LOG_LEVELS[Math.min(rank, ...levels.values())] ?? level
    },
    allows(sessionId, level) {
      const floor = sessionId === undefined ? undefined : levels.get(sessionId)
      return floor === undefined || !isLogLevel(level) || LOG_LEVELS.indexOf(level) >= floor
    },
  }
}
