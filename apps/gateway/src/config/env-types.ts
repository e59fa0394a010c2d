import { z } from 'zod'

const truthy = new Set(['true', '1', 'yes'])
const booleans = new Set([...truthy, 'false', '0', 'no'])

/** A non-empty string, trimmed. */
export function text() {
  return z.string().trim().min(1, { error: 'must not be empty' })
}

/** A whole number from `min` (to `max` when given), from its decimal digits. */
export function wholeNumber(min: number, max?: number) {
  const error =
    max !== undefined
      ? `must be a whole number from ${min} to ${max}`
      : min === 1
        ? 'must be a positive whole number'
        : `must be a whole number of at least ${min}`
  return z
    .string()
    .trim()
    .refine(
      (s) =>
        /^\d+$/.test(s) &&
        Number.isSafeInteger(Number(s)) &&
        Number(s) >= min &&
        Number(s) <= (max ?? Number.MAX_SAFE_INTEGER),
      { error },
    )
    .transform(Number)
}

/** The longest a Node.js timer waits; a longer one fires at once. */
export const MAX_TIMER_MS = 2_147_483_647
/** MAX_TIMER_MS in whole seconds (about 24.8 days). */
export const MAX_TIMER_SECONDS = 2_147_483

/** A number greater than zero and at most `max`, decimals allowed (such as `0.5`). */
export function positiveNumber(max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .trim()
    .refine((s) => /^\d+(\.\d+)?$/.test(s) && Number(s) > 0 && Number(s) <= max, {
      error:
        max === Number.MAX_SAFE_INTEGER
          ? 'must be a number greater than 0'
          : `must be a number greater than 0 and at most ${max}`,
    })
    .transform(Number)
}

/** A number from 0 to 1, decimals allowed (such as `0.25`). */
export function fraction() {
  return z
    .string()
    .trim()
    .refine((s) => /^\d+(\.\d+)?$/.test(s) && Number(s) <= 1, {
      error: 'must be a number from 0 to 1',
    })
    .transform(Number)
}

/** A boolean written true/false, 1/0 or yes/no, in any case. */
export function flag() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => booleans.has(s), { error: 'must be true or false (or 1/0, yes/no)' })
    .transform((s) => truthy.has(s))
}

/** One of fixed values; `fold` makes the match case-insensitive, giving the canonical case. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fold?: 'lower' | 'upper',
) {
  const error = `must be one of ${values.join(', ')}`
  return z
    .string()
    .trim()
    .transform((s) => (fold === 'lower' ? s.toLowerCase() : fold === 'upper' ? s.toUpperCase() : s))
    .pipe(z.enum(values, { error }))
}

/** An absolute URL whose scheme is one of `protocols` (such as `https:`). */
export function urlOf(protocols: readonly string[], error: string) {
  return z
    .string()
    .trim()
    .refine((s) => hasProtocol(s, protocols) && new URL(s).host !== '', { error })
}

/** A database URL: `sqlite:///path/to/file.db` or `postgres(ql)://...`. */
export function databaseUrl() {
  return z
    .string()
    .trim()
    .refine(
      (s) =>
        (s.startsWith('sqlite:///') && s.length > 'sqlite:///'.length) ||
        hasProtocol(s, ['postgres:', 'postgresql:']),
      { error: 'must be sqlite:///path/to/file.db or postgres://user:password@host:5432/database' },
    )
}

/** An e-mail address, trimmed. */
export function email() {
  return z
    .string()
    .trim()
    .pipe(z.email({ error: 'must be an e-mail address' }))
}

/** Any string kept exactly as given (secrets: no trimming). */
export function secret() {
  return z.string()
}

function hasProtocol(value: string, protocols: readonly string[]): boolean {
  return URL.canParse(value) && protocols.includes(new URL(value).protocol)
}

/** A comma-separated list of non-empty items, trimmed. */
export function list() {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length > 0, { error: 'must list at least one item' })
}

/** A request budget written `requests/windowSeconds`, such as `100/60`. */
export function rate() {
  return z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,8}\/[1-9]\d{0,4}$/, {
      error: 'must be requests/windowSeconds, such as 100/60',
    })
    .transform((s) => {
      const [requests, windowSeconds] = s.split('/').map(Number)
      return { requests: requests ?? 1, windowSeconds: windowSeconds ?? 1 }
    })
    .refine((limit) => limit.windowSeconds <= 86_400, {
      error: 'windowSeconds must be at most 86400',
    })
}

/** Comma-separated `name=value` pairs (W3C baggage style, values percent-encoded), such as OTLP headers. */
export function pairs() {
  return z
    .string()
    .refine((s) => pairList(s).every((p) => /^\s*[\w.-]+\s*=/.test(p)), {
      error: 'must be comma-separated name=value pairs',
    })
    .refine(
      (s) => pairList(s).every((p) => percentDecoded(p.slice(p.indexOf('=') + 1)) !== undefined),
      {
        error: 'must percent-encode its values (% followed by two hex digits)',
      },
    )
    .transform((s) =>
      Object.fromEntries(
        pairList(s).map((p) => {
          const at = p.indexOf('=')
          return [p.slice(0, at).trim(), percentDecoded(p.slice(at + 1).trim()) ?? '']
        }),
      ),
    )
}

/** What HTTP can carry in a header value: tab, visible ASCII and space, and Latin-1. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

/** pairs() that become HTTP headers: each value, once decoded, one a header can carry. */
export function headerPairs() {
  return pairs().refine(
    (headers) => Object.values(headers).every((value) => HEADER_VALUE.test(value)),
    { error: 'must decode to header values (no control characters, Latin-1 only)' },
  )
}

const pairList = (s: string) => s.split(',').filter((p) => p.trim() !== '')

function percentDecoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}
