import {
  isJsonContentType,
  parseJSONRPCMessage,
  readRequestBody,
  type JSONRPCMessage,
} from '@modelcontextprotocol/server'
import { jsonRpcErrorResponse } from './errors.js'
import { initializeParamsProblem } from './initialize-params.js'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js'

const MAX_BATCH = 100

/** A POST body read, parsed and checked as JSON-RPC. */
export interface JsonRpcBody {
  /** The parsed JSON, as the SDK's `parsedBody`. */
  parsed: unknown
  messages: JSONRPCMessage[]
  /** The id to echo in an error about the whole POST (a single request's id, else null). */
  id: string | number | null
}

/** A POST body read and parsed as JSON, not yet checked as JSON-RPC. */
export interface JsonBody {
  parsed: unknown
  /** The id to echo in an error about the whole POST (a single request's id, else null). */
  id: string | number | null
}

/**
 * Reads a POST body for a face where `initialize` is served; answers 415, 413, -32700, -32600 or
 * (an `initialize` whose params are not MCP's) -32602 itself when it is not usable.
 */
export async function readJsonRpcBody(
  request: Request,
  maxBytes: number,
): Promise<JsonRpcBody | Response> {
  const read = await readJsonBody(request, maxBytes)
  if (read instanceof Response) return read
  const body = jsonRpcMessages(read)
  return body instanceof Response ? body : (badInitialize(body) ?? body)
}

/**
 * Reads a POST body as JSON no deeper than MAX_JSON_DEPTH; answers 415, 413, -32700 or -32600
 * itself when it is not. Checking it as JSON-RPC (jsonRpcMessages) is a second step, which a
 * request the 2026-era fast path checks for itself skips.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<JsonBody | Response> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return jsonRpcErrorResponse(
      415,
      -32000,
      'Unsupported Media Type: Content-Type must be application/json',
    )
  }
  let text: string
  try {
    const read = await readText(request, maxBytes)
    if (read === undefined) {
      return jsonRpcErrorResponse(
        413,
        -32000,
        `Payload Too Large: the body must not exceed ${maxBytes} bytes`,
      )
    }
    text = read
  } catch {
    return jsonRpcErrorResponse(400, -32700, 'Parse error: the request body could not be read')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return jsonRpcErrorResponse(400, -32700, 'Parse error: the body is not valid JSON')
  }
  const id = requestIdOf(parsed)
  if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) {
    const message = `Invalid Request: the body nests deeper than ${MAX_JSON_DEPTH} levels`
    return jsonRpcErrorResponse(400, -32600, message, { id })
  }
  return { parsed, id }
}

/** Checks a parsed body as one JSON-RPC 2.0 message or a batch of 1 to 100; -32600 when it is not. */
export function jsonRpcMessages({ parsed, id }: JsonBody): JsonRpcBody | Response {
  const items: unknown[] = Array.isArray(parsed) ? parsed : [parsed]
  if (items.length === 0 || items.length > MAX_BATCH) {
    const message = `Invalid Request: a batch must hold 1 to ${MAX_BATCH} messages`
    return jsonRpcErrorResponse(400, -32600, message)
  }
  const messages: JSONRPCMessage[] = []
  for (const item of items) {
    try {
      messages.push(parseJSONRPCMessage(item))
    } catch {
      return jsonRpcErrorResponse(400, -32600, 'Invalid Request: not a JSON-RPC 2.0 message', {
        id,
      })
    }
  }
  return { parsed, messages, id }
}

/**
 * A -32602 answer to an `initialize` whose params are not MCP's, where the face serves
 * `initialize` (a 2026-era request gets -32601 for it instead); undefined when there is none.
 */
export function badInitialize({ messages, id }: JsonRpcBody): Response | undefined {
  for (const message of messages) {
    const problem = initializeParamsProblem(message)
    if (problem !== undefined) return jsonRpcErrorResponse(400, -32602, problem, { id })
  }
  return undefined
}

/**
 * The body as text, or undefined when it is larger than `maxBytes`. A body of declared length is
 * read in one go (cheap on every server adapter); a chunked one is streamed and counted.
 */
async function readText(request: Request, maxBytes: number): Promise<string | undefined> {
  const length = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isSafeInteger(length) && length >= 0) {
    if (length > maxBytes) return undefined
    return request.text()
  }
  const read = await readRequestBody(request, maxBytes)
  return read.tooLarge ? undefined : read.text
}

function requestIdOf(body: unknown): string | number | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const { id, method } = body as { id?: unknown; method?: unknown }
  return typeof method === 'string' && (typeof id === 'string' || typeof id === 'number')
    ? id
    : null
}
