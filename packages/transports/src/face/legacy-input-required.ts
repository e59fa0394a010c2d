import { randomUUID } from 'node:crypto'
import { McpFaceError } from './errors.js'
import type { RequestContext } from './types.js'

/** Rounds a 2025-era client is asked before the request fails (the SDK's shim default). */
const MAX_ROUNDS = 8
/** Wait before retrying a round that asks nothing (requestState only). */
const STATE_ONLY_PACING_MS = 250

/** The client capability each embedded input request needs. */
const CAPABILITY: Record<string, string> = {
  'elicitation/create': 'elicitation',
  'sampling/createMessage': 'sampling',
  'roots/list': 'roots',
}

type Result = Record<string, unknown>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a backend result asks for client input (2026-07-28 `input_required`). */
export function isInputRequired(result: Result): boolean {
  return result['resultType'] === 'input_required'
}

/**
 * Answers a backend's `input_required` result on the legacy (2025-era) path, whose wire has no
 * such result: asks the client each embedded request as a server-to-client request, then calls the
 * backend again with the answers and the echoed `requestState`, until the result is complete. Like
 * the SDK's own shim, a failure becomes an `isError` result for tools/call and a JSON-RPC error
 * otherwise.
 */
export async function fulfilInputRequired(
  method: string,
  first: Result,
  context: RequestContext,
  handle: (context: RequestContext) => Promise<Result>,
): Promise<Result> {
  const { inputResponses: _answers, requestState: _state, ...base } = context
  let result = first
  for (let round = 1; isInputRequired(result); round++) {
    if (round > MAX_ROUNDS) {
      return failure(method, `'${method}' still required input after ${MAX_ROUNDS} rounds`)
    }
    const requests = Object.entries(
      isRecord(result['inputRequests']) ? result['inputRequests'] : {},
    )
    const state = typeof result['requestState'] === 'string' ? result['requestState'] : undefined
    if (requests.length === 0 && state === undefined) {
      throw new McpFaceError(
        -32603,
        `'${method}' asked for input without inputRequests or requestState`,
      )
    }
    for (const [key, embedded] of requests) {
      const kind = isRecord(embedded) ? String(embedded['method']) : ''
      const needed = CAPABILITY[kind]
      if (needed === undefined) {
        throw new McpFaceError(-32603, `'${method}' asked for input '${key}' of an unknown kind`)
      }
      if (context.clientCapabilities?.[needed] === undefined) {
        return failure(
          method,
          `Cannot request input '${key}' (${kind}): the client did not declare the ${needed} capability`,
        )
      }
    }
    let answers: Result
    try {
      answers = Object.fromEntries(
        await Promise.all(
          requests.map(async ([key, embedded]): Promise<[string, Result]> => [
            key,
            await ask(embedded, context),
          ]),
        ),
      )
    } catch (error) {
      if (context.signal.aborted) throw error
      const reason = error instanceof Error ? error.message : String(error)
      return failure(method, `Asking the client for the input '${method}' needs failed: ${reason}`)
    }
    if (requests.length === 0) await pause(STATE_ONLY_PACING_MS, context.signal)
    result = await handle({
      ...base,
      inputResponses: answers,
      ...(state !== undefined && { requestState: state }),
    })
  }
  return result
}

function ask(embedded: unknown, context: RequestContext): Promise<Result> {
  const { method, params } = embedded as { method: string; params?: Result }
  // The 2025-era URL-mode elicitation carries an id the 2026 in-band form has not.
  const sent =
    method === 'elicitation/create' && params?.['mode'] === 'url' && !params['elicitationId']
      ? { ...params, elicitationId: randomUUID() }
      : params
  return context.sendRequest(method, sent)
}

function failure(method: string, message: string): Result {
  if (method === 'tools/call') return { content: [{ type: 'text', text: message }], isError: true }
  throw new McpFaceError(-32603, message)
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}
