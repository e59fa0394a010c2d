/** Headers that frame an MCP request over HTTP: the transport sets them, a caller never does. */
const FRAMING = new Set(['authorization', 'content-type', 'accept', 'cookie'])

/**
 * The caller headers a request's own POST may carry: lower-cased, without the framing headers,
 * the MCP ones (`Mcp-*`) and those the session sends itself (`own`, lower-case names), which win.
 * Undefined when none is left.
 */
export function callerHeaders(
  headers: Readonly<Record<string, string>>,
  own: ReadonlySet<string>,
): Record<string, string> | undefined {
  let kept: Record<string, string> | undefined
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase()
    if (FRAMING.has(lower) || lower.startsWith('mcp-') || own.has(lower)) continue
    ;(kept ??= {})[lower] = headers[name] as string
  }
  return kept
}
