import type { CatalogGrpcService, CatalogHolder, CatalogTool, ToolInvoker } from '@switchyard/core'
import { GatewayError } from '@switchyard/core'
import { createGrpcBridge, type GrpcBridge } from '@switchyard/grpc-bridge'
import type { RequestContext } from '@switchyard/transports'
import { targetOptions } from './grpc-discoverer.js'
import { fromBridgeError } from './grpc-errors.js'

/** The invoker of gRPC tools, and a way to close its channels. */
export interface GrpcInvoker {
  invoke: ToolInvoker
  close(): void
}

const DEFAULT_TIMEOUT_MS = 30_000

/**
 * Calls gRPC tools over one channel per service, built from the descriptors stored at the last
 * reflection (no reflection per call) and rebuilt when the service changes. Server-streaming
 * messages are reported as progress.
 */
export function createGrpcInvoker(catalog: CatalogHolder): GrpcInvoker {
  const bridges = new Map<string, { updatedAt: string; bridge: GrpcBridge }>()

  function bridgeFor(service: CatalogGrpcService): GrpcBridge {
    const cached = bridges.get(service.id)
    if (cached?.updatedAt === service.updatedAt) return cached.bridge
    cached?.bridge.close()
    const bridge = createGrpcBridge({
      ...targetOptions(service),
      descriptorSet: Buffer.from(service.descriptorSet, 'base64'),
      services: service.services,
    })
    bridges.set(service.id, { updatedAt: service.updatedAt, bridge })
    return bridge
  }

  /** Caller headers the service forwards as metadata; `X-Upstream-Authorization` becomes `authorization`. */
  function passThrough(service: CatalogGrpcService, context: RequestContext) {
    const metadata: Record<string, string> = {}
    for (const name of service.passthroughHeaders) {
      const value = context.httpHeaders?.get(name)
      if (value === null || value === undefined) continue
      const lower = name.toLowerCase()
      metadata[lower === 'x-upstream-authorization' ? 'authorization' : lower] = value
    }
    return metadata
  }

  async function invoke(tool: CatalogTool, args: Record<string, unknown>, context: RequestContext) {
    const service = tool.grpcServiceId
      ? catalog.current().grpcServices.get(tool.grpcServiceId)
      : undefined
    if (!service)
      throw new GatewayError('NOT_FOUND', `the gRPC service of tool '${tool.name}' is not enabled`)
    try {
      return await bridgeFor(service).call(tool.originalName, args, {
        timeoutMs: tool.timeoutMs ?? service.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        metadata: passThrough(service, context),
        signal: context.signal,
        onMessage: (message, count) =>
          void context.sendProgress(count, undefined, JSON.stringify(message)),
      })
    } catch (error) {
      throw fromBridgeError(error)
    }
  }

  return {
    invoke,
    close() {
      for (const { bridge } of bridges.values()) bridge.close()
      bridges.clear()
    },
  }
}
