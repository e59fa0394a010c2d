import { isRecord } from './any-result-schema.js'

/** A tool argument the 2026 era mirrors into an `Mcp-Param-{header}` HTTP header. */
export interface HeaderParam {
  header: string
  /** The property path in the call's `arguments`. */
  path: string[]
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const PRIMITIVES = new Set(['string', 'integer', 'boolean'])
/** Tabs and printable ASCII only. */
const PLAIN = /^[\t\x20-\x7e]*$/

/**
 * The `x-mcp-header` declarations of a tool's input schema: primitive properties reachable through
 * a chain of `properties` keys, with a valid header token (what the spec admits; others are ignored).
 */
export function headerParamsOf(inputSchema: unknown): HeaderParam[] {
  const found: HeaderParam[] = []
  const visit = (node: unknown, path: string[]) => {
    if (!isRecord(node)) return
    const header = node['x-mcp-header']
    if (
      path.length > 0 &&
      typeof header === 'string' &&
      TOKEN.test(header) &&
      PRIMITIVES.has(String(node.type))
    ) {
      found.push({ header, path })
    }
    if (isRecord(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) visit(child, [...path, key])
    }
  }
  visit(inputSchema, [])
  return found
}

/** The `Mcp-Param-*` headers for a call's arguments; absent, null and non-primitive values are left out. */
export function mcpParamHeaders(
  params: readonly HeaderParam[],
  args: unknown,
): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const { header, path } of params) {
    let value: unknown = args
    for (const key of path) value = isRecord(value) ? value[key] : undefined
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      headers[`mcp-param-${header.toLowerCase()}`] = headerValue(String(value))
    }
  }
  return headers
}

/** A header value as the 2026 spec encodes it: plain ASCII as is, anything else as Base64. */
export function headerValue(value: string): string {
  const plain =
    value !== '' &&
    value === value.trim() &&
    !(value.startsWith('=?base64?') && value.endsWith('?=')) &&
    PLAIN.test(value)
  return plain ? value : `=?base64?${Buffer.from(value, 'utf8').toString('base64')}?=`
}
