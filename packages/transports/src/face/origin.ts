/**
 * Whether an `Origin` header value is on the allow list: a full origin (`https://a.example:8443`),
 * a bare hostname (any scheme and port) or `*`. Unparseable values, `null` included, are refused.
 */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  return allowed.some(
    (entry) =>
      entry === '*' || entry === url.origin || (!entry.includes('://') && entry === url.hostname),
  )
}
