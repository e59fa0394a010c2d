/** How much a bridge says on stderr. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'none'

/** The log levels, quietest last. */
export const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'none']

/** Writes lines to stderr (never stdout, which may carry the protocol). */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** A logger that writes `<name>: <message>` lines at or above `level` to a stream (stderr). */
export function createLogger(
  name: string,
  level: LogLevel,
  stream: NodeJS.WritableStream = process.stderr,
): Logger {
  const threshold = logLevels.indexOf(level)
  const at = (rank: number, tag: string) =>
    rank < threshold
      ? () => undefined
      : (message: string) => void stream.write(`${name}: ${tag}${message}\n`)
  return {
    debug: at(0, 'debug: '),
    info: at(1, ''),
    warn: at(2, 'warning: '),
    error: at(3, 'error: '),
  }
}

/** A logger that says nothing. */
export const silentLogger: Logger = createLogger('', 'none')
