import { GatewayError } from '@switchyard/core'
import type { Context } from 'hono'

/** Deepest nesting a JSON body may have. */
export const MAX_JSON_DEPTH = 64

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth
  let deepest = depth
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, limit, depth + 1))
    if (deepest > limit) break
  }
  return deepest
}

/** Reads the request body as JSON: 400 for malformed JSON or nesting past MAX_JSON_DEPTH. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON'
    throw new GatewayError('MALFORMED_JSON', `request body is not valid JSON: ${reason}`)
  }
  if (depthOf(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new GatewayError('BAD_REQUEST', `request body nests deeper than ${MAX_JSON_DEPTH} levels`)
  }
  return value
}
