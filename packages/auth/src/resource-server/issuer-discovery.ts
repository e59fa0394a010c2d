import { AuthError } from '../auth-error.js'

/** What discoverJwksUri needs. */
export interface IssuerDiscoveryOptions {
  /** Gives up on each metadata request after this many milliseconds; defaults to 5000. */
  timeoutMs?: number
  fetch?: typeof fetch
}

/**
 * The metadata URLs of an issuer, in the order MCP clients try them: RFC 8414 (path inserted after
 * the well-known prefix), then OpenID Connect Discovery (path appended).
 */
export function issuerMetadataUrls(issuer: string): string[] {
  const url = new URL(issuer)
  const path = url.pathname.replace(/\/$/, '')
  return [
    `${url.origin}/.well-known/oauth-authorization-server${path}`,
    `${url.origin}${path}/.well-known/openid-configuration`,
  ]
}

/** Finds an issuer's `jwks_uri` from its published metadata, whose `issuer` must match exactly. */
export async function discoverJwksUri(
  issuer: string,
  options: IssuerDiscoveryOptions = {},
): Promise<string> {
  const fetcher = options.fetch ?? fetch
  const problems: string[] = []
  for (const url of issuerMetadataUrls(issuer)) {
    let metadata: unknown
    try {
      const response = await fetcher(url, {
        headers: { accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      })
      if (!response.ok) {
        problems.push(`${url}: HTTP ${response.status}`)
        continue
      }
      metadata = await response.json()
    } catch (error) {
      problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    const { issuer: stated, jwks_uri: jwksUri } = (metadata ?? {}) as Record<string, unknown>
    if (stated !== issuer) {
      problems.push(`${url}: its issuer ${JSON.stringify(stated)} is not '${issuer}'`)
      continue
    }
    if (typeof jwksUri !== 'string' || !/^https?:\/\//.test(jwksUri)) {
      problems.push(`${url}: no http(s) jwks_uri`)
      continue
    }
    return jwksUri
  }
  throw new AuthError(
    'INVALID_TOKEN',
    `the signing keys of issuer '${issuer}' could not be found (${problems.join('; ')})`,
  )
}
