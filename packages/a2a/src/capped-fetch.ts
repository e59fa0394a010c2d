import { A2aError } from './a2a-error.js'

/** The most an agent's answer (a card, a reply, a stream) may hold unless told otherwise: 10 MiB. */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024

/** Statuses whose answers have no body (a Response cannot be made with one). */
const NULL_BODY = new Set([101, 204, 205, 304])

/**
 * A fetch whose answers fail once their body passes `maxBytes`, as they are read: an agent cannot
 * fill the gateway's memory with one answer. An answer that breaks off (the connection closed
 * mid-body) fails as a PROTOCOL error: the agent was reached, and began to answer.
 */
export function cappedFetch(base: typeof fetch, maxBytes = MAX_ANSWER_BYTES): typeof fetch {
  return async (input, init) => {
    const answer = await base(input, init)
    if (answer.body === null || NULL_BODY.has(answer.status)) return answer
    const url = input instanceof Request ? input.url : String(input)
    const reader = (answer.body as ReadableStream<Uint8Array>).getReader()
    let read = 0
    const counted = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let next: Awaited<ReturnType<typeof reader.read>>
        try {
          next = await reader.read()
        } catch (error) {
          controller.error(brokenOff(url, error))
          return
        }
        if (next.done) return controller.close()
        read += next.value.byteLength
        if (read <= maxBytes) return controller.enqueue(next.value)
        controller.error(new Error(`the answer is larger than ${maxBytes} bytes`))
        await reader.cancel()
      },
      cancel: (reason) => reader.cancel(reason),
    })
    return new Response(counted, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    })
  }
}

function brokenOff(url: string, error: unknown): unknown {
  // an abort (the caller's signal) stays what it is
  if (!(error instanceof TypeError)) return error
  const cause = error.cause instanceof Error ? error.cause.message : error.message
  return new A2aError('PROTOCOL', `the agent at ${url} broke off its answer: ${cause}`, {
    cause: error,
  })
}
