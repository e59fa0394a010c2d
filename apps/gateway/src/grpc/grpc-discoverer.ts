import type { GrpcConnection, GrpcDiscovered, GrpcDiscoverer, UrlPolicy } from '@switchyard/core'
import type { GrpcTargetOptions } from '@switchyard/grpc-bridge'
import { fromBridgeError } from './grpc-errors.js'
import { loadGrpcBridge } from './load-bridge.js'
import { pinnedTarget } from './pinned-target.js'

/** grpc-bridge's target options for a stored connection. */
export function targetOptions(connection: GrpcConnection): GrpcTargetOptions {
  const { tls } = connection
  return {
    target: connection.target,
    ...(tls && {
      tls: {
        ...(tls.ca && { ca: tls.ca }),
        ...(tls.cert && { cert: tls.cert }),
        ...(tls.key && { key: tls.key }),
        ...(tls.serverName && { serverName: tls.serverName }),
      },
    }),
    metadata: connection.metadata,
  }
}

/**
 * Reflects on a gRPC server with grpc-bridge, at an address the URL policy allows; failures
 * become GatewayErrors naming the cause.
 */
export function createGrpcDiscoverer(
  options: { timeoutMs?: number; urlPolicy?: UrlPolicy } = {},
): GrpcDiscoverer {
  return async (connection): Promise<GrpcDiscovered> => {
    const [{ discover }, target] = await Promise.all([
      loadGrpcBridge(),
      pinnedTarget(targetOptions(connection), options.urlPolicy),
    ])
    try {
      const found = await discover({
        ...target,
        timeoutMs: connection.timeoutMs ?? options.timeoutMs ?? 10_000,
      })
      return {
        services: found.services,
        descriptorSet: Buffer.from(found.descriptorSet).toString('base64'),
        tools: found.tools.map((tool) => ({
          name: tool.name,
          description: tool.description,
          inputSchema: tool.inputSchema,
          outputSchema: tool.outputSchema,
          method: tool.method,
        })),
        skipped: found.skipped,
      }
    } catch (error) {
      throw await fromBridgeError(error)
    }
  }
}
