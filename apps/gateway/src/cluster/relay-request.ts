import { fetch, type Agent } from 'undici'
import { HOP_HEADER, type SessionHop } from './session-hop.js'

// Headers that belong to one connection, not to the request or answer relayed over it.
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'host',
  'upgrade',
  'te',
  'trailer',
  'proxy-connection',
]

/** Where relayRequest sends a request, and what with. */
export interface RelayTarget {
  /** The advertised URL of the replica to send it to. */
  owner: string
  /** The session id or requestState the hop proof is signed for. */
  subject: string
  /** The body to send: the request's own stream, or the text it was read into. */
  body: ReadableStream<Uint8Array> | string | null
}

/** What every relayed request of a replica shares. */
export interface RelayParts {
  hop: SessionHop
  agent: Agent
  /** Told why a replica could not be reached. */
  onError: (error: unknown) => void
}

/**
 * Sends a request on to another replica with a hop proof, its answer streamed back as it comes;
 * undefined when that replica cannot be reached. Throws when the client gave up meanwhile.
 */
export async function relayRequest(
  request: Request,
  { owner, subject, body }: RelayTarget,
  { hop, agent, onError }: RelayParts,
): Promise<Response | undefined> {
  const url = new URL(request.url)
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.includes(name)) headers[name] = value
  })
  headers[HOP_HEADER] = hop.sign(request.method, url, subject)
  let answer
  try {
    answer = await fetch(new URL(`${url.pathname}${url.search}`, owner), {
      method: request.method,
      headers,
      body,
      duplex: 'half',
      redirect: 'manual',
      signal: request.signal,
      dispatcher: agent,
    })
  } catch (error) {
    if (request.signal.aborted) throw error
    onError(error)
    return undefined
  }
  const answerHeaders = new Headers()
  answer.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.includes(name)) answerHeaders.append(name, value)
  })
  const relayed = answer.body as ReadableStream<Uint8Array> | null
  return new Response(relayed && endingQuietly(relayed, request.signal, onError), {
    status: answer.status,
    headers: answerHeaders,
  })
}

/**
 * The owner's answer as it comes, ended rather than failed when its connection breaks (the owner
 * died: said to onError) or the client leaves (the abort): the server prints a failed body to
 * stderr, and the client learns of an ended stream as well.
 */
function endingQuietly(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        if (done) controller.close()
        else controller.enqueue(value)
      } catch (error) {
        if (!signal.aborted) onError(error)
        controller.close()
      }
    },
    cancel: (reason) => reader.cancel(reason),
  })
}
