/** The grpc-bridge module (with grpc-js and protobufjs under it). */
export type GrpcBridgeModule = typeof import('@switchyard/grpc-bridge')

let loading: Promise<GrpcBridgeModule> | undefined

/** Imports grpc-bridge on first use: a gateway with no gRPC service never loads it. */
export function loadGrpcBridge(): Promise<GrpcBridgeModule> {
  return (loading ??= import('@switchyard/grpc-bridge'))
}
