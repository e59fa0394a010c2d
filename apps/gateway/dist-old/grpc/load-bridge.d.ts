/** The grpc-bridge module (with grpc-js and protobufjs under it). */
export type GrpcBridgeModule = typeof import('@switchyard/grpc-bridge');
/** Imports grpc-bridge on first use: a gateway with no gRPC service never loads it. */
export declare function loadGrpcBridge(): Promise<GrpcBridgeModule>;
//# sourceMappingURL=load-bridge.d.ts.map