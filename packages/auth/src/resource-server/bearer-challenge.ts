/** The parameters of a `WWW-Authenticate: Bearer` challenge (RFC 6750 section 3, RFC 9728 section 5.1). */
export interface BearerChallengeOptions {
  /** The URL of the resource's RFC 9728 metadata. */
  resourceMetadata: string
  /** `invalid_request`, `invalid_token` or `insufficient_scope`; absent when no token was sent. */
  error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope'
  errorDescription?: string
  /** Scopes the request needs. */
  scopes?: readonly string[]
}

// A quoted-string may not hold control characters, nor `"` or `\` unescaped.
const quote = (value: string) => {
  const printable = [...value].map((ch) => (ch < ' ' || ch === '\x7f' ? ' ' : ch)).join('')
  return `"${printable.replace(/["\\]/g, '\\$&')}"`
}

/** The value of a `WWW-Authenticate` header for a bearer-token resource. */
export function bearerChallenge(options: BearerChallengeOptions): string {
  const params: [string, string][] = []
  if (options.error) params.push(['error', options.error])
  if (options.errorDescription) params.push(['error_description', options.errorDescription])
  if (options.scopes && options.scopes.length > 0) params.push(['scope', options.scopes.join(' ')])
  params.push(['resource_metadata', options.resourceMetadata])
  return `Bearer ${params.map(([name, value]) => `${name}=${quote(value)}`).join(', ')}`
}
