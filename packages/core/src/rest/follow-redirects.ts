import type { HttpAnswer, HttpCall, HttpCaller } from './http-call.js'

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Headers still sent after a redirect to another origin; credentials and the rest stay behind. */
const CROSS_ORIGIN_HEADERS = new Set(['accept', 'accept-language', 'content-type', 'user-agent'])

/**
 * Sends a request and follows up to `maxHops` redirects, every hop through the caller, so the URL
 * policy checks each hop's URL and resolved address. 303 (and 301/302 after a POST) continue as a
 * GET without a body; a hop to another origin keeps no credentials. Past `maxHops` the last
 * redirect is the answer.
 */
export async function sendFollowing(
  caller: HttpCaller,
  first: HttpCall,
  maxHops = 5,
): Promise<HttpAnswer> {
  let call = first
  for (let hop = 0; ; hop++) {
    const answer = await caller.send(call)
    const location = answer.headers.location
    if (!REDIRECTS.has(answer.status) || !location || hop >= maxHops) return answer
    const url = new URL(location, call.url)
    const toGet =
      answer.status === 303 ||
      ((answer.status === 301 || answer.status === 302) && call.method === 'POST')
    let headers = call.headers
    if (url.origin !== call.url.origin) {
      headers = Object.fromEntries(
        Object.entries(headers).filter(([name]) => CROSS_ORIGIN_HEADERS.has(name.toLowerCase())),
      )
    }
    call = toGet
      ? { ...call, url, headers, method: call.method === 'HEAD' ? 'HEAD' : 'GET', body: undefined }
      : { ...call, url, headers }
  }
}
