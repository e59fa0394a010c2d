import { GatewayError } from '@switchyard/core';
import { loadGrpcBridge } from './load-bridge.js';
const CODES = {
    BAD_OPTION: 'BAD_REQUEST',
    UNREACHABLE: 'UPSTREAM_ERROR',
    TIMEOUT: 'UPSTREAM_TIMEOUT',
    NO_REFLECTION: 'UPSTREAM_ERROR',
    BAD_DESCRIPTOR: 'UPSTREAM_ERROR',
    UNKNOWN_METHOD: 'NOT_FOUND',
    INVALID_ARGUMENTS: 'VALIDATION_FAILED',
};
/** A grpc-bridge failure as the gateway's error; anything else as it is. */
export async function fromBridgeError(error) {
    const { GrpcBridgeError } = await loadGrpcBridge();
    if (!(error instanceof GrpcBridgeError))
        return error;
    return new GatewayError(CODES[error.code], error.message, { cause: error });
}
//# sourceMappingURL=grpc-errors.js.map