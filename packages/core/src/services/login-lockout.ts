import { GatewayError } from '../errors.js'

/** Failed-login lockout: `maxAttempts` failures within `durationMs` lock the account for `durationMs`. */
export interface LoginLockout {
  maxAttempts: number
  durationMs: number
}

export const DEFAULT_LOCKOUT: LoginLockout = { maxAttempts: 5, durationMs: 15 * 60_000 }

/** Throws 429 with Retry-After while `lockedUntil` (epoch ms) is in the future. */
export function assertNotLocked(lockout: LoginLockout, lockedUntil: number): void {
  const seconds = Math.ceil((lockedUntil - Date.now()) / 1000)
  if (seconds <= 0) return
  throw new GatewayError(
    'RATE_LIMITED',
    `account locked after ${lockout.maxAttempts} failed logins; try again in ${seconds} s`,
    { headers: { 'Retry-After': String(seconds) } },
  )
}
