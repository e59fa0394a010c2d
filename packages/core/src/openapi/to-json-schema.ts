/** OpenAPI-only keywords that mean nothing to a JSON Schema validator or an MCP client. */
const OPENAPI_ONLY = new Set(['xml', 'discriminator', 'externalDocs', 'nullable', 'example'])
/** Keywords whose values are data, copied as they are. */
const COPIED = new Set(['enum', 'const', 'default', 'examples', 'required'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * What a schema being made may still take, in bytes of JSON (counted roughly); below 0 when over.
 * A shared `$ref` is inlined at every use, so a small document can make a schema of any size.
 */
export interface SchemaBudget {
  left: number
}

/** A value's length as JSON text. */
const jsonSize = (value: unknown): number => JSON.stringify(value)?.length ?? 0

function convert(
  schema: unknown,
  openapi30: boolean,
  seen: Set<object>,
  budget: SchemaBudget,
): unknown {
  // past the budget nothing more is built: the caller refuses the tool
  if (budget.left < 0) return {}
  if (Array.isArray(schema)) {
    budget.left -= 2 + schema.length
    return schema.map((item) => convert(item, openapi30, seen, budget))
  }
  if (!isObject(schema)) {
    budget.left -= jsonSize(schema)
    return schema
  }
  if (seen.has(schema)) {
    const what = typeof schema.title === 'string' ? schema.title : 'structure'
    return { description: `a recursive ${what} (not expanded)` }
  }
  if (typeof schema.$ref === 'string') {
    return { description: `a reference to ${schema.$ref} (not followed)` }
  }
  seen.add(schema)
  const out: Record<string, unknown> = {}
  budget.left -= 2
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key)) continue
    budget.left -= key.length + 4
    if (COPIED.has(key)) {
      budget.left -= jsonSize(value)
      out[key] = value
      continue
    }
    out[key] =
      key === 'properties' ||
      key === 'patternProperties' ||
      key === '$defs' ||
      key === 'definitions'
        ? isObject(value)
          ? Object.fromEntries(
              Object.entries(value).map(([k, v]) => {
                budget.left -= k.length + 4
                return [k, convert(v, openapi30, seen, budget)]
              }),
            )
          : value
        : convert(value, openapi30, seen, budget)
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
 * (or an external `$ref` was not followed) an open schema stands. Its size is taken from `budget`.
 */
export function toJsonSchema(
  schema: unknown,
  openapi30: boolean,
  budget: SchemaBudget,
): Record<string, unknown> {
  const converted = convert(schema, openapi30, new Set(), budget)
  return isObject(converted) ? converted : {}
}
