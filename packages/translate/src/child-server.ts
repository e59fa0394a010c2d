import { spawnChild } from './child-link.js'
import { TranslateError } from './errors.js'
import type { Logger } from './logger.js'
import type { LinkFactory } from './server-link.js'
import { untilAborted } from './until-aborted.js'

/** How a bridge starts its stdio server. */
export interface ChildServerOptions {
  /** A shell command line. */
  command: string
  /** The environment every child starts from; a session's header values are added to it. */
  env: Record<string, string>
  logger: Logger
  maxMessageBytes: number
  killGraceMs: number
}

/**
 * A link factory that starts a child for every link it makes (a session's own, or the shared one).
 * A child that ends by itself is logged (warning) as well as told to the sessions it served.
 */
export function childServers(options: ChildServerOptions): LinkFactory {
  return (handlers, env) =>
    spawnChild(
      { ...options, env: { ...options.env, ...env } },
      {
        ...handlers,
        onClose: (reason) => {
          options.logger.warn(reason)
          handlers.onClose(reason)
        },
      },
    )
}

/**
 * Starts the command once and fails with a clear error if it cannot start or exits within
 * `graceMs` (a typo, a missing package); the probe is ended either way, also when `signal` aborts
 * the wait (then this rejects with its reason).
 */
export async function checkCommand(
  options: ChildServerOptions,
  graceMs: number,
  signal?: AbortSignal,
): Promise<void> {
  let early: string | undefined
  const probe = spawnChild(options, {
    onMessage: () => undefined,
    onClose: (reason) => (early = reason),
  })
  const waited = Promise.race([
    probe.exited,
    new Promise((resolve) => setTimeout(resolve, graceMs)),
  ])
  try {
    await untilAborted(waited, signal)
  } finally {
    await probe.close()
  }
  if (early !== undefined) {
    throw new TranslateError('COMMAND_FAILED', `the command "${options.command}": ${early}`)
  }
}
