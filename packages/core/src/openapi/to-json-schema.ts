/** OpenAPI-only keywords that mean nothing to a JSON Schema validator or an MCP client. */
const OPENAPI_ONLY = new Set(['xml', 'discriminator', 'externalDocs', 'nullable', 'example'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function convert(schema: unknown, openapi30: boolean, seen: Set<object>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => convert(item, openapi30, seen))
  if (!isObject(schema)) return schema
  if (seen.has(schema)) {
    const what = typeof schema.title === 'string' ? schema.title : 'structure'
    return { description: `a recursive ${what} (not expanded)` }
  }
  if (typeof schema.$ref === 'string') {
    return { description: `a reference to ${schema.$ref} (not followed)` }
  }
  seen.add(schema)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key)) continue
    out[key] =
      key === 'properties' ||
      key === 'patternProperties' ||
      key === '$defs' ||
      key === 'definitions'
        ? isObject(value)
          ? Object.fromEntries(
              Object.entries(value).map(([k, v]) => [k, convert(v, openapi30, seen)]),
            )
          : value
        : key === 'enum' ||
            key === 'const' ||
            key === 'default' ||
            key === 'examples' ||
            key === 'required'
          ? value
          : convert(value, openapi30, seen)
  }
  seen.delete(schema)
  if (schema.example !== undefined && out.examples === undefined) out.examples = [schema.example]
  if (openapi30 && schema.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...(out.enum as unknown[]), null]
  }
  return out
}

/**
 * An OpenAPI schema (dereferenced) as plain JSON Schema: 3.0's `nullable` becomes a `null` type,
 * `example` becomes `examples`, OpenAPI-only keywords go, and where a schema recurs inside itself
 * (or an external `$ref` was not followed) an open schema stands.
 */
export function toJsonSchema(schema: unknown, openapi30: boolean): Record<string, unknown> {
  const converted = convert(schema, openapi30, new Set())
  return isObject(converted) ? converted : {}
}
