import type { ServerResponse } from 'node:http'
import { isRequest, isResponse, type JsonRpcMessage } from '../json-rpc.js'
import type { Deliver, Session } from '../session.js'
import { sendJson } from './http-io.js'
import { openSseStream } from './sse-stream.js'

/** How one streamable HTTP POST is answered. */
export interface AnswerOptions {
  /** One JSON body with every answer instead of an SSE stream. */
  jsonResponse: boolean
  keepAliveMs: number
  headers: Record<string, string>
  /** Where a message goes that this POST cannot carry (notifications in JSON mode). */
  elsewhere: Deliver
  /** Told of the POST's SSE stream while it is open (a session's fallback outlet). */
  onStream?: (send: Deliver | undefined) => void
}

/**
 * Sends a POST's messages into a session and answers it: 202 when it holds no request, otherwise an
 * SSE stream carrying the answers (and their progress) that ends after the last one, or with
 * `jsonResponse` one JSON body (an array for a batch).
 */
export function answerPost(
  session: Session,
  messages: readonly JsonRpcMessage[],
  batch: boolean,
  res: ServerResponse,
  options: AnswerOptions,
): void {
  const requests = messages.filter(isRequest)
  if (requests.length === 0) {
    res.writeHead(202, options.headers).end()
    for (const message of messages) session.send(message)
    return
  }
  let waiting = requests.length
  let deliver: Deliver
  if (options.jsonResponse) {
    const answers: JsonRpcMessage[] = []
    deliver = (message) => {
      if (!isResponse(message)) return options.elsewhere(message)
      answers.push(message)
      if (--waiting === 0) sendJson(res, 200, batch ? answers : answers[0], options.headers)
    }
  } else {
    const stream = openSseStream(res, {
      keepAliveMs: options.keepAliveMs,
      headers: options.headers,
      onClose: () => options.onStream?.(undefined),
    })
    options.onStream?.(stream.send)
    deliver = (message) => {
      if (stream.closed) return options.elsewhere(message)
      stream.send(message)
      if (isResponse(message) && --waiting === 0) stream.close()
    }
  }
  for (const message of messages) session.send(message, isRequest(message) ? deliver : undefined)
}
