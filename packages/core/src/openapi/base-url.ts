import { GatewayError } from '../errors.js'

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A server object's URL with its variables set to their defaults. */
function serverUrl(server: Record<string, unknown>): string {
  const variables = isObject(server.variables) ? server.variables : {}
  return (typeof server.url === 'string' ? server.url : '/').replace(
    /\{([^}]+)\}/g,
    (whole, name: string) => {
      const variable = variables[name]
      return isObject(variable) && typeof variable.default === 'string' ? variable.default : whole
    },
  )
}

/**
 * The absolute base URL an operation's path is appended to: `baseUrl` when given, otherwise the first
 * server (the operation's, its path's, or the document's; `/` when none), resolved against the URL
 * the document came from when it is relative. No trailing slash.
 */
export function resolveBaseUrl(
  servers: readonly unknown[],
  where: { baseUrl?: string | undefined; documentUrl?: string | undefined; pointer: string },
): string {
  const first = servers.find(isObject)
  const declared = where.baseUrl ?? (first ? serverUrl(first) : '/')
  let url: URL
  try {
    url = new URL(declared, where.documentUrl)
  } catch {
    throw new GatewayError(
      'VALIDATION_FAILED',
      `the server URL '${declared}' (${where.pointer}) is relative: give baseUrl, or import the document by url`,
      { issues: [{ path: 'baseUrl', message: `needed to resolve '${declared}'` }] },
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new GatewayError(
      'VALIDATION_FAILED',
      `the server URL '${url.href}' (${where.pointer}) is not http:// or https://`,
      { issues: [{ path: 'baseUrl', message: 'must be an http:// or https:// URL' }] },
    )
  }
  return url.href.replace(/\/+$/, '')
}
