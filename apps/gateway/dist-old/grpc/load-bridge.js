let loading;
/** Imports grpc-bridge on first use: a gateway with no gRPC service never loads it. */
export function loadGrpcBridge() {
    return (loading ??= import('@switchyard/grpc-bridge'));
}
//# sourceMappingURL=load-bridge.js.map