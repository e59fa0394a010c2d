import { GatewayError, type GatewayErrorCode } from '@switchyard/core'
import type { GrpcBridgeErrorCode } from '@switchyard/grpc-bridge'
import { loadGrpcBridge } from './load-bridge.js'

const CODES: Readonly<Record<GrpcBridgeErrorCode, GatewayErrorCode>> = {
  BAD_OPTION: 'BAD_REQUEST',
  UNREACHABLE: 'UPSTREAM_ERROR',
  TIMEOUT: 'UPSTREAM_TIMEOUT',
  NO_REFLECTION: 'UPSTREAM_ERROR',
  BAD_DESCRIPTOR: 'UPSTREAM_ERROR',
  UNKNOWN_METHOD: 'NOT_FOUND',
  INVALID_ARGUMENTS: 'VALIDATION_FAILED',
}

/**
 * A grpc-bridge failure as the gateway's error (a bad option it names is a field that failed
 * validation); anything else as it is.
 */
export async function fromBridgeError(error: unknown): Promise<unknown> {
  const { GrpcBridgeError } = await loadGrpcBridge()
  if (!(error instanceof GrpcBridgeError)) return error
  if (error.code === 'BAD_OPTION' && error.field) {
    const issues = [{ path: error.field, message: error.message }]
    return new GatewayError('VALIDATION_FAILED', error.message, { issues, cause: error })
  }
  return new GatewayError(CODES[error.code], error.message, { cause: error })
}
