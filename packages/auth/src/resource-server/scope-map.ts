/** The scopes an access token carries mapped to the gateway permissions they grant. */
export type ScopeMap = Readonly<Record<string, readonly string[]>>

/** The scope map used when a server configures none. */
export const DEFAULT_SCOPE_MAP: ScopeMap = {
  'mcp:tools': ['tools.read', 'tools.execute'],
  'mcp:resources': ['resources.read'],
  'mcp:prompts': ['prompts.read', 'prompts.execute'],
}

/** The scopes of a claims set: the space-separated `scope` string, else the `scp` array (or string). */
export function scopesOfClaims(claims: Readonly<Record<string, unknown>>): string[] {
  const { scope, scp } = claims
  const list =
    typeof scope === 'string'
      ? scope.split(' ')
      : Array.isArray(scp)
        ? scp.filter((s): s is string => typeof s === 'string')
        : typeof scp === 'string'
          ? scp.split(' ')
          : []
  return [...new Set(list.filter((s) => s !== ''))]
}

/** The permissions granted by scopes under a map (scopes the map does not name grant nothing). */
export function permissionsForScopes(scopes: readonly string[], map: ScopeMap): string[] {
  return [...new Set(scopes.flatMap((scope) => map[scope] ?? []))]
}
