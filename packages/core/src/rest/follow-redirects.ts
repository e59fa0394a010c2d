import { GatewayError, isGatewayError } from '../errors.js'
import { whereOf, type HttpAnswer, type HttpCall, type HttpCaller } from './http-call.js'

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Headers still sent after a redirect to another origin; credentials and the rest stay behind. */
const CROSS_ORIGIN_HEADERS = new Set(['accept', 'accept-language', 'content-type', 'user-agent'])

/** Where a redirect points, or an UPSTREAM_ERROR naming it when it is no http(s) URL. */
function target(location: string, call: HttpCall): URL {
  let url: URL | undefined
  try {
    url = new URL(location, call.url)
  } catch {
    // named below
  }
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url
  throw new GatewayError(
    'UPSTREAM_ERROR',
    `${whereOf(call)} redirected to '${location}', which is not an http:// or https:// URL`,
  )
}

/**
 * Sends a request and follows up to `maxHops` redirects, every hop through the caller, so the URL
 * policy checks each hop's URL and resolved address. 303 (and 301/302 after a POST) continue as a
 * GET without a body; a hop to another origin keeps no credentials. More redirects than `maxHops`
 * fail with an UPSTREAM_ERROR, as does a redirect to what is not an http(s) URL; a hop that
 * cannot be reached fails naming it.
 */
export async function sendFollowing(
  caller: HttpCaller,
  first: HttpCall,
  maxHops = 5,
): Promise<HttpAnswer> {
  let call = first
  for (let hop = 0; ; hop++) {
    const answer = await send(caller, call, hop)
    const location = answer.headers.location
    if (!REDIRECTS.has(answer.status) || !location) return answer
    const url = target(location, call)
    if (hop >= maxHops) {
      throw new GatewayError(
        'UPSTREAM_ERROR',
        `${whereOf(first)} redirected more than ${maxHops} times, the last time to ${url.href}`,
      )
    }
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

/** One hop; past the first, a failure names where the redirect led. */
async function send(caller: HttpCaller, call: HttpCall, hop: number): Promise<HttpAnswer> {
  try {
    return await caller.send(call)
  } catch (error) {
    if (hop === 0 || isGatewayError(error) || !(error instanceof Error)) throw error
    error.message = `${error.message} (redirected to ${call.url.href})`
    throw error
  }
}
