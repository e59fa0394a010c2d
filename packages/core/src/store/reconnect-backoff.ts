/**
 * postgres.js's `backoff`: seconds before the next attempt to reconnect after `attempt` failed ones,
 * at most 1 s, so that a restarted PostgreSQL is back in use within a second (postgres.js's own
 * backoff grows to 20 s). Its own module: importing it does not load postgres.js.
 */
export const reconnectBackoff = (attempt: number): number => Math.min(attempt * 0.25, 1)
