/** Keys of MCP results whose strings are not prose: base64 payloads, URIs, MIME and content types. */
const OPAQUE = new Set(['blob', 'data', 'uri', 'mimeType', 'type', '_meta'])
/** A tool's structured result is its own JSON: none of its keys is opaque, whatever its name. */
const inResult = (result: boolean, key: string) => result && key !== 'structuredContent'

/**
 * A copy of a JSON value with `map` applied to every string, object keys included (in an MCP
 * result, prose strings only: all of `structuredContent`, none of the content blocks' opaque keys).
 */
export function mapStrings(value: unknown, map: (text: string) => string, result = false): unknown {
  if (typeof value === 'string') return map(value)
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, result))
  if (value === null || typeof value !== 'object') return value
  // fromEntries defines each key, so a "__proto__" key stays data instead of becoming the prototype
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) =>
      result && OPAQUE.has(key)
        ? [key, item]
        : [map(key), mapStrings(item, map, inResult(result, key))],
    ),
  )
}

/**
 * The first string of a JSON value for which `test` is true, object keys included (in an MCP
 * result, prose strings only, as for mapStrings).
 */
export function findString(
  value: unknown,
  test: (text: string) => boolean,
  result = false,
): string | undefined {
  if (typeof value === 'string') return test(value) ? value : undefined
  if (value === null || typeof value !== 'object') return undefined
  const object = !Array.isArray(value)
  for (const [key, item] of Object.entries(value)) {
    if (result && object && OPAQUE.has(key)) continue
    if (object && test(key)) return key
    const found = findString(item, test, inResult(result, key))
    if (found !== undefined) return found
  }
  return undefined
}
