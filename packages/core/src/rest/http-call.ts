import http from 'node:http'
import https from 'node:https'
import { GatewayError, isGatewayError } from '../errors.js'
import { isHopByHop } from '../schemas/common.js'
import { policyLookup } from './policy-lookup.js'
import type { UrlPolicy } from './url-policy.js'

/** One outbound HTTP request. */
export interface HttpCall {
  method: string
  url: URL
  headers: Record<string, string>
  body?: string | Buffer | undefined
  signal: AbortSignal
}

/** A whole response, its body read up to the size limit. */
export interface HttpAnswer {
  status: number
  statusText: string
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** An answer that broke off after its status line: worth another try, but it was reached. */
export class BrokenAnswerError extends Error {}

/** A request as errors name it: method, origin and path. */
export const whereOf = (call: { method: string; url: URL }): string =>
  `${call.method} ${call.url.origin}${call.url.pathname}`

/** Sends HTTP requests over keep-alive agents; every connection's address passes the URL policy. */
export interface HttpCaller {
  send(call: HttpCall): Promise<HttpAnswer>
  close(): void
}

/**
 * Creates a caller; a response larger than `maxBytes` (default 10 MiB) fails with PAYLOAD_TOO_LARGE
 * naming the request, one that breaks off with a BrokenAnswerError.
 */
export function createHttpCaller(policy?: UrlPolicy, maxBytes = 10 * 1024 * 1024): HttpCaller {
  const lookup = policy && policyLookup(policy)
  const agents = {
    http: new http.Agent({ keepAlive: true, ...(lookup && { lookup }) }),
    https: new https.Agent({ keepAlive: true, ...(lookup && { lookup }) }),
  }
  return {
    send: (call) =>
      send(call, call.url.protocol === 'https:' ? agents.https : agents.http, policy, maxBytes),
    close() {
      agents.http.destroy()
      agents.https.destroy()
    },
  }
}

function send(
  call: HttpCall,
  agent: http.Agent,
  policy: UrlPolicy | undefined,
  maxBytes: number,
): Promise<HttpAnswer> {
  policy?.check(call.url)
  // A literal IP address never goes through lookup: check it here.
  const host = call.url.hostname.replace(/^\[|\]$/g, '')
  if (/^[\d.]+$|:/.test(host)) policy?.checkAddress(host, host)
  const request = call.url.protocol === 'https:' ? https.request : http.request
  return new Promise((resolve, reject) => {
    const req = request(call.url, {
      method: call.method,
      headers: framed(call.headers, call.body),
      agent,
      signal: call.signal,
    })
    req.once('error', reject)
    req.once('response', (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > maxBytes) {
          const message = `${whereOf(call)} answered more than ${maxBytes} bytes`
          res.destroy(new GatewayError('PAYLOAD_TOO_LARGE', message))
          return
        }
        chunks.push(chunk)
      })
      res.once('error', (error) => {
        if (isGatewayError(error)) return reject(error)
        const status = `HTTP ${res.statusCode ?? 0}`
        reject(new BrokenAnswerError(`broke off its answer (${status}): ${error.message}`))
      })
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      )
    })
    req.end(call.body)
  })
}

/**
 * The request's headers without any framing header a tool or argument gave, and with the body's
 * length: node sends a GET's or DELETE's body unframed otherwise, and the upstream would read what
 * follows as another request.
 */
function framed(
  headers: Record<string, string>,
  body: string | Buffer | undefined,
): Record<string, string> {
  const kept = Object.fromEntries(
    // Host stays: a tool may name the virtual host it calls
    Object.entries(headers).filter(([name]) => !isHopByHop(name) || name.toLowerCase() === 'host'),
  )
  if (body !== undefined) kept['content-length'] = String(Buffer.byteLength(body))
  return kept
}
