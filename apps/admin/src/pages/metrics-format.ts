// How the metrics tables show their numbers.

/** A latency: whole milliseconds, one decimal under 10 ms ("124 ms", "3.2 ms", "1,250 ms"). */
export function formatMs(value: number | null): string {
  if (value === null) return '—'
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value)
  return `${rounded.toLocaleString()} ms`
}

/** A share of calls as a percentage with one decimal ("12.5%"). */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`
}

/** When something last happened: the time today, the date and time before today. */
export function formatWhen(iso: string | null, now = new Date()): string {
  if (!iso) return '—'
  const at = new Date(iso)
  return at.toDateString() === now.toDateString() ? at.toLocaleTimeString() : at.toLocaleString()
}
