import { TranslateError } from './errors.js'

/** Where a CLI reports failure, and how it exits. */
export interface CliIo {
  stderr: NodeJS.WritableStream
  exit: (code: number) => void
}

/**
 * Runs a CLI body: an error becomes one line on stderr (`<name>: <message>`, never a stack trace)
 * and exit code 2 for bad options, 1 otherwise; so does an error thrown later, out of band.
 */
export function runCli(name: string, io: CliIo, body: () => Promise<void>): void {
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`${name}: ${message.split('\n')[0] ?? message}\n`)
    io.exit(error instanceof TranslateError && error.code === 'BAD_OPTION' ? 2 : 1)
  }
  process.on('uncaughtException', fail)
  process.on('unhandledRejection', fail)
  body().catch(fail)
}

/** The process environment without unset entries. */
export function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
