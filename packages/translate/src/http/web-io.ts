import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream } from 'node:stream/web'

/**
 * A web-standard Request for a Node one: same method, URL, headers and (streamed) body; its
 * signal aborts when the client goes away before the answer is complete.
 */
export function toWebRequest(req: IncomingMessage, res: ServerResponse): Request {
  const controller = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one)
    else if (value !== undefined) headers.set(name, value)
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  const method = req.method ?? 'GET'
  const body =
    method === 'GET' || method === 'HEAD'
      ? undefined
      : (Readable.toWeb(req) as ReadableStream<Uint8Array> as globalThis.ReadableStream)
  return new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(body !== undefined && { body, duplex: 'half' }),
  })
}

/** Writes a web-standard Response to a Node response, streaming its body (SSE included). */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => (headers[name] = value))
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  res.writeHead(response.status, response.statusText, headers)
  if (response.body === null) {
    res.end()
    return
  }
  res.flushHeaders()
  const reader = response.body.getReader()
  res.once('close', () => void reader.cancel().catch(() => undefined))
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      res.write(chunk.value)
  } catch {
    // the client went away, or the face ended the stream
  } finally {
    res.end()
  }
}
