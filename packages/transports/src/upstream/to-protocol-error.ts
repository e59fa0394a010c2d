import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/client'
import { isRecord } from './any-result-schema.js'
import { UpstreamError } from './upstream-error.js'

/** Turns a rejection of onRequest into the JSON-RPC error sent upstream (code, message, data). */
export function toProtocolError(error: unknown): ProtocolError {
  if (ProtocolError.isInstance(error)) return error
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof UpstreamError && error.rpcCode !== undefined) {
    return new ProtocolError(error.rpcCode, message, error.data)
  }
  const code = isRecord(error) && Number.isSafeInteger(error.code) ? Number(error.code) : undefined
  const data = isRecord(error) ? error.data : undefined
  return new ProtocolError(code ?? ProtocolErrorCode.InternalError, message, data)
}
