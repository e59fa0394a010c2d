import { parseJSONRPCMessage, type JSONRPCMessage } from '@modelcontextprotocol/server'
import { initializeParamsProblem } from './initialize-params.js'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js'

const MAX_BATCH = 100

/** A JSON-RPC error answered in place of a message that could not be used. */
export interface FrameRejection {
  code: number
  message: string
  id: string | number | null
  data?: unknown
}

/** What one frame (a WebSocket text frame, a stdio line) holds. */
export interface ParsedFrame {
  messages: JSONRPCMessage[]
  /**
   * Errors to answer: -32700 for malformed JSON, -32600 for a bad batch or envelope, -32602 for an
   * `initialize` whose params are not MCP's.
   */
  rejections: FrameRejection[]
}

/** Parses one frame of JSON-RPC text: a message or a batch of 1 to 100 messages. */
export function parseJsonRpcFrame(text: string): ParsedFrame {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    const message = 'Parse error: the message is not valid JSON'
    return { messages: [], rejections: [{ code: -32700, message, id: null }] }
  }
  if (nestsDeeperThan(parsed, MAX_JSON_DEPTH)) {
    const message = `Invalid Request: the message nests deeper than ${MAX_JSON_DEPTH} levels`
    return { messages: [], rejections: [{ code: -32600, message, id: requestIdOf(parsed) }] }
  }
  const items: unknown[] = Array.isArray(parsed) ? parsed : [parsed]
  if (items.length === 0 || items.length > MAX_BATCH) {
    const message = `Invalid Request: a batch must hold 1 to ${MAX_BATCH} messages`
    return { messages: [], rejections: [{ code: -32600, message, id: null }] }
  }
  const frame: ParsedFrame = { messages: [], rejections: [] }
  for (const item of items) {
    let parsedItem: JSONRPCMessage
    try {
      parsedItem = parseJSONRPCMessage(item)
    } catch {
      const message = 'Invalid Request: not a JSON-RPC 2.0 message'
      frame.rejections.push({ code: -32600, message, id: requestIdOf(item) })
      continue
    }
    const problem = initializeParamsProblem(parsedItem)
    if (problem === undefined) frame.messages.push(parsedItem)
    else frame.rejections.push({ code: -32602, message: problem, id: requestIdOf(item) })
  }
  return frame
}

/** The -32000 answer to a frame larger than `maxBytes`. */
export function tooLargeRejection(maxBytes: number): FrameRejection {
  return {
    code: -32000,
    message: `Payload Too Large: a message must not exceed ${maxBytes} bytes`,
    id: null,
    data: { maxMessageBytes: maxBytes },
  }
}

/** The error response a rejection is sent as. */
export function rejectionMessage(rejection: FrameRejection): JSONRPCMessage {
  const { code, message, id, data } = rejection
  const error = { code, message, ...(data !== undefined && { data }) }
  return { jsonrpc: '2.0', id, error } as unknown as JSONRPCMessage
}

function requestIdOf(item: unknown): string | number | null {
  if (typeof item !== 'object' || item === null) return null
  const { id } = item as { id?: unknown }
  return typeof id === 'string' || typeof id === 'number' ? id : null
}
