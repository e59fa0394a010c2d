import { parse as parseYaml } from 'yaml'
import { GatewayError } from '../errors.js'

/** Limits for fetching an OpenAPI document by URL. */
export interface FetchDocumentOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number
  /** Refuse documents larger than this; default 10 MiB. */
  maxBytes?: number
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Reads an OpenAPI document from JSON or YAML text; 400 when it is neither (or not an object). */
export function parseDocumentText(text: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    try {
      value = parseYaml(text, { maxAliasCount: 1000 })
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable'
      throw new GatewayError(
        'BAD_REQUEST',
        `the OpenAPI document is neither JSON nor YAML: ${reason}`,
      )
    }
  }
  if (!isObject(value)) {
    throw new GatewayError(
      'BAD_REQUEST',
      'the OpenAPI document is neither JSON nor YAML describing an object',
    )
  }
  return value
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0')
  const tooLarge = () =>
    new GatewayError('PAYLOAD_TOO_LARGE', `the document at ${url} is larger than ${maxBytes} bytes`)
  if (declared > maxBytes) throw tooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  if (response.body) {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength
      if (size > maxBytes) throw tooLarge()
      chunks.push(chunk)
    }
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Downloads an OpenAPI document's text, with a timeout and a size limit; errors name the URL. */
export async function fetchDocumentText(
  url: string,
  options: FetchDocumentOptions = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const response = await fetch(url, {
      signal,
      headers: { accept: 'application/json, application/yaml, text/yaml, */*;q=0.5' },
    })
    if (!response.ok) {
      await response.body?.cancel()
      throw new GatewayError(
        'UPSTREAM_ERROR',
        `could not fetch the OpenAPI document at ${url}: HTTP ${response.status}`,
      )
    }
    return await readLimited(response, url, maxBytes)
  } catch (error) {
    if (error instanceof GatewayError) throw error
    if (signal.aborted) {
      throw new GatewayError(
        'UPSTREAM_TIMEOUT',
        `fetching the OpenAPI document at ${url} took longer than ${timeoutMs} ms`,
      )
    }
    const cause = error instanceof Error ? (error.cause ?? error) : error
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new GatewayError(
      'UPSTREAM_ERROR',
      `could not fetch the OpenAPI document at ${url}: ${reason}`,
      { cause: error },
    )
  }
}
