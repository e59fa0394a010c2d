import type { UpstreamTarget } from './upstream-options.js'

const minimumSecretLength = 4

/** What an upstream's errors must never show: header values, URL credentials, query values. */
export function secretsOf(target: UpstreamTarget): string[] {
  const secrets = Object.values(target.headers ?? {})
  if (target.url !== undefined) {
    try {
      const url = new URL(target.url)
      secrets.push(target.url, url.password, decodeURIComponent(url.password), url.username)
      for (const value of url.searchParams.values()) secrets.push(value, encodeURIComponent(value))
    } catch {
      secrets.push(target.url)
    }
  }
  const unique = new Set(secrets.filter((secret) => secret.length >= minimumSecretLength))
  return [...unique].sort((a, b) => b.length - a.length)
}

/** Replaces every secret in a text with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let safe = text
  for (const secret of secrets) safe = safe.split(secret).join('***')
  return safe
}
