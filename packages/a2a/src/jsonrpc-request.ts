import { kindOf } from './issue-text.js'

/** A JSON-RPC request's id. */
export type JsonRpcId = string | number | null

/**
 * Why a JSON-RPC body is not one request (a -32600 Invalid Request), with the id to answer it
 * with; `undefined` when it is one.
 */
export function requestProblem(body: unknown): { id: JsonRpcId; problem: string } | undefined {
  if (Array.isArray(body)) {
    return { id: null, problem: 'a batch (a JSON array) is not taken: send one request object' }
  }
  if (body === null || typeof body !== 'object') {
    return { id: null, problem: `the body must be a JSON-RPC request object, not ${kindOf(body)}` }
  }
  const { jsonrpc, id = null, method } = body as Record<string, unknown>
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { id: null, problem: 'id must be a string, a number or null' }
  }
  if (jsonrpc !== '2.0') return { id, problem: 'jsonrpc must be "2.0"' }
  if (typeof method !== 'string') return { id, problem: 'method must be a string' }
  return undefined
}
