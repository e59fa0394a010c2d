/** The most an agent's answer (a card, a reply, a stream) may hold unless told otherwise: 10 MiB. */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024

/** Statuses whose answers have no body (a Response cannot be made with one). */
const NULL_BODY = new Set([101, 204, 205, 304])

/**
 * A fetch whose answers fail once their body passes `maxBytes`, as they are read: an agent cannot
 * fill the gateway's memory with one answer.
 */
export function cappedFetch(base: typeof fetch, maxBytes = MAX_ANSWER_BYTES): typeof fetch {
  return async (input, init) => {
    const answer = await base(input, init)
    if (answer.body === null || NULL_BODY.has(answer.status)) return answer
    let read = 0
    const counted = answer.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read += chunk.byteLength
          if (read > maxBytes)
            controller.error(new Error(`the answer is larger than ${maxBytes} bytes`))
          else controller.enqueue(chunk)
        },
      }),
    )
    return new Response(counted, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    })
  }
}
