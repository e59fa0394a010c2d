import type { Principal } from '@switchyard/auth'
import {
  errorMappings,
  GatewayError,
  isGatewayError,
  type Catalog,
  type GatewayErrorCode,
  type Registry,
} from '@switchyard/core'
import { isUpstreamError, McpFaceError } from '@switchyard/transports'
import type { McpService } from './mcp-service.js'
import { routeContext } from './route-context.js'

/** An upstream's own JSON-RPC errors that are the REST caller's doing; any other is a 502. */
const CALLERS_FAULT: Partial<Record<number, GatewayErrorCode>> = {
  [-32602]: 'VALIDATION_FAILED',
  [-32002]: 'NOT_FOUND',
}

const codeOf = (jsonRpc: number): GatewayErrorCode | undefined =>
  (Object.keys(errorMappings) as GatewayErrorCode[]).find(
    (c) => errorMappings[c].jsonRpc === jsonRpc,
  )

/**
 * A failed MCP request of a REST route as the GatewayError REST answers with: the gateway's or the
 * upstream's failure behind the JSON-RPC error, else the gateway's refusal by its code.
 */
export function restErrorOf(error: unknown, upstream: string): unknown {
  if (!(error instanceof McpFaceError)) return error
  const { cause } = error
  if (isGatewayError(cause)) return cause
  if (isUpstreamError(cause, 'REMOTE')) {
    const code = CALLERS_FAULT[cause.rpcCode ?? 0] ?? 'UPSTREAM_ERROR'
    return new GatewayError(code, `upstream '${upstream}' answered: ${cause.message}`)
  }
  if (isUpstreamError(cause)) {
    return new GatewayError(
      cause.code === 'TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_ERROR',
      cause.message,
    )
  }
  return new GatewayError(codeOf(error.code) ?? 'INTERNAL', error.message)
}

/** A federated prompt or resource, as a REST route has read it. */
export interface FederatedMember {
  id: string
  name: string
  gatewayId: string
}

/**
 * Sends a REST route's `prompts/get` or `resources/read` for a federated member through the
 * caller's `/mcp` backend: the pooled (or the caller's own) upstream session, the upstream's
 * name, timeouts, passthrough headers, permissions and plugins, as on MCP.
 */
export async function askUpstream(
  options: { registry: Registry; mcp: McpService; principal: Principal; request: Request },
  kind: 'prompt' | 'resource',
  member: FederatedMember,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const served = (catalog: Catalog) =>
    (kind === 'prompt' ? catalog.prompts : catalog.resources).has(member.id)
  let catalog = options.registry.catalog.current()
  // a member just read from the store may be a change the snapshot has yet to take in
  if (!served(catalog)) catalog = await options.registry.catalog.settled()
  const upstream = catalog.gateways.get(member.gatewayId)
  if (!served(catalog) || !upstream) {
    const what = upstream ? `${kind} '${member.name}'` : `the upstream of ${kind} '${member.name}'`
    throw new GatewayError('CONFLICT', `${what} is disabled`)
  }
  const { request } = options
  const context = routeContext('a REST caller', request.signal, request.headers)
  const method = kind === 'prompt' ? 'prompts/get' : 'resources/read'
  try {
    return await options.mcp.catalogBackend(options.principal).handle(method, params, context)
  } catch (error) {
    throw restErrorOf(error, upstream.name)
  }
}
