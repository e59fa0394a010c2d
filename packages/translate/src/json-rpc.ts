/** A JSON-RPC id as MCP uses it. */
export type JsonRpcId = string | number

/** One JSON-RPC 2.0 message, kept as the plain object it was parsed into (bridged, not interpreted). */
export type JsonRpcMessage = Record<string, unknown> & { jsonrpc?: unknown }

/** Whether a message is a request (a method and an id). */
export function isRequest(message: JsonRpcMessage): message is JsonRpcMessage & {
  method: string
  id: JsonRpcId
} {
  return typeof message.method === 'string' && isId(message.id)
}

/** Whether a message is a response (an id, a result or an error, no method). */
export function isResponse(message: JsonRpcMessage): message is JsonRpcMessage & { id: JsonRpcId } {
  return message.method === undefined && isId(message.id)
}

/** Whether a value can be a JSON-RPC id. */
export function isId(value: unknown): value is JsonRpcId {
  return typeof value === 'string' || typeof value === 'number'
}

/** A JSON-RPC error response. */
export function errorResponse(
  id: JsonRpcId | null,
  code: number,
  message: string,
  data?: unknown,
): JsonRpcMessage {
  return { jsonrpc: '2.0', id, error: { code, message, ...(data !== undefined && { data }) } }
}

/** The text a message was parsed from, while the object is unchanged (messages are never mutated). */
const texts = new WeakMap<JsonRpcMessage, string>()

/** A message as JSON text: the text it was parsed from when there is one, so it is not re-encoded. */
export function serialize(message: JsonRpcMessage): string {
  return texts.get(message) ?? JSON.stringify(message)
}

/** Parses one line or body of JSON-RPC: a message or a batch; undefined when it is not JSON-RPC. */
export function parseMessages(text: string): JsonRpcMessage[] | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const items: unknown[] = Array.isArray(parsed) ? parsed : [parsed]
  if (items.length === 0) return undefined
  for (const item of items) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined
  }
  // Only one-line text can be reused: stdio and SSE frame messages by line.
  if (!Array.isArray(parsed) && !text.includes('\n') && !text.includes('\r')) {
    texts.set(parsed as JsonRpcMessage, text.trim())
  }
  return items as JsonRpcMessage[]
}

/**
 * The -32600 Invalid Request error answering a parsed item that is not a JSON-RPC 2.0 message;
 * undefined for one that is. A malformed request's id is echoed; a malformed response's is not
 * (it is one of the peer's own request ids).
 */
export function invalidMessage(message: JsonRpcMessage): JsonRpcMessage | undefined {
  const problem = problemOf(message)
  if (problem === undefined) return undefined
  const id = 'method' in message && isId(message.id) ? message.id : null
  return errorResponse(id, -32600, `Invalid Request: ${problem}`)
}

function problemOf(message: JsonRpcMessage): string | undefined {
  if (message.jsonrpc !== '2.0') return '"jsonrpc" must be "2.0"'
  if ('method' in message) {
    if (typeof message.method !== 'string') return '"method" must be a string'
    if ('id' in message && !isId(message.id)) return '"id" must be a string or a number'
    return undefined
  }
  const hasResult = 'result' in message
  if (hasResult === 'error' in message) {
    return 'a message needs a "method", or one of "result" and "error"'
  }
  if (!isId(message.id) && message.id !== null) return '"id" must be a string or a number'
  return undefined
}

/** The request's `_meta.progressToken`, when it asks for progress. */
export function progressTokenOf(message: JsonRpcMessage): JsonRpcId | undefined {
  const params = message.params as { _meta?: { progressToken?: unknown } } | undefined
  const token = params?._meta?.progressToken
  return isId(token) ? token : undefined
}

const ID = String.raw`"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.)*")`
// the id as the first member (after "jsonrpc"), or as the last (before "jsonrpc"): never a nested one
const ID_FIRST = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?${ID}\s*,`)
const ID_LAST = new RegExp(String.raw`,\s*${ID}\s*(?:,\s*"jsonrpc"\s*:\s*"2\.0"\s*)?\}\s*$`)

/** The id of a message too long to read, when its first or last bytes show it; else null. */
export function idAtEnds(ends: { head: string; tail: string }): JsonRpcId | null {
  const found = ID_FIRST.exec(ends.head)?.[1] ?? ID_LAST.exec(ends.tail)?.[1]
  if (found === undefined) return null
  const id: unknown = JSON.parse(found)
  return isId(id) ? id : null
}

/**
 * The id of an answer too long to read, when its ends show that it is one (no top-level `method`)
 * and its id; else null. Its top-level names are read from its start as far as that goes; only
 * when they do not tell (a first member too long) does a `"method":` near its end count.
 */
export function answerIdAtEnds(ends: { head: string; tail: string }): JsonRpcId | null {
  const names = leadingNames(ends.head)
  if (names.includes('method')) return null
  const told = names.includes('result') || names.includes('error')
  if (!told && /"method"\s*:/.test(ends.tail)) return null
  return idAtEnds(ends)
}

/** The member names of a JSON object's text at its top level, as far as the text goes. */
function leadingNames(text: string): string[] {
  const names: string[] = []
  const start = text.search(/\S/)
  if (text[start] !== '{') return names
  let depth = 0
  let nameNext = false
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      let end = i + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      if (end >= text.length) break
      if (depth === 1 && nameNext) names.push(text.slice(i + 1, end))
      nameNext = false
      i = end
    } else if (c === '{' || c === '[') {
      depth++
      nameNext = depth === 1
    } else if (c === '}' || c === ']') depth--
    else if (c === ',' && depth === 1) nameNext = true
  }
  return names
}
