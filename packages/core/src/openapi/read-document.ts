import { parse as parseYaml } from 'yaml'
import { GatewayError, isGatewayError } from '../errors.js'
import { sendFollowing } from '../rest/follow-redirects.js'
import { createHttpCaller, type HttpAnswer } from '../rest/http-call.js'
import type { UrlPolicy } from '../rest/url-policy.js'

/** Limits for fetching an OpenAPI document by URL. */
export interface FetchDocumentOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number
  /** Refuse documents larger than this; default 10 MiB. */
  maxBytes?: number
  /** Where the document may be fetched from (the registry's outbound URL policy). */
  urlPolicy?: UrlPolicy | undefined
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Reads an OpenAPI document from JSON or YAML text; 400 when it is neither (or not an object),
 * naming the URL it came `from` when given.
 */
export function parseDocumentText(text: string, from?: string): Record<string, unknown> {
  const what = from === undefined ? 'the OpenAPI document' : `the OpenAPI document at ${from}`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    try {
      value = parseYaml(text, { maxAliasCount: 1000 })
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable'
      throw new GatewayError('BAD_REQUEST', `${what} is neither JSON nor YAML: ${reason}`)
    }
  }
  if (!isObject(value)) {
    throw new GatewayError('BAD_REQUEST', `${what} is neither JSON nor YAML describing an object`)
  }
  return value
}

/**
 * Downloads an OpenAPI document's text, with a timeout, a size limit and the outbound URL policy
 * (checked on every connection and redirect); errors name the URL.
 */
export async function fetchDocumentText(
  url: string,
  options: FetchDocumentOptions = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024
  const caller = createHttpCaller(options.urlPolicy, maxBytes)
  const signal = AbortSignal.timeout(timeoutMs)
  const failed = (reason: string) =>
    new GatewayError('UPSTREAM_ERROR', `could not fetch the OpenAPI document at ${url}: ${reason}`)
  let answer: HttpAnswer
  try {
    answer = await sendFollowing(caller, {
      method: 'GET',
      url: new URL(url),
      headers: { accept: 'application/json, application/yaml, text/yaml, */*;q=0.5' },
      signal,
    })
  } catch (error) {
    if (signal.aborted) {
      throw new GatewayError(
        'UPSTREAM_TIMEOUT',
        `fetching the OpenAPI document at ${url} took longer than ${timeoutMs} ms`,
      )
    }
    if (isGatewayError(error) && error.code === 'PAYLOAD_TOO_LARGE') {
      throw new GatewayError(
        'PAYLOAD_TOO_LARGE',
        `the document at ${url} is larger than ${maxBytes} bytes`,
      )
    }
    // a policy refusal stays itself (403)
    if (isGatewayError(error) && error.code !== 'UPSTREAM_ERROR') throw error
    throw failed(error instanceof Error ? error.message : String(error))
  } finally {
    caller.close()
  }
  if (answer.status < 200 || answer.status > 299) throw failed(`HTTP ${answer.status}`)
  return answer.body.toString('utf8')
}
