import { randomUUID } from 'node:crypto'
import { McpFaceError, type RequestContext } from '@switchyard/transports'
import type { ClientRequester } from './inflight.js'

/** One round of a bridged call: the request that carries it now, and how to ask its client. */
export interface BridgeRound {
  /** The client request of the current round (notifications and progress go there). */
  current(): RequestContext
  /** Asks the client: ends the current round with an input_required result until it retries. */
  ask: ClientRequester
  /** Aborted when the client gives up: it drops a waiting round, or does not retry in time. */
  signal: AbortSignal
}

/**
 * Lets a 2025-era upstream's server-to-client requests (sampling, elicitation, roots) reach a
 * 2026-era client, which takes no such requests: each one ends the client's call with an
 * `input_required` result, the upstream call waiting meanwhile; the client's retry (its answer in
 * `inputResponses`, the opaque `requestState` echoed) answers the upstream and waits again. The
 * state of a parked call lives in this process for `retryWindowMs`.
 */
export interface InputBridge {
  /** Starts a call (or resumes the one the context's requestState names) and waits for its next step. */
  run(
    context: RequestContext,
    start: (round: BridgeRound) => Promise<Record<string, unknown>>,
  ): Promise<Record<string, unknown>>
  /** Cancels every parked call. */
  close(): void
}

/** The client capability each question needs. */
const CAPABILITY: Record<string, string> = {
  'sampling/createMessage': 'sampling',
  'elicitation/create': 'elicitation',
  'roots/list': 'roots',
}

type Step =
  | { kind: 'result'; result: Record<string, unknown> }
  | { kind: 'error'; error: unknown }
  | {
      kind: 'ask'
      method: string
      params: Record<string, unknown> | undefined
      answer: (value: Record<string, unknown>) => void
      refuse: (error: Error) => void
    }

/** A call between rounds or in one: its steps, and the round that carries it. */
interface Bridged {
  steps: Step[]
  wake: (() => void) | undefined
  context: RequestContext
  abort: AbortController
  asked: number
}

/** Creates the bridge; parked calls are cancelled after `retryWindowMs` (default 5 minutes). */
export function createInputBridge(retryWindowMs = 5 * 60_000): InputBridge {
  const parked = new Map<
    string,
    { call: Bridged; step: Step & { kind: 'ask' }; key: string; timer: NodeJS.Timeout }
  >()

  function push(call: Bridged, step: Step): void {
    call.steps.push(step)
    call.wake?.()
  }

  async function next(call: Bridged): Promise<Step> {
    const dropped = () => call.abort.abort(new Error('the client dropped the request'))
    call.context.signal.addEventListener('abort', dropped, { once: true })
    try {
      while (call.steps.length === 0) {
        await new Promise<void>((resolve) => (call.wake = resolve))
        call.wake = undefined
      }
      return call.steps.shift() as Step
    } finally {
      call.context.signal.removeEventListener('abort', dropped)
    }
  }

  async function step(call: Bridged): Promise<Record<string, unknown>> {
    const current = await next(call)
    if (current.kind === 'result') return current.result
    if (current.kind === 'error') throw current.error
    const key = `${current.method.split('/')[0] ?? 'input'}-${++call.asked}`
    const requestState = randomUUID()
    const timer = setTimeout(() => {
      parked.delete(requestState)
      current.refuse(new McpFaceError(-32001, 'The client did not answer in time'))
      call.abort.abort(new Error(`no retry within ${retryWindowMs} ms`))
    }, retryWindowMs)
    timer.unref()
    parked.set(requestState, { call, step: current, key, timer })
    const request = { method: current.method, ...(current.params && { params: current.params }) }
    return { resultType: 'input_required', inputRequests: { [key]: request }, requestState }
  }

  return {
    run(context, start) {
      const resumed =
        context.requestState === undefined ? undefined : parked.get(context.requestState)
      if (resumed !== undefined) {
        parked.delete(context.requestState as string)
        clearTimeout(resumed.timer)
        resumed.call.context = context
        const answer = context.inputResponses?.[resumed.key]
        if (typeof answer === 'object' && answer !== null) {
          resumed.step.answer(answer as Record<string, unknown>)
        } else {
          resumed.step.refuse(
            new McpFaceError(-32602, `The retry carried no answer to '${resumed.key}'`),
          )
        }
        return step(resumed.call)
      }
      const call: Bridged = {
        steps: [],
        wake: undefined,
        context,
        abort: new AbortController(),
        asked: 0,
      }
      const round: BridgeRound = {
        current: () => call.context,
        signal: call.abort.signal,
        ask: (method, params) => {
          const needed = CAPABILITY[method]
          if (needed === undefined || call.context.clientCapabilities?.[needed] === undefined) {
            const why = `the client did not declare the ${needed ?? method} capability`
            return Promise.reject(
              new McpFaceError(-32601, `Cannot ask the client (${method}): ${why}`),
            )
          }
          return new Promise((answer, refuse) =>
            push(call, { kind: 'ask', method, params, answer, refuse }),
          )
        },
      }
      start(round).then(
        (result) => push(call, { kind: 'result', result }),
        (error: unknown) => push(call, { kind: 'error', error }),
      )
      return step(call)
    },
    close() {
      for (const { call, timer } of parked.values()) {
        clearTimeout(timer)
        call.abort.abort(new Error('the gateway is shutting down'))
      }
      parked.clear()
    },
  }
}
