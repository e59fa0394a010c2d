import { TranslateError } from './errors.js'

/** The longest a Node.js timer can wait, in whole seconds (2^31 - 1 ms, about 24.8 days). */
export const MAX_TIMER_SECONDS = 2_147_483

/**
 * Reads a duration in seconds (fractions allowed) as milliseconds for a timer; throws BAD_OPTION
 * naming `name` when it is not a number, below 0 (or 0 itself unless `zeroAllowed`), or longer
 * than a timer can wait (a longer one would fire at once).
 */
export function parseSeconds(name: string, text: string, zeroAllowed: boolean): number {
  const ms = Math.round(Number(text) * 1000)
  if (text.trim() === '' || !(ms >= (zeroAllowed ? 0 : 1) && ms <= MAX_TIMER_SECONDS * 1000)) {
    const what = zeroAllowed ? 'a number of seconds (0 or more)' : 'a positive number of seconds'
    throw new TranslateError(
      'BAD_OPTION',
      `${name} must be ${what}, at most ${MAX_TIMER_SECONDS} (about 24.8 days), got "${text}"`,
    )
  }
  return ms
}

/**
 * A library option's timer in milliseconds, `fallback` when not given; throws BAD_OPTION naming
 * `name` when it is not a whole number, below 0 (or 0 itself unless `zeroAllowed`), or longer
 * than a timer can wait.
 */
export function timerMs(
  name: string,
  ms: number | undefined,
  fallback: number,
  zeroAllowed: boolean,
): number {
  if (ms === undefined) return fallback
  if (!Number.isInteger(ms) || ms < (zeroAllowed ? 0 : 1) || ms > MAX_TIMER_SECONDS * 1000) {
    const what = zeroAllowed
      ? 'a whole number of milliseconds (0 or more)'
      : 'a positive whole number of milliseconds'
    throw new TranslateError(
      'BAD_OPTION',
      `${name} must be ${what}, at most ${MAX_TIMER_SECONDS * 1000}, got ${String(ms)}`,
    )
  }
  return ms
}
