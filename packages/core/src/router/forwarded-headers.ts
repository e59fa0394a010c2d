import { createHash } from 'node:crypto'
import type { Catalog, CatalogTool } from '../catalog/catalog.js'

/** What a REST tool hands on when its integrationConfig names nothing (see the REST invoker). */
const REST_DEFAULT = ['X-Upstream-Authorization']

/** The caller headers a call of `tool` hands on to its upstream (its passthrough headers). */
function forwardedNames(tool: CatalogTool, catalog: Catalog): readonly string[] | undefined {
  switch (tool.integrationType) {
    case 'MCP':
      return tool.gatewayId ? catalog.gateways.get(tool.gatewayId)?.passthroughHeaders : undefined
    case 'REST': {
      const config = tool.integrationConfig as { passthroughHeaders?: unknown } | null
      const names = config?.passthroughHeaders
      return Array.isArray(names) ? (names as string[]) : REST_DEFAULT
    }
    case 'GRPC':
      return tool.grpcServiceId
        ? catalog.grpcServices.get(tool.grpcServiceId)?.passthroughHeaders
        : undefined
    default:
      return undefined
  }
}

/**
 * A digest of the caller headers a call of `tool` hands on to its upstream, when it hands on any:
 * calls that differ in them (another upstream credential, another tenant) may get other answers.
 * Never the values themselves.
 */
export function forwardedDigest(
  tool: CatalogTool,
  catalog: Catalog,
  headers: Headers | undefined,
): string | undefined {
  if (headers === undefined) return undefined
  const names = forwardedNames(tool, catalog)
  if (!names?.length) return undefined
  const hash = createHash('sha256')
  let any = false
  for (const name of names) {
    const value = headers.get(name)
    if (value === null) continue
    any = true
    hash.update(`${name.toLowerCase()}\n${value}\n`)
  }
  return any ? hash.digest('base64url') : undefined
}
