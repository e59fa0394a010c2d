import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Adds CORS headers for an allowed `Origin` (`*` allows any) and answers a preflight itself;
 * true when the request was answered.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: readonly string[],
): boolean {
  const origin = req.headers.origin
  if (origin !== undefined && (allowed.includes('*') || allowed.includes(origin))) {
    res.setHeader('access-control-allow-origin', allowed.includes('*') ? '*' : origin)
    res.setHeader('access-control-expose-headers', 'mcp-session-id')
    res.setHeader('vary', 'origin')
  }
  if (req.method !== 'OPTIONS') return false
  res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS')
  const asked = req.headers['access-control-request-headers']
  res.setHeader(
    'access-control-allow-headers',
    asked ?? 'content-type, authorization, mcp-session-id, mcp-protocol-version, last-event-id',
  )
  res.setHeader('access-control-max-age', '86400')
  res.writeHead(204).end()
  return true
}
