import { ProtocolErrorCode, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/server'
import { jsonRpcErrorResponse } from './errors.js'

/** The 2026-era protocol revision the faces serve statelessly. */
export const MODERN_VERSION = '2026-07-28'

/** Every protocol version a streamable HTTP face serves, newest first. */
export const FACE_PROTOCOL_VERSIONS: readonly string[] = [
  MODERN_VERSION,
  ...SUPPORTED_PROTOCOL_VERSIONS,
]

/**
 * The spec's 400 for a 2025-era request whose `MCP-Protocol-Version` header names a version not
 * served here, answered before any session check: -32022 (UnsupportedProtocolVersion) with the
 * versions served and the one asked for. No header is fine (the session's version applies).
 */
export function unsupportedVersionHeader(
  request: Request,
  id: string | number | null,
): Response | undefined {
  const requested = request.headers.get('mcp-protocol-version')?.trim()
  if (requested === undefined || FACE_PROTOCOL_VERSIONS.includes(requested)) return undefined
  const supported = FACE_PROTOCOL_VERSIONS.join(', ')
  return jsonRpcErrorResponse(
    400,
    ProtocolErrorCode.UnsupportedProtocolVersion,
    `Bad Request: Unsupported protocol version: ${requested} (supported versions: ${supported})`,
    { id, data: { supported: FACE_PROTOCOL_VERSIONS, requested } },
  )
}
