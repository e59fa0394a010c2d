import { AuthError } from '../auth-error.js'

/** The RFC 9728 document a client reads to learn how to get a token for a resource. */
export interface ProtectedResourceMetadata {
  resource: string
  authorization_servers: string[]
  scopes_supported?: string[]
  bearer_methods_supported: string[]
  resource_name?: string
}

/** What buildProtectedResourceMetadata needs. */
export interface ProtectedResourceMetadataOptions {
  /** The resource identifier: an absolute https (or http) URL without a fragment. */
  resource: string
  /** Issuer identifiers of the authorization servers whose tokens the resource accepts. */
  authorizationServers: readonly string[]
  scopesSupported?: readonly string[]
  /** A human-readable name. */
  resourceName?: string
}

const WELL_KNOWN = '/.well-known/oauth-protected-resource'

function resourceUrl(resource: string): URL {
  let url: URL
  try {
    url = new URL(resource)
  } catch {
    throw new AuthError('INVALID_INPUT', `resource '${resource}' is not an absolute URL`)
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hash !== '')
    throw new AuthError(
      'INVALID_INPUT',
      `resource '${resource}' must be an http(s) URL without a fragment`,
    )
  return url
}

/** The RFC 9728 metadata document of a protected resource (header bearer tokens only). */
export function buildProtectedResourceMetadata(
  options: ProtectedResourceMetadataOptions,
): ProtectedResourceMetadata {
  resourceUrl(options.resource)
  if (options.authorizationServers.length === 0)
    throw new AuthError(
      'INVALID_INPUT',
      'a protected resource needs at least one authorization server',
    )
  return {
    resource: options.resource,
    authorization_servers: [...options.authorizationServers],
    ...(options.scopesSupported && { scopes_supported: [...options.scopesSupported] }),
    bearer_methods_supported: ['header'],
    ...(options.resourceName !== undefined && { resource_name: options.resourceName }),
  }
}

/**
 * Where a resource's metadata lives (RFC 9728 section 3.1): the well-known path inserted between
 * host and path, so `https://gw/servers/a/mcp` -> `https://gw/.well-known/oauth-protected-resource/servers/a/mcp`.
 */
export function protectedResourceMetadataUrl(resource: string): string {
  const url = resourceUrl(resource)
  const path = url.pathname === '/' ? '' : url.pathname
  return `${url.origin}${WELL_KNOWN}${path}${url.search}`
}
