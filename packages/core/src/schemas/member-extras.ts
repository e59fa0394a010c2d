/**
 * An upstream member's MCP fields the gateway does not model (`icons`, `_meta`, ...), kept as the
 * upstream listed them so the gateway's listings pass them on. Only federation sets them.
 */
export type McpExtras = Record<string, unknown>

/** The fields kept as extras, by kind of member: no other key is ever kept. */
export const MCP_EXTRA_KEYS = {
  tool: ['icons', '_meta'],
  prompt: ['icons', '_meta'],
  resource: ['icons', 'annotations', 'size', '_meta'],
} as const satisfies Record<string, readonly string[]>

/** A kind of member that keeps extras; resource templates keep a resource's. */
export type McpExtrasKind = keyof typeof MCP_EXTRA_KEYS

/** The most JSON kept as one member's extras, like other upstream JSON the gateway stores. */
export const MAX_MCP_EXTRAS_BYTES = 64 * 1024

/** What a member's create or update may carry besides its REST fields (federation and import only). */
export interface FederatedFields {
  mcpExtras?: McpExtras | null
}

/** The allow-listed extras `member` has, or null when it has none. */
export function pickMcpExtras(
  member: Record<string, unknown>,
  kind: McpExtrasKind,
): McpExtras | null {
  const kept = MCP_EXTRA_KEYS[kind].flatMap((key) =>
    member[key] === undefined ? [] : [[key, member[key]] as const],
  )
  return kept.length > 0 ? Object.fromEntries(kept) : null
}
