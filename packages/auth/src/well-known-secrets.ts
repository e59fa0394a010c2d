/** Secrets shipped in samples and defaults (ContextForge's among them); unfit for production. */
export const WELL_KNOWN_DEV_SECRETS: readonly string[] = Object.freeze([
  'my-test-key',
  'my-test-salt',
  'changeme',
  'change-me',
  'changeit',
  'dev-secret',
  'secret',
  'secret-key',
  'my-secret-key',
  'your-secret-key',
  'jwt-secret',
  'password',
  'admin',
  'test',
])

const known = new Set(WELL_KNOWN_DEV_SECRETS)

/** Whether a value is blank or a well-known development secret, ignoring case and edge spaces. */
export function isWellKnownSecret(value: string): boolean {
  const normalized = value.trim().toLowerCase()
  return normalized === '' || known.has(normalized)
}
