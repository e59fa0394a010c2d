import type { GrpcConnection, GrpcDiscoverer, UrlPolicy } from '@switchyard/core';
import type { GrpcTargetOptions } from '@switchyard/grpc-bridge';
/** grpc-bridge's target options for a stored connection. */
export declare function targetOptions(connection: GrpcConnection): GrpcTargetOptions;
/**
 * Reflects on a gRPC server with grpc-bridge, at an address the URL policy allows; failures
 * become GatewayErrors naming the cause.
 */
export declare function createGrpcDiscoverer(options?: {
    timeoutMs?: number;
    urlPolicy?: UrlPolicy;
}): GrpcDiscoverer;
//# sourceMappingURL=grpc-discoverer.d.ts.map