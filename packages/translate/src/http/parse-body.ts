import type { IncomingMessage, ServerResponse } from 'node:http'
import { invalidMessage, parseMessages, type JsonRpcMessage } from '../json-rpc.js'
import { readBody, sendJson, sendRpcError } from './http-io.js'

/**
 * Reads a POST body of JSON-RPC; answers 413 or 400 itself (-32700 for what is not JSON, -32600
 * for JSON that is not JSON-RPC 2.0) and returns undefined on bad input.
 */
export async function parseBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
): Promise<JsonRpcMessage[] | undefined> {
  const text = await readBody(req, maxBytes)
  if (text === undefined) {
    sendRpcError(res, 413, -32000, `Payload Too Large: the body must not exceed ${maxBytes} bytes`)
    return undefined
  }
  const messages = parseMessages(text)
  if (messages === undefined) {
    sendRpcError(res, 400, -32700, 'Parse error: the body is not a JSON-RPC message or batch')
    return undefined
  }
  const refusal = messages.map(invalidMessage).find((one) => one !== undefined)
  if (refusal !== undefined) {
    sendJson(res, 400, refusal)
    return undefined
  }
  return messages
}
