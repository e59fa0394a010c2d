import { GatewayError, type GatewayErrorCode } from '@switchyard/core'
import { GrpcBridgeError, type GrpcBridgeErrorCode } from '@switchyard/grpc-bridge'

const CODES: Readonly<Record<GrpcBridgeErrorCode, GatewayErrorCode>> = {
  BAD_OPTION: 'BAD_REQUEST',
  UNREACHABLE: 'UPSTREAM_ERROR',
  TIMEOUT: 'UPSTREAM_TIMEOUT',
  NO_REFLECTION: 'UPSTREAM_ERROR',
  BAD_DESCRIPTOR: 'UPSTREAM_ERROR',
  UNKNOWN_METHOD: 'NOT_FOUND',
  INVALID_ARGUMENTS: 'VALIDATION_FAILED',
}

/** A grpc-bridge failure as the gateway's error; anything else as it is. */
export function fromBridgeError(error: unknown): unknown {
  if (!(error instanceof GrpcBridgeError)) return error
  return new GatewayError(CODES[error.code], error.message, { cause: error })
}
