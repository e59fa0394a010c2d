/** postgres.js and Node socket codes of a lost or refused connection. */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
])

/** True for a failure to reach the store (or Redis) rather than a failed statement: a 503, not a 500. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return false
  // PostgreSQL's class 08 (connection exception) and 57P0x (shutting down, cannot connect now).
  return CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code)
}
