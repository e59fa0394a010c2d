import { GatewayError } from '../errors.js'

/** Failed-login lockout: `maxAttempts` failures within `durationMs` lock the account for `durationMs`. */
export interface LoginLockout {
  maxAttempts: number
  durationMs: number
}

export const DEFAULT_LOCKOUT: LoginLockout = { maxAttempts: 5, durationMs: 15 * 60_000 }

/** E-mails without an account tracked at once; the oldest is forgotten first. */
const UNKNOWN_CAPACITY = 10_000

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

interface UnknownEntry {
  failures: number
  lastFailedAt: number
  lockedUntil: number
}

/**
 * The lockout rule for e-mails that have no account, kept in memory (per replica, bounded), so that
 * such an e-mail locks as an account would and lockout does not tell which accounts exist.
 */
export function createUnknownLockout(lockout: LoginLockout, capacity = UNKNOWN_CAPACITY) {
  const entries = new Map<string, UnknownEntry>()
  return {
    /** 429 while the e-mail is locked. */
    assertUnlocked(email: string): void {
      assertNotLocked(lockout, entries.get(email)?.lockedUntil ?? 0)
    },

    /** Counts a failure as the store does for an account: the one reaching the limit locks. */
    recordFailure(email: string): void {
      const now = Date.now()
      const entry = entries.get(email)
      const inWindow = entry !== undefined && entry.lastFailedAt > now - lockout.durationMs
      const failures = inWindow ? entry.failures + 1 : 1
      entries.delete(email)
      if (entries.size >= capacity) entries.delete(entries.keys().next().value as string)
      entries.set(
        email,
        failures < lockout.maxAttempts
          ? { failures, lastFailedAt: now, lockedUntil: 0 }
          : { failures: 0, lastFailedAt: 0, lockedUntil: now + lockout.durationMs },
      )
    },
  }
}
